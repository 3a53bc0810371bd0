/**
 * src/policy/window-coverage.ts under mutation (issue 12, docs/mutation/policy-core.md): a maintenance
 * window's timing driven directly, with exact kinds, words, baselines and locations: the deployment-time
 * start read at both ends of the evaluation day, unresolved fields, malformed windows and where their
 * findings point, and the answers the module remembers (per configuration, per schedule, per calendar).
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceWindow } from '../../src/model/resources.js'
import { baselineCalendar } from '../../src/policy/reboot-calendar.js'
import { checkWindowTiming, daysAfterText, listNames, nextWindowText, type WindowCheck } from '../../src/policy/window-coverage.js'
import {
  configuration,
  configurationId,
  DEFAULT_WINDOW_DESCRIPTION,
  DEFAULT_WINDOW_TIMING,
  loc,
  lit,
  providerDefault,
  unknownValue,
  unset
} from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
const QUARTERLY = baselineCalendar([1, 4, 7, 10])
const FIELD = 'maintenanceConfiguration.window'

const check = (window: Partial<MaintenanceWindow>, asOf = AS_OF, calendar = QUARTERLY): WindowCheck =>
  checkWindowTiming(configuration({ window }), asOf, calendar)

/** The default window (monthly, the day after Patch Tuesday, 03:00 UTC) against the quarterly calendar. */
const DEFAULT_COVERS: WindowCheck = {
  kind: 'covers',
  detail: 'next reboot window 2027-01-13 03:00 UTC, 1 day after the January 2027 baseline',
  timing: DEFAULT_WINDOW_TIMING
}

describe('a written window', () => {
  it('covers both quarterly baselines: its first covering opening is the evidence, located at recurEvery', () => {
    expect(check({})).toStrictEqual(DEFAULT_COVERS)
  })

  it('with an expiry before the second baseline: covers the first, misses the second, says until when', () => {
    expect(check({ expirationDateTime: lit('2027-03-01 00:00', 45) })).toStrictEqual({
      kind: 'covers',
      detail: 'next reboot window 2027-01-13 03:00 UTC, 1 day after the January 2027 baseline',
      timing: {
        description: `${DEFAULT_WINDOW_DESCRIPTION} until 2027-03-01 00:00`,
        covers: [{ baseline: 'January 2027', opens: '2027-01-13 03:00 UTC', daysAfter: 1 }],
        misses: ['April 2027'],
        next: '2026-12-09 03:00 UTC',
        location: loc(47)
      }
    })
  })

  it('that opens for no checked baseline misses both, naming them and its next opening', () => {
    expect(check({ startDateTime: lit('2027-08-24 02:00', 43) })).toStrictEqual({
      kind: 'misses',
      detail:
        'its window (every month on the Second Tuesday + 1 day at 02:00 UTC, from 2027-08-24 02:00) reboots for ' +
        "neither the January 2027 nor the April 2027 baseline (no opening falls between a baseline's release and " +
        "the next one's); it next opens 2027-09-15 02:00 UTC",
      timing: {
        description: 'every month on the Second Tuesday + 1 day at 02:00 UTC, from 2027-08-24 02:00',
        covers: [],
        misses: ['January 2027', 'April 2027'],
        next: '2027-09-15 02:00 UTC',
        location: loc(47)
      }
    })
  })

  it('that starts beyond the ten years looked ahead (2100) names its first opening: it does open', () => {
    expect(check({ startDateTime: lit('2100-01-01 00:00', 43), recurEvery: lit('2Days', 47) })).toStrictEqual({
      kind: 'misses',
      detail:
        'its window (every 2 days at 00:00 UTC, from 2100-01-01 00:00) reboots for neither the January 2027 nor the ' +
        "April 2027 baseline (no opening falls between a baseline's release and the next one's); it next opens " +
        '2100-01-01 00:00 UTC',
      timing: {
        description: 'every 2 days at 00:00 UTC, from 2100-01-01 00:00',
        covers: [],
        misses: ['January 2027', 'April 2027'],
        next: '2100-01-01 00:00 UTC',
        location: loc(47)
      }
    })
  })

  it('that opens once, in the past, never opens again: no next opening at all, located at startDateTime', () => {
    expect(check({ startDateTime: lit('2026-01-01 00:00', 43), recurEvery: unset(47) })).toStrictEqual({
      kind: 'misses',
      detail:
        'its window (once at 00:00 UTC, from 2026-01-01 00:00) reboots for neither the January 2027 nor the April ' +
        "2027 baseline (no opening falls between a baseline's release and the next one's); it does not open again",
      timing: {
        description: 'once at 00:00 UTC, from 2026-01-01 00:00',
        covers: [],
        misses: ['January 2027', 'April 2027'],
        location: loc(43)
      }
    })
  })

  it('that opens on the release day after the release says so (a yearly window, the other baseline missed)', () => {
    const asOf = new Date('2026-10-01T00:00:00Z')
    const yearly = { startDateTime: lit('2026-10-01 23:59', 43), recurEvery: lit('12Months Second Tuesday', 47) }
    expect(check(yearly, asOf)).toStrictEqual({
      kind: 'covers',
      detail: 'next reboot window 2026-10-13 23:59 UTC, on the release day of the October 2026 baseline',
      timing: {
        description: 'every 12 months on the Second Tuesday at 23:59 UTC, from 2026-10-01 23:59',
        covers: [{ baseline: 'October 2026', opens: '2026-10-13 23:59 UTC', daysAfter: 0 }],
        misses: ['January 2027'],
        next: '2026-10-13 23:59 UTC',
        location: loc(47)
      }
    })
  })
})

