/** Occurrences in the window's own zone: daylight saving, month lengths, intervals, expiry, bounds. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { Settings } from 'luxon'
import { firstOccurrences, MAX_PERIODS, nextOccurrence, occurrences, parseWindow, type WindowFields } from '../../src/schedule/index.js'

const UNTIL = new Date('2030-01-01T00:00:00Z')

/** `local=UTC` pairs of the first `count` occurrences. */
function opens(fields: WindowFields, count: number): string[] {
  const parsed = parseWindow(fields)
  if ('problems' in parsed) throw new Error(parsed.problems.map(p => p.text).join('; '))
  return firstOccurrences(parsed.schedule, UNTIL, count).map(o => `${o.local}=${o.start.toISOString().slice(0, 16)}`)
}

describe('daylight saving', () => {
  it('W. Europe Standard Time: a daily 02:30 window across the March change opens at 03:00, the first minute after the gap, on the gap day', () => {
    expect(opens({ startDateTime: '2026-03-27 02:30', timeZone: 'W. Europe Standard Time', recurEvery: 'Day' }, 4)).toEqual([
      '2026-03-27 02:30=2026-03-27T01:30',
      '2026-03-28 02:30=2026-03-28T01:30',
      '2026-03-29 03:00=2026-03-29T01:00',
      '2026-03-30 02:30=2026-03-30T00:30'
    ])
  })

  it('W. Europe Standard Time: the repeated hour in October is read as standard time (as .NET does)', () => {
    expect(opens({ startDateTime: '2026-10-24 02:30', timeZone: 'W. Europe Standard Time', recurEvery: 'Day' }, 3)).toEqual([
      '2026-10-24 02:30=2026-10-24T00:30',
      '2026-10-25 02:30=2026-10-25T01:30',
      '2026-10-26 02:30=2026-10-26T01:30'
    ])
  })

  it('an hourly window counts elapsed hours: across the March change its local time moves by the hour', () => {
    expect(opens({ startDateTime: '2027-03-27 20:00', timeZone: 'W. Europe Standard Time', recurEvery: '6Hours' }, 4)).toEqual([
      '2027-03-27 20:00=2027-03-27T19:00',
      '2027-03-28 03:00=2027-03-28T01:00',
      '2027-03-28 09:00=2027-03-28T07:00',
      '2027-03-28 15:00=2027-03-28T13:00'
    ])
  })

  it('Pacific Standard Time: across the March change', () => {
    expect(opens({ startDateTime: '2026-03-07 02:30', timeZone: 'Pacific Standard Time', recurEvery: 'Day' }, 3)).toEqual([
      '2026-03-07 02:30=2026-03-07T10:30',
      '2026-03-08 03:00=2026-03-08T10:00',
      '2026-03-09 02:30=2026-03-09T09:30'
    ])
  })

  it('Pacific Standard Time: across the November change', () => {
    expect(opens({ startDateTime: '2026-10-31 01:30', timeZone: 'Pacific Standard Time', recurEvery: 'Day' }, 3)).toEqual([
      '2026-10-31 01:30=2026-10-31T08:30',
      '2026-11-01 01:30=2026-11-01T09:30',
      '2026-11-02 01:30=2026-11-02T09:30'
    ])
  })

  it('Cen. Australia Standard Time: a daily 02:15 window opens at 03:00 on the October gap day, at 02:15 on the days around it', () => {
    expect(opens({ startDateTime: '2026-10-03 02:15', timeZone: 'Cen. Australia Standard Time', recurEvery: 'Day' }, 3)).toEqual([
      '2026-10-03 02:15=2026-10-02T16:45',
      '2026-10-04 03:00=2026-10-03T16:30',
      '2026-10-05 02:15=2026-10-04T15:45'
    ])
  })

  it('a start the gap skips opens at 03:00 that day only: every later opening is at the written 02:15', () => {
    expect(opens({ startDateTime: '2026-10-04 02:15', timeZone: 'Cen. Australia Standard Time', recurEvery: 'Day' }, 3)).toEqual([
      '2026-10-04 03:00=2026-10-03T16:30',
      '2026-10-05 02:15=2026-10-04T15:45',
      '2026-10-06 02:15=2026-10-05T15:45'
    ])
    // Monthly from a start in the gap: the first opening is not on the gap day; each is at 02:15, in summer and winter time.
    const monthly = { startDateTime: '2026-10-04 02:15', timeZone: 'Cen. Australia Standard Time', recurEvery: 'Month Second Wednesday' }
    expect(opens(monthly, 10).filter((_, i) => [0, 6, 9].includes(i))).toEqual([
      '2026-10-14 02:15=2026-10-13T15:45',
      '2027-04-14 02:15=2027-04-13T16:45',
      '2027-07-14 02:15=2027-07-13T16:45'
    ])
    expect(opens({ startDateTime: '2027-03-28 02:30', timeZone: 'W. Europe Standard Time', recurEvery: 'Day' }, 3)).toEqual([
      '2027-03-28 03:00=2027-03-28T01:00',
      '2027-03-29 02:30=2027-03-29T00:30',
      '2027-03-30 02:30=2027-03-30T00:30'
    ])
  })

  it('a gap of half an hour (Lord Howe, 02:00 to 02:30) opens at 02:30 on the gap day', () => {
    expect(opens({ startDateTime: '2026-10-03 02:10', timeZone: 'Lord Howe Standard Time', recurEvery: 'Day' }, 3)).toEqual([
      '2026-10-03 02:10=2026-10-02T15:40',
      '2026-10-04 02:30=2026-10-03T15:30',
      '2026-10-05 02:10=2026-10-04T15:10'
    ])
  })

  describe('a start in the repeated hour, whatever day the gate runs (luxon guesses from the current offset)', () => {
    afterEach(() => {
      Settings.now = () => Date.now()
      Settings.resetCaches()
    })

    it.each(['2026-01-15T00:00:00Z', '2026-07-15T00:00:00Z'])('run on %s: standard time, the later reading, that day and the next', now => {
      Settings.now = () => Date.parse(now)
      Settings.resetCaches()
      expect(opens({ startDateTime: '2026-10-25 02:30', timeZone: 'W. Europe Standard Time', recurEvery: 'Day' }, 2)).toEqual([
        '2026-10-25 02:30=2026-10-25T01:30',
        '2026-10-26 02:30=2026-10-26T01:30'
      ])
      expect(opens({ startDateTime: '2026-04-05 02:15', timeZone: 'Cen. Australia Standard Time', recurEvery: 'Day' }, 2)).toEqual([
        '2026-04-05 02:15=2026-04-04T16:45',
        '2026-04-06 02:15=2026-04-05T16:45'
      ])
    })
  })

  it('a monthly window keeps its local time across both changes (W. Europe)', () => {
    const fields = { startDateTime: '2027-02-01 03:00', timeZone: 'W. Europe Standard Time', recurEvery: 'Month Second Tuesday Offset4' }
    expect(opens(fields, 3)).toEqual(['2027-02-13 03:00=2027-02-13T02:00', '2027-03-13 03:00=2027-03-13T02:00', '2027-04-17 03:00=2027-04-17T01:00'])
  })
})

