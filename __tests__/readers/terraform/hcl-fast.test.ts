/**
 * src/readers/terraform/hcl/fast-parser.ts: where the fast parser reads a text, the file it gives is the
 * one tree-sitter's parse, copy and conversion give (body, positions, exemptions), on every fixture, on a
 * table of tricky syntax and on generated HCL; what it does not read is left to tree-sitter.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fastParseHcl } from '../../../src/readers/terraform/hcl/fast-parser.js'
import { type HclFile, parseHclFile, parseWithTreeSitter } from '../../../src/readers/terraform/hcl/hcl-file.js'
import { TERRAFORM_SEEDS } from '../../fuzz/seeds.js'
import { manifestText, PARAMETERS, RUNS, timeoutFor } from '../../fuzz/support.js'

const FIXTURES = join(import.meta.dirname, '../../fixtures')
const EMPTY = { attributes: new Map(), blocks: [] }

function tfFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return tfFiles(path)
    return /\.(tf|tfvars)$/.test(entry.name) ? [path] : []
  })
}

/** The whole file as one string (maps as their entries): one comparison shows every difference. */
const dump = (file: HclFile): string => JSON.stringify(file, (_key, value: unknown) => (value instanceof Map ? [...value.entries()] : value))

/** Whether the fast parser reads the text; in every case `parseHclFile` gives what tree-sitter gives. */
async function readsLikeTreeSitter(text: string): Promise<boolean> {
  const reads = fastParseHcl(text, EMPTY) !== undefined
  expect(dump(await parseHclFile(text))).toBe(dump(await parseWithTreeSitter(text)))
  return reads
}

