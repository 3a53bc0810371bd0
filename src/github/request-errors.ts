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

/** The most of a failure's description that reaches a log line: an API error body can be long. */
export const MAX_FAILURE_DESCRIPTION = 300

/** How many attempts a failed request made, recorded by the client when it gives the error up. */
const attempts = new WeakMap<object, number>()

export function recordAttempts(error: unknown, count: number): void {
  if (typeof error === 'object' && error !== null && count > 0 && !attempts.has(error)) attempts.set(error, count)
}

/**
 * A failure in one log line: a connection failure named as such with the host it could not reach
 * (Octokit reports one as "HTTP 500" without a response), otherwise the HTTP status and the first line
 * of the message; "after N attempts" when the client retried. Anything shaped like a credential is
 * redacted (a server may echo the Authorization header) and the text cut to MAX_FAILURE_DESCRIPTION.
 */
export function describeFailure(error: unknown): string {
  const first = redactCredentials(getErrorMessage(error).split(/\r?\n|\r/, 1)[0] ?? '')
  const count = typeof error === 'object' && error !== null ? (attempts.get(error) ?? 1) : 1
  const after = count > 1 ? ` after ${count} attempts` : ''
  const status = statusOf(error)
  const text = isConnectionFailure(error)
    ? /abort|timed? ?out/i.test(first)
      ? `no answer from ${hostOf(error)}${after}: the request timed out`
      : `could not reach ${hostOf(error)}${after}: ${/\b(E[A-Z]{3,})\b/.exec(first)?.[1] ?? first}`
    : status === undefined
      ? first
      : `HTTP ${status}${after}: ${first}`
  return text.length <= MAX_FAILURE_DESCRIPTION ? text : `${text.slice(0, MAX_FAILURE_DESCRIPTION - 1)}…`
}

/** The host a request went to (Octokit errors carry the request), else "GitHub". */
function hostOf(error: object): string {
  const url = (error as { request?: { url?: unknown } }).request?.url
  if (typeof url !== 'string') return 'GitHub'
  try {
    return new URL(url).host || 'GitHub'
  } catch {
    return 'GitHub'
  }
}

/** Octokit reports a request that got no answer (refused, reset, timed out) as status 500 without a response. */
export function isConnectionFailure(error: unknown): error is Error {
  if (typeof error !== 'object' || error === null) return false
  const failed = error as { status?: unknown; response?: unknown }
  return failed.status === 500 && failed.response === undefined
}

/**
 * GitHub's token formats (classic `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_`, fine-grained `github_pat_`), and
 * whatever follows an Authorization scheme: never printed, whoever echoes them.
 */
const CREDENTIAL = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})|\b((?:bearer|token|basic)\s+)[^\s"',;]+/gi

export function redactCredentials(text: string): string {
  return text.replace(CREDENTIAL, (_match, scheme: string | undefined) => `${scheme ?? ''}***`)
}
