/**
 * src/policy/baseline.ts under mutation (issue 12, docs/mutation/policy-rest-a.md): month names out of
 * range, the message of an empty calendar, what parseDay refuses, when a baseline is released and how
 * many baselines lie ahead.
 */
import { describe, expect, it } from '@jest/globals'
import { baselineRelease, dayOf, monthName, nextBaseline, parseDay, upcomingBaselines } from '../../src/policy/baseline.js'

const QUARTERLY = [1, 4, 7, 10]

describe('monthName', () => {
  it('names months 1 to 12 and marks anything else with a question mark', () => {
    expect([1, 12].map(monthName)).toEqual(['January', 'December'])
    expect([0, 13].map(monthName)).toEqual(['?', '?'])
  })
})

describe('nextBaseline with no month it can reach', () => {
  it('lists the months it was given, comma-separated', () => {
    expect(() => nextBaseline(new Date('2026-02-01T00:00:00Z'), [13, 14])).toThrow(new RangeError('no baseline month in [13, 14]'))
  })
})

describe('parseDay', () => {
  it('reads a date written with surrounding spaces', () => {
    expect(parseDay('  2026-06-30 23:59')).toBe(dayOf(new Date('2026-06-30T00:00:00Z')))
  })

  it('refuses text before the date', () => {
    expect(parseDay('x2026-06-30')).toBeUndefined()
    expect(parseDay('on 2026-06-30')).toBeUndefined()
  })
})

describe('baselineRelease: Patch Tuesday at 10:00 Pacific time', () => {
  it.each([
    // Pacific Standard Time (UTC-8) in January, Pacific Daylight Time (UTC-7) in July.
    [2027, 1, '2027-01-12T18:00:00.000Z'],
    [2026, 7, '2026-07-14T17:00:00.000Z']
  ])('%i-%i is released at %s', (year, month, release) => {
    expect(baselineRelease(year, month).toISOString()).toBe(release)
  })
})

describe('upcomingBaselines', () => {
  const spans = (count?: number) =>
    upcomingBaselines(new Date('2026-11-24T00:00:00Z'), QUARTERLY, count).map(span => [
      span.name,
      span.release.toISOString(),
      span.nextRelease.toISOString()
    ])

  it('gives the next two by default, each until the release of the one after it', () => {
    expect(spans()).toEqual([
      ['January 2027', '2027-01-12T18:00:00.000Z', '2027-04-13T17:00:00.000Z'],
      ['April 2027', '2027-04-13T17:00:00.000Z', '2027-07-13T17:00:00.000Z']
    ])
  })

  it('gives exactly as many as asked', () => {
    expect(spans(1)).toEqual([['January 2027', '2027-01-12T18:00:00.000Z', '2027-04-13T17:00:00.000Z']])
    expect(spans(0)).toEqual([])
  })
})
