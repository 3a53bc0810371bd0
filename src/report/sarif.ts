import type { AppliedKnowledge } from '../policy/knowledge.js'
import type { RuleMeta, Severity } from '../policy/types.js'
import { TOOL_INFORMATION_URI } from '../version.js'
import type { JsonReport, ReportFinding, ReportParseError, ReportRelated } from './json-report.js'
import { MAX_SARIF_RESULTS } from './limits.js'

/** The key of our partial fingerprint: bump the version when the fingerprint recipe changes. */
// v2: a VM's fingerprint names its deployment unit's folder in the repository (issue 9/12).
export const FINGERPRINT_KEY = 'hotpatchRebootGate/v2'

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
const SRCROOT = '%SRCROOT%'
const TAGS = ['azure', 'hotpatch', 'infrastructure-as-code', 'reliability']

type SarifLevel = 'error' | 'warning' | 'note'

const LEVELS: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', notice: 'note' }

/** The parts of SARIF 2.1.0 we write (schemas/sarif-2.1.0.json is the whole format). */
export interface SarifLog {
  readonly $schema: string
  readonly version: '2.1.0'
  readonly runs: readonly [SarifRun]
}

export interface SarifRun {
  readonly tool: { readonly driver: SarifDriver }
  readonly invocations: readonly SarifInvocation[]
  readonly results: readonly SarifResult[]
  /**
   * The advisories and calendar applied, with review dates, and the staleness notice (issue 17); the
   * findings left out past MAX_SARIF_RESULTS, when there are any.
   */
  readonly properties?: { readonly knowledge?: AppliedKnowledge; readonly omittedResults?: number }
}

export interface SarifDriver {
  readonly name: string
  readonly version: string
  readonly semanticVersion: string
  readonly informationUri: string
  readonly rules: readonly SarifRule[]
}

export interface SarifRule {
  readonly id: string
  readonly shortDescription: SarifMessage
  readonly fullDescription: SarifMessage
  readonly helpUri: string
  readonly help: { readonly text: string; readonly markdown: string }
  readonly defaultConfiguration: { readonly level: SarifLevel }
  readonly properties: { readonly tags: readonly string[] }
}

export interface SarifInvocation {
  readonly executionSuccessful: boolean
  readonly toolExecutionNotifications: readonly SarifNotification[]
}

export interface SarifNotification {
  readonly level: SarifLevel
  readonly message: SarifMessage
  readonly descriptor: { readonly id: string }
  readonly locations?: readonly SarifLocation[]
}

export interface SarifResult {
  readonly ruleId: string
  readonly ruleIndex: number
  readonly level: SarifLevel
  readonly message: SarifMessage
  readonly locations: readonly SarifLocation[]
  readonly partialFingerprints: Readonly<Record<string, string>>
  readonly relatedLocations?: readonly SarifLocation[]
  readonly suppressions?: readonly SarifSuppression[]
  readonly properties: { readonly resource: string; readonly advisoryId?: string }
}

/**
 * No `status`: absent means the suppression is in force, and the schema copies disagree on its name
 * (`state` before errata 01, `status` after it, which is what GitHub validates against).
 */
export interface SarifSuppression {
  readonly kind: 'external'
  readonly justification: string
}

export interface SarifLocation {
  readonly id?: number
  readonly physicalLocation: {
    readonly artifactLocation: { readonly uri: string; readonly uriBaseId: string }
    readonly region: { readonly startLine: number; readonly endLine?: number; readonly startColumn?: number }
  }
  readonly message?: SarifMessage
}

export interface SarifMessage {
  readonly text: string
}

/**
 * The report as SARIF 2.1.0 for code scanning: one run, one rule descriptor per rule (those given,
 * then any other a finding names), exempted findings as suppressed results, parse errors as tool
 * execution notifications. Paths are relative to `%SRCROOT%`, the checkout root. Results are in the
 * report's order (file, line, rule, fingerprint). Past `maxResults` (code scanning rejects a run with
 * more) the run keeps the most severe (errors, warnings, notes, then the exempted; within each, the
 * first in that order) and counts the rest in its properties and a notification: the upload is accepted
 * and says it is not whole.
 */
export function renderSarif(report: JsonReport, rules: readonly RuleMeta[], maxResults = MAX_SARIF_RESULTS): SarifLog {
  const descriptors = describeRules(rules, report.findings)
  const ruleIndex = new Map(descriptors.map((rule, index) => [rule.id, index]))
  const total = report.findings.length
  const omitted = Math.max(0, total - maxResults)
  const chosen = omitted > 0 ? new Set(bySeverity(report.findings).slice(0, maxResults)) : undefined
  const kept = chosen === undefined ? report.findings : report.findings.filter(finding => chosen.has(finding))
  const notifications = report.parseErrors.map(toNotification)
  if (omitted > 0) notifications.push(omittedNotification(omitted, total, maxResults))
  const properties = {
    ...(report.knowledge !== undefined && { knowledge: report.knowledge }),
    ...(omitted > 0 && { omittedResults: omitted })
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: TOOL_INFORMATION_URI,
            rules: descriptors
          }
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: kept.map(finding => toResult(finding, ruleIndex.get(finding.ruleId) as number)),
        ...(Object.keys(properties).length > 0 && { properties })
      }
    ]
  }
}

