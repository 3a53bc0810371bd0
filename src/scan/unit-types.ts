import type { ReaderOutput, ReadUnit } from '../readers/reader.js'

/** A unit of one reader, numbered in scan order (readers in claim order, then the reader's units). */
export interface PlannedUnit {
  /** Index of the reader in the scan's reader list. */
  readonly reader: number
  readonly unit: ReadUnit
}

/** What reading one unit gave: the reader's output, the files the prefilter skipped, or the reader's bug. */
export type UnitResult =
  | { readonly kind: 'read'; readonly output: ReaderOutput }
  | { readonly kind: 'skipped'; readonly files: readonly string[] }
  | { readonly kind: 'failed'; readonly message: string }
