import type { PullRequestTarget } from './context.js'

const HOW_TO_ENABLE =
  'To get comments, give the job `permissions: pull-requests: write`; for pull requests from forks, use the ' +
  'two-phase workflows hotpatch-reboot-gate-pr.yml and hotpatch-reboot-gate-comment.yml (see docs/pull-requests.md).'

/** The one notice for a token that cannot write to the pull request: the verdict stands, comments are off. */
export function readOnlyNotice(pullRequest: PullRequestTarget, why: string): string {
  return (
    `Not commenting on pull request #${pullRequest.number}: ${why}. The verdict is unaffected: the findings are in ` +
    `the annotations and the job summary. ${HOW_TO_ENABLE}`
  )
}

/** The notice for a rate limit that outlasted the one wait allowed. */
export function rateLimitNotice(pullRequest: PullRequestTarget, detail: string): string {
  return (
    `Stopped commenting on pull request #${pullRequest.number}: GitHub's rate limit (${detail}). ` +
    'The next run posts what is missing; the findings are in the annotations and the job summary.'
  )
}