describe('a start a daylight-saving change skips (Adelaide, 2026-10-04 02:00 to 03:00)', () => {
  it('is quoted as written, and every opening after that day is at the written 02:15: July 2027 opens before its release', () => {
    const window = {
      startDateTime: lit('2026-10-04 02:15', 43),
      expirationDateTime: lit('2027-07-20 00:00', 45),
      timeZone: lit('Cen. Australia Standard Time', 46),
      recurEvery: lit('Month Second Wednesday', 47)
    }
    const description =
      'every month on the Second Wednesday at 02:15 Cen. Australia Standard Time, from 2026-10-04 02:15 until 2027-07-20 00:00'
    expect(check(window, new Date('2027-05-01T00:00:00Z'))).toStrictEqual({
      kind: 'misses',
      detail:
        `its window (${description}) reboots for neither the July 2027 nor the October 2027 baseline (no opening falls ` +
        "between a baseline's release and the next one's); it next opens 2027-05-11 16:45 UTC",
      timing: { description, covers: [], misses: ['July 2027', 'October 2027'], next: '2027-05-11 16:45 UTC', location: loc(47) }
    })
  })
})

describe('a malformed window (Azure rejects it)', () => {
  it('lists every problem, separated by semicolons, and points at the first problem’s field', () => {
    expect(check({ timeZone: lit('Mars', 46), duration: lit('99:99', 44) })).toStrictEqual({
      kind: 'malformed',
      detail:
        "its maintenance window is not valid, so Azure rejects it: 'Mars' is not a Windows time zone name (e.g. UTC, " +
        "Pacific Standard Time, W. Europe Standard Time); duration '99:99' is not HH:mm (e.g. 03:55)",
      timing: {
        description: '',
        covers: [],
        misses: [],
        problem:
          "'Mars' is not a Windows time zone name (e.g. UTC, Pacific Standard Time, W. Europe Standard Time); duration " +
          "'99:99' is not HH:mm (e.g. 03:55)",
        location: loc(46)
      }
    })
  })

  it('without a startDateTime points at the configuration itself (the field is not written)', () => {
    const result = check({ startDateTime: unset(43) })
    expect(result).toStrictEqual({
      kind: 'malformed',
      detail: 'its maintenance window is not valid, so Azure rejects it: startDateTime is not set; Azure requires it (yyyy-MM-dd HH:mm)',
      timing: {
        description: '',
        covers: [],
        misses: [],
        problem: 'startDateTime is not set; Azure requires it (yyyy-MM-dd HH:mm)',
        location: loc(40)
      }
    })
  })

  it('whose bad value is a provider default points at the configuration, not at the default’s line', () => {
    const result = check({ timeZone: providerDefault('Nowhere', 46) })
    expect(result.kind).toBe('malformed')
    expect('timing' in result && result.timing.location).toEqual(loc(40))
  })

  it('whose bad value is written points at that value', () => {
    const result = check({ recurEvery: lit('Fortnight', 47), startDateTime: lit('2026-13-45 00:00', 43) })
    expect(result.kind).toBe('malformed')
    expect('timing' in result && result.timing.location).toEqual(loc(43))
  })
})

