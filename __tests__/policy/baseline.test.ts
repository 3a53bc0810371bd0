/** Unit tests for src/policy/baseline.ts: Patch Tuesdays and the next baseline month. */
import { describe, expect, it } from '@jest/globals'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import { DateTime } from 'luxon'
import { baselineRelease, dayOf, formatDay, formatMonth, nextBaseline, parseDay, patchTuesday } from '../../src/policy/baseline.js'
import { rebootCause } from '../../src/policy/messages.js'

const QUARTERLY = [1, 4, 7, 10]
const next = (asOf: string) => {
  const baseline = nextBaseline(new Date(`${asOf}T00:00:00Z`), QUARTERLY)
  return `${formatMonth(baseline.year, baseline.month)} ${formatDay(baseline.patchTuesday)}`
}

describe('patchTuesday', () => {
  it.each([
    [2025, 10, '2025-10-14'],
    [2025, 11, '2025-11-11'],
    [2026, 1, '2026-01-13'],
    [2026, 4, '2026-04-14'],
    [2026, 9, '2026-09-08'],
    [2027, 1, '2027-01-12'],
    // The 1st is a Tuesday: the second Tuesday is the 8th.
    [2030, 1, '2030-01-08'],
    // The 1st is a Wednesday: the second Tuesday is the 14th, the latest it can be.
    [2031, 1, '2031-01-14']
  ])('%i-%i is %s', (year, month, day) => {
    expect(formatDay(patchTuesday(year, month))).toBe(day)
  })
})

describe('nextBaseline: the first baseline month whose Patch Tuesday is on or after asOf', () => {
  it.each([
    ['2026-11-24', 'January 2027 2027-01-12'],
    ['2026-01-05', 'January 2026 2026-01-13'],
    ['2026-01-13', 'January 2026 2026-01-13'],
    ['2026-01-14', 'April 2026 2026-04-14'],
    ['2026-01-20', 'April 2026 2026-04-14'],
    ['2025-10-23', 'January 2026 2026-01-13'],
    ['2025-11-05', 'January 2026 2026-01-13'],
    ['2026-10-13', 'October 2026 2026-10-13'],
    ['2026-12-31', 'January 2027 2027-01-12']
  ])('as of %s: %s', (asOf, expected) => {
    expect(next(asOf)).toBe(expected)
  })

  it('ignores the time of day', () => {
    const baseline = nextBaseline(new Date('2026-01-13T23:59:59Z'), QUARTERLY)
    expect(formatMonth(baseline.year, baseline.month)).toBe('January 2026')
  })

  it('works with a single baseline month a year', () => {
    expect(formatMonth(nextBaseline(new Date('2026-02-01T00:00:00Z'), [1]).year, 1)).toBe('January 2027')
  })

  it('refuses an empty calendar instead of looping', () => {
    expect(() => nextBaseline(new Date('2026-02-01T00:00:00Z'), [])).toThrow('no baseline month in []')
  })
})

describe('parseDay', () => {
  const day = (iso: string) => dayOf(new Date(`${iso}T00:00:00Z`))

  it.each([
    ['2026-06-30 23:59', day('2026-06-30')],
    ['2026-06-30T23:59:00Z', day('2026-06-30')],
    ['2026-06-30', day('2026-06-30')],
    ['9999-12-31 23:59:59', day('9999-12-31')]
  ])('%s', (text, expected) => {
    expect(parseDay(text)).toBe(expected)
  })

  it.each(['2026-02-30 00:00', '2026-13-01', '30/06/2026', 'next year', '2026-06-30x'])('refuses %j', text => {
    expect(parseDay(text)).toBeUndefined()
  })
})

describe('rebootCause names where a disruption ends', () => {
  const builtIn = getBuiltInAdvisories()[0]
  const image = { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition' }
  const cause = (end: string, asOf: string): string => {
    if (builtIn === undefined) throw new Error('no built-in advisory')
    const advisory = { ...builtIn, disruption: { ...builtIn.disruption, start: '2026-10-01', end } }
    const match = builtIn.hotpatchImages.find(i => i.sku === image.sku)
    const candidate = match === undefined ? undefined : { advisory, image: match }
    return rebootCause(advisory, candidate, new Date(`${asOf}T00:00:00Z`))
  }

  it('a baseline month: the baseline', () => {
    expect(cause('2027-01-12', '2026-11-24')).toContain('every month until the January 2027 baseline.')
  })

  it('another month (a custom advisory ending in February): the date, not a "February baseline"', () => {
    expect(cause('2027-02-09', '2026-11-24')).toContain('every month until 2027-02-09.')
    expect(cause('2027-02-09', '2026-11-24')).not.toContain('February 2027 baseline')
  })
})

describe('baselineRelease: 10:00 Pacific time without an IANA zone lookup', () => {
  it('agrees with luxon\'s America/Los_Angeles for every month of 2007-2060 (the US daylight rule since 2007)', () => {
    const differ: string[] = []
    for (let year = 2007; year <= 2060; year++) {
      for (let month = 1; month <= 12; month++) {
        const day = patchTuesday(year, month).getUTCDate()
        const zoned = DateTime.fromObject({ year, month, day, hour: 10 }, { zone: 'America/Los_Angeles' }).toJSDate()
        if (baselineRelease(year, month).getTime() !== zoned.getTime()) differ.push(`${year}-${month}`)
      }
    }
    expect(differ).toEqual([])
  })

  it('is 17:00 UTC in daylight time and 18:00 UTC in standard time, on both sides of a March changeover', () => {
    // March 2022: the second Tuesday (8th) comes before the second Sunday (13th); March 2026: after it (10th, 8th).
    expect(baselineRelease(2022, 3).toISOString()).toBe('2022-03-08T18:00:00.000Z')
    expect(baselineRelease(2026, 3).toISOString()).toBe('2026-03-10T17:00:00.000Z')
    expect(baselineRelease(2026, 1).toISOString()).toBe('2026-01-13T18:00:00.000Z')
    expect(baselineRelease(2025, 11).toISOString()).toBe('2025-11-11T18:00:00.000Z')
  })
})
