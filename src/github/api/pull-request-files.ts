import type { GitHubClient } from '../client.js'
import type { PullRequestTarget } from '../context.js'
import type { PullRequestChanges, PullRequestFile } from '../diff.js'
import { MAX_LISTED_FILES, PAGE_SIZE } from '../limits.js'

/**
 * The files a pull request changes, with their patches (`pulls.listFiles`, 100 per page). GitHub lists
 * at most 3,000: a list that long is marked incomplete, because a file it leaves out is not unchanged.
 */
export async function listPullRequestFiles(
  client: GitHubClient,
  pullRequest: PullRequestTarget
): Promise<PullRequestChanges> {
  const files: PullRequestFile[] = []
  const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    pull_number: pullRequest.number,
    per_page: PAGE_SIZE
  })
  for await (const page of pages) {
    for (const file of page.data) {
      files.push({
        path: file.filename,
        status: file.status,
        ...(file.previous_filename !== undefined && { previousPath: file.previous_filename }),
        ...(file.patch !== undefined && { patch: file.patch })
      })
    }
    if (files.length >= MAX_LISTED_FILES) return { files, complete: false }
  }
  return { files, complete: true }
}
