import type { Tracer } from '../budget.js'
import { asString, checkedString } from '../coerce.js'
import { failure, firstMissing, unknown, type Value } from '../value.js'

/** A file `file()` reads, or why it is not read. */
export type ReadFile = { readonly ok: true; readonly path: string; readonly text: string } | { readonly ok: false; readonly reason: string }

/**
 * The repository's files as Terraform's `file()` and `fileexists()` see them: relative to the root
 * module's folder (Terraform's working directory), inside the scanned folder only.
 */
export interface TerraformFiles {
  read(written: string): ReadFile
  exists(written: string): boolean | undefined
}

/** The functions that need the files; each other file function is evaluated nowhere (misc.ts). */
export const FILE_FUNCTIONS = new Set(['file', 'fileexists'])

/**
 * `file(path)` gives the text of a data file of the repository (a JSON image catalogue read with
 * `jsondecode(file("${path.module}/images.json"))`), never anything it would run; the value carries
 * the file, so a change to it alone counts for what it decides. `fileexists(path)` says whether it is there.
 */
export function callFileFunction(name: string, args: readonly Value[], files: TerraformFiles, tracer: Tracer): Value {
  if (args.length !== 1) return failure(`${name}() takes 1 argument, not ${args.length}`)
  const missing = firstMissing(args)
  if (missing) return missing
  const written = asString(args[0] ?? null)
  if (typeof written !== 'string') return written
  if (name === 'fileexists') return files.exists(written) ?? unknown(`fileexists("${written}") looks outside the scanned folder`)
  const read = files.read(written)
  if (!read.ok) return unknown(`file("${written}") is not read: ${read.reason}`)
  tracer.record({ kind: 'file', name: read.path, location: { file: read.path, line: 1, column: 1 } })
  return checkedString(read.text)
}