describe('patterns', () => {
  const utc = (recurEvery: string, count = 4): string[] =>
    opens({ startDateTime: '2026-12-01 02:00', timeZone: 'UTC', recurEvery }, count).map(o => o.slice(0, 16))

  it.each([
    ['6Hour', ['2026-12-01 02:00', '2026-12-01 08:00', '2026-12-01 14:00', '2026-12-01 20:00']],
    ['Day', ['2026-12-01 02:00', '2026-12-02 02:00', '2026-12-03 02:00', '2026-12-04 02:00']],
    ['3Days', ['2026-12-01 02:00', '2026-12-04 02:00', '2026-12-07 02:00', '2026-12-10 02:00']],
    ['Week', ['2026-12-01 02:00', '2026-12-08 02:00', '2026-12-15 02:00', '2026-12-22 02:00']],
    ['Week Saturday,Sunday', ['2026-12-05 02:00', '2026-12-06 02:00', '2026-12-12 02:00', '2026-12-13 02:00']],
    ['2Weeks Monday', ['2026-12-14 02:00', '2026-12-28 02:00', '2027-01-11 02:00', '2027-01-25 02:00']],
    ['Month', ['2026-12-01 02:00', '2027-01-01 02:00', '2027-02-01 02:00', '2027-03-01 02:00']],
    ['Month day23,day24', ['2026-12-23 02:00', '2026-12-24 02:00', '2027-01-23 02:00', '2027-01-24 02:00']],
    ['Month day-1', ['2026-12-31 02:00', '2027-01-31 02:00', '2027-02-28 02:00', '2027-03-31 02:00']],
    ['Month day31', ['2026-12-31 02:00', '2027-01-31 02:00', '2027-03-31 02:00', '2027-05-31 02:00']],
    ['Month Last Sunday', ['2026-12-27 02:00', '2027-01-31 02:00', '2027-02-28 02:00', '2027-03-28 02:00']],
    ['Month Last Sunday Offset-3', ['2026-12-24 02:00', '2027-01-28 02:00', '2027-02-25 02:00', '2027-03-25 02:00']],
    ['Month Fourth Monday', ['2026-12-28 02:00', '2027-01-25 02:00', '2027-02-22 02:00', '2027-03-22 02:00']],
    ['Month Second Tuesday Offset2', ['2026-12-10 02:00', '2027-01-14 02:00', '2027-02-11 02:00', '2027-03-11 02:00']],
    ['Month Second Tuesday Offset-6', ['2026-12-02 02:00', '2027-01-06 02:00', '2027-02-03 02:00', '2027-03-03 02:00']],
    ['Month Third Sunday Offset6', ['2026-12-26 02:00', '2027-01-23 02:00', '2027-02-27 02:00', '2027-03-27 02:00']],
    ['3Months Third Sunday', ['2026-12-20 02:00', '2027-03-21 02:00', '2027-06-20 02:00', '2027-09-19 02:00']],
    ['12Months Second Saturday', ['2026-12-12 02:00', '2027-12-11 02:00', '2028-12-09 02:00', '2029-12-08 02:00']]
  ])('%s', (recurEvery, expected) => {
    expect(utc(recurEvery)).toEqual(expected)
  })
})

