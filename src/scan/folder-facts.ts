import { whatIfResultProbe } from '../readers/shared/what-if/result-folders.js'
import { terraformPlanProbe } from '../readers/terraform/plan-folder.js'
import { HEAD_CHARACTERS, type FolderProbe } from '../workspace/folder-heads.js'
import type { Workspace, WorkspaceFile } from '../workspace/workspace.js'

/**
 * Every question readers ask about a folder (workspace/folder-heads.ts): the ARM and Bicep readers leave a
 * folder with a what-if result to the what-if reader, the Terraform reader a root folder with a plan to
 * the plan reader. A folder is settled when none of them can answer yes there.
 */
export const FOLDER_PROBES: readonly FolderProbe[] = [whatIfResultProbe, terraformPlanProbe]

/** A file's head as the scan read it while claiming (the first HEAD_BYTES bytes). */
export interface ReadHead {
  /** The head decoded; undefined when it is not text (or could not be read). */
  readonly text: string | undefined
  /** Whether the head holds the whole file (fewer bytes than were asked for). */
  readonly whole: boolean
}

/**
 * What the heads the scan read while claiming tell about folders, so that readers (inline or in a worker)
 * need no second walk of a folder nor a read of its files to know whether it holds a what-if result or a
 * plan. Only a sure "none" is kept: a folder with a candidate whose head did not settle it (a head that
 * matched, a head shorter than HEAD_CHARACTERS of a longer file, a file the scan did not claim or read
 * the head of, as one the configuration excludes) is asked about as before.
 */
export class FolderFacts {
  /** Candidate files whose head rules out every probe. */
  private readonly ruledOut = new Set<string>()

  /** Notes a file's head, read while claiming (a file whose head was not read is never ruled out). */
  note(path: string, head: ReadHead): void {
    if (!FOLDER_PROBES.some(probe => probe.candidate(path))) return
    const { text } = head
    // The probes' tests look for text: absent from a prefix holding the first HEAD_CHARACTERS characters of
    // the text (or all of it), absent from them. A head of 4096 characters from 4096 bytes is ASCII: exactly them.
    if (text === undefined || !(head.whole || text.length >= HEAD_CHARACTERS)) return
    if (FOLDER_PROBES.every(probe => !probe.candidate(path) || !probe.test(text))) this.ruledOut.add(path)
  }

  /**
   * The folders of the given files (root-relative, '' for the root) that the listing walked and whose every
   * candidate file is ruled out: they hold no what-if result and no plan.
   */
  settled(workspace: Workspace, files: Iterable<WorkspaceFile>): Set<string> {
    const folders = new Set<string>()
    const seen = new Set<string>()
    for (const file of files) {
      const folder = file.path.slice(0, Math.max(file.path.lastIndexOf('/'), 0))
      if (seen.has(folder)) continue
      seen.add(folder)
      const listed = workspace.listedIn(folder)
      if (listed === undefined) continue
      if (listed.every(member => this.ruledOut.has(member.path) || !FOLDER_PROBES.some(probe => probe.candidate(member.path)))) folders.add(folder)
    }
    return folders
  }
}
