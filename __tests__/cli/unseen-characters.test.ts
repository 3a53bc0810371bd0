/**
 * What the CLI prints, in every format, carries no C1 control (U+0085 is a line break to some log viewers,
 * U+009B a CSI) and no bidirectional control (it reorders the rest of the line) from a manifest's names: JSON
 * and SARIF write them as `\uXXXX`, JUnit as character references, so the values read back as written; the
 * other formats clean them (dropped, or shown as U+FFFD) as their renderers do; U+0085 in a name or message
 * is a line break there, so a space.
 */
import { describe, expect, it } from '@jest/globals'
import { tmpdir } from 'node:os'
import { runCli } from '../../src/cli/run-cli.js'
import type { JsonReport } from '../../src/report/json-report.js'
import { ADVISORY, makeAssessment, makeFinding, makeScanResult, makeVm, RULES } from '../report/builders.js'

const NAME = 'vm-\u202Eevil\u2066x\u0085y\u009B31m'
const FILE = `infra/${NAME}.bicep`
/** Every character the output must not carry as it is. */
const UNSEEN = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

const vm = makeVm({ name: NAME, file: FILE, line: 3 })
const result = makeScanResult({
  assessments: [makeAssessment(vm, 'affected-no-plan')],
  findings: [makeFinding(vm, 'reboot-plan-required', `VM '${NAME}' has no reboot plan.`)],
  files: [FILE]
})

async function scan(format: string): Promise<{ stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  await runCli(
    ['scan', '--format', format, '--as-of', '2025-11-03'],
    { stdout: { write: text => (stdout += text) }, stderr: { write: text => (stderr += text) }, cwd: tmpdir(), env: {}, now: () => new Date() },
    { scan: async () => result, rules: () => RULES, advisories: () => [ADVISORY] }
  )
  return { stdout, stderr }
}

const linesWith = (text: string, part: string): string[] => text.split('\n').filter(line => line.includes(part))

describe('control and bidirectional characters in manifest names', () => {
  it.each(['text', 'markdown', 'json', 'sarif', 'junit', 'azure-pipelines'])('--format %s prints none of them', async format => {
    const { stdout, stderr } = await scan(format)
    expect(stdout).not.toMatch(UNSEEN)
    expect(stderr).not.toMatch(UNSEEN)
  })

  it('--format json escapes them, and parses to the names as written', async () => {
    const { stdout } = await scan('json')
    expect(linesWith(stdout, '"file"')[0]).toBe('      "file": "infra/vm-\\u202eevil\\u2066x\\u0085y\\u009b31m.bicep",')
    const report = JSON.parse(stdout) as JsonReport
    expect(report.resources.map(resource => [resource.file, resource.name])).toEqual([[FILE, NAME]])
  })

  it('--format junit writes them as character references', async () => {
    const { stdout } = await scan('junit')
    expect(linesWith(stdout, '<testcase')).toEqual([
      '    <testcase name="vm-&#x202e;evil&#x2066;x&#x0085;y&#x009b;31m" classname="infra/vm-&#x202e;evil&#x2066;x&#x0085;y&#x009b;31m.bicep">'
    ])
  })

  it('--format azure-pipelines cleans the message and the source path', async () => {
    const { stdout } = await scan('azure-pipelines')
    expect(stdout.split('\n')[0]).toBe(
      '##vso[task.logissue type=error;sourcepath=infra/vm-\uFFFDevil\uFFFDxy31m.bicep;linenumber=3;columnnumber=1;code=reboot-plan-required;]' +
        "[reboot-plan-required] VM 'vm-\uFFFDevil\uFFFDx y31m' has no reboot plan."
    )
  })
})
