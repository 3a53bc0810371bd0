import { statusOf } from './request-errors.js'

/**
 * How many seconds GitHub asks a rate-limited request to wait, for the limits the throttling plugin
 * does not handle itself: a 429, or a 403 that carries `retry-after` without the plugin's "secondary
 * rate" wording and without `x-ratelimit-remaining: 0`. GitHub's guidance: wait `retry-after` seconds;
 * without it, until `x-ratelimit-reset` (epoch seconds) and one second more. Undefined: not a rate
 * limit this handles (or one the plugin already waited for).
 */
export function rateLimitWaitSeconds(error: unknown, nowMs: number): number | undefined {
  const status = statusOf(error)
  if (status !== 429 && status !== 403) return undefined
  const failed = error as { message?: unknown; response?: { headers?: Record<string, unknown> } }
  const headers = failed.response?.headers ?? {}
  const message = typeof failed.message === 'string' ? failed.message : ''
  const remaining = headers['x-ratelimit-remaining']
  // The throttling plugin waits for these already (and then gives up): not twice.
  if (/\bsecondary rate\b/i.test(message) || remaining === '0' || remaining === 0) return undefined
  const retryAfter = Number(headers['retry-after'])
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) return Math.ceil(retryAfter)
  if (status === 403) return undefined
  const reset = Number(headers['x-ratelimit-reset'])
  if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset)) {
    return Math.max(Math.ceil(reset - nowMs / 1000) + 1, 0)
  }
  // A 429 without either header: GitHub asks for at least a minute.
  return 60
}
