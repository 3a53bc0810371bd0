/**
 * Unit tests for src/readers/terraform/eval: functions, unknown and failure propagation, limits.
 */
import { describe, expect, it } from '@jest/globals'
import { Budget } from '../../../src/readers/terraform/eval/budget.js'
import { Evaluator } from '../../../src/readers/terraform/eval/evaluator.js'
import { objectFrom, unknown, type Value } from '../../../src/readers/terraform/eval/value.js'
import { parseHclFile } from '../../../src/readers/terraform/hcl/hcl-file.js'
import { evaluate, plain } from './support.js'

const AFTER_APPLY = unknown('known after apply')
const names: Record<string, Value> = {
  var: objectFrom({
    name: 'Web',
    tags: objectFrom({ env: 'prod', team: 'ops' }),
    list: ['b', 'a', 'b'],
    nested: [['x'], ['y', ['z']]],
    json: '{"sku":"2025-datacenter-azure-edition","count":2}',
    later: AFTER_APPLY,
    nothing: null
  })
}

describe('string functions', () => {
  it.each([
    ['lower(var.name)', 'web'],
    ['upper(var.name)', 'WEB'],
    ['title("hello azure edition")', 'Hello Azure Edition'],
    ['trimspace("  x \\n")', 'x'],
    ['trim("--x--", "-")', 'x'],
    ['trimprefix("vm-web", "vm-")', 'web'],
    ['trimsuffix("web.tf", ".tf")', 'web'],
    ['startswith("2025-datacenter-azure-edition", "2025-")', true],
    ['endswith("x-core", "-core")', true],
    ['strcontains("azure-edition", "edition")', true],
    ['split(":", "MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition:latest")', ['MicrosoftWindowsServer', 'WindowsServer', '2022-datacenter-azure-edition', 'latest']],
    ['join("-", ["vm", var.name], ["01"])', 'vm-Web-01'],
    ['replace("a.b.c", ".", "/")', 'a/b/c'],
    ['substr("hotpatch", 3, 5)', 'patch'],
    ['substr("hotpatch", -5, -1)', 'patch'],
    ['format("vm-%s-%03d %v %q %.1f %t %%", "web", 7, 1.5, "x", 2, true)', 'vm-web-007 1.5 "x" 2.0 true %'],
    ['format("%-4s|", "ab")', 'ab  |'],
    ['tostring(3)', '3'],
    ['tostring(null)', null],
    ['chomp("line\\n\\n")', 'line'],
    ['strrev("abc")', 'cba'],
    ['basename("/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-1")', 'kv-1'],
    ['dirname("modules/vm/main.tf")', 'modules/vm']
  ])('%s', async (expression, expected) => {
    expect(await evaluate(expression, names)).toEqual(expected)
  })

  it('leaves regular expressions unevaluated (RE2 is not JavaScript)', async () => {
    const reason = { unknown: 'regular expressions are not evaluated (Terraform uses RE2 syntax)' }
    expect(await evaluate('regex("^a", "abc")')).toEqual(reason)
    expect(await evaluate('replace("abc", "/b/", "x")')).toEqual(reason)
  })
})

