import type { GitHubClient } from '../client.js'
import type { PullRequestChanges } from '../diff.js'

/**
 * GitHub lists at most this many files of a comparison (`repos.compareCommitsWithBasehead`), in one
 * answer: the file list is not paginated. A list this long may have been cut, so it counts as
 * incomplete and every finding counts — a file it leaves out is not unchanged.
 */
export const MAX_COMPARED_FILES = 300

/** The files changed between two commits (three-dot: what `head` adds over the merge base). */
export async function listComparedFiles(
  client: GitHubClient,
  comparison: { readonly owner: string; readonly repo: string; readonly base: string; readonly head: string }
): Promise<PullRequestChanges> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({
    owner: comparison.owner,
    repo: comparison.repo,
    // No paging parameters: GitHub's documented answer then carries the whole file list (up to 300).
    basehead: `${comparison.base}...${comparison.head}`
  })
  const files = (data.files ?? []).map(file => ({
    path: file.filename,
    status: file.status,
    ...(file.previous_filename !== undefined && { previousPath: file.previous_filename }),
    ...(file.patch !== undefined && { patch: file.patch })
  }))
  return { files, complete: files.length < MAX_COMPARED_FILES }
}
