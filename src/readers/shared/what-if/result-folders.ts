import { parse } from 'jsonc-parser'
import type { Workspace } from '../../../workspace/workspace.js'
import type { ParseError } from '../../../model/resources.js'
import { folderFileFor, folderKey, isSettled, type FolderProbe } from '../../../workspace/folder-heads.js'
import { isWhatIfHead } from './what-if-head.js'
import { POLICY_WORDS } from '../../policy-content.js'
import {
  ARC_LICENSE_PROFILE_TYPE,
  ARC_MACHINE_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  parseResourceId,
  VM_TYPE,
  VMSS_TYPE
} from '../../../model/identity.js'

const known = new WeakMap<Workspace, Map<string, string | null>>()

/**
 * A what-if result that stands for its folder's templates: a `.json` file (any case) whose text starts like
 * one and names a resource the policy reads. One of another deployment (a storage account's) leaves the
 * templates beside it to be read.
 */
export const whatIfResultProbe: FolderProbe = {
  candidate: path => path.toLowerCase().endsWith('.json'),
  test: isWhatIfHead,
  whole: listsPolicyResource
}

/** The types a what-if result stands for its templates by (compared lower-cased). */
const POLICY_TYPES: ReadonlySet<string> = new Set(
  [VM_TYPE, VMSS_TYPE, ARC_MACHINE_TYPE, ARC_LICENSE_PROFILE_TYPE, MAINTENANCE_CONFIGURATION_TYPE, MAINTENANCE_ASSIGNMENT_TYPE].map(type => type.toLowerCase())
)

/**
 * Whether a what-if result's changes deploy a resource the policy reads: a change (`changes[]` or
 * `potentialChanges[]`, or the REST response's under `properties`) whose `resourceId` is of such a type, other than
 * `Ignore` (a resource the deployment does not declare). Words elsewhere (a tag, a NIC's VM reference) are not changes.
 */
function listsPolicyResource(text: string): boolean {
  if (!POLICY_WORDS.test(text)) return false
  // Parsed as the what-if reader reads it (comments and trailing commas allowed): what it reads, it stands for.
  const root = parse(text, [], { allowTrailingComma: true, disallowComments: false }) as unknown
  const changes = [...listOf(root, 'changes'), ...listOf(root, 'potentialChanges')]
  return changes.some(change => {
    if (typeof change !== 'object' || change === null) return false
    const { resourceId, changeType } = change as { resourceId?: unknown; changeType?: unknown }
    if (typeof resourceId !== 'string' || String(changeType).toLowerCase() === 'ignore') return false
    const type = parseResourceId(resourceId)?.type
    return type !== undefined && POLICY_TYPES.has(type.toLowerCase())
  })
}

function listOf(root: unknown, key: string): readonly unknown[] {
  const record = (value: unknown): Record<string, unknown> | undefined =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  const list = record(root)?.[key] ?? record(record(root)?.properties)?.[key]
  return Array.isArray(list) ? list : []
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