describe('limits', () => {
  it('stops before expirationDateTime', () => {
    const fields = { startDateTime: '2026-12-01 02:00', expirationDateTime: '2026-12-15 02:00', timeZone: 'UTC', recurEvery: 'Week' }
    expect(opens(fields, 10)).toEqual(['2026-12-01 02:00=2026-12-01T02:00', '2026-12-08 02:00=2026-12-08T02:00'])
  })

  it('opens once at startDateTime when recurEvery is not written', () => {
    expect(opens({ startDateTime: '2027-01-17 02:00', timeZone: 'UTC' }, 5)).toEqual(['2027-01-17 02:00=2027-01-17T02:00'])
  })

  it('reads a start with its own offset in the window zone, and closes after the duration', () => {
    const parsed = parseWindow({ startDateTime: '2027-01-17T02:00:00Z', timeZone: 'W. Europe Standard Time', duration: '03:55', recurEvery: 'Day' })
    if ('problems' in parsed) throw new Error('unexpected')
    const [first] = firstOccurrences(parsed.schedule, UNTIL, 1)
    expect(first).toEqual({ start: new Date('2027-01-17T02:00:00Z'), end: new Date('2027-01-17T05:55:00Z'), local: '2027-01-17 03:00' })
  })

  it('is lazy and bounded: a daily window for ever yields at most one occurrence per period', () => {
    const parsed = parseWindow({ startDateTime: '2000-01-01 00:00', timeZone: 'UTC', recurEvery: 'Day' })
    if ('problems' in parsed) throw new Error('unexpected')
    // One expect per occurrence would cost more than the walk itself: count and keep the earliest start.
    let count = 0
    let earliest = Infinity
    for (const occurrence of occurrences(parsed.schedule, new Date('9999-12-31T00:00:00Z'))) {
      count += 1
      earliest = Math.min(earliest, occurrence.start.getTime())
    }
    expect(count).toBe(MAX_PERIODS)
    expect(earliest).toBe(Date.UTC(2000, 0, 1))
  })
})

