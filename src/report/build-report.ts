import { identityKey } from '../model/identity.js'
import type { RelatedLocation, VirtualMachine } from '../model/resources.js'
import type { Advisory } from '../policy/advisory.js'
import { fingerprintOf } from '../policy/findings.js'
import type { Assessment, ExemptionRecord, Finding } from '../policy/types.js'
import type { ScanResult } from '../scan.js'
import { TOOL_NAME } from '../version.js'
import { compareBy } from './compare.js'
import { listPlans, toReportDeclaredPlan, toReportEvidence } from './evidence.js'
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
import { summarizeReport } from './summarize.js'

export interface BuildReportOptions {
  /** The policy configuration file read, relative to the root, when there is one. */
  readonly configurationFile?: string
  readonly toolVersion: string
  /** YYYY-MM-DD */
  readonly asOf: string
  /** Advisories in force; default: the ones the assessments name. */
  readonly advisories?: readonly Advisory[]
  /**
   * How the pull request touched each exemption, by `file:line` of the exemption (src/config/novelty.ts);
   * exemptions left out, or all without it, have no `new` flag.
   */
  readonly exemptionChanges?: ReadonlyMap<string, 'added' | 'extended' | 'changed' | 'unchanged'>
}

/**
 * Turns a scan into the JSON report: plain data, sorted, with paths relative to the scan root, so
 * that the same scan always gives the same bytes and every other format can render from it alone.
 */
export function buildJsonReport(result: ScanResult, options: BuildReportOptions): JsonReport {
  const assessments = [...result.assessments].sort(
    compareBy<Assessment>(
      a => a.vm.reportAt.file,
      a => a.vm.reportAt.line,
      a => a.vm.displayName,
      a => a.vm.variant
    )
  )
  const keys = uniqueKeys(assessments.map(a => resourceKey(a.vm)))
  const resources = assessments.map((assessment, index) => toReportResource(assessment, keys[index] as string))
  const byName = indexByName(assessments)
  const findings = result.findings
    .map(finding => toReportFinding(finding, linkFinding(finding, assessments, byName, keys)))
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
    resources,
    findings,
    parseErrors,
    summary: summarizeReport(result.model.files.length, resources, findings),
    advisories: listAdvisories(options.advisories ?? assessments.map(a => a.advisory)),
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

/** The stable key of a VM instance: its identity key, plus `@variant` when it has one. */
export function resourceKey(vm: VirtualMachine): string {
  const key = identityKey(vm.identity)
  return vm.variant === '' ? key : `${key}@${vm.variant}`
}

// Two declarations can share a key (same name and type in two templates, no resource group):
// later ones get `#2`, `#3` so that a finding's resourceKey names exactly one resource.
function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return keys.map(key => {
    const n = (seen.get(key) ?? 0) + 1
    seen.set(key, n)
    return n === 1 ? key : `${key}#${n}`
  })
}

function toReportResource(assessment: Assessment, key: string): ReportResource {
  const { vm } = assessment
  return {
    file: vm.reportAt.file,
    startLine: vm.reportAt.line,
    name: vm.displayName,
    type: vm.identity.type,
    format: vm.format,
    verdict: assessment.verdict,
    reasons: [...assessment.reasons],
    related: sortRelated(vm.related),
    key,
    ...(vm.variant !== '' && { variant: vm.variant }),
    evidence: [
      ...assessment.evidence.map(toReportEvidence),
      ...(assessment.declaredPlans ?? []).map(toReportDeclaredPlan)
    ]
  }
}

/**
 * Which resource a finding is about. Findings name their VM by display name and fingerprint: the
 * policy's fingerprint recipe settles it exactly. Findings made otherwise are placed by name, then by
 * where they point and the variant they mention; when that does not settle it, the finding stays
 * unlinked rather than being filed under the wrong VM.
 */
function linkFinding(
  finding: Finding,
  assessments: readonly Assessment[],
  byName: ReadonlyMap<string, readonly number[]>,
  keys: readonly string[]
): string | undefined {
  let candidates = byName.get(finding.resource) ?? []
  const { file, line } = finding.location
  const narrow = (keep: (vm: VirtualMachine) => boolean): void => {
    if (candidates.length <= 1) return
    const kept = candidates.filter(index => keep((assessments[index] as Assessment).vm))
    if (kept.length > 0) candidates = kept
  }
  narrow(vm => hasFingerprint(finding, vm))
  narrow(vm => vm.reportAt.file === file && vm.reportAt.line === line)
  narrow(vm => vm.reportAt.file === file || vm.related.some(r => r.file === file))
  narrow(vm => vm.variant !== '' && (finding.fingerprint.includes(vm.variant) || finding.message.includes(vm.variant)))
  return candidates.length === 1 ? keys[candidates[0] as number] : undefined
}

/** Assessment indexes by VM display name, ascending: linking every finding by scanning every VM grew quadratically. */
function indexByName(assessments: readonly Assessment[]): Map<string, number[]> {
  const byName = new Map<string, number[]>()
  assessments.forEach((assessment, index) => {
    const list = byName.get(assessment.vm.displayName)
    if (list === undefined) byName.set(assessment.vm.displayName, [index])
    else list.push(index)
  })
  return byName
}

// A rule reporting several times on one VM numbers its reports; a few more than any rule makes is plenty.
const MAX_REPORTS_PER_RULE = 16

function hasFingerprint(finding: Finding, vm: VirtualMachine): boolean {
  for (let index = 0; index < MAX_REPORTS_PER_RULE; index++) {
    if (fingerprintOf(finding.ruleId, vm, index) === finding.fingerprint) return true
  }
  return false
}

function toReportFinding(finding: Finding, resourceKey: string | undefined): ReportFinding {
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
    related: sortRelated(finding.related),
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

function toReportParseError(error: ReportParseError): ReportParseError {
  return { file: error.file, line: error.line, column: error.column, message: error.message, severity: error.severity }
}

function sortRelated(related: readonly RelatedLocation[]): ReportRelated[] {
  return related
    .map(r => ({ file: r.file, startLine: r.startLine, role: r.role }))
    .sort(
      compareBy<ReportRelated>(
        r => r.file,
        r => r.startLine,
        r => r.role
      )
    )
}


function listAdvisories(advisories: readonly (Advisory | undefined)[]): JsonReport['advisories'] {
  const byId = new Map<string, Advisory>()
  for (const advisory of advisories) if (advisory && !byId.has(advisory.id)) byId.set(advisory.id, advisory)
  return [...byId.values()]
    .map(advisory => ({ id: advisory.id, title: advisory.title, url: advisory.sources[0]?.url ?? '' }))
    .sort(compareBy(a => a.id))
}
