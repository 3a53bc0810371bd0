/**
 * Output is data, never commands: the GitHub runner's two command syntaxes (a line starting with `::`,
 * and `##[` anywhere in a line) and the Azure Pipelines agent's (`##vso[` anywhere in a line) are broken
 * in every channel that prints manifest or artifact text, and what is left reads the same (plain text)
 * or parses to the same value (JSON, XML).
 */
import { describe, expect, it } from '@jest/globals'
import {
  commandSafeStream,
  neutralizeAfterOwnLoggingCommands,
  neutralizeJsonWorkflowCommands,
  neutralizeWorkflowCommands,
  neutralizeXmlWorkflowCommands
} from '../../src/report/workflow-commands.js'

const ZWSP = '\u200B'
/** Right-to-left override, left-to-right isolate, NEL and the one-byte CSI in one name. */
const UNSEEN = 'vm-\u202Eevil\u2066x\u0085y\u009B31m'

/** What the runner or the agent would take as a command in this text, per their parsers. */
function commandsIn(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter(line => line.trimStart().startsWith('::') || line.includes('##[') || line.includes('##vso['))
}

describe('neutralizeWorkflowCommands', () => {
  it.each([
    ['vm\n::error file=x::forged', `vm\n:${ZWSP}:error file=x::forged`],
    ['  ::stop-commands::abc', `  :${ZWSP}:stop-commands::abc`],
    ['\t::add-mask::secret', `\t:${ZWSP}:add-mask::secret`],
    ['name ##[error]forged', `name ##${ZWSP}[error]forged`],
    ['##vso[task.setvariable variable=GATE_BYPASS]true', `##vso${ZWSP}[task.setvariable variable=GATE_BYPASS]true`],
    ['vm ##VSO[task.complete result=Succeeded]', `vm ##VSO${ZWSP}[task.complete result=Succeeded]`],
    ['a\r##vSo[task.prependpath]/evil', `a\r##vSo${ZWSP}[task.prependpath]/evil`],
    ['#vso[ and ##vso] are not commands', '#vso[ and ##vso] are not commands'],
    ['a::b is not a command', 'a::b is not a command'],
    ['::', `:${ZWSP}:`],
    // The blanks before `::` are those of its own line: blank lines before it are lines of their own.
    ['\n\n  \n\t::error::x', `\n\n  \n\t:${ZWSP}:error::x`],
    ['\r\n ::a\u2028::b', `\r\n :${ZWSP}:a\u2028:${ZWSP}:b`],
    ['plain', 'plain']
  ])('%j', (input, output) => {
    expect(neutralizeWorkflowCommands(input)).toBe(output)
    expect(commandsIn(neutralizeWorkflowCommands(input))).toEqual([])
  })

  it('drops C1 controls and shows bidirectional controls as U+FFFD, keeping the text report\'s colours', () => {
    expect(neutralizeWorkflowCommands(`${UNSEEN} \u001b[31mred\u001b[39m\t\u2028`)).toBe('vm-\uFFFDevil\uFFFDxy31m \u001b[31mred\u001b[39m\t\u2028')
    expect(neutralizeWorkflowCommands('\u200E\u200F\u061C\u202A\u202D\u2067\u2069\u0080\u009F')).toBe('\uFFFD'.repeat(7))
  })

  it('cleans before it breaks commands: a dropped NEL leaves no command behind', () => {
    expect(neutralizeWorkflowCommands('\u0085::error::x #\u009B#vso[task.setvariable variable=X]1')).toBe(
      `:${ZWSP}:error::x ##vso${ZWSP}[task.setvariable variable=X]1`
    )
  })

  it('breaks every command of a hostile multi-line name', () => {
    const hostile = ['vm-web', '::error::one', '::warning title=x::two', 'x ##[group]three', '   ::endgroup::'].join('\r\n')
    expect(commandsIn(hostile)).toHaveLength(4)
    expect(commandsIn(neutralizeWorkflowCommands(hostile))).toEqual([])
  })
})

