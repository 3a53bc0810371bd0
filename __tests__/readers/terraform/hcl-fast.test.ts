/**
 * src/readers/terraform/hcl/fast-parser.ts: where the fast parser reads a text, the file it gives is the
 * one tree-sitter's parse, copy and conversion give (body, positions, exemptions), on every fixture, on a
 * table of tricky syntax and on generated and mutated HCL (hcl-differential.ts; a longer run in
 * hcl-fast.long.test.ts); what it does not read is left to tree-sitter.
 */
import { describe, expect, it } from '@jest/globals'
import { fixtureTfFiles } from './tf-fixtures.js'
import { readFileSync } from 'node:fs'
import { fastParseHcl } from '../../../src/readers/terraform/hcl/fast-parser.js'
import { parseWithTreeSitter } from '../../../src/readers/terraform/hcl/hcl-file.js'
import { PARAMETERS, RUNS, timeoutFor } from '../../fuzz/support.js'
import { EMPTY_BODY, generatedReadLikeTreeSitter, mutatedReadLikeTreeSitter, readsLikeTreeSitter } from './hcl-differential.js'


describe('fastParseHcl', () => {
  it('gives what tree-sitter gives on every fixture file, and reads nearly all of them', async () => {
    const files = fixtureTfFiles()
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
    ['a = 1e5\nb = 5E3\nc = [1E+3, -2e-1, x-1e3, 1.5e+3]\nd = "1e3 ${2E2}"\n', true],
    ['a = f(1e3...)\nb = [for x in [2e1] : x]\n', true],
    ['a = 1e3-x\n', false],
    ['a = 1e3x\n', false],
    ['a = 1e3.5\n', false],
    ['a = 1e\n', false],
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
      expect(fastParseHcl(text, EMPTY_BODY)).toBeUndefined()
      expect((await parseWithTreeSitter(text)).error).toBeDefined()
    }
  })

  it(`gives what tree-sitter gives on ${RUNS} generated configurations`, async () => {
    // The generator is meant to reach the fast path often, not only tree-sitter's error recovery.
    expect(await generatedReadLikeTreeSitter(PARAMETERS)).toBeGreaterThan(RUNS / 3)
  }, timeoutFor(5))

  it(`gives what tree-sitter gives on ${RUNS} mutated fuzzing seeds`, async () => {
    await mutatedReadLikeTreeSitter(PARAMETERS)
  }, timeoutFor(5))
})
