/**
 * Unit tests for src/readers/terraform/hcl: the tree-sitter conversion (templates, heredocs,
 * operators), syntax errors with their locations, exemption comments and the bare parse.
 */
import { describe, expect, it } from '@jest/globals'
import { Evaluator } from '../../../src/readers/terraform/eval/evaluator.js'
import { parseHclFile, parseWithTreeSitter } from '../../../src/readers/terraform/hcl/hcl-file.js'
import { parseHcl } from '../../../src/readers/terraform/hcl/parser.js'
import { evaluate, plain } from './support.js'

const errorOf = async (text: string) => (await parseHclFile(text)).error

describe('templates', () => {
  it('processes escapes in quoted strings but not in heredocs', async () => {
    expect(await evaluate('"tab\\there \\"q\\" \\u00e9 \\U0001F600 $${lit} %%{lit}"')).toBe('tab\there "q" é 😀 ${lit} %{lit}')
    expect(await evaluate('<<EOT\nraw \\n $${x}\nEOT\n')).toBe('raw \\n ${x}\n')
  })

  it('strips the common indentation of <<- heredocs and keeps it for <<', async () => {
    const text = '<<-EOT\n    first ${1 + 1}\n      second\n\n    third\n  EOT\n'
    expect(await evaluate(text)).toBe('first 2\n  second\n\nthird\n')
    expect(await evaluate('<<EOT\n  kept\nEOT\n')).toBe('  kept\n')
  })

  it('evaluates interpolations, if/for directives and strip markers', async () => {
    expect(await evaluate('"${var.n}"', { var: objectOf({ n: 3 }) })).toBe(3)
    expect(await evaluate('"n=${var.n}"', { var: objectOf({ n: 3 }) })).toBe('n=3')
    expect(await evaluate('"%{ if true }yes%{ else }no%{ endif }"')).toBe('yes')
    expect(await evaluate('"%{ for i, v in ["a", "b"] }${i}${v},%{ endfor }"')).toBe('0a,1b,')
    expect(await evaluate('"a   ${~ "b" ~}   c"')).toBe('abc')
  })
})

describe('expressions', () => {
  it('reads chained conditionals right-associatively', async () => {
    expect(await evaluate('1 == 1 ? "a" : 1 == 2 ? "b" : "c"')).toBe('a')
    expect(await evaluate('1 == 2 ? "a" : 2 == 2 ? "b" : "c"')).toBe('b')
    expect(await evaluate('false ? "a" : false ? "b" : false ? "c" : "d"')).toBe('d')
    expect(await evaluate('(true ? false : true) ? "x" : "y"')).toBe('y')
  })

  it('applies operator precedence', async () => {
    expect(await evaluate('1 + 2 * 3 == 7 && !false || false')).toBe(true)
    expect(await evaluate('-2 * 3 + 10 % 4')).toBe(-4)
  })

  it('reads splats, legacy indexes, for expressions and object keys', async () => {
    const names = { var: objectOf({ list: [objectOf({ id: 'a' }), objectOf({ id: 'b' })], key: 'k' }) }
    expect(await evaluate('var.list[*].id', names)).toEqual(['a', 'b'])
    expect(await evaluate('var.list.*.id', names)).toEqual(['a', 'b'])
    expect(await evaluate('var.list.1.id', names)).toBe('b')
    expect(await evaluate('[for i, v in var.list : "${i}:${v.id}" if v.id != "a"]', names)).toEqual(['1:b'])
    expect(await evaluate('{ for v in var.list : v.id => upper(v.id) }', names)).toEqual({ a: 'A', b: 'B' })
    expect(await evaluate('{ for v in ["x", "y", "x"] : v => v... }')).toEqual({ x: ['x', 'x'], y: ['y'] })
    expect(await evaluate('{ key = 1, "User-Agent" : 2, (var.key) = 3 }', names)).toEqual({ key: 1, 'User-Agent': 2, k: 3 })
  })
})

