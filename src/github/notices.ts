import type { PullRequestTarget } from './context.js'

/**
 * What helps a token that cannot write, by event. A `pull_request` run from a fork (or from
 * Dependabot) gets a read-only token whatever the workflow's `permissions:` say, so only the two-phase
 * workflows help there; anywhere else the job's permissions are what is missing.
 */
export type WriteAdvice = 'permissions' | 'two-phase'

const ADVICE: Readonly<Record<WriteAdvice, string>> = {
  permissions: 'To get comments, give the job `permissions: pull-requests: write` (see docs/pull-requests.md).',
  'two-phase':
    '`permissions: pull-requests: write` cannot help here: to get comments, use the two-phase workflows ' +
    'hotpatch-reboot-gate-pr.yml and hotpatch-reboot-gate-comment.yml (see docs/pull-requests.md).'
}

/** The one notice for a token that cannot write to the pull request: the verdict stands, comments are off. */
export function readOnlyNotice(pullRequest: PullRequestTarget, why: string, advice: WriteAdvice): string {
  return (
    `Not commenting on pull request #${pullRequest.number}: ${why}. The verdict is unaffected: the findings are in ` +
    `the annotations and the job summary. ${ADVICE[advice]}`
  )
}

/** The warning for one write given up on (5xx, timeout, connection, rate limit), naming what was not posted. */
export function notPostedWarning(pullRequest: PullRequestTarget, what: string, detail: string): string {
  return (
    `${capitalize(what)} was not posted to pull request #${pullRequest.number}: ${detail}. ` +
    'The findings are in the annotations and the job summary; the next run posts what is missing.'
  )
}

/** The one warning for the writes skipped once a rate limit stopped writing. */
export function skippedAfterRateLimitWarning(pullRequest: PullRequestTarget, skipped: readonly string[]): string {
  return (
    `Stopped writing to pull request #${pullRequest.number} at GitHub's rate limit; not posted either: ` +
    `${skipped.join('; ')}. The next run posts what is missing.`
  )
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
