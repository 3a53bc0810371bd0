/**
 * Unit tests for the Bicep parser (src/readers/bicep/parser.ts): every construct real templates
 * use, printed back as a compact tree.
 */
import { describe, expect, it } from '@jest/globals'
import { parseBicep } from '../../../src/readers/bicep/parser.js'
import { printExpression, printStatement } from './print-ast.js'

function statements(source: string): string[] {
  const parsed = parseBicep(source)
  expect(parsed.errors).toEqual([])
  return parsed.program.statements.map(printStatement)
}

function expression(source: string): string {
  const parsed = parseBicep(`var x = ${source}\n`)
  expect(parsed.errors).toEqual([])
  const [statement] = parsed.program.statements
  if (statement?.kind !== 'var') throw new Error('expected one variable')
  return printExpression(statement.value)
}

describe('parser: expressions', () => {
  it.each([
    ["'abc'", "'abc'"],
    ["'a${b}c'", "(interp 'a' b 'c')"],
    ["'${a}${'x${b}'}'", "(interp '' a '' (interp 'x' b '') '')"],
    ["'it\\'s \\\\ \\n \\${x}'", "'it's \\ \\n ${x}'"],
    ["'''\nmulti\n'line'\n'''", "'multi\\n'line'\\n'"],
    ["$'''\n${a}-${b}\n'''", "(interp '' a '-' b '\\n')"],
    ['a[^1]', 'a[^1]'],
    ['a[?^2]', 'a[?^2]'],
    ['42', '42'],
    ['-1', '(- 1)'],
    ['true', 'true'],
    ['null', 'null'],
    ['a ? b : c ? d : e', '(? a b (? c d e))'],
    ["a =~ 'x' && !b || c !~ 'y'", "(|| (&& (=~ a 'x') (! b)) (!~ c 'y'))"],
    ['a == b != c', '(!= (== a b) c)'],
    ['a < b && c >= d || e <= f && g > h', '(|| (&& (< a b) (>= c d)) (&& (<= e f) (> g h)))'],
    ['a ?? b || c', '(?? a (|| b c))'],
    ['a.?b ?? c.?d ?? e', '(?? (?? a.?b c.?d) e)'],
    ['1 + 2 * 3 - 4 % 2 / 1', '(- (+ 1 (* 2 3)) (/ (% 4 2) 1))'],
    ['(a || b) && c', '(&& (|| a b) c)'],
    ['!!a', '(! (! a))'],
    ['a.?b[?0].c!.d', 'a.?b[?0].c!.d'],
    ["a[0]['b']", "a[0]['b']"],
    ['vnet::subnet.id', 'vnet::subnet.id'],
    ['kv::secret::version.name', 'kv::secret::version.name'],
    ["sys.concat('a', az.resourceGroup().location)", "sys.concat('a', az.resourceGroup().location)"],
    ["kv.getSecret('pw')", "kv.getSecret('pw')"],
    ['filter(xs, x => x.enabled)', 'filter(xs, (=> (x) x.enabled))'],
    ['reduce(xs, {}, (cur, next) => union(cur, next))', 'reduce(xs, {}, (=> (cur next) union(cur, next)))'],
    ['map(xs, (x) => x.name)', 'map(xs, (=> (x) x.name))'],
    ['[for x in items: x.name]', '(for x in items: x.name)'],
    ["[for (x, i) in range(0, 3): '${x}-${i}']", "(for (x, i) in range(0, 3): (interp '' x '-' i ''))"],
    ['[for x in xs: if (x.on) { n: x }]', '(for x in xs: (if x.on {n: x}))'],
    ["{ a: 1, 'b-c': [1, 2], '${k}': {} }", "{a: 1, b-c: [1, 2], (interp '' k ''): {}}"],
    ["{\n  a: 1\n  b: [\n    'x'\n    'y'\n  ]\n  ...rest\n}", "{a: 1, b: ['x', 'y'], ...rest}"],
    ["{\n  a: 1,\n  b: 2\n}", '{a: 1, b: 2}'],
    ["[...base, 'x']", "[...base, 'x']"],
    ['[\n  1\n  -1\n  !a\n]', '[1, (- 1), (! a)]'],
    ['cond\n  ? {\n      a: 1\n    }\n  : null', '(? cond {a: 1} null)'],
    ['a\n  && b\n  || c', '(|| (&& a b) c)'],
    ["resourceId(\n  'Microsoft.Network/virtualNetworks/subnets',\n  vnet,\n  subnet\n)", "resourceId('Microsoft.Network/virtualNetworks/subnets', vnet, subnet)"],
    ["(\n  contains(a, 'x')\n  ? a\n  : b\n)", "(? contains(a, 'x') a b)"],
    ['x!', 'x!'],
    ['f()', 'f()'],
    ["{ if: 1, for: 2, resource: 3, existing: 'e' }", "{if: 1, for: 2, resource: 3, existing: 'e'}"]
  ])('%j', (source, expected) => {
    expect(expression(source)).toBe(expected)
  })
})

