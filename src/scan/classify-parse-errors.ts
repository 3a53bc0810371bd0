import type { ParseError } from '../model/resources.js'
import { mayDeclarePolicyInput } from '../readers/policy-content.js'
import { MAX_FILE_BYTES, sizeLimitMessage, type Workspace } from '../workspace/workspace.js'

/**
 * Error-level parse errors of files that may declare what the policy reads (a cheap content check) fail the
 * run as unreadable-manifest; the others are listed and do not. A file over the size limit is a notice
 * unless it may declare such things: then it fails closed the same way.
 */
export function classifyParseErrors(errors: readonly ParseError[], workspace: Workspace): ParseError[] {
  const verdicts = new Map<string, boolean>()
  const mayMatter = (path: string): boolean => {
    let known = verdicts.get(path)
    if (known === undefined) {
      const file = workspace.get(path)
      known = file === undefined ? false : mayDeclarePolicyInput(file.absolutePath)
      verdicts.set(path, known)
    }
    return known
  }
  return errors.map(error => {
    if (error.kind === 'not-evaluated') return error
    const skippedForSize = isSkippedForSize(error, workspace)
    if (error.severity !== 'error' && !skippedForSize) return error
    if (mayMatter(error.file)) return { ...error, severity: 'error' as const, kind: 'unreadable-manifest' as const }
    return skippedForSize ? { ...error, severity: 'notice' as const, kind: 'file-skipped' as const } : error
  })
}

function isSkippedForSize(error: ParseError, workspace: Workspace): boolean {
  if (error.line !== 1 || error.column !== 1) return false
  const size = workspace.get(error.file)?.size ?? 0
  return size > MAX_FILE_BYTES && error.message === sizeLimitMessage(size)
}
