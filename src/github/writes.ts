import type { PullRequestTarget } from './context.js'
import { notPostedWarning, readOnlyNotice, skippedAfterRateLimitWarning, type WriteAdvice } from './notices.js'
import { classifyFailure, describeFailure, statusOf, type RequestFailure } from './request-errors.js'

export type WriteResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false
      readonly failure: RequestFailure | 'skipped'
      readonly status: number | undefined
      readonly message: string
    }

/**
 * Runs the writes of one conversation and stops them all at the first sign that more would fail the
 * same way: a token that cannot write (403/404: one notice, no error, the verdict stands) or a rate
 * limit that outlasted the client's one wait. Every write given up on for another reason than
 * permissions (5xx and connection failures after the client's retries, a rate limit) leaves a warning
 * that names it: never silent. 422s are returned for the caller to fall back.
 */
export class WriteSession {
  private halted: RequestFailure | undefined
  private readonly noticeLines: string[] = []
  private readonly warningLines: string[] = []
  private readonly skipped: string[] = []

  /** `advice`: what helps when a write is refused for permissions (src/github/notices.ts). */
  constructor(
    private readonly pullRequest: PullRequestTarget,
    private readonly advice: WriteAdvice = 'permissions'
  ) {}

  /** Permission notices for `::notice::`: at most one. */
  get notices(): readonly string[] {
    return this.noticeLines
  }

  /** Writes given up on, for `::warning::`: one per write, the ones skipped after a rate limit grouped. */
  get warnings(): readonly string[] {
    return this.skipped.length === 0
      ? this.warningLines
      : [...this.warningLines, skippedAfterRateLimitWarning(this.pullRequest, this.skipped)]
  }

  /** Whether writing has stopped (read-only token or rate limit). */
  get stopped(): boolean {
    return this.halted !== undefined
  }

  /** Stops writing before any request: a fork's (or Dependabot's) `pull_request` run, whose token is read-only. */
  stop(why: string): void {
    this.halted = 'forbidden'
    this.noticeLines.push(readOnlyNotice(this.pullRequest, why, 'two-phase'))
  }

  /** A write left out because writing stopped: named in the rate-limit warning (a read-only token has its notice). */
  skip(what: string): void {
    if (this.halted === 'rate-limited') this.skipped.push(what)
  }

  /**
   * Sends one write; `what` names it for a warning ("the review with 2 findings on infra/web.json").
   * `quiet`: a failure needs no warning because the caller falls back to another write.
   */
  async run<T>(
    what: string,
    request: () => Promise<T>,
    options: { readonly haltOnForbidden?: boolean; readonly quiet?: boolean } = {}
  ): Promise<WriteResult<T>> {
    if (this.halted !== undefined) {
      if (options.quiet !== true) this.skip(what)
      return { ok: false, failure: 'skipped', status: undefined, message: 'writing stopped' }
    }
    try {
      return { ok: true, value: await request() }
    } catch (error) {
      const failure = classifyFailure(error)
      const message = describeFailure(error)
      if (failure === 'rate-limited') {
        this.halted = failure
        this.warningLines.push(notPostedWarning(this.pullRequest, what, `GitHub's rate limit (${message})`))
      } else if (failure === 'forbidden' && options.haltOnForbidden !== false) {
        this.halted = failure
        const why = `the token cannot write to it (${message})`
        this.noticeLines.push(readOnlyNotice(this.pullRequest, why, this.advice))
      } else if (failure === 'failed' && options.quiet !== true) {
        this.warningLines.push(notPostedWarning(this.pullRequest, what, message))
      }
      return { ok: false, failure, status: statusOf(error), message }
    }
  }
}
