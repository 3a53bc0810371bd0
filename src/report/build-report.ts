import { appliedKnowledge } from '../policy/knowledge.js'
import { withoutOptimizingCompiler } from '../policy/optimizing-compiler.js'
import type { InfrastructureModel, ParseError, RelatedLocation, VirtualMachine } from '../model/resources.js'
import type { Advisory } from '../policy/advisory.js'
import type { Assessment, ExemptionRecord, Finding } from '../policy/types.js'
import type { PolicyResult } from '../policy/evaluate.js'
import { TOOL_NAME } from '../version.js'
import { compareBy } from './compare.js'
import { listPlans } from './evidence.js'
import { hasExactly, ResourceEntries, sortRelated } from './resource-entries.js'
import { NO_SOURCES, uniqueNew } from './value-sources.js'
import {
  REPORT_SCHEMA_VERSION,
  type JsonReport,
  type ReportExemption,
  type ReportFinding,
  type ReportParseError
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
  /** The advisory files it loads, relative to the root (those inside it), when there are any. */
  readonly configurationAdvisories?: readonly string[]
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
  /**
   * The report's resources as the policy settled each VM (`PolicyOptions.settle`: the pipeline's), so that
   * no assessment was kept; without them, the resources are made from the result's assessments here.
   */
  readonly settled?: ResourceEntries
}

/**
 * Turns a scan into the JSON report: plain data, sorted, with paths relative to the scan root, so
 * that the same scan always gives the same bytes and every other format can render from it alone.
 * The result's assessments, if any, are added to the entries the policy made as it settled each VM
 * (`options.settled`, the pipeline's).
 */
export function buildJsonReport(result: ReportInput, options: BuildReportOptions): JsonReport {
  const entries = options.settled ?? new ResourceEntries(result.model)
  // As the policy: a large report is built without V8's optimizing compiler (src/policy/optimizing-compiler.ts).
  return withoutOptimizingCompiler(entries.size + result.assessments.length, () => build(addAll(entries, result), result, options))
}

/** The result's assessments added to the entries, each marked when a finding is about its VM. */
function addAll(entries: ResourceEntries, result: ReportInput): ResourceEntries {
  if (result.assessments.length === 0) return entries
  const subjects = new Set<VirtualMachine>()
  for (let f = 0; f < result.findings.length; f++) {
    const subject = (result.findings[f] as Finding).subject
    if (subject.kind === 'resource') subjects.add(subject.instance)
  }
  for (let a = 0; a < result.assessments.length; a++) {
    const assessment = result.assessments[a] as Assessment
    entries.add(assessment, subjects.has(assessment.vm))
  }
  return entries
}

function build(entries: ResourceEntries, result: ReportInput, options: BuildReportOptions): JsonReport {
  const resources = entries.finish()
  // The policy names each finding's subject: the report only maps the instance to its unique key.
  const findings = result.findings
    .map(finding => {
      const vm = finding.subject.kind === 'resource' ? finding.subject.instance : undefined
      if (vm === undefined) return toReportFinding(finding, undefined, NO_SOURCES)
      return toReportFinding(finding, entries.keyOf(vm), uniqueNew(entries.valueSourcesOf(vm), finding.related))
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
    // Advisory ids are unique (the configuration's loader rejects a clash): the first of each id is the one.
    advisories: listAdvisories(options.advisories ?? entries.namedAdvisories()),
    // The knowledge applied, when the caller says which advisories were in force (the CLI and the action do).
    ...(options.advisories !== undefined && { knowledge: appliedKnowledge(options.advisories, options.asOf) }),
    plans: listPlans(result.model),
    ...(options.configurationFile !== undefined && { configuration: configurationOf(options.configurationFile, options.configurationAdvisories) }),
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

function toReportFinding(
  finding: Finding,
  resourceKey: string | undefined,
  valueSources: readonly RelatedLocation[]
): ReportFinding {
  const { location } = finding
  const fix = finding.fix && {
    ...(finding.fix.snippet && { snippet: reportSnippet(finding.fix.snippet) }),
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

const SNIPPET_FIELDS = ['language', 'text'] as const

/**
 * The finding's snippet itself when it has exactly the report's fields (the policy's: its text is written when
 * read, src/policy/snippets/index.ts), so the report does not keep the text while the model is alive.
 */
function reportSnippet(snippet: { readonly language: string; readonly text: string }): { readonly language: string; readonly text: string } {
  return hasExactly(snippet, SNIPPET_FIELDS) ? snippet : { language: snippet.language, text: snippet.text }
}

const PARSE_ERROR_FIELDS = ['file', 'line', 'column', 'message', 'severity'] as const

/** The model's parse error itself when it has exactly the report's fields, in order (nearly all): not a copy. */
/** The report's `configuration`: its file, and the advisory files it loads when there are any. */
function configurationOf(file: string, advisories: readonly string[] | undefined): NonNullable<JsonReport['configuration']> {
  return advisories === undefined || advisories.length === 0 ? { file } : { file, advisories: [...advisories].sort() }
}

function toReportParseError(error: ParseError): ReportParseError {
  if (hasExactly(error, PARSE_ERROR_FIELDS)) return error
  const { file, line, column, message, severity } = error
  return error.kind === 'file-skipped' ? { file, line, column, message, severity, skipped: true } : { file, line, column, message, severity }
}

function listAdvisories(advisories: readonly (Advisory | undefined)[]): JsonReport['advisories'] {
  const byId = new Map<string, Advisory>()
  for (const advisory of advisories) if (advisory && !byId.has(advisory.id)) byId.set(advisory.id, advisory)
  return [...byId.values()]
    .map(advisory => ({ id: advisory.id, title: advisory.title, url: advisory.sources[0]?.url ?? '' }))
    .sort(compareBy(a => a.id))
}
