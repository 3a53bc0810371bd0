import { closeSync, openSync, readSync } from 'node:fs'

/**
 * Words a manifest that may declare what the policy reads contains, whatever its format: VMs, scale sets,
 * Arc machines (`Microsoft.HybridCompute`), maintenance configurations and assignments (ARM/Bicep types,
 * azurerm/azapi resource types, ASO and Crossplane kinds), and the calls that pull in more of them
 * (Bicep/Terraform modules, ARM nested deployments). A cheap, deliberately generous test: a false match
 * turns a parse notice into a failing finding, a false miss would hide a VM.
 */
export const POLICY_WORDS = /virtual_?machine|hybridcompute|maintenance|\bmodule\b|microsoft\.resources\/deployments|templatelink/i

const CHUNK = 1024 * 1024
/** Words are short: chunks overlap by this much so a word across a chunk boundary is still seen. */
const OVERLAP = 64

/**
 * The words of a link to a local file that the scan must plan in one unit with its target: an ARM
 * `templateLink.relativePath`, or a `templateLink.uri` built from `_artifactsLocation` or from the template's own
 * URL, `deployment().properties.templateLink.uri` (readers/arm/files/linked-units.ts; `.templateLink` is only ever
 * written inside an expression, the member `"templateLink"` is quoted). The scan's claim notes the files whose whole
 * text it read with one (`Workspace.noteLocalLinks`), so that planning reads no other file for it.
 */
export const LOCAL_LINK_WORD = /"relativePath"|artifactsLocation|\.templateLink/i

/** The words of a `templateLink.uri` to a local file, which is always an expression: `_artifactsLocation`, or the template's own URL. */
export const URI_LINK_WORD = /artifactsLocation|\.templateLink/i

/**
 * The word of a link from `_artifactsLocation` alone: a file that holds it builds its links from the folder its
 * linking deployment passes, which may be one above its own (a link from its own URL is from its own folder).
 */
export const ARTIFACTS_LOCATION_WORD = /artifactsLocation/i

/** Whether the file at `absolutePath` may declare what the policy reads (read in 1 MiB chunks, any size). */
export function mayDeclarePolicyInput(absolutePath: string): boolean {
  return fileHolds(absolutePath, POLICY_WORDS)
}

/**
 * Whether the file at `absolutePath` holds a match of `words` (words no longer than 64 characters), read in
 * 1 MiB chunks, any size, and kept nowhere. A file that cannot be opened may hold them (fail closed).
 */
export function fileHolds(absolutePath: string, words: RegExp): boolean {
  let fd: number | undefined
  try {
    fd = openSync(absolutePath, 'r')
    const buffer = Buffer.alloc(CHUNK + OVERLAP)
    let carried = 0
    let position = 0
    for (;;) {
      const read = readSync(fd, buffer, carried, CHUNK, position)
      if (read === 0) return false
      position += read
      const filled = carried + read
      // UTF-16 text has NULs between ASCII letters: drop them so the words match in either encoding.
      if (words.test(buffer.toString('latin1', 0, filled).replaceAll('\u0000', ''))) return true
      carried = Math.min(OVERLAP, filled)
      buffer.copy(buffer, 0, filled - carried, filled)
    }
  } catch {
    // A file that cannot be opened again cannot be judged: treat it as one that may matter (fail closed).
    return true
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
