/** The pull request a run talks to. Structurally the same as the action's PullRequestRef. */
export interface PullRequestTarget {
  readonly owner: string
  readonly repo: string
  readonly number: number
  /** The commit the report describes: review comments are placed on it. */
  readonly headSha: string
  /** The head branch lives in another repository (a fork). */
  readonly fromFork?: boolean
}

/** Events whose payload carries the pull request the run checks. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * The pull request of a `pull_request` / `pull_request_target` run, from the event payload; undefined
 * for other events or a payload without the fields needed. A head repository that is gone (deleted
 * fork) counts as a fork.
 */
export function pullRequestFromEvent(eventName: string | undefined, payload: unknown): PullRequestTarget | undefined {
  if (eventName === undefined || !PULL_REQUEST_EVENTS.has(eventName)) return undefined
  const pullRequest = field(payload, 'pull_request')
  const repository = field(payload, 'repository')
  const number = field(pullRequest, 'number')
  const headSha = field(field(pullRequest, 'head'), 'sha')
  const owner = field(field(repository, 'owner'), 'login')
  const repo = field(repository, 'name')
  if (
    typeof number !== 'number' ||
    typeof headSha !== 'string' ||
    typeof owner !== 'string' ||
    typeof repo !== 'string'
  ) {
    return undefined
  }
  return { owner, repo, number, headSha, fromFork: isFork(pullRequest) }
}

/**
 * Why the run's token cannot write to the pull request, known before any request: GitHub gives
 * `pull_request` runs from forks and from Dependabot a read-only GITHUB_TOKEN whatever the workflow's
 * `permissions:` say. `pull_request_target` and `workflow_run` runs get a writable one.
 */
export function readOnlyReason(
  eventName: string | undefined,
  pullRequest: PullRequestTarget,
  actor: string | undefined
): string | undefined {
  if (eventName !== 'pull_request') return undefined
  if (pullRequest.fromFork === true) return 'the pull request comes from a fork'
  if (actor === 'dependabot[bot]') return 'the pull request comes from Dependabot'
  return undefined
}

function isFork(pullRequest: unknown): boolean {
  const head = field(field(pullRequest, 'head'), 'repo')
  const base = field(field(pullRequest, 'base'), 'repo')
  if (head === null || head === undefined) return true
  const headName = field(head, 'full_name')
  const baseName = field(base, 'full_name')
  // `head.repo.fork` alone is not enough: a branch-to-branch pull request inside a forked repository
  // has a fork as its head repository, and a writable token.
  if (typeof headName === 'string' && typeof baseName === 'string')
    return headName.toLowerCase() !== baseName.toLowerCase()
  return field(head, 'fork') === true
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined
  return (value as Record<string, unknown>)[key]
}
