/**
 * A few files of a test's own, written to a fresh temporary folder and removed after use: one writer for the
 * suites that scan or run the CLI on files they build, instead of one per suite.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { scan, type ScanOptions, type ScanResult } from '../../src/scan.js'

/** Writes `files` (paths relative to the root, `/` separated) to a fresh folder, gives its path to `use`, removes it. */
export async function withTree<T>(files: Readonly<Record<string, string>>, use: (root: string) => Promise<T>): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), 'hrg-tree-'))
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    return await use(root)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** `scan` of `files` written to a fresh folder (its root), with `options` for the rest. */
export const scanTree = (files: Readonly<Record<string, string>>, options: Omit<ScanOptions, 'root'>): Promise<ScanResult> =>
  withTree(files, root => scan({ ...options, root }))
