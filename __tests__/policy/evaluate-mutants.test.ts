/**
 * src/policy/evaluate.ts under mutation (issue 12, docs/mutation.md): when several advisories list the
 * VM's image, the one whose disruption covers the evaluation date is named (the latest-starting first),
 * with the ends of the disruption included; one advisory, or none in force, keeps the given order.
 */
import { describe, expect, it } from '@jest/globals'
import type { Advisory } from '../../src/policy/advisory.js'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import { assessFirst } from './assess-helpers.js'
import { model } from './builders.js'

const [builtIn] = getBuiltInAdvisories()
if (builtIn === undefined) throw new Error('no built-in advisory')

/** The built-in advisory under another id, disrupting from `start` to `end`. */
const advisory = (id: string, start: string, end: string): Advisory => ({
  ...builtIn,
  id,
  disruption: { ...builtIn.disruption, start, end }
})

// The evaluation date of assessFirst: 2026-11-24.
const PAST = advisory('past', '2025-01-01', '2025-12-31')
const SINCE_JANUARY = advisory('since-january', '2026-01-01', '2026-12-31')
const SINCE_JUNE = advisory('since-june', '2026-06-01', '2026-12-31')
const FUTURE = advisory('future', '2027-01-01', '2027-06-30')

const namedFor = (advisories: readonly Advisory[]): string | undefined => assessFirst(model(), { advisories }).advisory?.id

describe('the advisory a VM’s findings name', () => {
  it('is the one in force on the evaluation date, before one listed earlier', () => {
    expect(namedFor([PAST, SINCE_JANUARY])).toBe('since-january')
    expect(namedFor([FUTURE, PAST, SINCE_JANUARY])).toBe('since-january')
  })

  it('is the latest-starting of those in force', () => {
    expect(namedFor([PAST, SINCE_JANUARY, SINCE_JUNE])).toBe('since-june')
    expect(namedFor([SINCE_JUNE, SINCE_JANUARY])).toBe('since-june')
  })

  it('counts the first and the last day of a disruption as in force', () => {
    expect(namedFor([PAST, advisory('starts-today', '2026-11-24', '2027-01-01')])).toBe('starts-today')
    expect(namedFor([PAST, advisory('ends-today', '2026-10-01', '2026-11-24')])).toBe('ends-today')
    expect(namedFor([PAST, advisory('ended-yesterday', '2026-10-01', '2026-11-23')])).toBe('past')
    expect(namedFor([PAST, advisory('starts-tomorrow', '2026-11-25', '2027-01-01')])).toBe('past')
  })

  it('is the first listed when none is in force, or there is only one', () => {
    expect(namedFor([FUTURE, PAST])).toBe('future')
    expect(namedFor([PAST])).toBe('past')
  })

  it('never drops an advisory: every one stays in force for the findings', () => {
    const result = evaluatePolicy(model(), { asOf: new Date('2026-11-24T00:00:00Z'), advisories: [FUTURE, PAST, SINCE_JUNE] })
    expect(result.findings.map(f => [f.ruleId, f.advisoryId])).toEqual([['reboot-plan-required', 'since-june']])
    expect(result.exemptions).toBeUndefined()
  })
})

describe('advisories whose disruption dates cannot be read', () => {
  it('are never in force: a start that cannot be read, or an end that cannot', () => {
    expect(namedFor([PAST, advisory('unreadable-start', 'soon', '2027-01-01')])).toBe('past')
    expect(namedFor([PAST, advisory('unreadable-end', '2026-01-01', 'never')])).toBe('past')
  })
})

describe('advisories not in force', () => {
  it('still list images: a VM only such an advisory lists is affected by it', () => {
    // In force, but for no image this VM runs: the advisory that lists it is the one past its disruption.
    const noImages: Advisory = { ...SINCE_JUNE, id: 'no-images', hotpatchImages: [] }
    expect(namedFor([noImages, PAST])).toBe('past')
    expect(namedFor([PAST, noImages])).toBe('past')
  })
})

describe('an assessment without exemptions', () => {
  it('has no exemptions field (not an empty list)', () => {
    expect(assessFirst(model())).not.toHaveProperty('exemptions')
  })
})
