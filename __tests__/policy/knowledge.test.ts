/** Advisory knowledge that ages visibly (issue 17): review dates, what was applied, and the one staleness notice. */
import { describe, expect, it } from '@jest/globals'
import { BUILT_IN_ADVISORY_FILES } from '../../src/policy/advisories/index.js'
import type { Advisory } from '../../src/policy/advisory.js'
import { appliedKnowledge, describeKnowledge, STALE_AFTER_DAYS } from '../../src/policy/knowledge.js'
import { loadAdvisory } from '../../src/policy/load-advisory.js'
import { ADVISORY } from '../report/builders.js'

const reviewed = (id: string, date?: string): Advisory => ({ ...ADVISORY, id, ...(date !== undefined && { reviewed: date }) })

describe('shipped advisories', () => {
  it.each(BUILT_IN_ADVISORY_FILES.map(file => [file.source, file.text] as const))('%s carries a review date', (source, text) => {
    expect(text).toMatch(/^reviewed: '\d{4}-\d{2}-\d{2}'$/m)
    expect(loadAdvisory(text, source).reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('refuses a review date that is not a date', () => {
    const text = BUILT_IN_ADVISORY_FILES[0]?.text.replace(/^reviewed: .*$/m, "reviewed: 'last summer'") ?? ''
    expect(() => loadAdvisory(text, 'custom.yml')).toThrow('advisory reviewed must match format "date"')
  })
})

describe('appliedKnowledge', () => {
  it.each<[string, readonly Advisory[], string, number | undefined, boolean]>([
    ['the day of the review', [reviewed('a', '2026-08-01')], '2026-08-01', 0, false],
    ['120 days after: no notice yet', [reviewed('a', '2026-08-01')], '2026-11-29', 120, false],
    ['121 days after: one notice', [reviewed('a', '2026-08-01')], '2026-11-30', 121, true],
    ['the newest review of several decides', [reviewed('a', '2026-01-01'), reviewed('b', '2026-08-01')], '2026-11-29', 120, false],
    ['an evaluation date before the review', [reviewed('a', '2026-08-01')], '2026-01-10', -203, false],
    ['no review date at all: nothing to age', [reviewed('a')], '2030-01-01', undefined, false]
  ])('%s', (_, advisories, asOf, days, notice) => {
    const knowledge = appliedKnowledge(advisories, asOf)
    expect(knowledge.daysSinceReview).toBe(days)
    expect(knowledge.notice !== undefined).toBe(notice)
  })

  it('says which advisories and calendar were applied, with their review dates', () => {
    const knowledge = appliedKnowledge([reviewed('b', '2026-08-01'), reviewed('a')], '2026-11-30')
    expect(describeKnowledge(knowledge)).toBe(
      'Advisories applied: b (reviewed 2026-08-01), a (review date not given); baseline calendar January, April, ' +
        'July, October, computed for any year (reviewed 2026-08-01).'
    )
    expect(knowledge.notice).toBe(
      `The advisory data was last reviewed on 2026-08-01, 121 days before the evaluation date 2026-11-30 (more than ${STALE_AFTER_DAYS}): ` +
        'it may be out of date. To add an advisory, write a YAML file of schemas/advisory.schema.json and list it ' +
        'under `advisories:` in .github/hotpatch-reboot-gate.yml; check for a newer release of the gate too.'
    )
  })
})