describe('parseWindow problems (what Azure rejects), each with its field', () => {
  it.each([
    [{ startDateTime: '2026-12-01 02:00', timeZone: 'Mars Standard Time' }, [['timeZone', "'Mars Standard Time' is not a Windows time zone name (e.g. UTC, Pacific Standard Time, W. Europe Standard Time)"]]],
    [{ startDateTime: '2026-12-01 02:00', timeZone: 'Europe/Berlin' }, [['timeZone', "'Europe/Berlin' is not a Windows time zone name (e.g. UTC, Pacific Standard Time, W. Europe Standard Time)"]]],
    [{ timeZone: 'UTC', recurEvery: 'Day' }, [['startDateTime', 'startDateTime is not set; Azure requires it (yyyy-MM-dd HH:mm)']]],
    [{ startDateTime: '12/01/2026 02:00' }, [['startDateTime', "startDateTime '12/01/2026 02:00' is not a date and time in yyyy-MM-dd HH:mm form (e.g. 2026-01-18 02:00)"]]],
    [{ startDateTime: '2027-02-30 02:00' }, [['startDateTime', "startDateTime '2027-02-30 02:00' is not a date and time in yyyy-MM-dd HH:mm form (e.g. 2026-01-18 02:00)"]]],
    [{ startDateTime: '2026-12-01 02:00', duration: 'PT2H' }, [['duration', "duration 'PT2H' is not HH:mm (e.g. 03:55)"]]],
    [{ startDateTime: '2026-12-01 02:00', duration: '03:75' }, [['duration', "duration '03:75' is not HH:mm (e.g. 03:55)"]]],
    // A Guest window lasts 01:30 to 03:55 (Microsoft's maintenance configurations page).
    [{ startDateTime: '2026-12-01 02:00', duration: '01:29' }, [['duration', "duration '01:29' is outside the 01:30 to 03:55 Azure allows a Guest (InGuestPatch) window"]]],
    [{ startDateTime: '2026-12-01 02:00', duration: '03:56' }, [['duration', "duration '03:56' is outside the 01:30 to 03:55 Azure allows a Guest (InGuestPatch) window"]]],
    [{ startDateTime: '2026-12-01 02:00', duration: '01:30' }, []],
    [
      { startDateTime: '2026-12-01 02:00', expirationDateTime: '2026-11-01 02:00' },
      [['expirationDateTime', 'expirationDateTime 2026-11-01 02:00 is not after startDateTime 2026-12-01 02:00']]
    ],
    [
      { startDateTime: '2026-12-01 02:00', recurEvery: 'Month Second Tuesday Offset7', duration: 'soon' },
      [['duration', "duration 'soon' is not HH:mm (e.g. 03:55)"], ['recurEvery', "'Offset7': the offset is -6 to 6 days"]]
    ]
  ] as const)('%j', (fields, problems) => {
    const parsed = parseWindow(fields)
    expect('problems' in parsed ? parsed.problems.map(p => [p.field, p.text]) : []).toEqual(problems)
  })

  it('accepts Windows zone names in any case, and UTC when none is written', () => {
    for (const timeZone of ['utc', 'pacific standard time', 'W. Europe Standard Time', 'India Standard Time', undefined]) {
      const fields = timeZone === undefined ? { startDateTime: '2026-12-01 02:00' } : { startDateTime: '2026-12-01 02:00', timeZone }
      expect('schedule' in parseWindow(fields)).toBe(true)
    }
  })
})

describe('skipping ahead', () => {
  const UNTIL_2028 = new Date('2028-01-01T00:00:00Z')
  const FROM = new Date('2027-01-12T18:00:00Z')
  const next = (startDateTime: string, recurEvery: string) => {
    const parsed = parseWindow({ startDateTime, timeZone: 'UTC', recurEvery })
    if ('problems' in parsed) throw new Error('unexpected')
    const skipped = nextOccurrence(parsed.schedule, FROM, UNTIL_2028)?.local
    const walked = [...occurrences(parsed.schedule, UNTIL_2028)].find(o => o.start >= FROM)?.local
    return { skipped, walked }
  }

  it.each([
    ['Day', '2027-01-13 02:00'],
    ['3Days', '2027-01-15 02:00'],
    ['2Weeks Monday', '2027-01-18 02:00'],
    ['Month Second Tuesday Offset6', '2027-01-18 02:00'],
    ['Month Last Sunday Offset-6', '2027-01-25 02:00'],
    ['5Months day-1', '2027-02-28 02:00']
  ])('%s from 2000: the first opening after 2027-01-12 18:00 UTC is %s, as walking every period finds', (recurEvery, expected) => {
    expect(next('2000-01-01 02:00', recurEvery)).toEqual({ skipped: expected, walked: expected })
  })

  it('an hourly window from 2021 skips to the same opening as walking every period', () => {
    const parsed = parseWindow({ startDateTime: '2021-01-01 02:00', timeZone: 'UTC', recurEvery: '6Hours' })
    if ('problems' in parsed) throw new Error('unexpected')
    const walked = [...occurrences(parsed.schedule, UNTIL_2028)].find(o => o.start >= FROM)?.local
    expect([nextOccurrence(parsed.schedule, FROM, UNTIL_2028)?.local, walked]).toEqual(['2027-01-12 20:00', '2027-01-12 20:00'])
  })

  it('a daily window from 1990 is still found, though walking from the start runs out of periods', () => {
    expect(next('1990-01-01 02:00', 'Day')).toEqual({ skipped: '2027-01-13 02:00', walked: undefined })
  })
})
