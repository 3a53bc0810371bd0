import * as core from '@actions/core'
import type { GateResult } from './gate.js'
import type { ReportFiles } from './report-files.js'

/** Sets the action's outputs (action.yml lists them). */
export function setOutputs(gate: GateResult, files: ReportFiles): void {
  core.setOutput('verdict', gate.verdict)
  core.setOutput('errors', String(gate.errors))
  core.setOutput('warnings', String(gate.warnings))
  core.setOutput('report', files.report)
  core.setOutput('sarif', files.sarif ?? '')
}
