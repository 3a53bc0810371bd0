import { pullRequestFromEvent, type PullRequestTarget } from './context.js'

/**
 * What a run's change set is, from its event: a pull request's files (`pull_request`,
 * `pull_request_target`), the comparison of two commits (`merge_group`: the queue's base and head;
 * `push`: before and after, a new branch against the default branch), or no change set at all
 * (`schedule`, `workflow_dispatch`, anything else, a push that creates the default branch itself: every
 * finding counts). In a merge queue the gate then answers what it answered on the pull request: the
 * queued change, not the base branch's debt.
 */
export type ChangeSource =
  | { readonly kind: 'pull-request'; readonly pullRequest: PullRequestTarget }
  | {
      readonly kind: 'comparison'
      readonly owner: string
      readonly repo: string
      /** A commit SHA, or the default branch's name for a new branch. */
      readonly base: string
      readonly head: string
      /** How the scope names it, e.g. "the merge group's change (a1b2c3d...e4f5a6b)". */
      readonly label: string
    }
  | { readonly kind: 'none'; readonly why: string }

/** The SHA git uses for "no commit" (`before` of a new branch, `after` of a deleted one). */
const NO_COMMIT = /^0+$/

export function changeSourceFromEvent(eventName: string | undefined, payload: unknown): ChangeSource {
  const pullRequest = pullRequestFromEvent(eventName, payload)
  if (pullRequest !== undefined) return { kind: 'pull-request', pullRequest }
  const repository = field(payload, 'repository')
  const owner = field(field(repository, 'owner'), 'login')
  const repo = field(repository, 'name')
  const named = typeof owner === 'string' && typeof repo === 'string'
  switch (eventName) {
    case 'merge_group': {
      const group = field(payload, 'merge_group')
      const base = field(group, 'base_sha')
      const head = field(group, 'head_sha')
      if (!named || !isSha(base) || !isSha(head)) return { kind: 'none', why: 'the merge group event lacks its commits' }
      return { kind: 'comparison', owner, repo, base, head, label: `the merge group's change (${short(base)}...${short(head)})` }
    }
    case 'push': {
      const before = field(payload, 'before')
      const after = field(payload, 'after')
      if (!named || !isSha(after) || NO_COMMIT.test(after)) return { kind: 'none', why: 'the push has no head commit' }
      if (isSha(before) && !NO_COMMIT.test(before)) {
        return { kind: 'comparison', owner, repo, base: before, head: after, label: `the pushed change (${short(before)}...${short(after)})` }
      }
      const defaultBranch = field(repository, 'default_branch')
      if (typeof defaultBranch !== 'string' || defaultBranch === '')
        return { kind: 'none', why: 'a new branch whose default branch is not named' }
      // A push that creates the default branch itself (a new repository's first push, the branch re-created) has
      // no base: `main...<after>` compares the branch with itself, lists no file, and no finding would count.
      const ref = field(payload, 'ref')
      if (typeof ref !== 'string' || ref === '') return { kind: 'none', why: 'a new branch whose name the push event lacks' }
      if (ref === `refs/heads/${defaultBranch}`)
        return { kind: 'none', why: `the push creates the default branch ${defaultBranch}, which has no base to compare it with` }
      return {
        kind: 'comparison',
        owner,
        repo,
        base: defaultBranch,
        head: after,
        label: `the new branch's change against ${defaultBranch} (${short(after)})`
      }
    }
    case undefined:
      return { kind: 'none', why: 'not a GitHub event' }
    default:
      return { kind: 'none', why: `a ${eventName} run has no change set` }
  }
}

const isSha = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{40}$/i.test(value)
const short = (sha: string): string => sha.slice(0, 7)

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined
  return (value as Record<string, unknown>)[key]
}
