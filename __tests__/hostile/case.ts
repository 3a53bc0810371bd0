import type { FileContent } from './support.js'

/** One hostile input, next to the control VM, with the exact outcome it must give. */
export interface HostileCase {
  readonly name: string
  /** Files below the repository root; every path starts with the case's own folder. */
  readonly files: () => Readonly<Record<string, FileContent>>
  /** Files in the folder next to the repository (what symlinks may point at). */
  readonly outsideFiles?: () => Readonly<Record<string, FileContent>>
  /** The case's own lines of the outcome (the control VM's are added by the suite). */
  readonly parseErrors: readonly string[]
  readonly resources: readonly string[]
  readonly findings: readonly string[]
}