describe('formatdate', () => {
  // The examples of Terraform's documentation, and the forms a maintenance window's start is written in.
  it.each([
    ['formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")', '02 Jan 2018 23:12 UTC'],
    ['formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")', 'Tuesday, 02-Jan-18 23:12:01 UTC'],
    ['formatdate("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00")', 'Tue, 02 Jan 2018 23:12:01 -0800'],
    ['formatdate("MMM DD, YYYY", "2018-01-02T23:12:01Z")', 'Jan 02, 2018'],
    ['formatdate("HH:mmaa", "2018-01-02T23:12:01Z")', '11:12pm'],
    ['formatdate("YYYY-MM-DD hh:mm", "2026-01-14T03:00:00Z")', '2026-01-14 03:00'],
    ["formatdate(\"YYYY-MM-DD'T'hh:mm:ssZ ZZZZZ M/D H AA 'o''clock'\", \"2026-03-05T09:07:08.5+05:30\")", "2026-03-05T09:07:08+05:30 +05:30 3/5 9 AM o'clock"]
  ])('%s', async (expression, expected) => {
    expect(await evaluate(expression, names)).toEqual(expected)
  })

  it('refuses what is not an RFC 3339 timestamp or a sequence it knows, and keeps a plan-time timestamp unknown', async () => {
    expect(await evaluate('formatdate("YYYY", "2026-01-14 03:00")')).toEqual({ failure: 'formatdate(): "2026-01-14 03:00" is not an RFC 3339 timestamp' })
    expect(await evaluate('formatdate("YYYY", "2026-02-30T00:00:00Z")')).toEqual({ failure: 'formatdate(): "2026-02-30T00:00:00Z" is not an RFC 3339 timestamp' })
    expect(await evaluate('formatdate("YYYYY", "2026-01-14T03:00:00Z")')).toEqual({ failure: 'formatdate(): invalid date format sequence "YYYYY"' })
    expect(await evaluate('formatdate("\'T", "2026-01-14T03:00:00Z")')).toEqual({ failure: 'formatdate(): a quoted literal in the format is not closed' })
    expect(await evaluate('formatdate("YYYY-MM-DD hh:mm", timestamp())')).toEqual({ unknown: 'only known at plan time' })
  })
})

describe('collection functions', () => {
  it.each([
    ['length(var.list)', 3],
    ['length(var.tags)', 2],
    ['length("héllo")', 5],
    ['concat(var.list, ["c"])', ['b', 'a', 'b', 'c']],
    ['contains(var.list, "a")', true],
    ['contains(var.list, "z")', false],
    ['distinct(var.list)', ['b', 'a']],
    ['toset(var.list)', ['b', 'a']],
    ['element(var.list, 4)', 'a'],
    ['index(var.list, "a")', 1],
    ['flatten(var.nested)', ['x', 'y', 'z']],
    ['keys({ b = 1, a = 2 })', ['a', 'b']],
    ['values({ b = 1, a = 2 })', [2, 1]],
    ['lookup(var.tags, "env", "none")', 'prod'],
    ['lookup(var.tags, "owner", "none")', 'none'],
    ['merge(var.tags, { env = "dev" }, null)', { env: 'dev', team: 'ops' }],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['reverse([1, 2])', [2, 1]],
    ['slice(["a", "b", "c"], 1, 3)', ['b', 'c']],
    ['sort(["b", "a"])', ['a', 'b']],
    ['one([])', null],
    ['one(["x"])', 'x'],
    ['sum([1, 2, 3.5])', 6.5],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['range(3)', [0, 1, 2]],
    ['range(1, 7, 3)', [1, 4]],
    ['coalescelist([], ["x"])', ['x']],
    ['alltrue([true, "true"])', true],
    ['anytrue([false])', false],
    ['max(1, 5, 3)', 5],
    ['min(4, 2)', 2],
    ['abs(-3)', 3],
    ['ceil(1.2)', 2],
    ['floor(1.8)', 1]
  ])('%s', async (expression, expected) => {
    expect(await evaluate(expression, names)).toEqual(expected)
  })
})

describe('conversions and encodings', () => {
  it.each([
    ['tobool("true")', true],
    ['tonumber("42")', 42],
    ['jsondecode(var.json).sku', '2025-datacenter-azure-edition'],
    ['jsonencode({ b = [1, true], a = null })', '{"b":[1,true],"a":null}'],
    ['base64decode(base64encode("é"))', 'é'],
    ['coalesce(null, "", "x")', 'x'],
    ['try(var.tags.owner, var.tags.team)', 'ops'],
    ['try(var.nothing.field, "fallback")', 'fallback'],
    ['can(var.tags.owner)', false],
    ['can(var.tags.env)', true],
    ['nonsensitive(sensitive("s"))', 's'],
    ['tolist(toset(["a"]))', ['a']],
    ['tomap({ a = 1 })', { a: 1 }]
  ])('%s', async (expression, expected) => {
    expect(await evaluate(expression, names)).toEqual(expected)
  })
})

