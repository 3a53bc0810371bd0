import { appliedKnowledge } from '../policy/knowledge.js'
import { withoutOptimizingCompiler } from '../policy/optimizing-compiler.js'
import { flatInPlace } from '../model/flat-in-place.js'
import type { InfrastructureModel, RelatedLocation, VirtualMachine } from '../model/resources.js'
import type { Advisory } from '../policy/advisory.js'
import { resourceKey } from '../policy/subject.js'
import type { Assessment, ExemptionRecord, Finding } from '../policy/types.js'
import type { PolicyResult } from '../policy/evaluate.js'
import { TOOL_NAME } from '../version.js'
import { compareBy } from './compare.js'
import { listPlans, toReportDeclaredPlan, toReportEvidence } from './evidence.js'
import { uniqueNew, valueSources } from './value-sources.js'
import {
  REPORT_SCHEMA_VERSION,
  type JsonReport,
  type ReportExemption,
  type ReportFinding,
  type ReportParseError,
  type ReportRelated,
  type ReportResource
} from './json-report.js'

export { describeDeclaredPlan, describeEvidence } from './evidence.js'
export { resourceKey } from '../policy/subject.js'
import { summarizeReport } from './summarize.js'

/** What a report is built from: the model read and the policy's result on it (a scan, or a test's). */
export interface ReportInput extends PolicyResult {
  readonly model: InfrastructureModel
}

export interface BuildReportOptions {
  /** The policy configuration file read, relative to the root, when there is one. */
  readonly configurationFile?: string
  readonly toolVersion: string
  /** YYYY-MM-DD */
  readonly asOf: string
  /** The fail-on the verdict uses, recorded for the fork-safe poster. */
  readonly failOn?: 'error' | 'warning' | 'never'
  /** Advisories in force; default: the ones the assessments name. */
  readonly advisories?: readonly Advisory[]
  /**
   * How the pull request touched each exemption, by `file:line` of the exemption (src/pipeline/novelty.ts);
   * exemptions left out, or all without it, have no `new` flag.
   */
  readonly exemptionChanges?: ReadonlyMap<string, 'added' | 'extended' | 'changed' | 'unchanged'>
}

/**
 * Turns a scan into the JSON report: plain data, sorted, with paths relative to the scan root, so
 * that the same scan always gives the same bytes and every other format can render from it alone.
 */
export function buildJsonReport(result: ReportInput, options: BuildReportOptions): JsonReport {
  // As the policy: a large report is built without V8's optimizing compiler (src/policy/optimizing-compiler.ts).
  return withoutOptimizingCompiler(result.assessments.length, () => build(result, options))
}

function build(result: ReportInput, options: BuildReportOptions): JsonReport {
  const assessments = [...result.assessments].sort(
    compareBy<Assessment>(
      a => a.vm.reportAt.file,
      a => a.vm.reportAt.line,
      a => a.vm.displayName,
      a => a.vm.variant
    )
  )
  const keys = uniqueKeys(assessments.map(a => resourceKey(a.vm, a.identityScope)))
  // Files outside the manifest whose values decide a VM's verdict or its plan's (value-aware scope).
  const sources = valueSources(assessments, result.model)
  const resources = assessments.map((assessment, index) =>
    toReportResource(assessment, keys[index] as string, sources.get(assessment.vm) ?? NO_SOURCES)
  )
  // The policy names each finding's subject: the report only maps the instance to its unique key (for the
  // few VMs with a finding: a map of every VM lived as long as the report's build).
  const keyOf = keysOfSubjects(result.findings, assessments, keys)
  const findings = result.findings
    .map(finding => {
      const vm = finding.subject.kind === 'resource' ? finding.subject.instance : undefined
      const extra = vm === undefined ? NO_SOURCES : uniqueNew(sources.get(vm) ?? NO_SOURCES, finding.related)
      return toReportFinding(finding, vm === undefined ? undefined : keyOf.get(vm), extra)
    })
    .sort(
      compareBy<ReportFinding>(
        f => f.file,
        f => f.startLine,
        f => f.ruleId,
        f => f.fingerprint
      )
    )
  const parseErrors = result.model.parseErrors
    .map(toReportParseError)
    .sort(
      compareBy<ReportParseError>(
        e => e.file,
        e => e.line,
        e => e.column,
        e => e.message
      )
    )
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    asOf: options.asOf,
    ...(options.failOn !== undefined && { failOn: options.failOn }),
    resources,
    findings,
    parseErrors,
    summary: summarizeReport(result.model.files.length, resources, findings),
    advisories: listAdvisories(options.advisories ?? assessments.map(a => a.advisory)),
    // The knowledge applied, when the caller says which advisories were in force (the CLI and the action do).
    ...(options.advisories !== undefined && { knowledge: appliedKnowledge(options.advisories, options.asOf) }),
    plans: listPlans(result.model),
    ...(options.configurationFile !== undefined && { configuration: { file: options.configurationFile } }),
    ...(result.exemptions !== undefined &&
      result.exemptions.length > 0 && { exemptions: listExemptions(result.exemptions, options.exemptionChanges) })
  }
}

