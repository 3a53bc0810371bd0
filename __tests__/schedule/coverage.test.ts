/** Which baselines a window reboots for: windows on both sides of each boundary, as of 2026-11-24. */
import { describe, expect, it } from '@jest/globals'
import { baselineRelease, upcomingBaselines } from '../../src/policy/baseline.js'
import { coverBaselines, formatUtc, nextOpening, parseWindow, type WindowFields } from '../../src/schedule/index.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
const BASELINES = upcomingBaselines(AS_OF, [1, 4, 7, 10])

/** `January 2027: 2027-01-13 03:00 UTC (+1)` or `April 2027: -` per checked baseline. */
function cover(fields: WindowFields): string[] {
  const parsed = parseWindow({ timeZone: 'UTC', ...fields })
  if ('problems' in parsed) throw new Error(parsed.problems.map(p => p.text).join('; '))
  return coverBaselines(parsed.schedule, BASELINES).map(c =>
    c.occurrence === undefined ? `${c.baseline.name}: -` : `${c.baseline.name}: ${formatUtc(c.occurrence.start)} (+${c.daysAfter})`
  )
}

describe('the baseline calendar', () => {
  it('releases at 10:00 Pacific time on Patch Tuesday (18:00 UTC in winter, 17:00 UTC in summer)', () => {
    expect(baselineRelease(2027, 1).toISOString()).toBe('2027-01-12T18:00:00.000Z')
    expect(baselineRelease(2027, 7).toISOString()).toBe('2027-07-13T17:00:00.000Z')
  })

  it('checks the next two baselines, each until the next release', () => {
    expect(BASELINES.map(b => [b.name, b.release.toISOString(), b.nextRelease.toISOString()])).toEqual([
      ['January 2027', '2027-01-12T18:00:00.000Z', '2027-04-13T17:00:00.000Z'],
      ['April 2027', '2027-04-13T17:00:00.000Z', '2027-07-13T17:00:00.000Z']
    ])
  })

  it('counts a baseline whose Patch Tuesday is the evaluation date, and a custom calendar', () => {
    expect(upcomingBaselines(new Date('2027-01-12T00:00:00Z'), [1, 4, 7, 10]).map(b => b.name)).toEqual(['January 2027', 'April 2027'])
    expect(upcomingBaselines(AS_OF, [3, 9]).map(b => b.name)).toEqual(['March 2027', 'September 2027'])
  })
})

