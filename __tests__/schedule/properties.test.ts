/** Properties of the schedule module over generated windows: parsers never throw, occurrences are ordered and bounded. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { firstOccurrences, parseRecurrence, parseWindow } from '../../src/schedule/index.js'

const RUNS = { numRuns: 300 }
/** Occurrences walk luxon dates: fewer runs keep this file under a second or two (FUZZ_RUNS for more). */
const WALK_RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 50) }

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const recurEvery = fc.oneof(
  fc.integer({ min: 1, max: 35 }).map(n => `${n}Days`),
  fc.tuple(fc.integer({ min: 1, max: 35 }), fc.subarray(WEEKDAYS)).map(([n, days]) => `${n}Weeks ${days.join(',')}`.trim()),
  fc.tuple(fc.integer({ min: 1, max: 35 }), fc.uniqueArray(fc.integer({ min: -1, max: 31 }).filter(d => d !== 0), { minLength: 1, maxLength: 4 }))
    .map(([n, days]) => `${n}Months ${days.map(d => `day${d}`).join(',')}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 35 }),
      fc.constantFrom('First', 'Second', 'Third', 'Fourth', 'Last'),
      fc.constantFrom(...WEEKDAYS),
      fc.integer({ min: -6, max: 6 })
    )
    .map(([n, week, day, offset]) => `${n}Months ${week} ${day} Offset${offset}`)
)
const zone = fc.constantFrom('UTC', 'W. Europe Standard Time', 'Pacific Standard Time', 'India Standard Time', 'Lord Howe Standard Time')
const dateTime = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:00Z'), noInvalidDate: true })
  .map(d => d.toISOString().slice(0, 16).replace('T', ' '))

describe('schedule properties', () => {
  it('parseRecurrence answers every string with a recurrence or a problem, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), text => {
        const parsed = parseRecurrence(text)
        expect('recurrence' in parsed || ('problem' in parsed && parsed.problem.length > 0)).toBe(true)
      }),
      RUNS
    )
  })

  it('every generated recurEvery of the documented grammar parses', () => {
    fc.assert(fc.property(recurEvery, text => expect('recurrence' in parseRecurrence(text)).toBe(true)), RUNS)
  })

  it('occurrences are strictly increasing, from startDateTime, before expirationDateTime', () => {
    fc.assert(
      fc.property(recurEvery, zone, dateTime, fc.integer({ min: 1, max: 4000 }), (recur, timeZone, start, days) => {
        const parsed = parseWindow({ startDateTime: start, timeZone, recurEvery: recur, duration: '03:55' })
        if ('problems' in parsed) throw new Error(parsed.problems.map(p => p.text).join('; '))
        const { schedule } = parsed
        const expiration = schedule.start.plus({ days })
        const bounded = { ...schedule, expiration }
        const found = firstOccurrences(bounded, new Date('2040-01-01T00:00:00Z'), 40)
        // One expect per window over what is wrong with each occurrence: an expect per check costs a stack trace.
        const wrong = found.flatMap((occurrence, index) => {
          const start = occurrence.start.getTime()
          const previous = found[index - 1]
          const problems = [
            start >= schedule.start.toMillis() || 'starts before startDateTime',
            start < expiration.toMillis() || 'starts at or after expirationDateTime',
            occurrence.end.getTime() - start === 235 * 60_000 || 'does not last 3:55',
            previous === undefined || start > previous.start.getTime() || 'does not start after the one before'
          ].filter(problem => problem !== true)
          return problems.length === 0 ? [] : [{ index, start: occurrence.start, end: occurrence.end, problems }]
        })
        expect(wrong).toEqual([])
      }),
      WALK_RUNS
    )
  })
})
