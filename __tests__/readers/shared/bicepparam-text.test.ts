/** What a `.bicepparam` says of itself, read without evaluating it (src/readers/shared/bicepparam-text.ts). */
import { describe, expect, it } from '@jest/globals'
import { readBicepParamText } from '../../../src/readers/shared/bicepparam-text.js'

const entries = (text: string) => [...readBicepParamText(text).params.values()]

describe('readBicepParamText', () => {
  it('reads `using`, and each param: a literal value, else the expression as written, with where the value starts', () => {
    const text = [
      "using './azuredeploy.json'",
      '',
      "param reboot = 'Never' // the window's",
      'param count = -3',
      'param on = true',
      "param name = 'vm-${suffix}'",
      "param region = toLower('WestEurope')",
      'param tags = {',
      "  owner: 'x'",
      '}'
    ].join('\n')
    expect(readBicepParamText(text).using).toBe('./azuredeploy.json')
    expect(entries(text)).toEqual([
      { name: 'reboot', line: 3, column: 16, kind: 'literal', value: 'Never' },
      { name: 'count', line: 4, column: 15, kind: 'literal', value: -3 },
      { name: 'on', line: 5, column: 12, kind: 'literal', value: true },
      { name: 'name', line: 6, column: 14, kind: 'expression', text: "'vm-${suffix}'" },
      { name: 'region', line: 7, column: 16, kind: 'expression', text: "toLower('WestEurope')" },
      { name: 'tags', line: 8, column: 14, kind: 'expression', text: "{\n  owner: 'x'\n}" }
    ])
  })

  it('takes no statement from inside a string, an interpolation, a multi-line string or a comment', () => {
    const text = [
      "using 'main.json'",
      "param a = 'x${f('y')}z'",
      "param b = '''",
      "param c = 'no'",
      "'''",
      '/* param d = 1',
      'param e = 2 */',
      "param f = 'it\\'s' // param g = 3",
      "var h = 'param i = 4'"
    ].join('\n')
    expect(entries(text).map(entry => [entry.name, entry.kind])).toEqual([
      ['a', 'expression'],
      ['b', 'expression'],
      ['f', 'expression']
    ])
  })

  it('keeps `extends`; `using none` names no template; names compare case-insensitively', () => {
    const read = readBicepParamText("using none\nextends 'base.bicepparam'\nparam SKU = 'x'\n")
    expect([read.using, read.extends, read.params.get('sku')?.name]).toEqual([undefined, 'base.bicepparam', 'SKU'])
    expect(readBicepParamText("\r\nusing 'a.json'\r\nparam x = 'y'\r\n").params.get('x')).toEqual({ name: 'x', line: 3, column: 11, kind: 'literal', value: 'y' })
  })
})
