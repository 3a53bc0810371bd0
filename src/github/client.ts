import * as github from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { EndpointDefaults, OctokitResponse } from '@octokit/types'
import Bottleneck from 'bottleneck/light.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { MAX_RETRIES, MAX_RETRY_AFTER_SECONDS, REQUEST_TIMEOUT_MS } from './limits.js'
import { rateLimitWaitSeconds } from './rate-limit.js'
import { describeFailure, isConnectionFailure, recordAttempts, statusOf } from './request-errors.js'

/** An authenticated client: REST (`client.rest.*`, `client.paginate`) and GraphQL (`client.graphql`). */
export type GitHubClient = ReturnType<typeof github.getOctokit>

/**
 * How long the client waits, in milliseconds. The defaults are GitHub's recommendations (one second
 * between writes, three between writes that notify people); tests set them to zero.
 */
export interface ClientTimings {
  /** What one "second" of a retry delay lasts: 5xx retries wait 1 then 4 of them, rate limits as many as GitHub asks. */
  readonly retryUnitMs: number
  /** Least time between two write requests (and GraphQL requests); undefined: the plugin's 1,000. */
  readonly writeSpacingMs?: number
  /** Least time between two writes that notify (comments, reviews); undefined: the plugin's 3,000. 0 for both: no limiter at all. */
  readonly notificationSpacingMs?: number
  /** How long one attempt may go unanswered; undefined: REQUEST_TIMEOUT_MS. */
  readonly requestTimeoutMs?: number
  /** Waits out a rate limit; undefined: a real timer. Tests pass a fake that records the wait. */
  readonly sleep?: (ms: number) => Promise<void>
  /** The time (epoch ms) an HTTP-date `retry-after` and `x-ratelimit-reset` are read against; undefined: Date.now. */
  readonly now?: () => number
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
 * The request option (`request: { [FIND_CREATED]: ... }`) of a POST that creates a comment or a review:
 * a lookup for what a failed attempt may have created after all (a 5xx or a lost connection can follow
 * a write GitHub did). The client then retries the POST itself, and only when the lookup finds nothing.
 */
export const FIND_CREATED = 'hotpatchFindCreated'

/** What FIND_CREATED holds: the created item as the POST would have answered it, or undefined. */
export type FindCreated = () => Promise<unknown>

/**
 * A client that retries 5xx and network errors (MAX_RETRIES times), waits out a rate limit once when
 * GitHub asks for at most MAX_RETRY_AFTER_SECONDS, and spaces writes as GitHub's best practices ask.
 * A longer rate limit fails the request: the caller stops writing and says so, rather than holding the
 * job for an hour. Each attempt times out after REQUEST_TIMEOUT_MS, and once a request could not reach
 * GitHub at all (after its retries), every later request fails at once: the findings are already in the
 * annotations, the job summary and the report files, so waiting longer would gain nothing. A POST that
 * creates something (FIND_CREATED) is never sent twice for one item.
 */
export function createGitHubClient(token: string, options: ClientOptions = {}): GitHubClient {
  const log = options.log ?? ((): void => undefined)
  const timings = options.timings ?? timingsFromEnvironment()
  const requestTimeoutMs = timings?.requestTimeoutMs ?? REQUEST_TIMEOUT_MS
  const retryUnitMs = timings?.retryUnitMs ?? 1000
  const sleep = timings?.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)))
  const now = timings?.now ?? Date.now
  // The throttling plugin only spaces requests: its own rate-limit waits run on a timer a test cannot
  // fake and skip 429s, so every rate limit is waited out in one place, below.
  const neverWait = (): boolean => false
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
        // Spacing of 0 for both (timings a test gives) spaces nothing: the limiter would only add its
        // scheduling hops, ~15 ms a request against a local server.
        enabled: !(timings?.writeSpacingMs === 0 && timings.notificationSpacingMs === 0),
        onRateLimit: neverWait,
        onSecondaryRateLimit: neverWait,
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

  // A rate limit (429 or 403, primary or secondary) is waited out here, once, as long as GitHub asks.
  const send = async (request: SendRequest, requestOptions: RequestOptions): Promise<OctokitResponse<unknown>> => {
    try {
      return await request(requestOptions)
    } catch (error) {
      const seconds = rateLimitWaitSeconds(error, now())
      if (seconds === undefined) throw error
      const wait = seconds <= MAX_RETRY_AFTER_SECONDS
      const what = `${requestOptions.method} ${requestOptions.url}`
      log(`Rate limit on ${what}: ${wait ? `retrying after ${seconds} s` : 'giving up'}`)
      if (!wait) throw error
      await sleep(seconds * retryUnitMs)
      return await request(requestOptions)
    }
  }

  // A POST that creates something: retried here, not by plugin-retry, so that each retry first looks
  // for what the failed attempt may have created (found: that is the answer, nothing is sent again).
  const createOnce = async (
    request: SendRequest,
    requestOptions: RequestOptions,
    findCreated: FindCreated
  ): Promise<OctokitResponse<unknown>> => {
    requestOptions.request.retries = 0
    for (let attempt = 1; ; attempt++) {
      try {
        return await send(request, requestOptions)
      } catch (error) {
        const status = statusOf(error)
        if (attempt > MAX_RETRIES || status === undefined || status < 500) throw error
        const failed = `${requestOptions.method} ${requestOptions.url}`
        log(`${failed} failed (${describeFailure(error)}): looking for what it created`)
        // A lookup that fails cannot rule out a created item: give up rather than risk a duplicate.
        const found = await findCreated().catch(() => {
          throw error
        })
        if (found !== undefined) {
          log(`${failed}: the failed attempt had created it; not sent again`)
          return { status: 201, url: requestOptions.url, headers: {}, data: found, retryCount: 0 }
        }
        await sleep(attempt ** 2 * retryUnitMs)
      }
    }
  }

  const wrap = async (request: SendRequest, requestOptions: RequestOptions): Promise<OctokitResponse<unknown>> => {
    if (unreachable !== undefined) throw unreachable
    const attempts = giveOwnRequestOptions(requestOptions, requestTimeoutMs)
    const findCreated: unknown = requestOptions.request[FIND_CREATED]
    try {
      return typeof findCreated === 'function'
        ? await createOnce(request, requestOptions, findCreated as FindCreated)
        : await send(request, requestOptions)
    } catch (error) {
      recordAttempts(error, attempts.count)
      if (isConnectionFailure(error)) unreachable = error
      throw error
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
 * would start its retries at the longest back-off. Counts the attempts (each one is a fetch).
 */
function giveOwnRequestOptions(options: RequestOptions, timeoutMs: number): { count: number } {
  const attempts = { count: 0 }
  const inner = options.request
  const fetch: Fetch = (inner.fetch as Fetch | undefined) ?? globalThis.fetch
  const timedFetch: Fetch = (input, init) => {
    attempts.count++
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    return fetch(input, { ...init, signal })
  }
  options.request = { ...inner, fetch: timedFetch }
  return attempts
}

function spacing(id: string, minTime: number): Bottleneck.Group {
  return new Bottleneck.Group({ id: `${TOOL_NAME}-${id}`, maxConcurrent: 1, minTime })
}
