/**
 * Unit tests for Bicep expression evaluation (src/readers/bicep/evaluator.ts and the function
 * tables): known values, and unresolved ones with the reason why.
 */
import { describe, expect, it } from '@jest/globals'
import { evaluate, plain, template } from './evaluate-helpers.js'

const RG_LOCATION = { unresolved: 'resourceGroup().location is only known at deployment' }

describe('evaluator: operators', () => {
  it.each([
    ["'a${1}b${true}c${null}'", 'a1bTruec'],
    ["'${'x'}'", 'x'],
    ['1 + 2 * 3 - 10 / 3 % 2', 6],
    ['7 / 0', { unresolved: 'division by zero' }],
    ['-(3)', -3],
    ["'a' < 'b' && 2 >= 2 && 1 <= 0 == false", true],
    ["'Abc' =~ 'aBC'", true],
    ["'Abc' !~ 'aBC'", false],
    ["'Abc' == 'aBC'", false],
    ["{ a: [1, { b: 'x' }] } == { A: [1, { B: 'x' }] }", true],
    ['[1, 2] != [1, 2, 3]', true],
    ['null ?? null ?? 3', 3],
    ["'set' ?? 'fallback'", 'set'],
    ["{ a: 1 }.?b ?? 'dflt'", 'dflt'],
    ['{ a: { b: 2 } }.a.b', 2],
    ["{ a: 1 }['A']", 1],
    ["{ a: 1 }[?'b']", null],
    ['[1, 2][1]', 2],
    ['[1, 2][?5]', null],
    ['[1, 2][5]', { unresolved: 'index 5 is outside the array of 2' }],
    ["split('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/web', '/')[^1]", 'web'],
    ['[1, 2, 3][^3]', 1],
    ['[1, 2][?^3]', null],
    ['[1, 2][^0]', { unresolved: 'index ^0 is outside the array of 2' }],
    ["$'''\nvm-${'web'}-${1 + 1}\n'''", 'vm-web-2\n'],
    ["$$'''${keep} $${'x'}'''", '${keep} x'],
    ['{ a: 1 }.b', { unresolved: "property 'b' is not set" }],
    ['null.?a.?b', null],
    ['{ a: null }.a!', { unresolved: 'a value asserted non-null (!) is null' }],
    ["true ? 'y' : 'n'", 'y'],
    ["false ? 'y' : 'n'", 'n'],
    ['!true || false', false],
    ['resourceGroup().location == resourceGroup().location', RG_LOCATION],
    ["false && resourceGroup().location == 'x'", false],
    ["resourceGroup().location == 'x' || true", true],
    ["resourceGroup().location =~ 'x' ? 'a' : 'a'", 'a'],
    ["resourceGroup().location =~ 'x' ? 'a' : 'b'", RG_LOCATION],
    ["{ a: 1, ...{ b: 2 }, ...null, 'c${1}': 3 }", { a: 1, b: 2, c1: 3 }],
    ['[0, ...[1, 2], 3]', [0, 1, 2, 3]],
    ["[for (x, i) in ['a', 'b']: '${i}${x}']", ['0a', '1b']],
    ['[for x in range(0, 5): if (x % 2 == 0) { v: x }]', [{ v: 0 }, { v: 2 }, { v: 4 }]],
    ['[for x in resourceGroup().location: x]', RG_LOCATION],
    ['undeclared', { unresolved: "'undeclared' is not declared" }]
  ])('%s', (expression, expected) => {
    expect(evaluate(expression)).toEqual(expected)
  })
})

