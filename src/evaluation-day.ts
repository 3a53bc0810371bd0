/**
 * The day a scan is evaluated on (UTC): the policy compares dates with it, reports write it. One type,
 * parsed in one place, so the action's `as-of`, the CLI's `--as-of` and the reports cannot drift.
 */
export interface EvaluationDay {
  /** YYYY-MM-DD, as reports write it. */
  readonly text: string
  /** UTC midnight of that day. */
  readonly date: Date
}

/** YYYY-MM-DD of an instant, in UTC. */
export const formatDay = (date: Date): string => date.toISOString().slice(0, 10)

/**
 * A real calendar date written YYYY-MM-DD; undefined otherwise. `2026-02-30` is refused rather than
 * rolled over to March: a real date survives the round trip through Date.UTC.
 */
export function parseEvaluationDay(text: string): EvaluationDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match === null) return undefined
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return formatDay(date) === text ? { text, date } : undefined
}

/** The evaluation day of an instant (today, for a run without `as-of`). */
export function evaluationDayOf(now: Date): EvaluationDay {
  const text = formatDay(now)
  return { text, date: new Date(`${text}T00:00:00Z`) }
}
