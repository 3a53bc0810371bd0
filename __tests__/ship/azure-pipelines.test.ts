import { describe, expect, it } from '@jest/globals'
import { command, escapeData, escapeProperty, renderAzurePipelines } from '../../src/report/azure-pipelines.js'
import { ciReport, HOSTILE } from './report-fixture.js'
import { scanExamples } from './run-examples.js'

/**
 * How the Azure Pipelines agent reads a line (azure-pipelines-agent, Command.cs and
 * CommandStringConvertor.cs): the first `##vso[` anywhere in the line, the first `]` after it, the
 * command name up to the first space, properties split on `;` at their first `=`; then `%3B`, `%0D`,
 * `%0A`, `%5D` are decoded, and `%AZP25` last. Lines are split on `\r` and `\n`.
 */
interface AgentCommand {
  readonly name: string
  readonly properties: Readonly<Record<string, string>>
  readonly data: string
}

function agentRead(output: string): (AgentCommand | string)[] {
  return output.split(/\r\n|\r|\n/).filter(line => line !== '').map(line => {
    const prefix = line.indexOf('##vso[')
    if (prefix < 0) return line
    const end = line.indexOf(']', prefix)
    const info = line.slice(prefix + '##vso['.length, end)
    const space = info.indexOf(' ')
    const properties: Record<string, string> = {}
    for (const pair of (space < 0 ? '' : info.slice(space + 1)).split(';')) {
      if (pair.trim() === '') continue
      const equals = pair.indexOf('=')
      properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1))
    }
    return { name: space < 0 ? info : info.slice(0, space), properties, data: unescape(line.slice(end + 1)) }
  })
}

const unescape = (value: string): string =>
  value.replaceAll('%3B', ';').replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%5D', ']').replaceAll('%AZP25', '%')

const SUMMARY =
  'hotpatch-reboot-gate: 4 files, 3 VMs (1 affected without a plan, 1 affected with platform reboots, 1 not affected), ' +
  '1 error, 1 warning, 1 parse error, 1 exempted, 1 file skipped'

describe('renderAzurePipelines', () => {
  it('logs an issue per error and warning finding and unreadable manifest, and fails the task when fail-on is reached', () => {
    expect(renderAzurePipelines(ciReport(), { failOn: 'error' })).toBe(
      [
        "##vso[task.logissue type=error;sourcepath=infra/main.bicep;linenumber=12;columnnumber=1;code=reboot-plan-required;][reboot-plan-required] VM 'vm-web-01' has hotpatching enabled but no reboot plan.",
        "##vso[task.logissue type=warning;sourcepath=infra/main.bicep;linenumber=44;columnnumber=1;code=platform-reboot-only;][platform-reboot-only] VM 'vm-print-01' reboots only when the platform decides.",
        "##vso[task.logissue type=error;sourcepath=infra/broken.json;linenumber=3;columnnumber=5;code=parse-error;]cannot read infra/broken.json: expected ',' or '}'",
        SUMMARY,
        "##vso[task.complete result=Failed;]1 finding reaches fail-on 'error'",
        ''
      ].join('\n')
    )
  })

  it('counts warnings with fail-on warning, and never fails the task with fail-on never', () => {
    expect(renderAzurePipelines(ciReport(), { failOn: 'warning' }).split('\n').at(-2)).toBe(
      "##vso[task.complete result=Failed;]2 findings reach fail-on 'warning'"
    )
    const never = renderAzurePipelines(ciReport(), { failOn: 'never' })
    expect(never).not.toContain('task.complete')
    expect(never.split('\n').at(-2)).toBe(SUMMARY)
  })

  it('escapes as azure-pipelines-task-lib does', () => {
    expect(escapeData('a%b\r\nc];d')).toBe('a%AZP25b%0D%0Ac];d')
    expect(escapeProperty('a%b\r\nc];d')).toBe('a%AZP25b%0D%0Ac%5D%3Bd')
    expect(command('task.complete', [['result', 'Failed']], '')).toBe('##vso[task.complete result=Failed;]')
  })

  it('keeps hostile names inside the issue they belong to: no other command, the text read back as one clean line', () => {
    const output = renderAzurePipelines(ciReport({ web: HOSTILE, print: 'p', jump: 'j', file: `infra/${HOSTILE}.bicep` }), {
      failOn: 'error'
    })
    // One line per command: no line break of a name reaches the output.
    expect(output.split('\n')).toHaveLength(6)
    const read = agentRead(output)
    expect(read.map(entry => (typeof entry === 'string' ? entry : entry.name))).toEqual([
      'task.logissue',
      'task.logissue',
      'task.logissue',
      SUMMARY,
      'task.complete'
    ])
    expect(read[0]).toEqual({
      name: 'task.logissue',
      properties: {
        type: 'error',
        // The path cleaned as the message is, its line breaks kept (escaped): CR LF as LF, the C0 control gone.
        sourcepath: `infra/x"<&>']];%AZP25%\n##vso[task.setvariable variable=pwned]1\n::error::y\t\uD800z.bicep`,
        linenumber: '12',
        columnnumber: '1',
        code: 'reboot-plan-required'
      },
      // Line breaks are spaces and control characters are gone, as in the terminal report.
      data: `[reboot-plan-required] VM 'x"<&>']];%AZP25% ##vso[task.setvariable variable=pwned]1 ::error::y\t\uD800z' has hotpatching enabled but no reboot plan.`
    })
    expect(read[4]).toEqual({ name: 'task.complete', properties: { result: 'Failed' }, data: "1 finding reaches fail-on 'error'" })
  })

  it('does not let a percent sequence in a name decode into a separator', () => {
    const name = 'vm%3B%0A%5D%AZP25'
    const [issue] = agentRead(renderAzurePipelines(ciReport({ web: name, print: 'p', jump: 'j', file: `${name}.bicep` }), { failOn: 'never' }))
    expect(issue).toMatchObject({ properties: { sourcepath: `${name}.bicep` }, data: expect.stringContaining(`VM '${name}'`) })
  })

  it('reports the examples/ findings', async () => {
    const { code, stdout } = await scanExamples('azure-pipelines')
    expect(code).toBe(1)
    const read = agentRead(stdout).map(entry =>
      typeof entry === 'string' ? 'summary' : `${entry.name} ${entry.properties.type ?? entry.properties.result} ${entry.properties.sourcepath ?? ''}:${entry.properties.linenumber ?? ''}`
    )
    expect(read).toEqual([
      // The Arc-enabled domain controller enrolled in hotpatch by its license profile, with no window (issue 17).
      'task.logissue error arm/arc-domain-controller.json:8',
      'task.logissue error arm/batch-vm.json:40',
      'task.logissue error arm/web-vm.json:56',
      // Month Second Saturday opens before January's Patch Tuesday: the January baseline waits 32 days.
      'task.logissue warning bicep/main.bicep:38',
      'task.logissue warning kubernetes/aso-print-vm.yaml:33',
      'task.logissue error pulumi/Pulumi.yaml:74',
      'summary',
      'task.complete Failed :'
    ])
  })
})
