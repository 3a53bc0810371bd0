// What the scan's claim notes of a file its one read took in, for the prefilter and the ARM reader's units.
import { LOCAL_LINK_WORD, POLICY_WORDS } from '../readers/policy-content.js'
import type { TextResult, Workspace, WorkspaceFile } from '../workspace/workspace.js'
import { localLinkWordOfHead, wholeTextOfHead } from './file-head.js'

/**
 * What the claim's one read of a file longer than its head tells (under 64 KiB, the read took it whole): a
 * policy word in its head, its unit is read whatever the prefilter says (noted: the prefilter reads no text
 * to know it), so its text is kept for its reader (within the workspace's budget); none in the whole text,
 * the prefilter knows it without a second read (ARM 10k: 7,677 files of 4-64 KiB). `readListed` decodes the
 * same bytes the same way.
 */
export function noteWholeText(file: WorkspaceFile, head: string, workspace: Workspace): void {
  const json = JSON_FILE.test(file.path)
  if (POLICY_WORDS.test(head)) {
    workspace.claimNotes.notePolicyWords(file.path)
    if (!workspace.keepsTexts && !json) return
    if (!workspace.keepsTexts) {
      // Only the link's word is asked: found in the bytes, without decoding a text that is not kept.
      const holds = localLinkWordOfHead(file)
      if (holds !== undefined) {
        workspace.claimNotes.noteLocalLinks(file.path, holds)
        return
      }
    }
    const whole = wholeTextOfHead(file)
    if (whole === undefined) return
    if (json) noteLocalLinks(file.path, whole, workspace)
    if (workspace.keepsTexts) workspace.keepText(file.path, whole)
    return
  }
  const whole = wholeTextOfHead(file)
  if (whole?.ok === true && !POLICY_WORDS.test(whole.text)) workspace.noteQuiet(file.path)
  else {
    if (whole?.ok === true) workspace.claimNotes.notePolicyWords(file.path)
    if (json && whole !== undefined) noteLocalLinks(file.path, whole, workspace)
  }
}

const JSON_FILE = /\.json$/i

/**
 * Whether a JSON file read whole links a local file (an ARM `relativePath`): the ARM reader's units join the
 * folders such links join, and it need not read the file again to know (readers/arm/files/linked-units.ts).
 */
function noteLocalLinks(path: string, whole: TextResult, workspace: Workspace): void {
  if (whole.ok) workspace.claimNotes.noteLocalLinks(path, LOCAL_LINK_WORD.test(whole.text))
}
