import { isAbsolute, relative, sep } from 'node:path'
import type { PolicyConfiguration } from '../config/types.js'
import type { EvaluationDay } from '../evaluation-day.js'
import { decideVerdict, type FailOn, type GateResult } from '../gate/verdict.js'
import type { ExemptionRecord } from '../policy/types.js'
import type { InfrastructureModel } from '../model/resources.js'
import { buildJsonReport } from '../report/build-report.js'
import { ResourceEntries } from '../report/resource-entries.js'
import type { JsonReport } from '../report/json-report.js'
import { scan as scanWorkspace, type ScanOptions, type ScanResult } from '../scan.js'
import { TOOL_VERSION } from '../version.js'
import type { ExemptionChange } from './novelty.js'
import { collectBetweenPhases } from '../scan/full-collection.js'

/** Which findings count: the gate's part of a scope (adapters add their own words). */
export interface PipelineScope {
  /** Findings on, or related to, one of these files count; undefined: every finding counts. */
  readonly files: ReadonlySet<string> | undefined
}

/** What the action and the CLI hand the pipeline, through their own small adapters. */
export interface PipelineInput<S extends PipelineScope> extends Omit<ScanOptions, 'asOf'> {
  readonly day: EvaluationDay
  readonly failOn: FailOn
  /** Reads and evaluates the workspace (default: src/scan.ts; the CLI's tests hand it results). */
  readonly scan?: (options: ScanOptions) => Promise<ScanResult>
  /** How the change under review touched each exemption (a pull request, `--base-config`); none without one. */
  readonly exemptionChanges?: (
    records: readonly ExemptionRecord[]
  ) => Promise<ReadonlyMap<string, ExemptionChange> | undefined>
  /** Decides the scope from the report alone (the pull request's changed files, or every finding). */
  readonly scope: (report: JsonReport) => S
}

/**
 * What the callers keep: the report and the verdict. Not the scan's model nor the policy's result: the
 * report holds all they need, and a 10,000-file model (~40 MB) would stay alive while the report is written.
 */
export interface PipelineOutput<S extends PipelineScope> {
  readonly report: JsonReport
  readonly scope: S
  readonly gate: GateResult
}

/** The scope of a run without a pull request (the CLI): every finding counts. */
export const everyFinding = (): PipelineScope => ({ files: undefined })

/**
 * The one path through the house: discover and read the manifests into a model, evaluate the policy
 * (src/scan.ts), build the JSON report, decide the scope from the report and the gate's verdict
 * (src/gate/). The action (src/main.ts) and the CLI (src/cli/scan-command.ts) call it; the fork-safe
 * poster, which has only a report, runs the last step (src/gate/verdict.ts) on it.
 */
export async function runPipeline<S extends PipelineScope>(input: PipelineInput<S>): Promise<PipelineOutput<S>> {
  const { day, failOn, scan = scanWorkspace, exemptionChanges, scope: scopeOf, ...options } = input
  const report = await scanAndReport(scan, options, day, failOn, exemptionChanges)
  // The model and the policy's result are garbage now: the report is written in a heap sized for it alone.
  collectBetweenPhases(report.summary.files)
  const scope = scopeOf(report)
  return { report, scope, gate: decideVerdict(report, failOn, scope.files) }
}

/**
 * The advisory files a configuration loads, relative to the scan root, `/` separated: the report carries them
 * so that a change to one re-checks every VM (src/gate/scope.ts), as a change to the configuration does. A
 * file outside the root is left out: no change set of the root names it.
 */
function advisoryFilesIn(root: string, configuration: Pick<PolicyConfiguration, 'advisories'>): string[] {
  const files = new Set<string>()
  for (const advisory of configuration.advisories) {
    const rel = relative(root, advisory.absolutePath)
    if (rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) files.add(rel.split(sep).join('/'))
  }
  return [...files]
}

/** The scan and its report: the model and the policy's result are garbage once this returns. */
async function scanAndReport(
  scan: NonNullable<PipelineInput<PipelineScope>['scan']>,
  options: Omit<ScanOptions, 'asOf'>,
  day: EvaluationDay,
  failOn: FailOn,
  exemptionChanges: PipelineInput<PipelineScope>['exemptionChanges']
): Promise<JsonReport> {
  // The report's resources are made as the policy settles each VM (src/report/resource-entries.ts): the
  // assessments are garbage at once, not kept through the report (a test's scan may return them instead).
  let entries: ResourceEntries | undefined
  const settle = (model: InfrastructureModel): ResourceEntries => (entries = new ResourceEntries(model))
  const result = await scan({ ...options, asOf: day.date, settle })
  const changes = result.exemptions === undefined ? undefined : await exemptionChanges?.(result.exemptions)
  const report = buildJsonReport(result, {
    toolVersion: TOOL_VERSION,
    asOf: day.text,
    failOn,
    ...(options.advisories !== undefined && { advisories: options.advisories }),
    ...(options.configuration !== undefined && {
      configurationFile: options.configuration.file,
      configurationAdvisories: advisoryFilesIn(options.root, options.configuration)
    }),
    ...(changes !== undefined && { exemptionChanges: changes }),
    ...(entries !== undefined && { settled: entries })
  })
  return report
}