describe('fastParseHcl', () => {
  it('gives what tree-sitter gives on every fixture file, and reads nearly all of them', async () => {
    const files = tfFiles(FIXTURES)
    let read = 0
    for (const file of files) if (await readsLikeTreeSitter(readFileSync(file, 'utf8'))) read++
    expect(files.length).toBeGreaterThan(90)
    expect(read).toBeGreaterThanOrEqual(files.length - 5)
  })

  it.each([
    ['a = x ? 1 : y ? 2 : 3\n', true],
    ['a = (x ? 1 : y) ? 2 : 3\n', true],
    ['a = x ? y ? 1 : 2 : z ? 3 : 4\n', true],
    ['a = -b.c[0] * 2 + 3 - 4 / 5 % 6 >= 7 == !d && e || f\n', true],
    ['a = (1 + 2) * 3\nb = 1 - -2\n', true],
    ['a = var.list[*].id\nb = var.list.*.x.y[0]\nc = var.a[*].b[*].c\nd = x.0.y\n', true],
    ['a = [for k, v in var.m : upper(v) if v != ""]\nb = {for x in var.l : x.name => x... if x.on}\n', true],
    ['a = f(1, [2, 3], {k = 4}...)\nb = g()\nc = h(1,)\nd = ns::fn(x)\n', true],
    ['a = { "k" = 1, k2: 2\n (k3) = 3 true = 4 }\n', true],
    ['a = "x${var.y}z$${lit}%%{lit}\\n\\u00e9"\nb = "${ lookup(m, "k", "d") }"\nc = ""\n', true],
    ['resource "t" "n" {\n  x = 1\n  inner { y = 2 }\n}\nempty {}\nlabelled a "b" {}\n', true],
    ['# hotpatch-reboot-gate-exempt: reason\n// hotpatch-reboot-gate-exempt other\n/* block */ a = 1 # tail\n', true],
    ['a = 1\r\nb = "x" # c\r\n', true],
    ['a = count-1\nb = a.b-c\n', true],
    ['', true],
    ['# only a comment\n', true],
    ['a = <<EOT\nhello\nEOT\n', true],
    ['a = <<-EOT\n    one ${var.x}\n      two \\ "q" $${lit}\n    EOT\nb = 1\n', true],
    ['a = <<EOT\r\nline\r\n  EOT  \r\n', true],
    ['a = <<EOT\nEOT\nb = [<<A\nx\nA\n, 1]\n', true],
    ['b = [<<A, <<B]\nx\nA\ny\nB\n', false],
    ['a = <<EOT\n${f(\nEOT\n)}\nEOT\n', true],
    ['a = <<EOT\nEOTX\nEOT\n', false],
    ['a = <<EOT\nunterminated\n', false],
    ['a = <<EOT trailing\nx\nEOT\n', false],
    ['a = <<EOT\n%{ for x in y }${x}%{ endfor }\nEOT\n', false],
    ['a = "%{ if x }y%{ endif }"\n', false],
    ['a = "${~ x ~}"\n', false],
    ['a = "${ {k = 1} }"\n', false],
    ['{ "a": 1 }\n', false],
    ['a = [1, 2\n', false],
    ['a = "unterminated\nb = 1\n', false],
    ['a = 1e5\n', false],
    ['a = 0x1F\n', false],
    ['é = 1\n', false],
    ['a = [for x in y ? 1 : 2 : x]\n', false],
    ['resource "${x}" "n" {}\n', false],
    ['a = "\\q"\n', false],
    [`a = ${'['.repeat(100)}${']'.repeat(100)}\n`, false]
  ])('reads %j like tree-sitter (fast path: %s)', async (text, fast) => {
    expect(await readsLikeTreeSitter(text)).toBe(fast)
  })

  it('gives the fast path no file with a syntax error', async () => {
    for (const text of ['a = \n', 'a = 1 }\n', 'x {\n', 'a = f(1...,)\n', 'a = [,]\n', 'a = b c\n', 'a == 1\n']) {
      expect(fastParseHcl(text, EMPTY)).toBeUndefined()
      expect((await parseWithTreeSitter(text)).error).toBeDefined()
    }
  })

  it(`gives what tree-sitter gives on ${RUNS} generated configurations`, async () => {
    let read = 0
    await fc.assert(
      fc.asyncProperty(configuration, async text => {
        if (await readsLikeTreeSitter(text)) read++
      }),
      PARAMETERS
    )
    // The generator is meant to reach the fast path often, not only tree-sitter's error recovery.
    expect(read).toBeGreaterThan(RUNS / 3)
  }, timeoutFor(5))

  it(`gives what tree-sitter gives on ${RUNS} mutated fuzzing seeds`, async () => {
    const seeds = [TERRAFORM_SEEDS.main, TERRAFORM_SEEDS.module, TERRAFORM_SEEDS.tfvars]
    const tokens = ['{', '}', '[', ']', '(', ')', '"', '${', '$${', '%{', '.', '.*', '[*]', '...', ',', '\n', '#', '//', '/*', '*/', '\\', '=', '?', ':', '-', '!', '\r\n', 'é', '0', '1.5']
    await fc.assert(
      fc.asyncProperty(manifestText(seeds, tokens), async text => {
        await readsLikeTreeSitter(text)
      }),
      PARAMETERS
    )
  }, timeoutFor(5))
})

