import { POLICY_WORDS } from '../readers/policy-content.js'
import type { ReadUnit } from '../readers/reader.js'
import type { Workspace } from '../workspace/workspace.js'

/**
 * Whether a deployment unit may declare (or pull in) anything the policy reads: a VM, a scale set, an
 * Arc machine, a maintenance configuration or assignment, a module or nested deployment (the words of
 * `mayDeclarePolicyInput`). The test is on the unit, not on each file: a parameter or tfvars file has
 * none of these words but feeds a template of its unit that does.
 *
 * The texts are read through the workspace, so the reader that reads the unit next finds them in its
 * cache. A file that cannot be read as text (over the size limit, binary, not decodable) makes the unit
 * matter: its reader reports it as today. Consistent with failing closed: a parse error only becomes
 * `unreadable-manifest` for a file that `mayDeclarePolicyInput`, so a skipped unit never hides one.
 */
export function unitMayMatter(unit: ReadUnit, workspace: Workspace): boolean {
  return unit.files.some(file => {
    // A file the claim read whole and found without a policy word: no read needed to know that.
    if (workspace.isQuiet(file.path)) return false
    // A file whose head the claim found to hold a policy word: its whole text holds it (ARM 10k: 7,600 reads and tests of whole texts).
    if (workspace.claimNotes.holdsPolicyWords(file.path)) return true
    const text = workspace.readText(file.path)
    return !text.ok || POLICY_WORDS.test(text.text)
  })
}

/** The report's one notice for the files the prefilter skipped (counted, never silent). */
export function skippedFilesMessage(count: number): string {
  const files = count === 1 ? '1 file' : `${thousands(count)} files`
  const [declare, call] = count === 1 ? ['it declares', 'calls'] : ['they declare', 'call']
  // A Pulumi component is read only when a file of its project holds a hotpatch word (pulumi-claim.ts): a skipped one
  // may call a component, never one passed a hotpatch setting.
  return `${files} checked without parsing: ${declare} no VM, scale set, Arc machine or maintenance resource and ${call} no module, nested deployment or Pulumi component with a hotpatch input`
}

/**
 * A count with a comma between groups of three digits, as `toLocaleString('en-US')` writes it: that call
 * loads ICU's number formatting on first use (~9 ms of a scan's start), for one number.
 */
export const thousands = (count: number): string => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
