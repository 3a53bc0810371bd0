import type { JsonReport } from '../report/json-report.js'
import { decideVerdict, type FailOn, type GateResult } from '../gate/verdict.js'
import type { GateScope } from './scope.js'

export type { GateResult } from '../gate/verdict.js'

/** The gate's verdict (src/gate/verdict.ts) over the action's scope. */
export const decideGate = (report: JsonReport, failOn: FailOn, scope: GateScope): GateResult =>
  decideVerdict(report, failOn, scope.files)

/** The one-line reason `core.setFailed` gives for a failing gate. */
export function failureMessage(result: GateResult, failOn: FailOn, scope: GateScope): string {
  const total = failOn === 'error' ? result.errors : result.errors + result.warnings
  const counts =
    failOn === 'error'
      ? plural(total, 'error finding')
      : `${plural(total, 'finding')} (${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')})`
  return (
    `${counts} ${total === 1 ? 'reaches' : 'reach'} fail-on '${failOn}'; counted: ${scope.description}. ` +
    'The annotations and the job summary show each VM and the reboot plan it needs.'
  )
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`
