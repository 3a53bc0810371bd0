import type { Advisory } from './advisory.js'
import { dayOf, monthName, parseDay } from './baseline.js'

/** Past this many days after the newest review, the advisory data may be out of date (issue 17). */
export const STALE_AFTER_DAYS = 120

/**
 * What the gate knew when it decided: the advisories and the baseline calendar applied, each with the
 * date its facts were last reviewed, and whether that is so long ago that the data may be out of date
 * (like a vulnerability scanner that warns about an old database).
 */
export interface AppliedKnowledge {
  readonly advisories: readonly { readonly id: string; readonly reviewed?: string }[]
  /** The baseline months every hotpatch machine reboots in: computed for any year from these months. */
  readonly calendar: { readonly baselineMonths: readonly number[]; readonly advisoryId: string; readonly reviewed?: string }
  /** The newest review date of the advisories applied (YYYY-MM-DD); absent when none carries one. */
  readonly newestReview?: string
  /** Days from the newest review to the evaluation date. */
  readonly daysSinceReview?: number
  /** The one notice when the evaluation date is more than STALE_AFTER_DAYS past the newest review. */
  readonly notice?: string
}

/** How a user adds an advisory of their own: said once, wherever the notice is shown. */
export const ADD_ADVISORY_HINT =
  'To add an advisory, write a YAML file of schemas/advisory.schema.json and list it under `advisories:` in ' +
  '.github/hotpatch-reboot-gate.yml; check for a newer release of the gate too.'

/** The knowledge applied when evaluating as of `asOf` with `advisories`. */
export function appliedKnowledge(advisories: readonly Advisory[], asOf: string): AppliedKnowledge {
  const reviews = advisories.flatMap(advisory => (advisory.reviewed === undefined ? [] : [advisory.reviewed])).sort()
  const newestReview = reviews[reviews.length - 1]
  const first = advisories[0]
  const calendar = {
    baselineMonths: [...(first?.baselineMonths ?? [1, 4, 7, 10])].sort((a, b) => a - b),
    advisoryId: first?.id ?? '',
    ...(first?.reviewed !== undefined && { reviewed: first.reviewed })
  }
  const list = advisories.map(advisory => ({ id: advisory.id, ...(advisory.reviewed !== undefined && { reviewed: advisory.reviewed }) }))
  const base = { advisories: list, calendar }
  const reviewDay = newestReview === undefined ? undefined : parseDay(newestReview)
  const today = parseDay(asOf) ?? dayOf(new Date(`${asOf}T00:00:00Z`))
  if (newestReview === undefined || reviewDay === undefined) return base
  const days = today - reviewDay
  const known = { ...base, newestReview, daysSinceReview: days }
  if (days <= STALE_AFTER_DAYS) return known
  const notice =
    `The advisory data was last reviewed on ${newestReview}, ${days} days before the evaluation date ${asOf} ` +
    `(more than ${STALE_AFTER_DAYS}): it may be out of date. ${ADD_ADVISORY_HINT}`
  return { ...known, notice }
}

/** `wsus-cve-2025-59287 (reviewed 2026-08-01); baseline calendar January, April, July, October (reviewed ...)`. */
export function describeKnowledge(knowledge: AppliedKnowledge): string {
  const reviewed = (date: string | undefined): string => (date === undefined ? 'review date not given' : `reviewed ${date}`)
  const advisories = knowledge.advisories.map(advisory => `${advisory.id} (${reviewed(advisory.reviewed)})`)
  const months = knowledge.calendar.baselineMonths.map(monthName).join(', ')
  return (
    `Advisories applied: ${advisories.join(', ') || 'none'}; baseline calendar ${months}, computed for any year ` +
    `(${reviewed(knowledge.calendar.reviewed)}).`
  )
}