function listExemptions(
  records: readonly ExemptionRecord[],
  changes: BuildReportOptions['exemptionChanges']
): ReportExemption[] {
  return records
    .map((record): ReportExemption => {
      const change = changes?.get(`${record.location.file}:${record.location.line}`)
      return {
        source: record.source,
        file: record.location.file,
        startLine: record.location.line,
        resource: record.resource,
        rule: record.rule,
        reason: record.reason,
        owner: record.owner,
        expires: record.expires,
        ...(record.ticket !== undefined && { ticket: record.ticket }),
        status: record.status,
        ...(record.problem !== undefined && { problem: record.problem }),
        resources: [...record.resources].sort(),
        exempted: record.exempted,
        ...(change !== undefined && { new: change !== 'unchanged' }),
        ...(change !== undefined && change !== 'unchanged' && { change })
      }
    })
    .sort(
      compareBy<ReportExemption>(
        e => e.file,
        e => e.startLine
      )
    )
}

// Two declarations can share a key (same name and type in two templates, no resource group):
// later ones get `#2`, `#3` so that a finding's resourceKey names exactly one resource. Each one flat string:
// a key is built of five pieces (folder, type, name: template literals), which the report would keep as such.
function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return keys.map(key => {
    const n = (seen.get(key) ?? 0) + 1
    seen.set(key, n)
    return flatInPlace(n === 1 ? key : `${key}#${n}`)
  })
}

function toReportResource(assessment: Assessment, key: string, valueSources: readonly RelatedLocation[]): ReportResource {
  const { vm } = assessment
  return {
    file: vm.reportAt.file,
    startLine: vm.reportAt.line,
    name: vm.displayName,
    type: vm.identity.type,
    format: vm.format,
    verdict: assessment.verdict,
    // The assessment's own list (exact length, its sentences shared): it is garbage once the report is built.
    reasons: assessment.reasons,
    // concat, not spreads: without the optimizing compiler a second spread steps an iterator (optimizing-compiler.ts).
    related: sortRelated(valueSources.length === 0 ? vm.related : vm.related.concat(valueSources)),
    key,
    ...(vm.variant !== '' && { variant: vm.variant }),
    evidence: evidenceOf(assessment)
  }
}

/** The assessment's evidence as report data; most VMs have none, and share one empty list. */
function evidenceOf(assessment: Assessment): ReportResource['evidence'] {
  const declared = assessment.declaredPlans ?? NO_DECLARED_PLANS
  if (declared.length === 0) return assessment.evidence.length === 0 ? NO_EVIDENCE : assessment.evidence.map(toReportEvidence)
  return [...assessment.evidence.map(toReportEvidence), ...declared.map(toReportDeclaredPlan)]
}

const NO_EVIDENCE: ReportResource['evidence'] = Object.freeze([])
/** Most VMs have no value sources and no declared plans: one shared empty list, not one each. */
const NO_SOURCES: readonly RelatedLocation[] = Object.freeze([])
const NO_DECLARED_PLANS: NonNullable<Assessment['declaredPlans']> = Object.freeze([])