describe('unresolved window fields', () => {
  it('a start that is a parameter without a value is unresolved, with its field and reason', () => {
    expect(check({ startDateTime: unknownValue(43, "parameter 'start' has no value") })).toStrictEqual({
      kind: 'unresolved',
      unresolved: [{ field: `${FIELD}.startDateTime`, reason: "parameter 'start' has no value", location: loc(43) }]
    })
  })

  it('another field with the deployment-time reason is not read as a deployment start', () => {
    expect(check({ recurEvery: unknownValue(47, 'utcNow() is only known at deployment') })).toStrictEqual({
      kind: 'unresolved',
      unresolved: [{ field: `${FIELD}.recurEvery`, reason: 'utcNow() is only known at deployment', location: loc(47) }]
    })
  })

  it('a deployment-time start beside another unresolved field stays unresolved, naming both in field order', () => {
    const window = {
      startDateTime: unknownValue<string>(43, 'utcNow() is only known at deployment'),
      timeZone: unknownValue<string>(46, "parameter 'zone' has no value")
    }
    expect(check(window)).toStrictEqual({
      kind: 'unresolved',
      unresolved: [
        { field: `${FIELD}.startDateTime`, reason: 'utcNow() is only known at deployment', location: loc(43) },
        { field: `${FIELD}.timeZone`, reason: "parameter 'zone' has no value", location: loc(46) }
      ]
    })
  })
})