describe('coverage', () => {
  it('a monthly window the day after Patch Tuesday covers both', () => {
    expect(cover({ startDateTime: '2025-11-12 03:00', recurEvery: 'Month Second Tuesday Offset1' })).toEqual([
      'January 2027: 2027-01-13 03:00 UTC (+1)',
      'April 2027: 2027-04-14 03:00 UTC (+1)'
    ])
  })

  it('starts just before the release: that opening installs the previous update, the next one covers', () => {
    expect(cover({ startDateTime: '2026-01-01 17:59', recurEvery: 'Month Second Tuesday' })).toEqual([
      'January 2027: 2027-02-09 17:59 UTC (+28)',
      'April 2027: 2027-04-13 17:59 UTC (+0)'
    ])
  })

  it('starts at the release: it covers that baseline the same day', () => {
    expect(cover({ startDateTime: '2026-01-01 18:00', recurEvery: 'Month Second Tuesday' })).toEqual([
      'January 2027: 2027-01-12 18:00 UTC (+0)',
      'April 2027: 2027-04-13 18:00 UTC (+0)'
    ])
  })

  it('expires a few days before the January release: covers neither', () => {
    expect(cover({ startDateTime: '2026-06-05 02:00', expirationDateTime: '2027-01-10 00:00', recurEvery: 'Month day5' })).toEqual([
      'January 2027: -',
      'April 2027: -'
    ])
  })

  it('expires after the January release but before April: covers the first, not the second', () => {
    expect(cover({ startDateTime: '2026-06-05 02:00', expirationDateTime: '2027-02-10 00:00', recurEvery: 'Month day5' })).toEqual([
      'January 2027: 2027-02-05 02:00 UTC (+24)',
      'April 2027: -'
    ])
  })

  it('starts after the January baseline period: covers the second only', () => {
    expect(cover({ startDateTime: '2027-04-20 02:00', recurEvery: 'Week Saturday' })).toEqual([
      'January 2027: -',
      'April 2027: 2027-04-24 02:00 UTC (+11)'
    ])
  })

  it('starts nine months after the evaluation date: covers neither', () => {
    expect(cover({ startDateTime: '2027-08-24 02:00', recurEvery: 'Month Second Tuesday Offset1' })).toEqual([
      'January 2027: -',
      'April 2027: -'
    ])
  })

  it('a yearly window in February covers January late and misses April', () => {
    expect(cover({ startDateTime: '2026-02-01 02:00', recurEvery: '12Months Second Saturday' })).toEqual([
      'January 2027: 2027-02-13 02:00 UTC (+32)',
      'April 2027: -'
    ])
  })

  it('a twice-yearly window in February and August covers January late and misses April', () => {
    expect(cover({ startDateTime: '2026-02-01 02:00', recurEvery: '6Months Second Saturday' })).toEqual([
      'January 2027: 2027-02-13 02:00 UTC (+32)',
      'April 2027: -'
    ])
  })

  it('a window in Pacific time covers by the UTC instant (Tuesday 10:30 PST is after the 18:00 UTC release)', () => {
    expect(cover({ startDateTime: '2026-01-01 10:30', timeZone: 'Pacific Standard Time', recurEvery: 'Month Second Tuesday' })).toEqual([
      'January 2027: 2027-01-12 18:30 UTC (+0)',
      'April 2027: 2027-04-13 17:30 UTC (+0)'
    ])
  })

  it('a start in the Adelaide gap (2026-10-04 02:15): July 2027 opens at the written 02:15, before the release, so it covers neither', () => {
    const fields = {
      startDateTime: '2026-10-04 02:15',
      expirationDateTime: '2027-07-20 00:00',
      duration: '03:55',
      timeZone: 'Cen. Australia Standard Time',
      recurEvery: 'Month Second Wednesday'
    }
    const parsed = parseWindow(fields)
    if ('problems' in parsed) throw new Error('unexpected')
    const asOf = new Date('2027-05-01T00:00:00Z')
    const coverage = coverBaselines(parsed.schedule, upcomingBaselines(asOf, [1, 4, 7, 10]))
    expect(coverage.map(c => [c.baseline.name, c.occurrence?.start.toISOString()])).toEqual([
      ['July 2027', undefined],
      ['October 2027', undefined]
    ])
    expect(nextOpening(parsed.schedule, asOf)?.start.toISOString()).toBe('2027-05-11T16:45:00.000Z')
    expect(nextOpening(parsed.schedule, new Date('2027-07-01T00:00:00Z'))?.start.toISOString()).toBe('2027-07-13T16:45:00.000Z')
  })

  it('says when a window next opens, or that it never does', () => {
    const parsed = parseWindow({ startDateTime: '2026-02-01 02:00', timeZone: 'UTC', recurEvery: '12Months Second Saturday' })
    const expired = parseWindow({ startDateTime: '2026-02-01 02:00', expirationDateTime: '2026-06-01 00:00', timeZone: 'UTC', recurEvery: 'Week' })
    if ('problems' in parsed || 'problems' in expired) throw new Error('unexpected')
    expect(nextOpening(parsed.schedule, AS_OF)?.start.toISOString()).toBe('2027-02-13T02:00:00.000Z')
    expect(nextOpening(expired.schedule, AS_OF)).toBeUndefined()
  })

  it('finds the first opening of a window that starts beyond the horizon (2100), which does open', () => {
    const far = parseWindow({ startDateTime: '2100-01-01 00:00', timeZone: 'UTC', recurEvery: '2Days' })
    if ('problems' in far) throw new Error('unexpected')
    expect(nextOpening(far.schedule, AS_OF)?.start.toISOString()).toBe('2100-01-01T00:00:00.000Z')
  })
})