describe('unknown values', () => {
  it('propagate through operators, templates and functions with the first reason', async () => {
    expect(await evaluate('"vm-${var.later}"', names)).toEqual({ unknown: 'known after apply' })
    expect(await evaluate('lower(var.later)', names)).toEqual({ unknown: 'known after apply' })
    expect(await evaluate('var.later + 1', names)).toEqual({ unknown: 'known after apply' })
    expect(await evaluate('var.later.attribute[0]', names)).toEqual({ unknown: 'known after apply' })
    expect(await evaluate('try(var.later, "x")', names)).toEqual({ unknown: 'known after apply' })
    expect(await evaluate('coalesce(var.later, "x")', names)).toEqual({ unknown: 'known after apply' })
  })

  it('do not hide a decided result', async () => {
    expect(await evaluate('false && var.later', names)).toBe(false)
    expect(await evaluate('true || var.later', names)).toBe(true)
    expect(await evaluate('var.later ? "same" : "same"', names)).toBe('same')
    expect(await evaluate('length([var.later, 1])', names)).toBe(2)
    expect(await evaluate('[var.later, 1][1]', names)).toBe(1)
  })

  it('keep the known keys of a merge with unknown parts (partial objects)', async () => {
    expect(await evaluate('merge(var.later, { a = 1 })', names)).toEqual({ partial: 'known after apply', entries: { a: 1 } })
    expect(await evaluate('merge(var.later, { a = 1 }).a', names)).toBe(1)
    expect(await evaluate('merge(var.later, { a = 1 }).b', names)).toEqual({ unknown: 'known after apply' })
  })

  it('keep only the keys written after every unknown part of a merge: an unknown part may replace the earlier ones', async () => {
    expect(await evaluate('merge({ a = 1 }, var.later)', names)).toEqual({ partial: 'known after apply', entries: {} })
    expect(await evaluate('merge({ a = 1 }, var.later).a', names)).toEqual({ unknown: 'known after apply' })
    expect(await evaluate('merge({ a = 1, b = 2 }, var.later, { b = 3 })', names)).toEqual({ partial: 'known after apply', entries: { b: 3 } })
    expect(await evaluate('merge({ a = 1 }, merge(var.later, { b = 2 }))', names)).toEqual({ partial: 'known after apply', entries: { b: 2 } })
  })

  it('keep none of the keys of a merged object with a key not known: it may be any of them, written after it', async () => {
    expect(await evaluate('merge(var.later, { (var.later) = 1, b = 2 })', names)).toEqual({ partial: 'known after apply', entries: {} })
    expect(await evaluate('merge({ a = 1, (var.later) = 1 }, { b = 2 })', names)).toEqual({ partial: 'known after apply', entries: { b: 2 } })
  })

  it('name the functions that are not evaluated', async () => {
    expect(await evaluate('file("x.json")')).toEqual({ unknown: 'reads a file at plan time' })
    expect(await evaluate('templatefile("x.tpl", {})')).toEqual({ unknown: 'reads a file at plan time' })
    expect(await evaluate('timestamp()')).toEqual({ unknown: 'only known at plan time' })
    expect(await evaluate('cidrsubnet("10.0.0.0/16", 8, 1)')).toEqual({ unknown: 'function cidrsubnet() is not evaluated by the scanner' })
    expect(await evaluate('provider::azurerm::normalise_resource_id("x")')).toEqual({
      unknown: 'function provider::azurerm::normalise_resource_id() is not evaluated by the scanner'
    })
  })
})

