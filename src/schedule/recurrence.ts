/**
 * The `recurEvery` grammar of an Azure maintenance window (Microsoft.Maintenance/maintenanceConfigurations,
 * `maintenanceWindow.recurEvery`; the azurerm provider's `recur_every` passes it through unchanged):
 *
 * - hourly:  `n Hour(s)`, n >= 6                          `6Hour`, `12Hours`
 * - daily:   `[n]Day(s)`                                   `Day`, `3Days`
 * - weekly:  `[n]Week(s) [weekday,weekday...]`             `Week`, `3Weeks`, `Week Saturday,Sunday`
 * - monthly: `[n]Month(s) [dayN,dayN...]`                  `Month`, `2Months`, `Month day23,day24`
 *            `[n]Month(s) <First..Fourth|Last> <weekday> [Offset<-6..6>]`
 *                                                          `Month Last Sunday Offset-3`, `Month Third Sunday Offset6`
 *
 * "If no frequency is provided, the default frequency is 1"; "Offset value must be between -6 to 6 inclusive"
 * (REST API reference, MaintenanceWindow.recurEvery). Hours are not in that reference, but the Guest (InGuestPatch)
 * scope takes them: "The value of Repeat should be at least 6 hours" (Maintenance Configurations for Azure
 * virtual machines, Guest scope), and templates write `6Hour`. Words are matched case-insensitively, as the service does.
 * `day-1` (the last day of the month) is accepted because Update Manager writes it for "last day".
 */

/** 1 = Monday ... 7 = Sunday (ISO 8601, as luxon numbers them). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

export type Recurrence =
  /** Every `every` hours of elapsed time from startDateTime. */
  | { readonly kind: 'hourly'; readonly every: number }
  | { readonly kind: 'daily'; readonly every: number }
  /** No weekdays: the weekday of startDateTime. */
  | { readonly kind: 'weekly'; readonly every: number; readonly weekdays: readonly Weekday[] }
  /** No days: the day of month of startDateTime. -1 is the last day of the month. */
  | { readonly kind: 'monthly-days'; readonly every: number; readonly days: readonly number[] }
  /** `week` 1-4, or 5 for Last; `offset` days are added to that weekday (-6 to 6). */
  | {
      readonly kind: 'monthly-weekday'
      readonly every: number
      readonly week: 1 | 2 | 3 | 4 | 5
      readonly weekday: Weekday
      readonly offset: number
    }

export type RecurrenceParse = { readonly recurrence: Recurrence } | { readonly problem: string }

/** Longer than any valid value (`12Months Fourth Wednesday Offset-6` is 35); bounds the work on hostile input. */
const MAX_LENGTH = 200
/** The interval's upper bound; the portal offers up to 35 days, weeks or months. */
export const MAX_EVERY = 35
/** The shortest hourly recurrence the Guest scope takes. */
export const MIN_HOURS = 6

const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const WEEKS: readonly string[] = ['first', 'second', 'third', 'fourth', 'last']
const UNIT = /^(\d{1,3})?(hour|day|week|month)(s?)$/i
const GRAMMAR = 'Day, 3Days, Week Saturday,Sunday, Month day23,day24 or Month Second Tuesday Offset2'

const weekdayOf = (word: string): Weekday | undefined => {
  const index = WEEKDAYS.indexOf(word.toLowerCase())
  return index < 0 ? undefined : ((index + 1) as Weekday)
}

/** Parses one `recurEvery` value; a problem says what Azure would reject, in words for a finding. */
export function parseRecurrence(raw: string): RecurrenceParse {
  const text = raw.trim()
  if (text === '') return { problem: `recurEvery is empty; expected ${GRAMMAR}` }
  if (text.length > MAX_LENGTH) return { problem: `recurEvery is longer than ${MAX_LENGTH} characters` }
  const [head = '', ...rest] = text.split(/\s+/)
  const unit = UNIT.exec(head)
  if (unit === null) return { problem: `'${head}' is not Hour, Day, Week or Month with an optional count (6Hours, 3Days, 2Weeks, 3Months)` }
  const every = unit[1] === undefined ? 1 : Number(unit[1])
  const kind = (unit[2] as string).toLowerCase()
  if (kind === 'hour') return parseHourly(head, every, rest)
  if (every < 1 || every > MAX_EVERY) return { problem: `'${head}': the count is 1 to ${MAX_EVERY}` }
  if (kind === 'day') {
    return rest.length === 0 ? { recurrence: { kind: 'daily', every } } : { problem: `a daily recurrence takes nothing after '${head}', got '${rest.join(' ')}'` }
  }
  if (kind === 'week') return parseWeekly(every, rest)
  return parseMonthly(every, rest)
}

