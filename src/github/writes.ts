import type { PullRequestTarget } from './context.js'
import { readOnlyNotice, rateLimitNotice } from './notices.js'
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
 * limit that outlasted the client's one wait. Other failures are returned for the caller to fall back.
 */
export class WriteSession {
  private halted: RequestFailure | undefined
  private readonly messages: string[] = []

  constructor(private readonly pullRequest: PullRequestTarget) {}

  /** Notices for the log: at most one per reason. */
  get notices(): readonly string[] {
    return this.messages
  }

  /** Whether writing has stopped (read-only token or rate limit). */
  get stopped(): boolean {
    return this.halted !== undefined
  }

  /** Stops writing before any request, e.g. for a fork pull request. */
  stop(why: string): void {
    this.halted = 'forbidden'
    this.messages.push(readOnlyNotice(this.pullRequest, why))
  }

  async run<T>(
    request: () => Promise<T>,
    options: { readonly haltOnForbidden?: boolean } = {}
  ): Promise<WriteResult<T>> {
    if (this.halted !== undefined)
      return { ok: false, failure: 'skipped', status: undefined, message: 'writing stopped' }
    try {
      return { ok: true, value: await request() }
    } catch (error) {
      const failure = classifyFailure(error)
      const message = describeFailure(error)
      if (failure === 'rate-limited') {
        this.halted = failure
        this.messages.push(rateLimitNotice(this.pullRequest, message))
      } else if (failure === 'forbidden' && options.haltOnForbidden !== false) {
        this.halted = failure
        this.messages.push(readOnlyNotice(this.pullRequest, `the token cannot write to it (${message})`))
      }
      return { ok: false, failure, status: statusOf(error), message }
    }
  }
}
