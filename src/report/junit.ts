import type { FailOn } from './fail-on.js'
import { compareStrings } from './compare.js'
import { reachesFailOn } from './fail-on.js'
import type { JsonReport, ReportFinding, ReportParseError, ReportResource } from './json-report.js'
import { bracketedVariant } from './wording.js'

/**
 * The report as JUnit XML for CI systems that read test results (Azure Pipelines' PublishTestResults,
 * GitLab's `artifacts:reports:junit`, Jenkins). It validates against Jenkins' junit-10.xsd
 * (schemas/junit-10.xsd): one test suite per manifest file (its `file` attribute names it; that schema
 * has no location on a test case), one test case per VM or scale set, a `<failure>` per finding that
 * reaches `fail-on`, located `file:line` in its message. Findings below `fail-on`, exempted ones and
 * findings on no VM of the report go where a reader sees them without failing the test: the case's
 * `<system-out>`, or a case of their own. Unreadable manifests are skipped cases: they never fail the
 * run. No times or timestamps, so the same scan gives the same bytes.
 */
export function renderJunit(report: JsonReport, options: { readonly failOn: FailOn }): string {
  const suites = groupByFile(report, options.failOn)
  const tests = suites.reduce((sum, suite) => sum + suite.cases.length, 0)
  const failures = suites.reduce((sum, suite) => sum + countFailures(suite.cases), 0)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attribute(report.tool.name)}" tests="${tests}" failures="${failures}" errors="0">`
  ]
  for (const suite of suites) {
    const skipped = suite.cases.filter(testCase => testCase.skipped !== undefined).length
    lines.push(
      `  <testsuite name="${attribute(suite.file)}" file="${attribute(suite.file)}" tests="${suite.cases.length}"` +
        ` failures="${countFailures(suite.cases)}" errors="0" skipped="${skipped}">`
    )
    for (const testCase of suite.cases) lines.push(...renderCase(testCase, suite.file))
    lines.push('  </testsuite>')
  }
  lines.push('</testsuites>', '')
  return lines.join('\n')
}

interface Suite {
  readonly file: string
  readonly cases: TestCase[]
}

interface TestCase {
  readonly name: string
  readonly failures: readonly ReportFinding[]
  /** Findings shown without failing: below fail-on, or exempted. */
  readonly notes: readonly ReportFinding[]
  readonly skipped?: ReportParseError
}

function groupByFile(report: JsonReport, failOn: FailOn): Suite[] {
  const suites = new Map<string, Suite>()
  const suiteOf = (file: string): Suite => {
    const found = suites.get(file)
    if (found !== undefined) return found
    const created: Suite = { file, cases: [] }
    suites.set(file, created)
    return created
  }
  const byKey = new Map<string, ReportFinding[]>()
  const orphans: ReportFinding[] = []
  const keys = new Set(report.resources.map(resource => resource.key))
  for (const finding of report.findings) {
    const key = finding.resourceKey
    if (key === undefined || !keys.has(key)) {
      orphans.push(finding)
      continue
    }
    byKey.set(key, [...(byKey.get(key) ?? []), finding])
  }
  for (const resource of report.resources) {
    suiteOf(resource.file).cases.push(toCase(caseName(resource), byKey.get(resource.key) ?? [], failOn))
    // A resource key is unique; a second resource with the same key must not repeat the findings.
    byKey.delete(resource.key)
  }
  for (const finding of orphans) {
    suiteOf(finding.file).cases.push(toCase(`${finding.ruleId}: ${finding.resource}`, [finding], failOn))
  }
  for (const error of report.parseErrors) {
    if (error.severity !== 'error') continue
    suiteOf(error.file).cases.push({ name: 'manifest could not be read', failures: [], notes: [], skipped: error })
  }
  return [...suites.values()].sort((a, b) => compareStrings(a.file, b.file))
}

function toCase(name: string, findings: readonly ReportFinding[], failOn: FailOn): TestCase {
  return {
    name,
    failures: findings.filter(finding => reachesFailOn(finding, failOn)),
    notes: findings.filter(finding => !reachesFailOn(finding, failOn))
  }
}

/** The VM's name, with the parameter file it was evaluated with: stable across edits that move lines. */
function caseName(resource: ReportResource): string {
  return resource.variant === undefined ? resource.name : `${resource.name} ${bracketedVariant(resource.variant)}`
}

const countFailures = (cases: readonly TestCase[]): number =>
  cases.filter(testCase => testCase.failures.length > 0).length

function renderCase(testCase: TestCase, file: string): string[] {
  const open = `    <testcase name="${attribute(testCase.name)}" classname="${attribute(file)}"`
  if (testCase.failures.length === 0 && testCase.notes.length === 0 && testCase.skipped === undefined) {
    return [`${open}/>`]
  }
  const lines = [`${open}>`]
  const { skipped } = testCase
  if (skipped !== undefined) {
    lines.push(`      <skipped message="${attribute(`${located(skipped.file, skipped.line, skipped.column)}: ${skipped.message}`)}"/>`)
  }
  for (const finding of testCase.failures) {
    lines.push(
      `      <failure type="${attribute(finding.ruleId)}" message="${attribute(headline(finding))}">` +
        `${text(details(finding))}</failure>`
    )
  }
  if (testCase.notes.length > 0) {
    const notes = testCase.notes.map(finding => `${finding.exemption ? 'exempted' : finding.severity} ${headline(finding)}`)
    lines.push(`      <system-out>${text(notes.join('\n'))}</system-out>`)
  }
  lines.push('    </testcase>')
  return lines
}

function headline(finding: ReportFinding): string {
  return `${located(finding.file, finding.startLine)}: [${finding.ruleId}] ${finding.message}`
}

function details(finding: ReportFinding): string {
  const related = finding.related.map(item => `${item.role}: ${located(item.file, item.startLine)}`)
  return [
    `${finding.severity} ${finding.ruleId} at ${located(finding.file, finding.startLine)}`,
    finding.message,
    ...related,
    `Documentation: ${finding.docsUrl}`
  ].join('\n')
}

const located = (file: string, line: number, column?: number): string =>
  column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`

/**
 * XML 1.0 text: markup characters escaped, and characters XML cannot carry at all (C0 controls other
 * than tab and line breaks, lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD, so a hostile manifest
 * name still gives a well-formed document.
 */
function text(value: string): string {
  return withoutForbidden(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;')
}

/** Attribute values also keep their line breaks and tabs, which attribute normalisation would turn into spaces. */
function attribute(value: string): string {
  return text(value).replaceAll('"', '&quot;').replaceAll('\n', '&#10;').replaceAll('\t', '&#9;')
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const withoutForbidden = (value: string): string => value.replace(FORBIDDEN, '\uFFFD')