describe('evaluator: functions', () => {
  it.each([
    ["concat('a', 'b', 1)", 'ab1'],
    ['concat([1], [2, 3])', [1, 2, 3]],
    ["format('{0}-{1:N0}-{{x}}', 'a', 2)", 'a-2-{x}'],
    ["format('{1}', 'a')", { unresolved: "format() string '{1}' refers to a missing argument" }],
    ["toLower('AbC')", 'abc'],
    ["toUpper('AbC')", 'ABC'],
    ["trim('  x ')", 'x'],
    ["contains('Hello', 'ell')", true],
    ["contains('Hello', 'ELL')", false],
    ["contains(['a', 'b'], 'b')", true],
    ["contains({ Key: 1 }, 'key')", true],
    ["empty('')", true],
    ['empty([])', true],
    ['empty({})', true],
    ['empty(null)', true],
    ["empty(' ')", false],
    ["startsWith('AutomaticByPlatform', 'automatic')", true],
    ["endsWith('2022-datacenter-azure-edition-core', 'CORE')", true],
    ["replace('a-b-c', '-', '.')", 'a.b.c'],
    ["split('a/b,c', ['/', ','])", ['a', 'b', 'c']],
    ["substring('hotpatch', 3)", 'patch'],
    ["substring('hotpatch', 0, 3)", 'hot'],
    ["substring('hot', 2, 5)", { unresolved: 'substring() argument 3 should be a length inside the string, found a number' }],
    ["length('abc')", 3],
    ['length([1, 2])', 2],
    ['length({ a: 1 })', 1],
    ['string(true)', 'True'],
    ["string({ a: [1, 'x'] })", '{"a":[1,"x"]}'],
    ["int('42')", 42],
    ["int('4x')", { unresolved: 'int() argument 1 should be an integer or a string of digits, found a string' }],
    ["bool('TRUE')", true],
    ['bool(0)', false],
    ["union({ a: { b: 1, c: 2 } }, { a: { c: 3 }, d: 4 })", { a: { b: 1, c: 3 }, d: 4 }],
    ['union([1, 2], [2, 3])', [1, 2, 3]],
    ["union({ a: 1 }, ['x'])", { unresolved: 'union() needs all objects or all arrays' }],
    ["coalesce(null, null, 'c', 'd')", 'c'],
    ['coalesce(null, resourceGroup().location, 1)', RG_LOCATION],
    ['coalesce(null)', null],
    ["first(['a', 'b'])", 'a'],
    ["last('xyz')", 'z'],
    ['first([])', null],
    ['take([1, 2, 3], 2)', [1, 2]],
    ['skip([1, 2, 3], 2)', [3]],
    ["take('abc', 5)", 'abc'],
    ["indexOf('abcB', 'B')", 1],
    ["lastIndexOf('abcB', 'b')", 3],
    ["indexOf([1, 'x'], 'x')", 1],
    ['json(\'{"a": [1, true, null]}\')', { a: [1, true, null] }],
    ["json('{')", { unresolved: 'json() argument is not valid JSON' }],
    ['range(2, 3)', [2, 3, 4]],
    ['range(0, 20000)', { unresolved: 'range() of 20000 items is more than the 10,000 read' }],
    ["padLeft(7, 3, '0')", '007'],
    ["join(['a', 'b'], ', ')", 'a, b'],
    ['min(3, 1, 2)', 1],
    ['max([3, 1, 2])', 3],
    ["items({ b: 2, a: 1 })", [{ key: 'a', value: 1 }, { key: 'b', value: 2 }]],
    ["objectKeys({ b: 2, a: 1 })", ['b', 'a']],
    ['flatten([[1], [2, 3]])', [1, 2, 3]],
    ['array(1)', [1]],
    ['filter([1, 2, 3, 4], n => n % 2 == 0)', [2, 4]],
    ["map(['a', 'b'], (s, i) => '${i}:${s}')", ['0:a', '1:b']],
    ['reduce([1, 2, 3], 10, (acc, n) => acc + n)', 16],
    ["toObject([{ k: 'a', v: 1 }], e => e.k, e => e.v)", { a: 1 }],
    ['mapValues({ a: 1 }, v => v * 2)', { a: 2 }],
    ["shallowMerge([{ a: 1 }, { b: 2 }])", { a: 1, b: 2 }],
    ["sys.toLower('X')", 'x'],
    ["uniqueString('a')", { unresolved: 'uniqueString() is only known at deployment' }],
    ["guid('a')", { unresolved: 'guid() is only known at deployment' }],
    ["listKeys('id', '2023-01-01')", { unresolved: 'listKeys() is only known at deployment' }],
    ["loadFileAsBase64('x.bin')", { unresolved: 'loadFileAsBase64() is not evaluated (of the functions that load files, only loadJsonContent, loadYamlContent and loadTextContent are)' }],
    ["noSuchFunction('x')", { unresolved: 'function noSuchFunction() is not evaluated' }],
    ['resourceGroup().location', RG_LOCATION],
    ["az.resourceGroup('rg-1').name", 'rg-1'],
    ['subscription().subscriptionId', { unresolved: 'subscription().subscriptionId is only known at deployment' }],
    ['deployment().name', { unresolved: 'deployment().name is only known at deployment' }],
    ["environment().suffixes.storage", { unresolved: 'environment().suffixes is only known at deployment' }],
    ["readEnvironmentVariable('X', 'y')", { unresolved: 'environment variable X is read when the parameters are built' }],
    ["resourceId('Microsoft.Compute/virtualMachines', 'vm1')", '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/virtualMachines/vm1'],
    ["resourceId('rg', 'Microsoft.Network/virtualNetworks/subnets', 'vnet', 'default')", '/subscriptions/{subscriptionId}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default'],
    ["resourceId('sub', 'rg', 'Microsoft.Maintenance/maintenanceConfigurations', 'mc')", '/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Maintenance/maintenanceConfigurations/mc'],
    ["resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet')", { unresolved: 'resourceId() arguments do not form a resource ID' }],
    ["subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'r')", '/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/r'],
    ["tenantResourceId('Microsoft.Management/managementGroups', 'mg')", '/providers/Microsoft.Management/managementGroups/mg'],
    ["extensionResourceId('/x/vm', 'Microsoft.Maintenance/configurationAssignments', 'a')", '/x/vm/providers/Microsoft.Maintenance/configurationAssignments/a']
  ])('%s', (expression, expected) => {
    expect(evaluate(expression)).toEqual(expected)
  })
})

