/** Unit tests for src/config/window.ts and src/config/iso-time.ts: declared reboot windows. */
import { describe, expect, it } from '@jest/globals'
import { addDuration, parseDateTime, parseDuration } from '../../src/config/iso-time.js'
import { parseDeclaredWindow } from '../../src/config/window.js'

const ends = (text: string): string | undefined => {
  const parsed = parseDeclaredWindow(text)
  if ('problem' in parsed) throw new Error(parsed.problem)
  return parsed.window.end?.toISOString()
}
const problem = (text: string): string => {
  const parsed = parseDeclaredWindow(text)
  return 'problem' in parsed ? parsed.problem : 'well formed'
}

describe('parseDeclaredWindow', () => {
  it.each([
    ['Month Second Sunday 02:00/PT3H', 'recurrence'],
    ['Month Last Friday Offset-2 01:00/PT2H30M', 'recurrence'],
    ['Month day1,day15,day-1 03:00/PT2H', 'recurrence'],
    ['Week Saturday,Sunday 22:00/PT4H', 'recurrence'],
    ['2Weeks 02:00/PT2H W. Europe Standard Time', 'recurrence'],
    ['Day 23:59/PT1H pacific standard time', 'recurrence'],
    ['Month Second Sunday 02:00/PT3H Cen. Australia Standard Time', 'recurrence'],
    ['3Months Third wednesday 04:00/P1D', 'recurrence'],
    ['R/2026-01-11T02:00Z/P1M', 'repeating-interval']
  ])('reads %s as a recurring %s', (text, notation) => {
    const openings = expect.objectContaining({ kind: notation === 'recurrence' ? 'recurrence' : 'repeating' })
    expect(parseDeclaredWindow(text)).toEqual({ window: { notation, recurring: true, end: undefined, openings } })
  })

  it.each([
    ['2026-01-18T02:00Z/PT3H', { kind: 'once', start: new Date('2026-01-18T02:00:00Z') }],
    ['PT3H/2026-01-18T05:00Z', { kind: 'once', start: new Date('2026-01-18T02:00:00Z') }],
    ['2026-01-18/2026-01-19', { kind: 'once', start: new Date('2026-01-18T00:00:00Z') }],
    ['R2/2026-12-20T02:00+01:00/P1M', { kind: 'repeating', start: new Date('2026-12-20T01:00:00Z'), period: { years: 0, months: 1, days: 0, milliseconds: 0 }, times: 2 }],
    ['R/2026-02-07T02:00Z/P1Y', { kind: 'repeating', start: new Date('2026-02-07T02:00:00Z'), period: { years: 1, months: 0, days: 0, milliseconds: 0 }, times: undefined }],
    [
      '12Months day7 02:00/PT3H',
      { kind: 'recurrence', recurrence: { kind: 'monthly-days', every: 12, days: [7] }, hour: 2, minute: 0, timeZone: 'UTC', zone: 'Etc/UTC' }
    ],
    [
      'Week Saturday 23:30/PT2H Pacific Standard Time',
      { kind: 'recurrence', recurrence: { kind: 'weekly', every: 1, weekdays: [6] }, hour: 23, minute: 30, timeZone: 'Pacific Standard Time', zone: 'America/Los_Angeles' }
    ]
  ])('reads when %s opens: UTC unless an offset or a Windows zone is written', (text, openings) => {
    const parsed = parseDeclaredWindow(text)
    expect('window' in parsed ? parsed.window.openings : parsed).toEqual(openings)
  })

  it.each([
    ['2026-01-18T02:00Z/PT3H', '2026-01-18T05:00:00.000Z'],
    ['2026-01-18T02:00:00+01:00/PT3H', '2026-01-18T04:00:00.000Z'],
    ['2026-01-18/2026-01-19', '2026-01-19T00:00:00.000Z'],
    ['PT3H/2026-01-18T05:00Z', '2026-01-18T05:00:00.000Z'],
    ['2026-01-31T02:00Z/P1M', '2026-03-03T02:00:00.000Z'],
    ['R3/2026-01-11T02:00Z/P1M', '2026-04-11T02:00:00.000Z'],
    ['2026-01-18T02:00/PT3H', '2026-01-18T05:00:00.000Z']
  ])('reads the interval %s as ending at %s', (text, end) => {
    expect(ends(text)).toBe(end)
  })

  it.each([
    ['', 'it is empty; expected an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a recurrence (Month Third Sunday 02:00/PT3H)'],
    ['next Sunday', 'expected an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a recurrence (Month Third Sunday 02:00/PT3H)'],
    ['Month Second Sunday 02:00', 'expected an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a recurrence (Month Third Sunday 02:00/PT3H)'],
    ['Month Sekond Sunday 02:00/PT3H', "expected day numbers (day23,day24) or First, Second, Third, Fourth or Last after the month, got 'Sekond'"],
    ['Month Second Sonday 02:00/PT3H', "expected a weekday (Monday to Sunday) after 'Second', got 'Sonday'"],
    ['Month Second Sunday Offset9 02:00/PT3H', "'Offset9': the offset is -6 to 6 days"],
    ['Month Second Sunday Offset1 extra 02:00/PT3H', "unexpected 'extra' after the monthly recurrence"],
    ['Month 02:00/PT3H', 'a monthly recurrence names its day: Month Second Sunday, Month day15 or Month Last Friday'],
    ['Month day32 02:00/PT3H', "'day32' is not a day of the month (day1 to day31, or day-1 for the last day)"],
    ['Week Sat 22:00/PT4H', "'Sat' is not a weekday (Monday to Sunday)"],
    ['Week Saturday, Sunday 22:00/PT4H', "weekdays are separated by commas without spaces (Saturday,Sunday), got 'Saturday, Sunday'"],
    ['Day Monday 02:00/PT1H', "a daily recurrence takes nothing after 'Day', got 'Monday'"],
    ['99Days 02:00/PT1H', "'99Days': the count is 1 to 35"],
    ['Fortnight 02:00/PT1H', "'Fortnight' is not Hour, Day, Week or Month with an optional count (6Hours, 3Days, 2Weeks, 3Months)"],
    ['Month Second Sunday 25:00/PT3H', '25:00 is not a time of day (00:00 to 23:59)'],
    ['Month Second Sunday 02:00/PT0S', 'PT0S is not an ISO 8601 duration such as PT3H'],
    ['Month Second Sunday 02:00/P3H', 'P3H is not an ISO 8601 duration such as PT3H'],
    ['2026-02-30T02:00Z/PT3H', '2026-02-30T02:00Z is not an ISO 8601 date-time (2026-01-18T02:00Z) or duration (PT3H)'],
    ['2026-01-18T05:00Z/2026-01-18T02:00Z', 'it ends (2026-01-18T02:00Z) before it starts (2026-01-18T05:00Z)'],
    ['2026-01-18T02:00Z', "an interval has one '/' between its start and its end or duration; got 2026-01-18T02:00Z"],
    ['R/2026-01-18T02:00Z', 'a repeating interval is R/<start>/<duration>, e.g. R/2026-01-18T02:00Z/P1M; got R/2026-01-18T02:00Z'],
    ['R0/2026-01-18T02:00Z/P1M', 'R0 must repeat 1 to 10000 times'],
    [`Month Second Sunday 02:00/PT3H ${'x'.repeat(200)}`, 'it is longer than 200 characters'],
    // The zone is read as a maintenance window's timeZone is: a Windows name, or the window's time is unknown.
    ['Month Second Sunday 02:00/PT3H Mars Standard Time', "'Mars Standard Time' is not a Windows time zone name (e.g. UTC, Pacific Standard Time, W. Europe Standard Time)"],
    ['Month Second Sunday 02:00/PT3H not a time zone at all', "'not a time zone at all' is not a Windows time zone name (e.g. UTC, Pacific Standard Time, W. Europe Standard Time)"],
    ['Day 23:59/PT1H Europe/Berlin', "'Europe/Berlin' is not a Windows time zone name (e.g. UTC, Pacific Standard Time, W. Europe Standard Time)"]
  ])('refuses %j: %s', (text, expected) => {
    expect(problem(text)).toBe(expected)
  })
})

describe('ISO 8601 pieces', () => {
  it('parses durations by calendar field', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({ years: 1, months: 2, days: 25, milliseconds: 18_367_000 })
    expect([parseDuration('P'), parseDuration('PT'), parseDuration('P1DT'), parseDuration('PT-1H')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined
    ])
  })

  it('parses date-times, UTC unless an offset is written, and refuses impossible ones', () => {
    expect(parseDateTime('2026-01-18T02:00-05:30')?.toISOString()).toBe('2026-01-18T07:30:00.000Z')
    expect([parseDateTime('2026-13-01'), parseDateTime('2026-01-18T24:00Z'), parseDateTime('2026-01-18T02:00+15:00')]).toEqual([
      undefined,
      undefined,
      undefined
    ])
  })

  it('adds months as calendar steps', () => {
    const start = new Date('2026-01-11T02:00:00Z')
    expect(addDuration(start, { years: 0, months: 1, days: 0, milliseconds: 0 }, 12).toISOString()).toBe('2027-01-11T02:00:00.000Z')
  })
})
