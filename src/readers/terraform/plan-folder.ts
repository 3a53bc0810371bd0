import type { Workspace } from '../../workspace/workspace.js'
import { folderHolds, type FolderProbe } from '../../workspace/folder-heads.js'
import { isPlanHead, isStateHead } from './plan/plan-head.js'

/** A `terraform show -json` plan: a `.json` file whose text starts like one, and not like a state. */
export const terraformPlanProbe: FolderProbe = {
  candidate: path => path.endsWith('.json'),
  test: head => isPlanHead(head) && !isStateHead(head)
}

/**
 * Whether a folder ('.' for the root) holds a plan (then the plan reader reports its resources). A folder
 * the scan settled from the heads it read is answered without a walk or a read.
 */
export const hasPlan = (workspace: Workspace, folder: string): boolean => folderHolds(workspace, folder, terraformPlanProbe)