describe('evaluator: declarations', () => {
  it('evaluates parameters from their defaults, variables, user functions and the AVM ternary', () => {
    const declarations = [
      "param patchMode string = 'automaticbyplatform'",
      'param enableHotpatching bool = true',
      'param missing string',
      'param optional string?',
      "var settings = { enableHotpatching: (patchMode =~ 'AutomaticByPlatform') ? enableHotpatching : false }",
      "func prefixed(name string) string => 'vm-${name}'"
    ].join('\n')
    expect(evaluate('settings', declarations)).toEqual({ enableHotpatching: true })
    expect(evaluate("prefixed('web')", declarations)).toEqual('vm-web')
    expect(evaluate('missing', declarations)).toEqual({ unresolved: "parameter 'missing' has no default and no parameter file sets it" })
    expect(evaluate('optional', declarations)).toEqual(null)
  })

  it('gives each value its origin: default, variable, expression', () => {
    const { template: main } = template({
      'main.bicep': ["param sku string = '2022-datacenter-azure-edition'", 'var chosen = sku', "var computed = toLower(sku)"].join('\n')
    })
    expect(main.symbol('sku')?.prov).toEqual({ origin: 'default', detail: 'sku', via: [{ file: 'main.bicep', line: 1, column: 1 }] })
    expect(main.symbol('chosen')?.prov).toEqual({
      origin: 'default',
      detail: 'sku',
      via: [
        { file: 'main.bicep', line: 2, column: 1 },
        { file: 'main.bicep', line: 1, column: 1 }
      ]
    })
    expect(main.symbol('computed')?.prov).toEqual({
      origin: 'variable',
      detail: 'computed',
      via: [
        { file: 'main.bicep', line: 3, column: 1 },
        { file: 'main.bicep', line: 1, column: 1 }
      ]
    })
  })

  it('reads symbols imported from a local file, and says registry imports are not read', () => {
    const files = {
      'main.bicep': "import { prefix, name as vmName } from 'shared/names.bicep'\nimport * as names from 'shared/names.bicep'\nimport { lockType } from 'br/public:avm/utl/types:0.7.0'\nvar x = [prefix, vmName('a'), names.prefix, names.name('b'), lockType]",
      'shared/names.bicep': "@export()\nvar prefix = 'hp'\n@export()\nfunc name(s string) string => '${prefix}-${s}'"
    }
    expect(plain(template(files).template.symbol('x'))).toEqual([
      'hp',
      'hp-a',
      'hp',
      'hp-b',
      { unresolved: 'symbols imported from registry br/public:avm/utl/types:0.7.0 are not read' }
    ])
  })

  it('resolves resource symbols: name, id, existing resources, children and properties only known at deployment', () => {
    const files = {
      'main.bicep': [
        "resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {",
        "  name: 'vnet1'",
        "  resource subnet 'subnets' = {",
        "    name: 'default'",
        '  }',
        '}',
        "resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' existing = {",
        "  name: 'old-vm'",
        "  scope: resourceGroup('legacy-rg')",
        '}',
        "resource ext 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {",
        "  name: 'a1'",
        '  scope: vm',
        '}',
        'var x = [vnet.name, vnet::subnet.id, vm.id, ext.id, vm.properties, vnet.type, vnet.apiVersion]'
      ].join('\n')
    }
    expect(plain(template(files).template.symbol('x'))).toEqual([
      'vnet1',
      '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/default',
      '/subscriptions/{subscriptionId}/resourceGroups/legacy-rg/providers/Microsoft.Compute/virtualMachines/old-vm',
      '/subscriptions/{subscriptionId}/resourceGroups/legacy-rg/providers/Microsoft.Compute/virtualMachines/old-vm/providers/Microsoft.Maintenance/configurationAssignments/a1',
      { unresolved: 'vm.properties is only known at deployment' },
      'Microsoft.Network/virtualNetworks',
      '2024-01-01'
    ])
  })

  it('turns self references and runaway recursion into unresolved values', () => {
    expect(evaluate('y', 'var y = z\nvar z = y')).toEqual({ unresolved: "'y' refers to itself" })
    expect(evaluate('r.name', "resource r 'T@1' = {\n  name: r.id\n}")).toEqual({ unresolved: "the name of resource 'r' refers to itself" })
    expect(evaluate('loop(1)', 'func loop(n int) int => loop(n)')).toEqual({ unresolved: 'evaluation nested deeper than 400 levels' })
  })
})
