/**
 * Output is data, never commands: the runner's two command syntaxes (a line starting with `::`, and
 * `##[` anywhere in a line) are broken in every channel that prints manifest or artifact text, and
 * what is left reads the same (plain text) or parses to the same value (JSON).
 */
import { describe, expect, it } from '@jest/globals'
import {
  commandSafeStream,
  neutralizeJsonWorkflowCommands,
  neutralizeWorkflowCommands
} from '../../src/report/workflow-commands.js'

const ZWSP = '\u200B'

/** What the runner would take as a command in this text, per its two parsers. */
function commandsIn(text: string): string[] {
  return text.split(/\r?\n/).filter(line => line.trimStart().startsWith('::') || line.includes('##['))
}

describe('neutralizeWorkflowCommands', () => {
  it.each([
    ['vm\n::error file=x::forged', `vm\n:${ZWSP}:error file=x::forged`],
    ['  ::stop-commands::abc', `  :${ZWSP}:stop-commands::abc`],
    ['\t::add-mask::secret', `\t:${ZWSP}:add-mask::secret`],
    ['name ##[error]forged', `name ##${ZWSP}[error]forged`],
    ['a::b is not a command', 'a::b is not a command'],
    ['::', `:${ZWSP}:`],
    ['plain', 'plain']
  ])('%j', (input, output) => {
    expect(neutralizeWorkflowCommands(input)).toBe(output)
    expect(commandsIn(neutralizeWorkflowCommands(input))).toEqual([])
  })

  it('breaks every command of a hostile multi-line name', () => {
    const hostile = ['vm-web', '::error::one', '::warning title=x::two', 'x ##[group]three', '   ::endgroup::'].join('\r\n')
    expect(commandsIn(hostile)).toHaveLength(4)
    expect(commandsIn(neutralizeWorkflowCommands(hostile))).toEqual([])
  })
})

describe('neutralizeJsonWorkflowCommands', () => {
  it('keeps the value a JSON parser reads', () => {
    const value = { name: 'vm ##[error]forged', file: '::error::x' }
    const json = JSON.stringify(value, null, 2)
    const safe = neutralizeJsonWorkflowCommands(json)
    expect(commandsIn(safe)).toEqual([])
    expect(JSON.parse(safe)).toEqual(value)
  })
})

describe('commandSafeStream', () => {
  it('neutralizes each write and keeps isTTY', () => {
    const written: string[] = []
    const stream = commandSafeStream({ write: (text: string) => written.push(text), isTTY: true })
    stream.write('::error::x\n')
    expect(written).toEqual([`:${ZWSP}:error::x\n`])
    expect(stream.isTTY).toBe(true)
  })
})