describe('neutralizeJsonWorkflowCommands', () => {
  it('keeps the value a JSON parser reads', () => {
    const value = { name: 'vm ##[error]forged', file: '::error::x', vso: '##vso[task.setvariable variable=X]1 ##Vso[a.b]' }
    const json = JSON.stringify(value, null, 2)
    const safe = neutralizeJsonWorkflowCommands(json)
    expect(commandsIn(safe)).toEqual([])
    expect(safe).toContain('"vso": "##vso\\u005btask.setvariable variable=X]1 ##Vso\\u005ba.b]"')
    expect(JSON.parse(safe)).toEqual(value)
  })

  it('writes C1 and bidirectional controls and line separators as escapes the parser reads back', () => {
    const value = { name: `${UNSEEN}\u2028::error::x` }
    const safe = neutralizeJsonWorkflowCommands(JSON.stringify(value))
    expect(safe).toBe('{"name":"vm-\\u202eevil\\u2066x\\u0085y\\u009b31m\\u2028::error::x"}')
    expect(JSON.parse(safe)).toEqual(value)
  })
})

describe('neutralizeXmlWorkflowCommands', () => {
  it('writes the bracket and a line-starting colon as character references', () => {
    const xml = '<case name="##vso[task.setvariable variable=X]1">a ##[group]b\n  ::error::c</case>'
    const safe = neutralizeXmlWorkflowCommands(xml)
    expect(safe).toBe('<case name="##vso&#91;task.setvariable variable=X]1">a ##&#91;group]b\n  &#58;:error::c</case>')
    expect(commandsIn(safe)).toEqual([])
    // What an XML parser reads back: the references are the characters.
    expect(safe.replaceAll('&#91;', '[').replaceAll('&#58;', ':')).toBe(xml)
  })

  it('writes C1 and bidirectional controls and line separators as character references', () => {
    const xml = `<case name="${UNSEEN}">a\u2029b</case>`
    expect(neutralizeXmlWorkflowCommands(xml)).toBe('<case name="vm-&#x202e;evil&#x2066;x&#x0085;y&#x009b;31m">a&#x2029;b</case>')
  })
})

describe('neutralizeAfterOwnLoggingCommands', () => {
  it('keeps the logging command a line starts with and breaks every other', () => {
    const written = [
      "##vso[task.logissue type=error;sourcepath=a.json;]VM '##vso[task.setvariable variable=X]1' ##[error]x",
      'hotpatch-reboot-gate: 1 file',
      '##vso[task.complete result=Failed;]1 finding',
      '  ##vso[task.setvariable variable=Y]2',
      ''
    ].join('\n')
    expect(neutralizeAfterOwnLoggingCommands(written).split('\n')).toEqual([
      `##vso[task.logissue type=error;sourcepath=a.json;]VM '##vso${ZWSP}[task.setvariable variable=X]1' ##${ZWSP}[error]x`,
      'hotpatch-reboot-gate: 1 file',
      '##vso[task.complete result=Failed;]1 finding',
      `  ##vso${ZWSP}[task.setvariable variable=Y]2`,
      ''
    ])
  })
})

describe('commandSafeStream', () => {
  it('neutralizes each write and keeps isTTY', () => {
    const written: string[] = []
    const stream = commandSafeStream({ write: (text: string) => written.push(text), isTTY: true })
    stream.write('::error::x\n')
    stream.write('##vso[task.setvariable variable=X]1\n')
    stream.writeOwnLoggingCommands('##vso[task.complete result=Failed;]##vso[task.setvariable variable=X]1\n')
    expect(written).toEqual([
      `:${ZWSP}:error::x\n`,
      `##vso${ZWSP}[task.setvariable variable=X]1\n`,
      `##vso[task.complete result=Failed;]##vso${ZWSP}[task.setvariable variable=X]1\n`
    ])
    expect(stream.isTTY).toBe(true)
  })

  it('cleans C1 and bidirectional controls from each write, the tool\'s own logging commands too', () => {
    const written: string[] = []
    const stream = commandSafeStream({ write: (text: string) => written.push(text) })
    stream.write(`cannot read ${UNSEEN}.json\n`)
    stream.writeOwnLoggingCommands(`##vso[task.logissue type=error;sourcepath=${UNSEEN};]x\u0085##vso[task.complete]\n`)
    expect(written).toEqual([
      'cannot read vm-\uFFFDevil\uFFFDxy31m.json\n',
      `##vso[task.logissue type=error;sourcepath=vm-\uFFFDevil\uFFFDxy31m;]x##vso${ZWSP}[task.complete]\n`
    ])
  })
})