describe('a start written as the deployment time: the evaluation day, at its least favourable time', () => {
  const deployed = (recurEvery: string, reason = 'utcNow() is only known at deployment', timeZone = 'UTC') => ({
    startDateTime: unknownValue<string>(43, reason),
    recurEvery: lit(recurEvery, 47),
    timeZone: lit(timeZone, 46)
  })
  const from = (reason: string, zone = 'UTC'): string =>
    `in ${zone} from its deployment (startDateTime: ${reason}; read as the evaluation date, at its least favourable time of day)`
  const NOTE = ' (its start is the deployment time, read as the evaluation date)'

  it('weekly on Patch Tuesday: at 00:00 it opens before the release, so the next week’s opening counts', () => {
    expect(check(deployed('Week Tuesday'))).toStrictEqual({
      kind: 'covers',
      detail: `next reboot window 2027-01-19 00:00 UTC, 7 days after the January 2027 baseline${NOTE}`,
      timing: {
        description: `every week on Tuesday ${from('utcNow() is only known at deployment')}`,
        covers: [
          { baseline: 'January 2027', opens: '2027-01-19 00:00 UTC', daysAfter: 7 },
          { baseline: 'April 2027', opens: '2027-04-20 00:00 UTC', daysAfter: 7 }
        ],
        misses: [],
        next: '2026-11-24 00:00 UTC',
        location: loc(47)
      }
    })
  })

  it('weekly on Thursday in Pacific time: 23:59 falls on the next UTC day, one day later, so it counts', () => {
    const reason = 'utcNow() is only known at deployment'
    expect(check(deployed('Week Thursday', reason, 'Pacific Standard Time'))).toStrictEqual({
      kind: 'covers',
      detail: `next reboot window 2027-01-15 07:59 UTC, 3 days after the January 2027 baseline${NOTE}`,
      timing: {
        description: `every week on Thursday ${from(reason, 'Pacific Standard Time')}`,
        covers: [
          { baseline: 'January 2027', opens: '2027-01-15 07:59 UTC', daysAfter: 3 },
          { baseline: 'April 2027', opens: '2027-04-16 06:59 UTC', daysAfter: 3 }
        ],
        misses: [],
        next: '2026-11-27 07:59 UTC',
        location: loc(47)
      }
    })
  })

  it('weekly on Saturday: both ends of the day are as late as each other, and the first (00:00) is reported', () => {
    const result = check(deployed('Week Saturday', 'only known at plan time'))
    expect(result.kind === 'covers' && result.detail).toBe(
      `next reboot window 2027-01-16 00:00 UTC, 4 days after the January 2027 baseline${NOTE}`
    )
    expect('timing' in result && result.timing.next).toBe('2026-11-28 00:00 UTC')
  })

  it('a missed baseline outweighs days: 00:00 misses January and opens on April’s release day, 23:59 covers both a day late', () => {
    // Myanmar (UTC+6:30): 00:00 is 17:30 UTC the day before, after April's release (17:00 UTC, Pacific summer
    // time) but before January's (18:00 UTC): the earlier end misses a baseline, the later one is a day late.
    const reason = 'utcNow() is only known at deployment'
    const asOf = new Date('2027-01-05T00:00:00Z')
    expect(check(deployed('3Months Second Tuesday Offset1', reason, 'Myanmar Standard Time'), asOf)).toStrictEqual({
      kind: 'covers',
      detail: `next reboot window 2027-04-13 17:30 UTC, on the release day of the April 2027 baseline${NOTE}`,
      timing: {
        description: `every 3 months on the Second Tuesday + 1 day ${from(reason, 'Myanmar Standard Time')}`,
        covers: [{ baseline: 'April 2027', opens: '2027-04-13 17:30 UTC', daysAfter: 0 }],
        misses: ['January 2027'],
        next: '2027-01-12 17:30 UTC',
        location: loc(47)
      }
    })
  })

  it('yearly on Patch Tuesday: 00:00 misses every baseline, 23:59 covers one: the start stays unresolved', () => {
    const asOf = new Date('2026-10-01T00:00:00Z')
    expect(check(deployed('12Months Second Tuesday'), asOf)).toStrictEqual({
      kind: 'unresolved',
      unresolved: [{ field: `${FIELD}.startDateTime`, reason: 'utcNow() is only known at deployment', location: loc(43) }]
    })
  })

  it.each(['dateTimeAdd() is only known at deployment', 'function timeadd() is not evaluated by the scanner'])(
    'a time moved from the deployment time (%s) is not read as it: the start stays unresolved',
    reason => {
      expect(check(deployed('Week Tuesday', reason))).toStrictEqual({
        kind: 'unresolved',
        unresolved: [{ field: `${FIELD}.startDateTime`, reason, location: loc(43) }]
      })
    }
  )

  it('once, from its deployment: misses both baselines, and opens on the evaluation day', () => {
    const window = { startDateTime: unknownValue<string>(43, 'utcNow() is only known at deployment'), recurEvery: unset<string>(47) }
    expect(check(window)).toStrictEqual({
      kind: 'misses',
      detail:
        `its window (once ${from('utcNow() is only known at deployment')}) reboots for neither the January 2027 nor ` +
        "the April 2027 baseline (no opening falls between a baseline's release and the next one's); it next opens " +
        '2026-11-24 00:00 UTC',
      timing: {
        description: `once ${from('utcNow() is only known at deployment')}`,
        covers: [],
        misses: ['January 2027', 'April 2027'],
        next: '2026-11-24 00:00 UTC',
        location: loc(43)
      }
    })
  })
})

