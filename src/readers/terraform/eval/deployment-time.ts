import { DERIVED_FROM_PLAN_TIME_REASON, PLAN_TIME_REASON } from '../../../model/deployment-time.js'
import { isUnknown, unknown, type Unknown, type Value } from './value.js'

/**
 * `timestamp()` and `plantimestamp()`: the time of the plan, which the policy reads as the evaluation date
 * when it is a window's start (src/model/deployment-time.ts). Only that value carries the reason:
 * `notDeploymentTime` gives anything computed from it another one.
 */
export const planTime = (): Unknown => unknown(PLAN_TIME_REASON)

export const isPlanTime = (value: Value | undefined): boolean =>
  value !== undefined && isUnknown(value) && value.reason === PLAN_TIME_REASON

/** A value computed from others: unknown because of the plan time, it is not the plan time itself. */
export const notDeploymentTime = (value: Value): Value => (isPlanTime(value) ? unknown(DERIVED_FROM_PLAN_TIME_REASON) : value)

/**
 * Whether a `formatdate` spec writes a full date and time of day, in that order, and nothing else: `YYYY`,
 * `MM` or `M`, `DD` or `D`, `hh` or `h`, `mm` or `m`, optionally `ss` or `s` and a zone (`Z`, `ZZZZ`, `ZZZZZ`),
 * with separators (or quoted separators, `'T'`) between. A literal digit or word (`"2028-MM-DD hh:mm"`) or a
 * missing part (`"YYYY"`) makes another value than the time formatted.
 */
export function isFullDateTimeSpec(spec: string): boolean {
  const tokens: string[] = []
  for (let i = 0; i < spec.length; ) {
    const char = spec[i] as string
    if (char === "'") {
      const end = spec.indexOf("'", i + 1)
      if (end < 0 || !/^[\s\-/:.,T]+$/.test(spec.slice(i + 1, end))) return false
      i = end + 1
      continue
    }
    if (/[A-Za-z]/.test(char)) {
      let run = 1
      while (spec[i + run] === char) run++
      tokens.push(char.repeat(run))
      i += run
      continue
    }
    if (!/[\s\-/:.,]/.test(char)) return false
    i++
  }
  return /^YYYY (MM?) (DD?) (hh?) (mm?)( ss?)?( (Z|ZZZZ|ZZZZZ))?$/.test(tokens.join(' '))
}
