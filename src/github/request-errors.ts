import { getErrorMessage } from '../errors.js'

/** How a failed GitHub request failed, as far as the poster acts on it. */
export type RequestFailure =
  /** 403/404 on a write, or a GraphQL FORBIDDEN: the token cannot write here. */
  | 'forbidden'
  /** A rate limit that outlasted the one wait the client allows. */
  | 'rate-limited'
  /** 422: GitHub refused the content (e.g. a review comment line outside the diff). */
  | 'invalid'
  /** Anything else: 5xx after retries, network errors. */
  | 'failed'

/** The HTTP status of an Octokit request error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined
  return typeof status === 'number' ? status : undefined
}

/** Classifies an error thrown by an Octokit REST or GraphQL call. */
export function classifyFailure(error: unknown): RequestFailure {
  const status = statusOf(error)
  const message = getErrorMessage(error)
  if ((status === 403 || status === 429) && /secondary rate limit|rate limit exceeded/i.test(message))
    return 'rate-limited'
  if (status === 429) return 'rate-limited'
  if (status === 403 || status === 404) return 'forbidden'
  if (status === 422) return 'invalid'
  const errors = typeof error === 'object' && error !== null ? (error as { errors?: unknown }).errors : undefined
  if (Array.isArray(errors)) {
    const types = errors.map(entry =>
      typeof entry === 'object' && entry !== null ? (entry as { type?: unknown }).type : undefined
    )
    if (types.includes('FORBIDDEN')) return 'forbidden'
    if (types.includes('RATE_LIMITED')) return 'rate-limited'
  }
  return 'failed'
}

/** The first line of an error message, with the HTTP status when there is one: log lines stay one line. */
export function describeFailure(error: unknown): string {
  const status = statusOf(error)
  const first = getErrorMessage(error).split('\n', 1)[0] ?? ''
  return status === undefined ? first : `HTTP ${status}: ${first}`
}