describe('remembered answers', () => {
  it('one configuration: one answer per evaluation date and calendar, the same object when asked again', () => {
    const window = configuration()
    const first = checkWindowTiming(window, AS_OF, QUARTERLY)
    const march = checkWindowTiming(window, new Date('2027-03-01T00:00:00Z'), QUARTERLY)
    expect(march.kind === 'covers' && march.detail).toBe('next reboot window 2027-04-14 03:00 UTC, 1 day after the April 2027 baseline')
    expect(checkWindowTiming(window, AS_OF, QUARTERLY)).toBe(first)
    expect(first).toStrictEqual(DEFAULT_COVERS)
    // Calendars whose months run together the same ('1,12' and '11,2' both read 112) are still told apart.
    const december = checkWindowTiming(window, AS_OF, baselineCalendar([1, 12]))
    const february = checkWindowTiming(window, AS_OF, baselineCalendar([11, 2]))
    expect(december.kind === 'covers' && december.detail).toBe('next reboot window 2026-12-09 03:00 UTC, 1 day after the December 2026 baseline')
    expect(february.kind === 'covers' && february.detail).toBe('next reboot window 2027-02-10 03:00 UTC, 1 day after the February 2027 baseline')
    expect(checkWindowTiming(window, AS_OF, baselineCalendar([1, 12]))).toBe(december)
    expect(checkWindowTiming(window, AS_OF, QUARTERLY)).toBe(first)
  })

  it('two configurations with one calendar whose months run together the same get their own baselines', () => {
    const december = checkWindowTiming(configuration({ identity: configurationId('a') }), AS_OF, baselineCalendar([1, 12]))
    const february = checkWindowTiming(configuration({ identity: configurationId('b') }), AS_OF, baselineCalendar([11, 2]))
    expect('timing' in december && december.timing.covers.map(c => c.baseline)).toEqual(['December 2026', 'January 2027'])
    expect('timing' in february && february.timing.covers.map(c => c.baseline)).toEqual(['February 2027', 'November 2027'])
  })

  it('configurations with the same window share its words and coverage, each located where it is written', () => {
    const here = checkWindowTiming(configuration(), AS_OF, QUARTERLY)
    // Another window in between: the first one's facts are still remembered.
    expect(check({ recurEvery: lit('Week Sunday', 47) }).kind).toBe('covers')
    const there = checkWindowTiming(
      configuration({ identity: configurationId('copy'), window: { recurEvery: lit('Month Second Tuesday Offset1', 90) } }),
      AS_OF,
      QUARTERLY
    )
    expect(here).toStrictEqual(DEFAULT_COVERS)
    expect(there).toStrictEqual({ ...DEFAULT_COVERS, timing: { ...DEFAULT_COVERS.timing, location: loc(90) } })
    expect('timing' in there && 'timing' in here && there.timing.covers).toBe('timing' in here && here.timing.covers)
  })

  it('a different window at the same date is not taken for a remembered one', () => {
    const weekly = check({ recurEvery: lit('Week Saturday', 47) })
    expect(weekly.kind === 'covers' && weekly.detail).toBe('next reboot window 2027-01-16 03:00 UTC, 4 days after the January 2027 baseline')
    expect(check({})).toStrictEqual(DEFAULT_COVERS)
  })
})

describe('the words other modules use', () => {
  it('nextWindowText: the first covered baseline, or nothing when none is covered', () => {
    const covers = [
      { baseline: 'January 2027', opens: '2027-01-13 03:00 UTC', daysAfter: 1 },
      { baseline: 'April 2027', opens: '2027-04-14 03:00 UTC', daysAfter: 0 }
    ]
    expect(nextWindowText({ covers })).toBe('next reboot window 2027-01-13 03:00 UTC, 1 day after the January 2027 baseline')
    expect(nextWindowText({ covers: [] })).toBe('')
  })

  it.each([
    [0, 'on the release day of'],
    [1, '1 day after'],
    [2, '2 days after'],
    [32, '32 days after']
  ])('daysAfterText(%i) is %j', (days, text) => {
    expect(daysAfterText(days)).toBe(text)
  })

  it.each([
    [[], ''],
    [['January 2027'], 'January 2027'],
    [['January 2027', 'April 2027'], 'January 2027 and April 2027'],
    [['January 2027', 'April 2027', 'July 2027'], 'January 2027, April 2027 and July 2027']
  ])('listNames(%j) is %j', (names, text) => {
    expect(listNames(names)).toBe(text)
  })
})