function toReportFinding(
  finding: Finding,
  resourceKey: string | undefined,
  valueSources: readonly RelatedLocation[]
): ReportFinding {
  const { location } = finding
  const fix = finding.fix && {
    ...(finding.fix.snippet && { snippet: { language: finding.fix.snippet.language, text: finding.fix.snippet.text } }),
    ...(finding.fix.replacement && {
      replacement: {
        file: finding.fix.replacement.location.file,
        line: finding.fix.replacement.location.line,
        text: finding.fix.replacement.text
      }
    })
  }
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    file: location.file,
    startLine: location.line,
    endLine: Math.max(location.endLine ?? location.line, location.line),
    message: finding.message,
    resource: finding.resource,
    ...(resourceKey !== undefined && { resourceKey }),
    fingerprint: finding.fingerprint,
    docsUrl: finding.docsUrl,
    ...(finding.advisoryId !== undefined && { advisoryId: finding.advisoryId }),
    related: sortRelated(valueSources.length === 0 ? finding.related : finding.related.concat(valueSources)),
    ...(fix && { fix }),
    ...(finding.exemption && {
      exemption: {
        reason: finding.exemption.reason,
        owner: finding.exemption.owner,
        expires: finding.exemption.expires,
        source: finding.exemption.source
      }
    })
  }
}

/** The unique key of each VM a finding is about (a VM the policy did not assess has none). */
function keysOfSubjects(
  findings: readonly Finding[],
  assessments: readonly Assessment[],
  keys: readonly string[]
): Map<VirtualMachine, string> {
  const subjects = new Set<VirtualMachine>()
  for (let f = 0; f < findings.length; f++) {
    const subject = (findings[f] as Finding).subject
    if (subject.kind === 'resource') subjects.add(subject.instance)
  }
  const keyOf = new Map<VirtualMachine, string>()
  for (let a = 0; a < assessments.length; a++) {
    const { vm } = assessments[a] as Assessment
    if (subjects.has(vm)) keyOf.set(vm, keys[a] as string)
  }
  return keyOf
}

const PARSE_ERROR_FIELDS = ['file', 'line', 'column', 'message', 'severity'] as const

/** The model's parse error itself when it has exactly the report's fields, in order (nearly all): not a copy. */
function toReportParseError(error: ReportParseError): ReportParseError {
  if (hasExactly(error, PARSE_ERROR_FIELDS)) return error
  return { file: error.file, line: error.line, column: error.column, message: error.message, severity: error.severity }
}

const RELATED_FIELDS = ['file', 'startLine', 'role'] as const

/**
 * Related locations sorted by place, in a list of their own (the model's and the policy's lists are never
 * sorted in place). A location that has exactly the report's fields, in order, is held as it is, not copied.
 */
function sortRelated(related: readonly RelatedLocation[]): readonly ReportRelated[] {
  if (related.length === 0) return NO_RELATED
  const own = related.map(r => (hasExactly(r, RELATED_FIELDS) ? r : { file: r.file, startLine: r.startLine, role: r.role }))
  return own.length < 2 ? own : own.sort(BY_PLACE)
}

const NO_RELATED: readonly ReportRelated[] = Object.freeze([])

/** Whether a record's enumerable fields are exactly `fields`, in that order: JSON.stringify then writes it as the report would. */
function hasExactly(record: object, fields: readonly string[]): boolean {
  let index = 0
  for (const field in record) if (field !== fields[index++]) return false
  return index === fields.length
}

/** One comparator for every resource's and finding's related locations (not one made per list). */
const BY_PLACE = compareBy<ReportRelated>(
  r => r.file,
  r => r.startLine,
  r => r.role
)

function listAdvisories(advisories: readonly (Advisory | undefined)[]): JsonReport['advisories'] {
  const byId = new Map<string, Advisory>()
  for (const advisory of advisories) if (advisory && !byId.has(advisory.id)) byId.set(advisory.id, advisory)
  return [...byId.values()]
    .map(advisory => ({ id: advisory.id, title: advisory.title, url: advisory.sources[0]?.url ?? '' }))
    .sort(compareBy(a => a.id))
}