describe('failures', () => {
  it.each([
    ['var.tags.owner', 'this object has no attribute "owner"'],
    ['var.nothing.field', 'cannot read "field" from a null value'],
    ['var.list[5]', 'index 5 is out of range for a list of 3'],
    ['lower(1, 2)', 'lower() takes 1 argument, not 2'],
    ['1 / 0', 'division by zero'],
    ['"a" + 1', 'a number is required, found "a"'],
    ['undefined_name', '"undefined_name" is not defined here'],
    ['{ for v in ["a", "a"] : v => v }', 'duplicate key "a" in a for expression (use ... to group)'],
    ['jsondecode("{")', 'jsondecode(): the text is not valid JSON'],
    ['one(["a", "b"])', 'one() needs a list of zero or one element']
  ])('%s', async (expression, reason) => {
    expect(await evaluate(expression, names)).toEqual({ failure: reason })
  })
})

describe('limits', () => {
  it('refuses strings and collections that would grow without bound', async () => {
    expect(await evaluate('range(200000)')).toEqual({ failure: 'range() of more than 100000 numbers' })
    expect(await evaluate('join("", [for i in range(60000) : "0123456789abcdefghij"])')).toEqual({
      failure: 'string longer than 1000000 characters'
    })
    // A width is refused before the padding is made (a string of 10^9 characters threw, unreadable-manifest).
    expect(await evaluate('format("%01000000000d", 0)')).toEqual({ failure: 'format width 1000000000 is longer than 1000000 characters' })
    expect(await evaluate('format("%-1000001s|", "a")')).toEqual({ failure: 'format width 1000001 is longer than 1000000 characters' })
  })

  it('refuses a format precision toFixed cannot make, and an output too long in total, as failures (they threw)', async () => {
    expect(await evaluate('format("%.101f", 1)')).toEqual({ failure: 'format precision 101 is more than 100 digits ("%.101f")' })
    expect(await evaluate('format("%.100f", 1)')).toBe(`1.${'0'.repeat(100)}`)
    // Each verb is under the limit; 600 of them would make more than 512 Mi characters ("Invalid string length").
    const many = `format("${'%999999d'.repeat(600)}", ${Array.from({ length: 600 }, () => '1').join(', ')})`
    expect(await evaluate(many)).toEqual({ failure: 'format result longer than 1000000 characters' })
    // Up to the limit it is made (compared by its length and ends: a mismatch of a million characters takes jest ages to diff).
    const nearLimit = await evaluate('format("%999990d|%1d", 1, 2)')
    expect(typeof nearLimit === 'string' ? [nearLimit.length, nearLimit.slice(0, 2), nearLimit.slice(-4)] : nearLimit).toEqual([999_992, '  ', ' 1|2'])
    expect(await evaluate('format("%999999d%2d", 1, 2)')).toEqual({ failure: 'format result longer than 1000000 characters' })
  })

  it('stops when the step budget is spent', async () => {
    const parsed = await parseHclFile('x = [for a in range(100) : [for b in range(100) : a * b]]\n')
    const expression = parsed.body.attributes.get('x')?.expression
    if (!expression) throw new Error('no attribute')
    const evaluator = new Evaluator(new Budget(5_000))
    const value = plain(evaluator.evaluate(expression, { lookup: () => undefined })) as unknown[]
    expect(value.at(-1)).toEqual({ failure: 'evaluation budget exhausted (the configuration is too large or too recursive)' })
  })

  it('stops at the nesting limit instead of overflowing', async () => {
    const depth = 700
    const parsed = await parseHclFile(`x = ${'('.repeat(depth)}1${')'.repeat(depth)}\n`)
    const expression = parsed.body.attributes.get('x')?.expression
    if (!expression) throw new Error(`no attribute: ${parsed.error?.message ?? ''}`)
    expect(plain(new Evaluator().evaluate(expression, { lookup: () => undefined }))).toBe(1)
    const negations = await parseHclFile(`x = ${'!'.repeat(450)}true\n`)
    expect(negations.error).toBeUndefined()
    const negated = negations.body.attributes.get('x')?.expression
    if (!negated) throw new Error('no attribute')
    expect(plain(new Evaluator().evaluate(negated, { lookup: () => undefined }))).toEqual({
      failure: 'expressions nested too deeply to evaluate'
    })
  })
})
