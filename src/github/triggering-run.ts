import type { PullRequestFacts } from './api/pull-request.js'

/**
 * The pull_request run that made the report (phase 1), as GitHub describes it in the event of the poster's
 * own run (`github.event.workflow_run`). The artifact comes from that run and may name any pull request;
 * this payload is GitHub's, so it is what binds the artifact to its pull request.
 */
export interface TriggeringRun {
  /** `workflow_run.head_sha`: the commit the run checked. */
  readonly headSha: string
  /** `workflow_run.head_branch`: the branch, in `headRepository`, the run ran for; undefined when GitHub gives none. */
  readonly headBranch: string | undefined
  /** `workflow_run.head_repository`: the repository that branch lives in (a fork's, for a fork's pull request). */
  readonly headRepository: RunRepository | undefined
  /** `workflow_run.pull_requests`: GitHub leaves it empty for a run from a fork. */
  readonly pullRequests: readonly RunPullRequest[]
}

interface RunRepository {
  readonly id: number
  readonly fullName: string
}

/** An entry of `workflow_run.pull_requests` (GitHub's "pull-request-minimal"). */
interface RunPullRequest {
  readonly number: number
  readonly headBranch: unknown
  readonly headRepositoryId: unknown
  readonly baseRepositoryId: unknown
}

/** The triggering run of a `workflow_run` event; undefined for another event or a payload without a head commit. */
export function triggeringRunFromEvent(eventName: string | undefined, payload: unknown): TriggeringRun | undefined {
  if (eventName !== 'workflow_run') return undefined
  const run = field(payload, 'workflow_run')
  const headSha = field(run, 'head_sha')
  if (typeof headSha !== 'string') return undefined
  const headBranch = field(run, 'head_branch')
  const repository = field(run, 'head_repository')
  const id = field(repository, 'id')
  const fullName = field(repository, 'full_name')
  const listed = field(run, 'pull_requests')
  return {
    headSha: headSha.toLowerCase(),
    headBranch: typeof headBranch === 'string' ? headBranch : undefined,
    headRepository: typeof id === 'number' && typeof fullName === 'string' ? { id, fullName } : undefined,
    pullRequests: (Array.isArray(listed) ? listed : []).flatMap(entry => {
      const number = field(entry, 'number')
      if (typeof number !== 'number') return []
      return [
        {
          number,
          headBranch: field(field(entry, 'head'), 'ref'),
          headRepositoryId: field(field(field(entry, 'head'), 'repo'), 'id'),
          baseRepositoryId: field(field(field(entry, 'base'), 'repo'), 'id')
        }
      ]
    })
  }
}

/**
 * Why the pull request is not the one the triggering run ran for; undefined when it is. Its head commit
 * alone does not say: anyone can push a public pull request's head commit to a fork of their own and open a
 * pull request from it, whose artifact would then name the other one. The head repository and branch do,
 * since only the head repository's writers can move its branch. The run's own `pull_requests` list is
 * GitHub's association, preferred when it names the pull request; but GitHub lists open pull requests whose
 * head commit *or* branch match, so an entry counts only with the run's head repository and branch too.
 */
export function unboundReason(run: TriggeringRun, pullRequest: PullRequestFacts): string | undefined {
  const head = run.headRepository
  const listed = run.pullRequests.some(
    entry =>
      entry.number === pullRequest.number &&
      entry.baseRepositoryId === pullRequest.baseRepositoryId &&
      head !== undefined &&
      entry.headRepositoryId === head.id &&
      run.headBranch !== undefined &&
      entry.headBranch === run.headBranch
  )
  if (listed) return undefined
  if (pullRequest.headRepository === undefined) return 'its head repository is gone'
  if (
    head !== undefined &&
    pullRequest.headRepositoryId === head.id &&
    pullRequest.headRepository.toLowerCase() === head.fullName.toLowerCase() &&
    run.headBranch !== undefined &&
    pullRequest.headBranch === run.headBranch
  ) {
    return undefined
  }
  const runHead = `${head?.fullName ?? 'a repository GitHub does not name'}:${run.headBranch ?? '(no branch)'}`
  return `its head is ${pullRequest.headRepository}:${pullRequest.headBranch}, and the run that made the report ran on ${runHead}`
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined
  return (value as Record<string, unknown>)[key]
}
