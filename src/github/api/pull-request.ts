import type { GitHubClient } from '../client.js'

/** What the poster checks about a pull request before writing to it. */
export interface PullRequestFacts {
  readonly number: number
  readonly state: string
  readonly headSha: string
  readonly headRepository: string | undefined
  readonly baseRepository: string
}

/** `pulls.get`: the pull request's head commit and repositories. */
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
    baseRepository: data.base.repo.full_name
  }
}