function parseHourly(head: string, every: number, rest: readonly string[]): RecurrenceParse {
  // No upper bound is documented: a longer one Azure refused would fail the deployment, not pass silently.
  if (every < MIN_HOURS) return { problem: `'${head}': an hourly recurrence is every ${MIN_HOURS} hours or more` }
  if (rest.length > 0) return { problem: `an hourly recurrence takes nothing after '${head}', got '${rest.join(' ')}'` }
  return { recurrence: { kind: 'hourly', every } }
}

function parseWeekly(every: number, rest: readonly string[]): RecurrenceParse {
  if (rest.length === 0) return { recurrence: { kind: 'weekly', every, weekdays: [] } }
  if (rest.length > 1) return { problem: `weekdays are separated by commas without spaces (Saturday,Sunday), got '${rest.join(' ')}'` }
  const weekdays: Weekday[] = []
  for (const word of (rest[0] as string).split(',')) {
    const day = weekdayOf(word)
    if (day === undefined) return { problem: `'${word}' is not a weekday (Monday to Sunday)` }
    if (!weekdays.includes(day)) weekdays.push(day)
  }
  return { recurrence: { kind: 'weekly', every, weekdays: weekdays.sort((a, b) => a - b) } }
}

function parseMonthly(every: number, rest: readonly string[]): RecurrenceParse {
  if (rest.length === 0) return { recurrence: { kind: 'monthly-days', every, days: [] } }
  const [first = '', second, offsetWord, ...extra] = rest
  if (rest.length === 1 && /^day/i.test(first)) {
    const days: number[] = []
    for (const word of first.split(',')) {
      const match = /^day(-1|[1-9]|[12]\d|3[01])$/i.exec(word)
      if (match === null) return { problem: `'${word}' is not a day of the month (day1 to day31, or day-1 for the last day)` }
      const day = Number(match[1])
      if (!days.includes(day)) days.push(day)
    }
    return { recurrence: { kind: 'monthly-days', every, days } }
  }
  const week = WEEKS.indexOf(first.toLowerCase())
  if (week < 0) return { problem: `expected day numbers (day23,day24) or First, Second, Third, Fourth or Last after the month, got '${first}'` }
  const weekday = weekdayOf(second ?? '')
  if (weekday === undefined) return { problem: `expected a weekday (Monday to Sunday) after '${first}', got '${second ?? 'nothing'}'` }
  let offset = 0
  if (offsetWord !== undefined) {
    const match = /^offset([+-]?\d{1,2})$/i.exec(offsetWord)
    if (match === null) return { problem: `'${offsetWord}' is not an offset (Offset-6 to Offset6)` }
    offset = Number(match[1])
    if (offset < -6 || offset > 6) return { problem: `'${offsetWord}': the offset is -6 to 6 days` }
  }
  if (extra.length > 0) return { problem: `unexpected '${extra.join(' ')}' after the monthly recurrence` }
  return { recurrence: { kind: 'monthly-weekday', every, week: (week + 1) as 1 | 2 | 3 | 4 | 5, weekday, offset } }
}

const ORDINAL_WORDS = ['First', 'Second', 'Third', 'Fourth', 'Last']
const DAY_WORDS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** `every month on the Second Tuesday + 2 days`: how messages describe a recurrence. */
export function describeRecurrence(recurrence: Recurrence): string {
  const unit = (word: string): string => (recurrence.every === 1 ? `every ${word}` : `every ${recurrence.every} ${word}s`)
  switch (recurrence.kind) {
    case 'hourly':
      return unit('hour')
    case 'daily':
      return unit('day')
    case 'weekly':
      return recurrence.weekdays.length === 0
        ? unit('week')
        : `${unit('week')} on ${recurrence.weekdays.map(d => DAY_WORDS[d - 1]).join(', ')}`
    case 'monthly-days':
      return recurrence.days.length === 0
        ? unit('month')
        : `${unit('month')} on ${recurrence.days.map(d => (d === -1 ? 'the last day' : `day ${d}`)).join(', ')}`
    case 'monthly-weekday': {
      const days = Math.abs(recurrence.offset)
      const offset = days === 0 ? '' : ` ${recurrence.offset > 0 ? '+' : '-'} ${days} day${days === 1 ? '' : 's'}`
      return `${unit('month')} on the ${ORDINAL_WORDS[recurrence.week - 1]} ${DAY_WORDS[recurrence.weekday - 1]}${offset}`
    }
  }
}
