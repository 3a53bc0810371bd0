import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateXML } from 'xmllint-wasm'
import { renderJunit } from '../../src/report/junit.js'
import { ciReport, HOSTILE } from './report-fixture.js'
import { scanExamples } from './run-examples.js'
import { ROOT } from './workflow-snippets.js'

/** Jenkins' junit-10.xsd, the schema Azure Pipelines', GitLab's and Jenkins' readers accept. */
const SCHEMA = readFileSync(join(ROOT, 'schemas', 'junit-10.xsd'), 'utf8')

/**
 * xmllint (libxml2, compiled to WebAssembly) against the schema: the messages of every problem, by document.
 * The documents are validated in one call: each call starts a worker thread that compiles libxml2 anew (~0.1 s
 * of CPU), and xmllint checks each file on its own. A valid file's only line ("x validates") is no problem; an
 * invalid one's are its messages ("x:line: ...") and, but for the last file, "x fails to validate".
 */
async function schemaProblems(documents: Readonly<Record<string, string>>): Promise<Map<string, string[]>> {
  const names = Object.keys(documents)
  const result = await validateXML({
    xml: names.map(name => ({ fileName: name, contents: documents[name] ?? '' })),
    schema: [{ fileName: 'junit-10.xsd', contents: SCHEMA }]
  })
  const messages = result.errors.map(error => error.rawMessage)
  const problems = new Map(names.map(name => [name, messages.filter(message => message.startsWith(`${name}:`) || message.startsWith(`${name} `))]))
  // Nothing unattributed: a message of no document fails every test that reads the map.
  const attributed = new Set([...problems.values()].flat())
  const unattributed = messages.filter(message => !attributed.has(message))
  return unattributed.length === 0 ? problems : new Map(names.map(name => [name, unattributed]))
}

const DOCS = 'https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules'