describe('parser: declarations', () => {
  it.each([
    ["targetScope = 'subscription'", ["(targetScope 'subscription')"]],
    ["metadata name = 'Virtual Machines'", ["(metadata name 'Virtual Machines')"]],
    [
      "@description('d')\n@allowed([\n  'a'\n  'b'\n])\nparam p string = 'a'",
      ["(@description('d') @allowed(['a', 'b']) param p string = 'a')"]
    ],
    ['@secure()\nparam pw string', ['(@secure() param pw string)']],
    ["@sys.description('n')\n@minValue(1)\n@maxValue(10)\nparam n int = 2", ["(@sys.description('n') @minValue(1) @maxValue(10) param n int = 2)"]],
    ['param tags object?', ['(param tags object?)']],
    ['param names string[] = []', ['(param names string[] = [])']],
    ["param kind 'a' | 'b' = 'a'", ["(param kind (| 'a' 'b') = 'a')"]],
    ['param zone -1 | 1 | 2', ['(param zone (| -1 1 2))']],
    ["param st resource 'Microsoft.Storage/storageAccounts@2023-01-01'", ["(param st resource 'Microsoft.Storage/storageAccounts@2023-01-01')"]],
    [
      "param img resourceInput<'Microsoft.Compute/virtualMachines@2024-07-01'>.properties.storageProfile.imageReference?",
      ["(param img resourceInput<'Microsoft.Compute/virtualMachines@2024-07-01'>.properties.storageProfile.imageReference?)"]
    ],
    ['param lock types.lockType?', ['(param lock types.lockType?)']],
    [
      "param tags sys.resourceInput<'Microsoft.Compute/virtualMachines@2024-07-01'>.tags",
      ["(param tags resourceInput<'Microsoft.Compute/virtualMachines@2024-07-01'>.tags)"]
    ],
    ['type tags = maybeTags!\ntype strict = object?!\ntype tagValue = tagMap.*', ['(type tags = maybeTags)', '(type strict = object)', '(type tagValue = tagMap.*)']],
    ["type flags = (true | !true)[]\ntype spaced = resourceInput<\n\n  'Microsoft.Storage/storageAccounts@2023-01-01'\n\n>.name", ['(type flags = (| true false)[])', "(type spaced = resourceInput<'Microsoft.Storage/storageAccounts@2023-01-01'>.name)"]],
    ["import { 'my-type' as myType, other } from 'types.json'", ["(import {my-type as myType, other} from 'types.json')"]],
    ["var v = 1\nvar t string = 'x'", ['(var v = 1)', "(var t string = 'x')"]],
    [
      "@export()\ntype osDisk = {\n  @description('Optional.')\n  name: string?\n  caching:\n    | 'None'\n    | 'ReadOnly'?\n  *: string\n  settings: {\n    placement: ('CacheDisk' | 'ResourceDisk')\n  }?\n  disks: {\n    lun: int\n  }[]?\n}",
      ["(@export() type osDisk = {@description('Optional.') name: string?, caching: (| 'None' 'ReadOnly'?), *: string, settings: {placement: (| 'CacheDisk' 'ResourceDisk')}?, disks: {lun: int}[]?})"]
    ],
    ['type pair = [string, int]\ntype anyTuple = pairs[0]\ntype all = items[*]', ['(type pair = [string, int])', '(type anyTuple = pairs.0)', '(type all = items.*)']],
    ["func greet(name string) string => 'hi ${name}'", ["(func greet(name string) string => (interp 'hi ' name ''))"]],
    ['func none() int => 1', ['(func none() int => 1)']],
    ["import {a, b as c} from './types.bicep'", ["(import {a, b as c} from './types.bicep')"]],
    ["import {\n  a\n  b\n} from 'br/public:avm/utl/types/avm-common-types:0.7.0'", ["(import {a, b} from 'br/public:avm/utl/types/avm-common-types:0.7.0')"]],
    ["import * as ns from './types.bicep'", ["(import * as ns from './types.bicep')"]],
    ["import 'az@1.0.0'\nimport 'kubernetes@1.0.0' with { namespace: 'x' } as k8s", ["(import 'az@1.0.0')", "(import 'kubernetes@1.0.0' as k8s)"]],
    ['extension microsoftGraphV1', ['(extension microsoftGraphV1)']],
    ["extension kubernetes with { namespace: 'x' } as k8s", ["(extension kubernetes with {namespace: 'x'} as k8s)"]],
    ["provider 'br:mcr.microsoft.com/bicep/providers/kubernetes:1.0.0' as k8s", ['(extension br:mcr.microsoft.com/bicep/providers/kubernetes:1.0.0 as k8s)']],
    ["using './main.bicep'\nusing none\nextends './base.bicepparam'", ["(using './main.bicep')", '(using none)', "(extends './base.bicepparam')"]],
    ["param location = 'westeurope'", ["(param location = 'westeurope')"]],
    ['assert ok = length(x) > 0', ['(assert ok (> length(x) 0))']],
    [
      "resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' existing = {\n  name: 'rg'\n  scope: subscription()\n}",
      ["(resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' existing = {name: 'rg', scope: subscription()})"]
    ],
    ["resource vm 'T@1' = if (deploy) {\n  name: 'x'\n}", ["(resource vm 'T@1' = (if deploy {name: 'x'}))"]],
    // Line breaks before `if`, as `bicep format` writes a long declaration (and only before `if`: see parser-errors).
    ["resource vm 'T@1' =\n  if (deploy) {\n  name: 'x'\n}", ["(resource vm 'T@1' = (if deploy {name: 'x'}))"]],
    ["module m './m.bicep' =\n\n  if (deploy) {\n  name: 'm'\n}", ["(module m './m.bicep' = (if deploy {name: 'm'}))"]],
    ["resource vms 'T@1' = [for vm in vms: if (vm.enabled) {\n  name: vm.name\n}]", ["(resource vms 'T@1' = (for vm in vms: (if vm.enabled {name: vm.name})))"]],
    ["resource vms 'T@1' = [\n  for (vm, i) in vms: {\n    name: '${vm}${i}'\n  }\n]", ["(resource vms 'T@1' = (for (vm, i) in vms: {name: (interp '' vm '' i '')}))"]],
    [
      "resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {\n  name: 'vnet'\n  @description('child')\n  resource subnet 'subnets' = {\n    name: 'default'\n  }\n}",
      ["(resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {name: 'vnet', (@description('child') resource subnet 'subnets' = {name: 'default'})})"]
    ],
    [
      "@batchSize(1)\nmodule m './mod.bicep' = [for i in range(0, 2): {\n  name: 'm${i}'\n  scope: resourceGroup('rg')\n  params: { index: i }\n}]",
      ["(@batchSize(1) module m './mod.bicep' = (for i in range(0, 2): {name: (interp 'm' i ''), scope: resourceGroup('rg'), params: {index: i}}))"]
    ],
    ["module r 'br/public:avm/res/compute/virtual-machine:0.22.0' = {\n  name: 'r'\n}", ["(module r 'br/public:avm/res/compute/virtual-machine:0.22.0' = {name: 'r'})"]],
    [
      "output id string = vm.id\noutput res resource 'T@1' = vm\noutput names string[] = [for v in vms: v.name]\noutput maybe string? = vm.?tags.?x",
      ['(output id string = vm.id)', "(output res resource 'T@1' = vm)", '(output names string[] = (for v in vms: v.name))', '(output maybe string? = vm.?tags.?x)']
    ],
    ['// leading\nparam a int /* inline */ = 1 // trailing\n#disable-next-line no-unused-vars\nvar b = a', ['(param a int = 1)', '(var b = a)']],
    ['\r\nparam a int\r\nparam b int\r\n', ['(param a int)', '(param b int)']]
  ])('%j', (source, expected) => {
    expect(statements(source)).toEqual(expected)
  })

  it('locates declarations at their keyword, after decorators', () => {
    const [param, resource] = parseBicep("@secure()\nparam pw string\n\nresource vm 'T@1' = {\n  name: 'x'\n}\n").program.statements
    expect(param?.span).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 16 })
    expect(resource?.span).toEqual({ line: 4, column: 1, endLine: 6, endColumn: 2 })
    // A one-token span is the token itself (no copy): its four positions are the span.
    const typeSpan = resource?.kind === 'resource' ? resource.typeSpan : undefined
    expect(typeSpan && [typeSpan.line, typeSpan.column, typeSpan.endLine, typeSpan.endColumn]).toEqual([4, 13, 4, 18])
  })

  it('keeps comments and pragmas aside with their positions', () => {
    const parsed = parseBicep('// one\n/* two\n  lines */ param a int\n  #disable-next-line x\n')
    expect(parsed.comments).toEqual([
      { text: ' one', line: 1, column: 1, style: 'line' },
      { text: ' two\n  lines ', line: 2, column: 1, style: 'block' },
      { text: 'disable-next-line x', line: 4, column: 3, style: 'pragma' }
    ])
    expect(parsed.program.statements.map(printStatement)).toEqual(['(param a int)'])
  })
})
