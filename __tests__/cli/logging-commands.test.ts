/**
 * An Azure Pipelines step that runs the CLI must not run a manifest's logging commands: the agent acts on
 * the first `##vso[` anywhere in a line of stdout or stderr. A VM and a file named with one come out broken
 * in every format, on stdout and in --output files, and the JSON and XML formats still read back the names
 * as written; --format azure-pipelines keeps its own commands.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validateXML } from 'xmllint-wasm'
import { runCli } from '../../src/cli/run-cli.js'
import type { JsonReport } from '../../src/report/json-report.js'
import { ADVISORY, DOCS, makeAssessment, makeFinding, makeScanResult, makeVm, RULES } from '../report/builders.js'

const NAME = '##vso[task.setvariable variable=GATE_BYPASS]true'
const FILE = 'infra/##VSO[task.uploadfile]x.bicep'
const ZWSP = '\u200B'
const BROKEN_NAME = `##vso${ZWSP}[task.setvariable variable=GATE_BYPASS]true`
const BROKEN_FILE = `infra/##VSO${ZWSP}[task.uploadfile]x.bicep`

const vm = makeVm({ name: NAME, file: FILE, line: 3 })
const result = makeScanResult({
  assessments: [makeAssessment(vm, 'affected-no-plan')],
  findings: [makeFinding(vm, 'reboot-plan-required', `VM '${NAME}' has no reboot plan.`)],
  files: [FILE]
})

async function scan(format: string, output?: string): Promise<{ stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const cwd = output === undefined ? tmpdir() : output
  const args = ['scan', '--format', format, '--as-of', '2025-11-03', ...(output === undefined ? [] : ['--output', 'report'])]
  await runCli(
    args,
    { stdout: { write: text => (stdout += text) }, stderr: { write: text => (stderr += text) }, cwd, env: {}, now: () => new Date() },
    { scan: async () => result, rules: () => RULES, advisories: () => [ADVISORY] }
  )
  return { stdout, stderr }
}

/** What the agent would run: the lines whose first `##vso[` is not at their start. */
const injected = (text: string): string[] =>
  text.split(/\r\n|\r|\n/).filter(line => line.includes('##vso[') && !line.startsWith('##vso[task.'))

const linesWith = (text: string, part: string): string[] => text.split('\n').filter(line => line.includes(part))

describe('logging commands in manifest names', () => {
  it('--format text breaks them with a zero-width space', async () => {
    const { stdout } = await scan('text')
    expect(injected(stdout)).toEqual([])
    expect(linesWith(stdout, 'GATE_BYPASS')).toEqual([
      `  ✖ ${BROKEN_NAME} (VM)  line 3 — affected, no reboot plan`,
      `      error  reboot-plan-required  VM '${BROKEN_NAME}' has no`
    ])
    expect(stdout.split('\n')[0]).toBe(BROKEN_FILE)
  })

  it('--format json escapes the bracket, and parses to the names as written', async () => {
    const { stdout } = await scan('json')
    expect(stdout).not.toMatch(/##vso\[/i)
    expect(linesWith(stdout, 'GATE_BYPASS]true"')).toEqual([
      '      "name": "##vso\\u005btask.setvariable variable=GATE_BYPASS]true",',
      '      "resource": "##vso\\u005btask.setvariable variable=GATE_BYPASS]true",',
      '      "fingerprint": "reboot-plan-required/##vso\\u005btask.setvariable variable=GATE_BYPASS]true",'
    ])
    expect(linesWith(stdout, '"file"')[0]).toBe('      "file": "infra/##VSO\\u005btask.uploadfile]x.bicep",')
    const report = JSON.parse(stdout) as JsonReport
    expect(report.resources.map(resource => [resource.file, resource.name])).toEqual([[FILE, NAME]])
  })

  it('--format sarif escapes the bracket, and parses to the message as written', async () => {
    const { stdout } = await scan('sarif')
    expect(stdout).not.toMatch(/##vso\[/i)
    expect(linesWith(stdout, 'has no reboot plan')).toEqual([
      `            "text": "VM '##vso\\u005btask.setvariable variable=GATE_BYPASS]true' has no reboot plan."`
    ])
    const sarif = JSON.parse(stdout) as { runs: { results: { message: { text: string } }[] }[] }
    expect(sarif.runs[0]?.results[0]?.message.text).toBe(`VM '${NAME}' has no reboot plan.`)
  })

  it('--format markdown escapes the name and breaks the file name in its code span', async () => {
    const { stdout } = await scan('markdown')
    expect(injected(stdout)).toEqual([])
    expect(linesWith(stdout, 'GATE')).toEqual([
      String.raw`| **\#\#vso\[task.setvariable variable=GATE\_BYPASS\]true**<br>` +
        `\`${BROKEN_FILE}:3\` | ❌ affected, no reboot plan | no maintenance assignment reaches it | ` +
        `see [reboot-plan-required](${DOCS}/reboot-plan-required.md) |`
    ])
  })

  it('--format junit writes the bracket as a character reference', async () => {
    const { stdout } = await scan('junit')
    expect(injected(stdout)).toEqual([])
    expect(linesWith(stdout, '<testcase')).toEqual([
      '    <testcase name="##vso&#91;task.setvariable variable=GATE_BYPASS]true" classname="infra/##VSO&#91;task.uploadfile]x.bicep">'
    ])
    expect(linesWith(stdout, 'has no reboot plan.')).toEqual([
      '      <failure type="reboot-plan-required" message="infra/##VSO&#91;task.uploadfile]x.bicep:3: [reboot-plan-required] ' +
        "VM '##vso&#91;task.setvariable variable=GATE_BYPASS]true' has no reboot plan.\">error reboot-plan-required at infra/##VSO&#91;task.uploadfile]x.bicep:3",
      "VM '##vso&#91;task.setvariable variable=GATE_BYPASS]true' has no reboot plan."
    ])
    const schema = readFileSync('schemas/junit-10.xsd', 'utf8')
    const checked = await validateXML({
      xml: [{ fileName: 'report.xml', contents: stdout }],
      schema: [{ fileName: 'junit-10.xsd', contents: schema }]
    })
    expect(checked.errors).toEqual([])
  })

  it('--format azure-pipelines keeps its own commands and breaks those of the names', async () => {
    const { stdout } = await scan('azure-pipelines')
    expect(stdout.split('\n')).toEqual([
      `##vso[task.logissue type=error;sourcepath=${BROKEN_FILE.replace(']', '%5D')};linenumber=3;columnnumber=1;code=reboot-plan-required;]` +
        `[reboot-plan-required] VM '${BROKEN_NAME}' has no reboot plan.`,
      'hotpatch-reboot-gate: 1 file, 1 VM (1 affected without a plan), 1 error, 0 warnings, 0 parse errors',
      "##vso[task.complete result=Failed;]1 finding reaches fail-on 'error'",
      ''
    ])
  })

  it.each([
    ['text', BROKEN_NAME],
    ['markdown', BROKEN_FILE],
    ['json', '##vso\\u005btask.setvariable'],
    ['sarif', '##vso\\u005btask.setvariable'],
    ['junit', '##vso&#91;task.setvariable']
  ])('--format %s --output writes the file as stdout shows it', async (format, broken) => {
    const cwd = mkdtempSync(join(tmpdir(), 'hrg-vso-'))
    const { stderr } = await scan(format, cwd)
    const file = readFileSync(join(cwd, 'report'), 'utf8')
    expect(injected(file)).toEqual([])
    expect(file).toContain(broken)
    expect(file).toBe((await scan(format)).stdout)
    expect(injected(stderr)).toEqual([])
  })
})
