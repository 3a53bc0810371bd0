/**
 * The differential check of the fast HCL parser (src/readers/terraform/hcl/fast-parser.ts) against the
 * tree-sitter path, its oracle: `parseHclFile` (fast path, else tree-sitter) must give exactly the file
 * `parseWithTreeSitter` gives. Used by hcl-fast.test.ts (a short fixed-seed run) and
 * hcl-fast.long.test.ts (10,000 generated and 10,000 mutated texts).
 */
import { expect } from '@jest/globals'
import fc from 'fast-check'
import type { Body } from '../../../src/readers/terraform/hcl/ast.js'
import { fastParseHcl } from '../../../src/readers/terraform/hcl/fast-parser.js'
import { type HclFile, parseHclFile, parseWithTreeSitter } from '../../../src/readers/terraform/hcl/hcl-file.js'
import { TERRAFORM_SEEDS } from '../../fuzz/seeds.js'
import { manifestText } from '../../fuzz/support.js'

export const EMPTY_BODY: Body = { attributes: new Map(), blocks: [] }

/** The whole file as one string (maps as their entries): one comparison shows every difference. */
const dump = (file: HclFile): string => JSON.stringify(file, (_key, value: unknown) => (value instanceof Map ? [...value.entries()] : value))

/** Whether the fast parser reads the text; in every case `parseHclFile` gives what tree-sitter gives. */
export async function readsLikeTreeSitter(text: string): Promise<boolean> {
  const reads = fastParseHcl(text, EMPTY_BODY) !== undefined
  expect(dump(await parseHclFile(text))).toBe(dump(await parseWithTreeSitter(text)))
  return reads
}

/** The fuzzers' Terraform seeds with tokens inserted: mostly broken text, close to real files. */
const mutated = manifestText(
  [TERRAFORM_SEEDS.main, TERRAFORM_SEEDS.module, TERRAFORM_SEEDS.tfvars],
  ['{', '}', '[', ']', '(', ')', '"', '${', '$${', '%{', '.', '.*', '[*]', '...', ',', '\n', '#', '//', '/*', '*/', '\\', '=', '?', ':', '-', '!', '\r\n', 'é', '0', '1.5']
)

/** Checks `readsLikeTreeSitter` on generated configurations; the number the fast parser read. */
export async function generatedReadLikeTreeSitter(parameters: Pick<fc.Parameters<unknown>, 'numRuns' | 'seed'>): Promise<number> {
  let read = 0
  await fc.assert(
    fc.asyncProperty(configuration, async text => {
      if (await readsLikeTreeSitter(text)) read++
    }),
    parameters
  )
  return read
}

/** Checks `readsLikeTreeSitter` on mutated seeds. */
export async function mutatedReadLikeTreeSitter(parameters: Pick<fc.Parameters<unknown>, 'numRuns' | 'seed'>): Promise<void> {
  await fc.assert(
    fc.asyncProperty(mutated, async text => {
      await readsLikeTreeSitter(text)
    }),
    parameters
  )
}

// Generated HCL: mostly valid, with the separators (newlines, comments, nothing at all) in random places.
const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\n  ', ' # c\n', ' // c\n', ' /* c */ ', '', '\t', '\r\n', ' # é 日本\n')
const identifier = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'var', 'local', 'count', 'x-y', 'each', 'for_each', 'k', 'v', 'ns::f'), weight: 10 },
  { arbitrary: fc.constantFrom('if', 'in', 'true', 'null', 'for'), weight: 1 }
)
const atom = fc.oneof(
  { arbitrary: fc.constantFrom('0', '1', '15', '1.5', '2.5e3', 'true', 'false', 'null', '"s"', '""', '"a${x}b"', '"$${x}"', '"\\n\\"q"', '"%%{y}"', '"${ "n" }"', '"é ü"', '"\\u00e9\\t"', '"a % b $ c"'), weight: 20 },
  { arbitrary: fc.constantFrom('<<E\nx\nE\n', '<<-E\n  x ${a}\n    y\n  E\n', '<<E\n$${x} "\\"\n E\n'), weight: 3 },
  { arbitrary: fc.constantFrom('"$$$x"', '1e3', '5E+3', '2e-1', '"\\q"', '"${}"', '"%{x}"', '<<E\nEx\nE\n'), weight: 1 }
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