function describeRules(rules: readonly RuleMeta[], findings: readonly ReportFinding[]): SarifRule[] {
  const byId = new Map<string, SarifRule>()
  for (const rule of rules) {
    if (byId.has(rule.id)) continue
    byId.set(rule.id, {
      id: rule.id,
      shortDescription: { text: firstSentence(rule.description) },
      fullDescription: { text: rule.description },
      helpUri: rule.docsUrl,
      help: describeHelp(rule.description, rule.docsUrl),
      defaultConfiguration: { level: LEVELS[rule.severity] },
      properties: { tags: TAGS }
    })
  }
  // A finding of a rule we were not told about still needs a descriptor for its ruleIndex.
  for (const finding of findings) {
    if (byId.has(finding.ruleId)) continue
    byId.set(finding.ruleId, {
      id: finding.ruleId,
      shortDescription: { text: finding.ruleId },
      fullDescription: { text: finding.ruleId },
      helpUri: finding.docsUrl,
      help: describeHelp(finding.ruleId, finding.docsUrl),
      defaultConfiguration: { level: LEVELS[finding.severity] },
      properties: { tags: TAGS }
    })
  }
  return [...byId.values()]
}

// Code scanning shows `help` on the alert page; it does not show helpUri.
function describeHelp(description: string, docsUrl: string): SarifRule['help'] {
  return {
    text: `${description}\nDocumentation: ${docsUrl}`,
    markdown: `${description}\n\n[Documentation](${docsUrl})`
  }
}

function toResult(finding: ReportFinding, ruleIndex: number): SarifResult {
  const { exemption } = finding
  const justification =
    exemption && `${exemption.reason} (owner: ${exemption.owner}; expires: ${exemption.expires}; ${exemption.source})`
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [location(finding.file, { startLine: finding.startLine, endLine: finding.endLine })],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.related.length > 0 && { relatedLocations: finding.related.map(toRelatedLocation) }),
    ...(justification !== undefined && { suppressions: [{ kind: 'external', justification }] }),
    properties: {
      resource: finding.resource,
      ...(finding.advisoryId !== undefined && { advisoryId: finding.advisoryId })
    }
  }
}

function toRelatedLocation(related: ReportRelated, index: number): SarifLocation {
  return { id: index + 1, ...location(related.file, { startLine: related.startLine }), message: { text: related.role } }
}

/** Unexempted errors, warnings, notices, then exempted findings; a stable sort keeps the report's order within each. */
function bySeverity(findings: readonly ReportFinding[]): ReportFinding[] {
  const rank = (finding: ReportFinding): number => (finding.exemption ? 3 : SEVERITY_RANK[finding.severity])
  return [...findings].sort((a, b) => rank(a) - rank(b))
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 }

function omittedNotification(omitted: number, total: number, maxResults: number): SarifNotification {
  return {
    level: 'warning',
    message: {
      text:
        `${omitted} of ${total} findings are left out of this run: code scanning rejects a run with more than ` +
        `${maxResults} results. The run keeps the most severe (errors, then warnings, notes, and exempted findings ` +
        'last); the JSON report has every finding.'
    },
    descriptor: { id: 'results-omitted' }
  }
}

function toNotification(error: ReportParseError): SarifNotification {
  return {
    level: error.severity === 'error' ? 'error' : 'note',
    message: { text: error.message },
    descriptor: { id: error.severity === 'error' ? 'parse-error' : error.skipped === true ? 'file-skipped' : 'reading-note' },
    locations: [location(error.file, { startLine: error.line, startColumn: error.column })]
  }
}

function location(file: string, region: SarifLocation['physicalLocation']['region']): SarifLocation {
  return { physicalLocation: { artifactLocation: { uri: toUri(file), uriBaseId: SRCROOT }, region } }
}

/** A relative path as a URI reference: each segment percent-encoded, so `#`, `?`, `%` and spaces survive. */
export function toUri(path: string): string {
  // Nearly every path has only characters encodeURIComponent keeps: it is its own URI.
  if (URI_SAFE.test(path)) return path
  return path.split('/').map(encodeURIComponent).join('/')
}

/** Characters encodeURIComponent leaves as they are, and the separator. */
const URI_SAFE = /^[A-Za-z0-9\-_.!~*'()/]*$/

function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text)
  return (match?.[0] ?? text).trim()
}
