import type { Workspace } from '../../../workspace/workspace.js'
import type { ParseError } from '../../../model/resources.js'
import { folderFileFor, folderKey, isSettled, type FolderProbe } from '../../../workspace/folder-heads.js'
import { isWhatIfHead } from './what-if-head.js'
import { POLICY_WORDS } from '../../policy-content.js'

const known = new WeakMap<Workspace, Map<string, string | null>>()

/**
 * A what-if result that stands for its folder's templates: a `.json` file (any case) whose text starts like
 * one and names a resource the policy reads. One of another deployment (a storage account's) leaves the
 * templates beside it to be read.
 */
export const whatIfResultProbe: FolderProbe = {
  candidate: path => path.toLowerCase().endsWith('.json'),
  test: isWhatIfHead,
  whole: text => POLICY_WORDS.test(text)
}

/**
 * Whether a folder (scan-relative; '', '.' or '/'-ended) holds a what-if result: then the what-if
 * reader reports the resources its `.bicep` and ARM files declare, as Azure evaluated them, and the
 * ARM and Bicep readers leave the folder to it (as the HCL reader leaves a folder with a plan).
 * A folder the scan settled from the heads it read is answered without a walk or a read.
 */
export function hasWhatIfResult(workspace: Workspace, folder: string): boolean {
  return whatIfResultIn(workspace, folder) !== undefined
}

/** The what-if result that stands for a folder's templates (`hasWhatIfResult`), or undefined. */
export function whatIfResultIn(workspace: Workspace, folder: string): string | undefined {
  // ARM's folders end in '/', the others' do not.
  const key = folderKey(folder)
  // Most folders are settled: answered at once, and not remembered again here.
  if (isSettled(workspace, key)) return undefined
  let folders = known.get(workspace)
  if (folders === undefined) {
    folders = new Map<string, string | null>()
    known.set(workspace, folders)
  }
  const cached = folders.get(key)
  if (cached !== undefined) return cached ?? undefined
  const found = folderFileFor(workspace, key, whatIfResultProbe)
  folders.set(key, found ?? null)
  return found
}

/**
 * The notice on a template a what-if result stands for: located at its first line, so that a template the
 * result does not cover (another deployment's) is never left unread without a word.
 */
export function readInsteadNotice(template: string, result: string): ParseError {
  const message =
    `not read: the what-if result ${result} in its folder is read instead (the resources it lists, as Azure evaluated ` +
    `them); a resource this file declares that the result does not list is not checked`
  return { file: template, line: 1, column: 1, message, severity: 'notice' }
}
