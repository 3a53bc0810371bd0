import { statusOf } from './request-errors.js'

/** GitHub's advice for a rate limit that names no time: wait at least a minute. */
const DEFAULT_WAIT_SECONDS = 60

/**
 * How many seconds GitHub asks a rate-limited request to wait, or undefined when the error is not a
 * rate limit (a 403 without any rate-limit sign is a permission refusal). Every kind is handled here,
 * alike for 429 and 403 (primary limit, secondary limit, GraphQL's RATE_LIMITED): `retry-after` in
 * seconds or as an HTTP date first; else until `x-ratelimit-reset` (epoch seconds) and one second
 * more, as GitHub's guidance says; else a minute. A 403 counts as a rate limit only with a sign of
 * one: `retry-after`, `x-ratelimit-remaining: 0`, the words "rate limit", or RATE_LIMITED.
 */
export function rateLimitWaitSeconds(error: unknown, nowMs: number): number | undefined {
  const status = statusOf(error)
  if (status !== 429 && status !== 403) return undefined
  const failed = error as { message?: unknown; response?: { headers?: Record<string, unknown>; data?: unknown } }
  const headers = failed.response?.headers ?? {}
  const message = typeof failed.message === 'string' ? failed.message : ''
  const retryAfter = retryAfterSeconds(headers['retry-after'], nowMs)
  if (retryAfter !== undefined) return retryAfter
  const spent = headers['x-ratelimit-remaining'] === '0' || headers['x-ratelimit-remaining'] === 0
  const limited =
    status === 429 || spent || /\brate limit\b/i.test(message) || saysRateLimited(failed.response?.data)
  if (!limited) return undefined
  const reset = Number(headers['x-ratelimit-reset'])
  if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset))
    return Math.max(Math.ceil(reset - nowMs / 1000) + 1, 0)
  return DEFAULT_WAIT_SECONDS
}

/** `retry-after` as delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
function retryAfterSeconds(value: unknown, nowMs: number): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const text = String(value).trim()
  if (text === '') return undefined
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text))
  const date = Date.parse(text)
  return Number.isFinite(date) ? Math.max(Math.ceil((date - nowMs) / 1000), 0) : undefined
}

/** A GraphQL body whose errors say RATE_LIMITED. */
function saysRateLimited(data: unknown): boolean {
  const errors = typeof data === 'object' && data !== null ? (data as { errors?: unknown }).errors : undefined
  return (
    Array.isArray(errors) &&
    errors.some(
      entry => typeof entry === 'object' && entry !== null && (entry as { type?: unknown }).type === 'RATE_LIMITED'
    )
  )
}
