import type { GitHubClient } from '../client.js'

/** What the poster checks about a pull request before writing to it. */
export interface PullRequestFacts {
  readonly number: number
  readonly state: string
  readonly headSha: string
  /** `owner/name` of the head repository; undefined when it is gone (a deleted fork). */
  readonly headRepository: string | undefined
  readonly headRepositoryId: number | undefined
  /** The head branch (`head.ref`), in the head repository. */
  readonly headBranch: string
  readonly baseRepository: string
  readonly baseRepositoryId: number
}

/** `pulls.get`: the pull request's head commit, branch and repositories. */
export async function getPullRequest(
  client: GitHubClient,
  owner: string,
  repo: string,
  number: number
): Promise<PullRequestFacts> {
  const { data } = await client.rest.pulls.get({ owner, repo, pull_number: number })
  return {
    number: data.number,
    state: data.state,
    headSha: data.head.sha,
    headRepository: data.head.repo?.full_name,
    headRepositoryId: data.head.repo?.id,
    headBranch: data.head.ref,
    baseRepository: data.base.repo.full_name,
    baseRepositoryId: data.base.repo.id
  }
}
