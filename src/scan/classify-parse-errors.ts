import type { ParseError } from '../model/resources.js'
import { fileHolds, mayDeclarePolicyInput } from '../readers/policy-content.js'
import { PARAMETER_FILE_NAME } from '../readers/shared/parameter-file-name.js'
import { MAX_FILE_BYTES, sizeLimitMessage, type Workspace } from '../workspace/workspace.js'

/**
 * Files that set the values of the deployments beside them: Terraform variable files, Bicep and ARM parameter
 * files, Pulumi stack settings, and a Terraform module's other `.tf` files (Terraform reads a folder's as one
 * module: its `variable` blocks and their defaults, its locals). They may declare no resource, but a VM judged
 * without them is judged with the wrong values (a `hotpatching_enabled = var.hotpatch` whose tfvars is broken read
 * as its default `false`).
 */
const VALUES_FILE = /\.tf$|\.tfvars(?:\.json)?$|\.bicepparam$|(?:^|\/)Pulumi\.[^/]+\.ya?ml$|(?:^|\/)terragrunt\.hcl$/i

/**
 * What makes the values of a file that feeds nothing beside it a hotpatch signal (readers/shared/unread-module.ts): an
 * orphan var file, a `terragrunt.hcl`, a parameter file without its template. Read, such a file with one is an
 * `indeterminate` stand-in; unreadable, whether it has one is unknown.
 */
const HOTPATCH_SIGNAL_WORDS = /hotpatch|datacenter-azure-edition/i

/** Files of a folder looked at for something a values file there may feed, at most. */
const FOLDER_FILES = 256

const isValuesFile = (path: string): boolean => VALUES_FILE.test(path) || PARAMETER_FILE_NAME.test(path.slice(path.lastIndexOf('/') + 1))

/** The files a values file feeds, of its folder: a Terraform module's `.tf`, a template, a Pulumi program. */
function fedBy(path: string): RegExp {
  if (/\.tf(?:vars(?:\.json)?)?$/i.test(path)) return /\.tf$/i
  if (/(?:^|\/)Pulumi\.[^/]+\.ya?ml$/i.test(path)) return /(?:^|\/)Pulumi\.ya?ml$/i
  return /\.(?:json|jsonc|bicep)$/i
}

/**
 * Error-level parse errors of files that may declare what the policy reads (a cheap content check), or of values
 * files beside such a file (`VALUES_FILE`) or that mention hotpatch, fail the run as unreadable-manifest; the others
 * are listed and do not.
 * A file over the size limit is a notice unless it may declare such things: then it fails closed the same way.
 */
export function classifyParseErrors(errors: readonly ParseError[], workspace: Workspace): ParseError[] {
  const verdicts = new Map<string, boolean>()
  const declares = (path: string): boolean => {
    let known = verdicts.get(path)
    if (known === undefined) {
      const file = workspace.get(path)
      known = file === undefined ? false : mayDeclarePolicyInput(file.absolutePath)
      verdicts.set(path, known)
    }
    return known
  }
  const mayMatter = (path: string): boolean =>
    declares(path) || (isValuesFile(path) && (feedsAnything(path, workspace, declares) || mayCarrySignal(path, workspace)))
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

/** Whether a values file may hold a hotpatch signal (HOTPATCH_SIGNAL_WORDS); one that cannot be read again may. */
function mayCarrySignal(path: string, workspace: Workspace): boolean {
  const file = workspace.get(path)
  return file !== undefined && fileHolds(file.absolutePath, HOTPATCH_SIGNAL_WORDS)
}

/** Whether a values file's folder holds a file it feeds (`fedBy`) that may declare what the policy reads. */
function feedsAnything(path: string, workspace: Workspace, declares: (path: string) => boolean): boolean {
  const slash = path.lastIndexOf('/')
  const folder = slash < 0 ? '' : path.slice(0, slash)
  const beside = workspace.listedIn(folder) ?? workspace.list([folder === '' ? '.' : folder]).filter(file => file.path.lastIndexOf('/') === slash)
  const fed = fedBy(path)
  return beside.slice(0, FOLDER_FILES).some(file => file.path !== path && fed.test(file.path) && declares(file.path))
}
