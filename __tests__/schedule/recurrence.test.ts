/** The recurEvery grammar: every documented example, and values Azure rejects. */
import { describe, expect, it } from '@jest/globals'
import { describeRecurrence, parseRecurrence, type Recurrence } from '../../src/schedule/index.js'

const valid: readonly (readonly [string, Recurrence, string])[] = [
  // Hourly (the Guest scope): n Hour(s), at least 6.
  ['6Hour', { kind: 'hourly', every: 6 }, 'every 6 hours'],
  ['12Hours', { kind: 'hourly', every: 12 }, 'every 12 hours'],
  ['48hours', { kind: 'hourly', every: 48 }, 'every 48 hours'],
  // Daily: [n]Day(s).
  ['Day', { kind: 'daily', every: 1 }, 'every day'],
  ['1Day', { kind: 'daily', every: 1 }, 'every day'],
  ['3Days', { kind: 'daily', every: 3 }, 'every 3 days'],
  ['5Days', { kind: 'daily', every: 5 }, 'every 5 days'],
  // Weekly: [n]Week(s) [weekdays].
  ['Week', { kind: 'weekly', every: 1, weekdays: [] }, 'every week'],
  ['3Weeks', { kind: 'weekly', every: 3, weekdays: [] }, 'every 3 weeks'],
  ['Week Saturday,Sunday', { kind: 'weekly', every: 1, weekdays: [6, 7] }, 'every week on Saturday, Sunday'],
  ['2Weeks Monday', { kind: 'weekly', every: 2, weekdays: [1] }, 'every 2 weeks on Monday'],
  ['week sunday,SATURDAY', { kind: 'weekly', every: 1, weekdays: [6, 7] }, 'every week on Saturday, Sunday'],
  // Monthly by day numbers.
  ['Month', { kind: 'monthly-days', every: 1, days: [] }, 'every month'],
  ['2Months', { kind: 'monthly-days', every: 2, days: [] }, 'every 2 months'],
  ['Month day23,day24', { kind: 'monthly-days', every: 1, days: [23, 24] }, 'every month on day 23, day 24'],
  ['Month day-1', { kind: 'monthly-days', every: 1, days: [-1] }, 'every month on the last day'],
  ['Month day1,day31', { kind: 'monthly-days', every: 1, days: [1, 31] }, 'every month on day 1, day 31'],
  // Monthly by weekday, with an optional offset of -6 to 6 days.
  ['Month Last Sunday', { kind: 'monthly-weekday', every: 1, week: 5, weekday: 7, offset: 0 }, 'every month on the Last Sunday'],
  ['Month Fourth Monday', { kind: 'monthly-weekday', every: 1, week: 4, weekday: 1, offset: 0 }, 'every month on the Fourth Monday'],
  [
    'Month Last Sunday Offset-3',
    { kind: 'monthly-weekday', every: 1, week: 5, weekday: 7, offset: -3 },
    'every month on the Last Sunday - 3 days'
  ],
  [
    'Month Third Sunday Offset6',
    { kind: 'monthly-weekday', every: 1, week: 3, weekday: 7, offset: 6 },
    'every month on the Third Sunday + 6 days'
  ],
  [
    'Month Second Tuesday Offset2',
    { kind: 'monthly-weekday', every: 1, week: 2, weekday: 2, offset: 2 },
    'every month on the Second Tuesday + 2 days'
  ],
  [
    '1Month Second Tuesday Offset4',
    { kind: 'monthly-weekday', every: 1, week: 2, weekday: 2, offset: 4 },
    'every month on the Second Tuesday + 4 days'
  ],
  ['3Months Third Sunday', { kind: 'monthly-weekday', every: 3, week: 3, weekday: 7, offset: 0 }, 'every 3 months on the Third Sunday'],
  [
    '12Months Second Saturday',
    { kind: 'monthly-weekday', every: 12, week: 2, weekday: 6, offset: 0 },
    'every 12 months on the Second Saturday'
  ],
  ['Month First Monday Offset0', { kind: 'monthly-weekday', every: 1, week: 1, weekday: 1, offset: 0 }, 'every month on the First Monday']
]

const invalid: readonly (readonly [string, string])[] = [
  ['', 'recurEvery is empty; expected Day, 3Days, Week Saturday,Sunday, Month day23,day24 or Month Second Tuesday Offset2'],
  ['Daily', "'Daily' is not Hour, Day, Week or Month with an optional count (6Hours, 3Days, 2Weeks, 3Months)"],
  ['Year', "'Year' is not Hour, Day, Week or Month with an optional count (6Hours, 3Days, 2Weeks, 3Months)"],
  ['Hour', "'Hour': an hourly recurrence is every 6 hours or more"],
  ['5Hours', "'5Hours': an hourly recurrence is every 6 hours or more"],
  ['6Hours Monday', "an hourly recurrence takes nothing after '6Hours', got 'Monday'"],
  ['0Days', "'0Days': the count is 1 to 35"],
  ['36Months', "'36Months': the count is 1 to 35"],
  ['Day Monday', "a daily recurrence takes nothing after 'Day', got 'Monday'"],
  ['Week Saturday, Sunday', "weekdays are separated by commas without spaces (Saturday,Sunday), got 'Saturday, Sunday'"],
  ['Week Sat', "'Sat' is not a weekday (Monday to Sunday)"],
  ['Month day32', "'day32' is not a day of the month (day1 to day31, or day-1 for the last day)"],
  ['Month day0', "'day0' is not a day of the month (day1 to day31, or day-1 for the last day)"],
  ['Month day-2', "'day-2' is not a day of the month (day1 to day31, or day-1 for the last day)"],
  ['Month Fifth Sunday', "expected day numbers (day23,day24) or First, Second, Third, Fourth or Last after the month, got 'Fifth'"],
  ['Month Second', "expected a weekday (Monday to Sunday) after 'Second', got 'nothing'"],
  ['Month Second Tuesday Offset7', "'Offset7': the offset is -6 to 6 days"],
  ['Month Last Sunday Offset-7', "'Offset-7': the offset is -6 to 6 days"],
  ['Month Second Tuesday Plus2', "'Plus2' is not an offset (Offset-6 to Offset6)"],
  ['Month Second Tuesday Offset2 UTC', "unexpected 'UTC' after the monthly recurrence"],
  ['x'.repeat(201), 'recurEvery is longer than 200 characters']
]

describe('parseRecurrence', () => {
  it.each(valid)('reads %j', (text, recurrence, description) => {
    expect(parseRecurrence(text)).toEqual({ recurrence })
    expect(describeRecurrence(recurrence)).toBe(description)
  })

  it.each(invalid)('rejects %j', (text, problem) => {
    expect(parseRecurrence(text)).toEqual({ problem })
  })
})
