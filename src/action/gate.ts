import type { JsonReport } from '../report/json-report.js'
import { decideVerdict, type FailOn, type GateResult } from '../gate/verdict.js'
import type { GateScope } from './scope.js'

export type { GateResult } from '../gate/verdict.js'

/** The gate's verdict (src/gate/verdict.ts) over the action's scope. */
export const decideGate = (report: JsonReport, failOn: FailOn, scope: GateScope): GateResult =>
  decideVerdict(report, failOn, scope.files)

/** Where the run shows its findings, so that the failing verdict points only at what exists. */
export interface FindingsShown {
  /** Whether the findings became annotations (`annotations: true`). */
  readonly annotations: boolean
  /** Whether the job summary was written with every finding (`job-summary: true`, within its limits). */
  readonly jobSummary: boolean
  /** The JSON report file, which the action always writes. */
  readonly reportFile: string
}

/**
 * The one-line reason `core.setFailed` gives for a failing gate. A gate whose findings reach no fail-on
 * (`never`) fails only on nothing-scanned (src/gate/verdict.ts): it says so rather than count findings that
 * reach nothing.
 */
export function failureMessage(result: GateResult, failOn: FailOn, scope: GateScope, shown: FindingsShown): string {
  const total = failOn === 'error' ? result.errors : failOn === 'warning' ? result.errors + result.warnings : 0
  const where = whereShown(shown)
  if (total === 0) {
    return (
      `A \`path\` holds no manifest the gate reads (rule nothing-scanned), which fails the step whatever fail-on says ` +
      `('${failOn}'); counted: ${scope.description}. ${where.text} ${where.plural ? 'name' : 'names'} the path.`
    )
  }
  const counts =
    failOn === 'error'
      ? plural(total, 'error finding')
      : `${plural(total, 'finding')} (${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')})`
  return (
    `${counts} ${total === 1 ? 'reaches' : 'reach'} fail-on '${failOn}'; counted: ${scope.description}. ` +
    `${where.text} ${where.plural ? 'show' : 'shows'} each VM and the reboot plan it needs.`
  )
}

/** The annotations and the job summary when they hold the findings, else the report file. */
function whereShown(shown: FindingsShown): { readonly text: string; readonly plural: boolean } {
  if (shown.annotations && shown.jobSummary) return { text: 'The annotations and the job summary', plural: true }
  if (shown.annotations) return { text: 'The annotations', plural: true }
  if (shown.jobSummary) return { text: 'The job summary', plural: false }
  return { text: `The report file ${shown.reportFile}`, plural: false }
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`
