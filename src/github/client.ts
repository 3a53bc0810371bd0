import * as github from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { EndpointDefaults, OctokitResponse } from '@octokit/types'
import Bottleneck from 'bottleneck/light.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { MAX_RETRIES, MAX_RETRY_AFTER_SECONDS, REQUEST_TIMEOUT_MS } from './limits.js'
import { rateLimitWaitSeconds } from './rate-limit.js'
import { isConnectionFailure } from './request-errors.js'

/** An authenticated client: REST (`client.rest.*`, `client.paginate`) and GraphQL (`client.graphql`). */
export type GitHubClient = ReturnType<typeof github.getOctokit>

/**
 * How long the client waits, in milliseconds. The defaults are GitHub's recommendations (one second
 * between writes, three between writes that notify people); tests set them to zero.
 */
export interface ClientTimings {
  /** What one "second" of a retry delay lasts: 5xx retries wait 1 then 4 of them, rate limits `retry-after` of them. */
  readonly retryUnitMs: number
  /** Least time between two write requests (and GraphQL requests); undefined: the plugin's 1,000. */
  readonly writeSpacingMs?: number
  /** Least time between two writes that notify (comments, reviews); undefined: the plugin's 3,000. */
  readonly notificationSpacingMs?: number
  /** How long one attempt may go unanswered; undefined: REQUEST_TIMEOUT_MS. */
  readonly requestTimeoutMs?: number
  /** Waits out a rate limit; undefined: a real timer. Tests pass a fake that records the wait. */
  readonly sleep?: (ms: number) => Promise<void>
}

/**
 * The variable through which a test gives the bundled action (a child process, whose clock it cannot
 * fake) shorter waits: a JSON object of ClientTimings. Waits only get shorter or vanish; what is sent,
 * retried and given up on stays the same, so fault tests assert the real behaviour without waiting in
 * real time. Unset in every workflow, where GitHub's recommended spacing applies.
 */
export const TIMINGS_VARIABLE = 'HOTPATCH_REBOOT_GATE_CLIENT_TIMINGS'

/** The timings a test set in TIMINGS_VARIABLE, or undefined (also when the value is not valid). */
export function timingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): ClientTimings | undefined {
  const text = env[TIMINGS_VARIABLE]
  if (text === undefined || text === '') return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const record = parsed as Record<string, unknown>
  const waits = ['retryUnitMs', 'writeSpacingMs', 'notificationSpacingMs', 'requestTimeoutMs'] as const
  const valid = (value: unknown): value is number | undefined =>
    value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0)
  if (!waits.every(key => valid(record[key])) || typeof record.retryUnitMs !== 'number') return undefined
  return Object.fromEntries(waits.filter(key => record[key] !== undefined).map(key => [key, record[key]])) as unknown as ClientTimings
}

export interface ClientOptions {
  /** REST API root, e.g. https://api.github.com or https://ghe.example.com/api/v3 (GraphQL is derived). */
  readonly baseUrl?: string
  readonly timings?: ClientTimings
  /** Receives one line per retried or rate-limited request. */
  readonly log?: (message: string) => void
}

/**
 * A client that retries 5xx and network errors (MAX_RETRIES times), waits out a rate limit once when
 * GitHub asks for at most MAX_RETRY_AFTER_SECONDS, and spaces writes as GitHub's best practices ask.
 * A longer rate limit fails the request: the caller stops writing and says so, rather than holding the
 * job for an hour. Each attempt times out after REQUEST_TIMEOUT_MS, and once a request could not reach
 * GitHub at all (after its retries), every later request fails at once: the findings are already in the
 * annotations, the job summary and the report files, so waiting longer would gain nothing.
 */
export function createGitHubClient(token: string, options: ClientOptions = {}): GitHubClient {
  const log = options.log ?? ((): void => undefined)
  const timings = options.timings ?? timingsFromEnvironment()
  const requestTimeoutMs = timings?.requestTimeoutMs ?? REQUEST_TIMEOUT_MS
  const retryUnitMs = timings?.retryUnitMs ?? 1000
  const sleep = timings?.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)))
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const wait = retryCount === 0 && retryAfter <= MAX_RETRY_AFTER_SECONDS
      log(`${kind} on ${request.method} ${request.url}: ${wait ? `retrying after ${retryAfter} s` : 'giving up'}`)
      return wait
    }
  const client = github.getOctokit(
    token,
    {
      ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
      userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
      log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
      // 429 is not retried on plugin-retry's own back-off: the wrap below waits what GitHub asks.
      retry: {
        retries: MAX_RETRIES,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        ...(timings && { retryAfterBaseValue: timings.retryUnitMs })
      },
      throttle: {
        onRateLimit: onLimit('Rate limit'),
        onSecondaryRateLimit: onLimit('Secondary rate limit'),
        ...(timings && { retryAfterBaseValue: timings.retryUnitMs }),
        ...(timings?.writeSpacingMs !== undefined && { write: spacing('write', timings.writeSpacingMs) }),
        ...(timings?.notificationSpacingMs !== undefined && {
          notifications: spacing('notifications', timings.notificationSpacingMs)
        })
      }
    },
    retry,
    throttling
  )
  let unreachable: Error | undefined
  const send = async (request: SendRequest, requestOptions: RequestOptions): Promise<OctokitResponse<unknown>> => {
    try {
      return await request(requestOptions)
    } catch (error) {
      if (isConnectionFailure(error)) unreachable = error
      throw error
    }
  }
  // A rate limit the throttling plugin leaves alone (a 429, or a 403 with `retry-after` but without its
  // wording) is waited out here, once, as long as GitHub asks (`retry-after`, else `x-ratelimit-reset`).
  const wrap = async (request: SendRequest, requestOptions: RequestOptions): Promise<OctokitResponse<unknown>> => {
    if (unreachable !== undefined) throw unreachable
    giveOwnRequestOptions(requestOptions, requestTimeoutMs)
    try {
      return await send(request, requestOptions)
    } catch (error) {
      const seconds = rateLimitWaitSeconds(error, Date.now())
      if (seconds === undefined) throw error
      const wait = seconds <= MAX_RETRY_AFTER_SECONDS
      log(`Rate limit on ${requestOptions.method} ${requestOptions.url}: ${wait ? `retrying after ${seconds} s` : 'giving up'}`)
      if (!wait) throw error
      await sleep(seconds * retryUnitMs)
      return await send(request, requestOptions)
    }
  }
  client.hook.wrap('request', wrap)
  return client
}

type RequestOptions = Required<EndpointDefaults>
type SendRequest = (options: RequestOptions) => OctokitResponse<unknown> | Promise<OctokitResponse<unknown>>
type Fetch = typeof globalThis.fetch

/**
 * Gives this request's options their own `request` object, whose fetch aborts each attempt after
 * `timeoutMs`. In place, because the inner hooks (retry, throttling) are bound to this options
 * object, not to what a wrap passes on; and a new object, because @actions/github shares one `request`
 * object between all requests and plugin-retry keeps its retry count there, so every later request
 * would start its retries at the longest back-off.
 */
function giveOwnRequestOptions(options: RequestOptions, timeoutMs: number): void {
  const inner = options.request
  const fetch: Fetch = (inner.fetch as Fetch | undefined) ?? globalThis.fetch
  const timedFetch: Fetch = (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    return fetch(input, { ...init, signal })
  }
  options.request = { ...inner, fetch: timedFetch }
}

function spacing(id: string, minTime: number): Bottleneck.Group {
  return new Bottleneck.Group({ id: `${TOOL_NAME}-${id}`, maxConcurrent: 1, minTime })
}