describe('numbers', () => {
  it('reads an exponent with or without a fraction, as HCL does', async () => {
    expect(await evaluate('1e3')).toBe(1000)
    expect(await evaluate('5E3')).toBe(5000)
    expect(await evaluate('1E+3')).toBe(1000)
    expect(await evaluate('2e-1')).toBe(0.2)
    expect(await evaluate('[-1e3, 1.5e+3, 1e3-1]')).toEqual([-1000, 1500, 999])
    expect(await evaluate('"n=${2e2}"')).toBe('n=200')
  })

  it('reads them on the tree-sitter path too, whose token wants a fraction before an exponent', async () => {
    // A template directive is left to tree-sitter; the `1e3` in strings, names, comments and heredocs stay as written.
    const text = [
      'a = 5E3',
      'b = [1E+3, 2e-1, -1e3, 1.5e3]',
      'c = "%{ if true }${1e3}%{ endif } 1e3"',
      'd = "1E+3"',
      'e = <<EOT',
      '2e2 ${3e1}',
      'EOT',
      'vm-1e3 = 1 # 1e3',
      ''
    ].join('\n')
    const parsed = await parseWithTreeSitter(text)
    expect(parsed.error).toBeUndefined()
    const evaluator = new Evaluator()
    const values = [...parsed.body.attributes].map(([name, attribute]) => [name, plain(evaluator.evaluate(attribute.expression, { lookup: () => undefined }))])
    expect(values).toEqual([
      ['a', 5000],
      ['b', [1000, 0.2, -1000, 1500]],
      ['c', '1000 1e3'],
      ['d', '1E+3'],
      ['e', '2e2 30\n'],
      ['vm-1e3', 1]
    ])
    expect(parsed.body.attributes.get('b')?.expression.pos).toEqual({ line: 2, column: 5 })
  })

  it('quotes such a number as written in a syntax error', async () => {
    // tree-sitter is given `0x0` there (exponent-numbers.ts): the message shows the file's text.
    expect(await errorOf('a = {1e3}\n')).toEqual({ pos: { line: 1, column: 6 }, message: 'unexpected `1e3` in an expression' })
  })
})

describe('syntax errors', () => {
  it('names the block a missing brace leaves open', async () => {
    expect(await errorOf('variable "a" {\n  default = 1\n')).toEqual({
      pos: { line: 3, column: 1 },
      message: 'expected `}` to close the block `variable "a"` opened at line 1'
    })
  })

  it('locates an unterminated heredoc at its opening marker', async () => {
    expect(await errorOf('locals {\n  script = <<EOT\n  echo hi\n}\n')).toEqual({
      pos: { line: 2, column: 12 },
      message: 'unterminated heredoc: expected a line with the closing marker `EOT` after `<<EOT`'
    })
  })

  it('reports an unclosed bracket, a missing value and a stray token', async () => {
    expect(await errorOf('x = {\n  a = 1\n')).toEqual({ pos: { line: 1, column: 5 }, message: '`{` is never closed: expected `}`' })
    expect(await errorOf('resource "a" "b" {\n  x =\n  y = 2\n}\n')).toEqual({
      pos: { line: 2, column: 5 },
      message: 'expected an expression after `=`'
    })
    expect(await errorOf('x = 1\n}\n')).toEqual({
      pos: { line: 2, column: 1 },
      message: 'unexpected `}`: expected an attribute (`name = value`) or a block (`type "label" { ... }`)'
    })
    // The recovery after a stray `}` reads the next block's quotes as strings left open: the `}` is still the cause.
    expect(await errorOf('resource "a" "b" {\n  name = "rg"\n}\n}\n\nresource "c" "d" {\n  name = "x"\n}\n')).toEqual({
      pos: { line: 4, column: 1 },
      message: 'unexpected `}`: expected an attribute (`name = value`) or a block (`type "label" { ... }`)'
    })
    expect(await errorOf('x = "abc\n')).toEqual({
      pos: { line: 1, column: 5 },
      message: 'unterminated string: expected a closing `"` on the same line'
    })
  })

  it('refuses hostile nesting with a located error instead of overflowing the stack', async () => {
    const deep = await parseHclFile(`x = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)
    expect(deep.error?.message).toBe('nesting is too deep to read (more than 1000 levels); the file is not evaluated')
    expect(deep.error?.pos.line).toBe(1)
    const chain = await parseHclFile(`x = a${'.b'.repeat(5000)}\n`)
    expect(chain.error?.message).toBe('nesting is too deep to read (more than 1000 levels); the file is not evaluated')
    const blocks = await parseHclFile(`${'a {\n'.repeat(20_000)}${'}\n'.repeat(20_000)}`)
    expect(blocks.error?.message).toBe('nesting is too deep to read (more than 1000 levels); the file is not evaluated')
  })
})

describe('comments and the bare parse', () => {
  it('collects exemption comments in both comment styles, with their text', async () => {
    const parsed = await parseHclFile(
      '# hotpatch-reboot-gate-exempt: CHG-1 until 2026-01-31\nx = 1 // hotpatch-reboot-gate-exempt accepted\n# unrelated\n/* hotpatch-reboot-gate-exempt block comments do not count */\n'
    )
    expect(parsed.exemptions).toEqual([
      { pos: { line: 1, column: 1 }, text: 'CHG-1 until 2026-01-31' },
      { pos: { line: 2, column: 7 }, text: 'accepted' }
    ])
  })

  it('parses without evaluating and tells whether the text is valid', async () => {
    await expect(parseHcl('resource "a" "b" {\n  x = 1\n}\n')).resolves.toBe(true)
    await expect(parseHcl('resource "a" "b" {\n')).resolves.toBe(false)
  })
})

function objectOf(record: Record<string, unknown>): never {
  return {
    kind: 'object',
    entries: new Map(Object.entries(record))
  } as never
}