describe('renderJunit', () => {
  const hostileXml = (): string =>
    renderJunit(ciReport({ web: HOSTILE, print: 'p', jump: 'j', file: `infra/${HOSTILE}.bicep` }), { failOn: 'error' })
  let examples: { readonly code: number; readonly stdout: string }
  /** The schema's problems with every document below, from one run of xmllint (schemaProblems). */
  let problems: Map<string, string[]>
  beforeAll(async () => {
    examples = await scanExamples('junit')
    problems = await schemaProblems({
      'hostile.xml': hostileXml(),
      'error.xml': renderJunit(ciReport(), { failOn: 'error' }),
      'warning.xml': renderJunit(ciReport(), { failOn: 'warning' }),
      'never.xml': renderJunit(ciReport(), { failOn: 'never' }),
      'examples.xml': examples.stdout,
      // A test case without a name, a suite without counts: the schema's own requirements. Last: see schemaProblems.
      'report.xml': examples.stdout.replace('<testcase name="vm-web-01"', '<testcase').replace(' tests="2" failures="0" errors="0"', '')
    })
  })

  it('writes one test case per VM, a located failure per finding that reaches fail-on, and skips unreadable manifests', () => {
    expect(renderJunit(ciReport(), { failOn: 'error' })).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="hotpatch-reboot-gate" tests="4" failures="1" errors="0">
  <testsuite name="infra/broken.json" file="infra/broken.json" tests="1" failures="0" errors="0" skipped="1">
    <testcase name="manifest could not be read" classname="infra/broken.json">
      <skipped message="infra/broken.json:3:5: expected ',' or '}'"/>
    </testcase>
  </testsuite>
  <testsuite name="infra/jump.bicep" file="infra/jump.bicep" tests="1" failures="0" errors="0" skipped="0">
    <testcase name="vm-jump-01" classname="infra/jump.bicep"/>
  </testsuite>
  <testsuite name="infra/main.bicep" file="infra/main.bicep" tests="2" failures="1" errors="0" skipped="0">
    <testcase name="vm-web-01 [prod.bicepparam]" classname="infra/main.bicep">
      <failure type="reboot-plan-required" message="infra/main.bicep:12: [reboot-plan-required] VM 'vm-web-01' has hotpatching enabled but no reboot plan.">error reboot-plan-required at infra/main.bicep:12
VM 'vm-web-01' has hotpatching enabled but no reboot plan.
parameter-file: infra/prod.bicepparam:4
Documentation: ${DOCS}/reboot-plan-required.md</failure>
    </testcase>
    <testcase name="vm-print-01" classname="infra/main.bicep">
      <system-out>warning infra/main.bicep:44: [platform-reboot-only] VM 'vm-print-01' reboots only when the platform decides.
exempted infra/main.bicep:47: [unpatched-image] VM 'vm-print-01' pins an image without the fix.</system-out>
    </testcase>
  </testsuite>
</testsuites>
`
    )
  })

  it('fails the warning too with fail-on warning, never an exempted finding', () => {
    const xml = renderJunit(ciReport(), { failOn: 'warning' })
    expect(xml).toContain('<testsuites name="hotpatch-reboot-gate" tests="4" failures="2" errors="0">')
    expect(xml).toContain(
      `    <testcase name="vm-print-01" classname="infra/main.bicep">
      <failure type="platform-reboot-only" message="infra/main.bicep:44: [platform-reboot-only] VM 'vm-print-01' reboots only when the platform decides.">warning platform-reboot-only at infra/main.bicep:44
VM 'vm-print-01' reboots only when the platform decides.
Documentation: ${DOCS}/platform-reboot-only.md</failure>
      <system-out>exempted infra/main.bicep:47: [unpatched-image] VM 'vm-print-01' pins an image without the fix.</system-out>
    </testcase>`
    )
  })

  it('fails nothing with fail-on never', () => {
    const xml = renderJunit(ciReport(), { failOn: 'never' })
    expect(xml).not.toContain('<failure')
    expect(xml).toContain('<testsuites name="hotpatch-reboot-gate" tests="4" failures="0" errors="0">')
  })

  it('gives a finding on no VM of the report a test case of its own', () => {
    const report = ciReport()
    const orphan = { ...(report.findings[0] as (typeof report.findings)[0]), resourceKey: undefined, ruleId: 'invalid-exemption', resource: 'vm-gone' }
    const xml = renderJunit({ ...report, findings: [orphan] }, { failOn: 'error' })
    expect(xml).toContain('    <testcase name="invalid-exemption: vm-gone" classname="infra/main.bicep">\n      <failure type="invalid-exemption"')
    expect(xml).toContain('tests="3" failures="1"')
  })

  it('keeps hostile names inside their attributes and text: well-formed, escaped, nothing dropped', async () => {
    const xml = hostileXml()
    const attribute = 'x&quot;&lt;&amp;&gt;\']];%AZP25%&#13;&#10;##vso[task.setvariable variable=pwned]1&#10;::error::y&#9;\uFFFD\uFFFDz'
    const text = 'x"&lt;&amp;&gt;\']];%AZP25%&#13;\n##vso[task.setvariable variable=pwned]1\n::error::y\t\uFFFD\uFFFDz'
    expect(xml).toContain(`    <testcase name="${attribute} [prod.bicepparam]" classname="infra/${attribute}.bicep">`)
    expect(xml).toContain(`error reboot-plan-required at infra/${text}.bicep:12\nVM '${text}' has hotpatching`)
    expect(problems.get('hostile.xml')).toEqual([])
  })

  it.each(['error', 'warning', 'never'] as const)('validates against junit-10.xsd with fail-on %s', failOn => {
    expect(problems.get(`${failOn}.xml`)).toEqual([])
  })

  it('validates against junit-10.xsd for examples/, and the validator does refuse what the schema refuses', () => {
    const { code, stdout } = examples
    expect(code).toBe(1)
    expect(stdout).toContain('<testsuites name="hotpatch-reboot-gate" tests="11" failures="4" errors="0">')
    expect(problems.get('examples.xml')).toEqual([])
    // A test case without a name, a suite without counts: the schema's own requirements.
    expect(problems.get('report.xml')).toEqual([
      "report.xml:26: Schemas validity error : Element 'testcase': The attribute 'name' is required but missing.",
      "report.xml:34: Schemas validity error : Element 'testsuite': The attribute 'tests' is required but missing.",
      "report.xml:34: Schemas validity error : Element 'testsuite': The attribute 'failures' is required but missing.",
      "report.xml:34: Schemas validity error : Element 'testsuite': The attribute 'errors' is required but missing."
    ])
  })
})