// Generated HCL: mostly valid, with the separators (newlines, comments, nothing at all) in random places.
const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\n  ', ' # c\n', ' // c\n', ' /* c */ ', '', '\t', '\r\n', ' # é 日本\n')
const identifier = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'var', 'local', 'count', 'x-y', 'each', 'for_each', 'k', 'v', 'ns::f'), weight: 10 },
  { arbitrary: fc.constantFrom('if', 'in', 'true', 'null', 'for'), weight: 1 }
)
const atom = fc.oneof(
  { arbitrary: fc.constantFrom('0', '1', '15', '1.5', '2.5e3', 'true', 'false', 'null', '"s"', '""', '"a${x}b"', '"$${x}"', '"\\n\\"q"', '"%%{y}"', '"${ "n" }"', '"é ü"', '"\\u00e9\\t"', '"a % b $ c"'), weight: 20 },
  { arbitrary: fc.constantFrom('<<E\nx\nE\n', '<<-E\n  x ${a}\n    y\n  E\n', '<<E\n$${x} "\\"\n E\n'), weight: 3 },
  { arbitrary: fc.constantFrom('"$$$x"', '1e3', '"\\q"', '"${}"', '"%{x}"', '<<E\nEx\nE\n'), weight: 1 }
)
const operator = fc.constantFrom('+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '&&', '||')
const traversal = fc.constantFrom('.a', '.b', '.0', '.*', '[*]', '.*.b', '[*].c[0]', '[0]', '["k"]', '[i]')

const { expression } = fc.letrec<{ expression: string; term: string }>(tie => ({
  term: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'hcl', withCrossShrink: true },
    atom,
    identifier,
    fc.tuple(identifier, fc.array(traversal, { maxLength: 3 })).map(([name, steps]) => name + steps.join('')),
    fc.tuple(gap, tie('expression'), gap).map(([a, e, b]) => `(${a}${e}${b})`),
    fc.tuple(fc.array(fc.tuple(gap, tie('expression')), { maxLength: 3 }), fc.boolean()).map(
      ([items, comma]) => `[${items.map(([g, e]) => g + e).join(',')}${comma && items.length > 0 ? ',' : ''}]`
    ),
    fc.array(fc.tuple(fc.oneof(identifier, fc.constantFrom('"k"', '(k)', 'a.b', '"k${x}"')), fc.constantFrom(' = ', ': ', '='), tie('expression'), fc.constantFrom(',', '\n', ' ')), { maxLength: 3 }).map(
      items => `{${items.map(([k, s, v, sep]) => `${k}${s}${v}${sep}`).join('')}}`
    ),
    fc.tuple(identifier, fc.array(tie('expression'), { maxLength: 3 }), fc.constantFrom('', '...', ',')).map(
      ([name, args, end]) => `${name}(${args.join(', ')}${args.length > 0 ? end : ''})`
    ),
    fc.tuple(tie('expression'), tie('expression'), fc.option(tie('expression'))).map(
      ([c, v, cond]) => `[for i, x in ${c} : ${v}${cond === null ? '' : ` if ${cond}`}]`
    ),
    fc.tuple(tie('expression'), tie('expression'), fc.boolean()).map(([c, v, group]) => `{for x in ${c} : x => ${v}${group ? '...' : ''}}`),
    fc.tuple(tie('expression'), gap).map(([e, g]) => `"p\${${g}${e}${g}}q"`)
  ),
  expression: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'hcl', withCrossShrink: true },
    tie('term'),
    fc.tuple(fc.constantFrom('-', '!', '- '), tie('term')).map(([op, t]) => op + t),
    fc.tuple(tie('term'), gap, operator, gap, tie('expression')).map(parts => parts.join('')),
    fc.tuple(tie('term'), gap, tie('expression'), gap, tie('expression')).map(([c, g, t, h, e]) => `${c}${g}?${h}${t}${g}:${h}${e}`)
  )
}))

const name = fc.constantFrom('a', 'b', 'count', 'x-y', 'for_each')
const attribute = fc.tuple(name, fc.constantFrom(' = ', '=', ' =\n'), expression).map(([name, eq, value]) => `${name}${eq}${value}\n`)
const header = fc.constantFrom('resource "t" "n"', 'locals', 'dynamic "d"', 'module m', 'x "a\\"b" "é"', 'y ""', 'z a "b"\n', 'w "${x}"')
const inner = fc
  .tuple(header, fc.array(attribute, { maxLength: 3 }))
  .map(([head, body]) => `${head} {\n${body.join('')}}\n`)
const block = fc
  .tuple(header, fc.array(fc.oneof(attribute, inner), { maxLength: 3 }), fc.constantFrom('\n', ' ', ''))
  .map(([head, body, after]) => `${head} {${after}${body.join('')}}\n`)
const configuration = fc.array(fc.oneof(attribute, block), { minLength: 1, maxLength: 4 }).map(items => items.join(''))
