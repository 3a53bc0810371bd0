import { asString } from '../coerce.js'
import { isFullDateTimeSpec, isPlanTime, notDeploymentTime } from '../deployment-time.js'
import { failure, firstMissing, type Value } from '../value.js'
import type { FunctionTable } from './table.js'
import type { WallClock } from '../../../../schedule/wall-clock.js'

/**
 * Terraform's `formatdate(spec, timestamp)` (go-cty's stdlib, which Terraform calls): an RFC 3339 timestamp
 * formatted in its own offset. A maintenance window's start is often written this way
 * (`formatdate("YYYY-MM-DD hh:mm", "2026-01-14T03:00:00Z")`). The plan time formatted as a full date and time
 * is still the plan time (the policy reads it as the evaluation date); any other spec (`"YYYY"`,
 * `"2028-MM-DD hh:mm"`) makes another value, unknown for another reason.
 */
export const dateFunctions: FunctionTable = {
  formatdate: {
    arity: [2, 2],
    seesMissing: true,
    call: ([spec = null, timestamp = null]) => {
      const missing = firstMissing([spec, timestamp])
      if (missing === undefined) return formatDate(spec, timestamp)
      if (missing === timestamp && isPlanTime(timestamp) && typeof spec === 'string' && isFullDateTimeSpec(spec)) return timestamp
      return notDeploymentTime(missing)
    }
  }
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** A written timestamp's wall-clock fields, its weekday and its offset. */
interface Moment extends WallClock {
  readonly weekday: number
  /** `Z` or `+hh:mm` / `-hh:mm`, as written. */
  readonly offset: string
}

function formatDate(spec: Value, timestamp: Value): Value {
  const format = asString(spec)
  if (typeof format !== 'string') return format
  const time = asString(timestamp)
  if (typeof time !== 'string') return time
  const moment = parseTimestamp(time)
  if (moment === undefined) return failure(`formatdate(): "${time.slice(0, 64)}" is not an RFC 3339 timestamp`)
  let out = ''
  for (let i = 0; i < format.length; ) {
    const char = format[i] as string
    if (char === "'") {
      const literal = quotedLiteral(format, i)
      if (literal === undefined) return failure('formatdate(): a quoted literal in the format is not closed')
      out += literal.text
      i = literal.end
      continue
    }
    if (!/[A-Za-z]/.test(char)) {
      out += char
      i++
      continue
    }
    let run = 1
    while (format[i + run] === char) run++
    const piece = sequence(char.repeat(run), moment)
    if (piece === undefined) return failure(`formatdate(): invalid date format sequence "${char.repeat(run)}"`)
    out += piece
    i += run
  }
  return out
}

/** The quoted literal starting at `start` (a `'`): its text, where `''` is one quote, and the index after it. */
function quotedLiteral(format: string, start: number): { text: string; end: number } | undefined {
  let text = ''
  for (let i = start + 1; i < format.length; i++) {
    if (format[i] !== "'") {
      text += format[i] as string
      continue
    }
    if (format[i + 1] !== "'") return { text: i === start + 1 ? "'" : text, end: i + 1 }
    text += "'"
    i++
  }
  return undefined
}

function parseTimestamp(text: string): Moment | undefined {
  const match = RFC3339.exec(text)
  if (match === null) return undefined
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 60) return undefined
  return { year, month, day, hour, minute, second, weekday: date.getUTCDay(), offset: match[7] as string }
}

const two = (n: number): string => String(n).padStart(2, '0')

function sequence(letters: string, m: Moment): string | undefined {
  const twelve = m.hour % 12 === 0 ? 12 : m.hour % 12
  const utc = m.offset === 'Z' || m.offset.endsWith('00:00')
  const compact = m.offset === 'Z' ? '+0000' : m.offset.replace(':', '')
  switch (letters) {
    case 'YYYY': return String(m.year).padStart(4, '0')
    case 'YY': return two(m.year % 100)
    case 'MMMM': return MONTHS[m.month - 1]
    case 'MMM': return MONTHS[m.month - 1]?.slice(0, 3)
    case 'MM': return two(m.month)
    case 'M': return String(m.month)
    case 'DD': return two(m.day)
    case 'D': return String(m.day)
    case 'EEEE': return DAYS[m.weekday]
    case 'EEE': return DAYS[m.weekday]?.slice(0, 3)
    case 'hh': return two(m.hour)
    case 'h': return String(m.hour)
    case 'HH': return two(twelve)
    case 'H': return String(twelve)
    case 'AA': return m.hour < 12 ? 'AM' : 'PM'
    case 'aa': return m.hour < 12 ? 'am' : 'pm'
    case 'mm': return two(m.minute)
    case 'm': return String(m.minute)
    case 'ss': return two(m.second)
    case 's': return String(m.second)
    case 'ZZZZZ': return m.offset === 'Z' ? '+00:00' : m.offset
    case 'ZZZZ': return compact
    case 'ZZZ': return utc ? 'UTC' : compact
    case 'Z': return utc ? 'Z' : m.offset
    default: return undefined
  }
}
