/**
 * The environment that gives a spawned dist/ entry short waits (see TIMINGS_VARIABLE in
 * src/github/client.ts): 1 ms per "second" of retry delay and of `retry-after`, no spacing between
 * writes, and 1 s before an unanswered request is abandoned (the local fake answers in milliseconds).
 * `npm run test:long` sets REAL_CLIENT_TIMINGS=1, and the same tests then run with the real waits.
 */
import { TIMINGS_VARIABLE, type ClientTimings } from '../../src/github/client.js'

export const REAL_CLIENT_TIMINGS = process.env.REAL_CLIENT_TIMINGS === '1'

export const SHORT_TIMINGS: ClientTimings = {
  retryUnitMs: 1,
  writeSpacingMs: 0,
  notificationSpacingMs: 0,
  requestTimeoutMs: 1_000
}

/** Variables to add to a spawned action's environment. */
export function childTimingsEnvironment(): NodeJS.ProcessEnv {
  return REAL_CLIENT_TIMINGS ? {} : { [TIMINGS_VARIABLE]: JSON.stringify(SHORT_TIMINGS) }
}
