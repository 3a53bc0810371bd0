/**
 * Unit tests for src/readers/arm/expressions: tokenizer, parser and evaluator with every function.
 */
import { describe, expect, it } from '@jest/globals'
import { ExpressionCache, evaluate, releaseSharedExpressions, type ExpressionScope } from '../../../src/readers/arm/expressions/evaluator.js'
import { armReader } from '../../../src/readers/arm/arm-reader.js'
import { parseExpression } from '../../../src/readers/arm/expressions/parser.js'
import { ExpressionSyntaxError } from '../../../src/readers/arm/expressions/tokenizer.js'
import type { Traced } from '../../../src/readers/arm/expressions/trace.js'
import { getMember, Unresolved, type ArmValue } from '../../../src/readers/arm/expressions/values.js'

const PARAMETERS: Record<string, ArmValue> = {
  name: 'web-01',
  tags: { env: 'prod' },
  list: ['a', 'b']
}

const scope: ExpressionScope = {
  parameter: (name: string): Traced => {
    const ref = { file: 'main.json', path: ['parameters', name, 'defaultValue'] }
    const value = getMember(PARAMETERS, name)
    if (value !== undefined) return { value, trace: { origin: 'default', detail: name, via: [ref] } }
    const reason = `parameter '${name}' has no default value and no parameter file sets it`
    return { value: new Unresolved(reason, `{s0:${name}}`), trace: { origin: 'default', detail: name, via: [] } }
  },
  variable: (name: string): Traced => ({ value: `variable ${name}`, trace: { origin: 'variable', detail: name, via: [] } }),
  copyIndex: loop => (loop === undefined || loop === 'disks' ? 2 : new Unresolved(`copyIndex('${loop}') is used outside that copy loop`)),
  resourceGroup: undefined,
  resourceGroupUnknown: false
}

const run = (text: string): Traced => evaluate(parseExpression(text), scope)
const value = (text: string): ArmValue => run(text).value
const unresolved = (reason: string, pattern?: string) => new Unresolved(reason, pattern)
const AT_DEPLOYMENT = (what: string) => unresolved(`${what} is only known at deployment`)
const MISSING = (name: string) => unresolved(`parameter '${name}' has no default value and no parameter file sets it`)
const PLACEHOLDER_GROUP = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}'

describe('ARM expression functions', () => {
  it.each<[string, ArmValue]>([
    // strings
    ["concat('a', 'b', 1)", 'ab1'],
    ['concat(createArray(1), createArray(2, 3))', [1, 2, 3]],
    ["concat('vm-', parameters('size'))", unresolved(MISSING('size').reason, 'vm-{s0:size}')],
    ["concat('a', reference('x').id)", AT_DEPLOYMENT('reference()')],
    ["concat(createArray(1), 'a')", unresolved('concat() expects arrays only when one argument is an array, got string')],
    ["format('{0}-{1:D3}', 'vm', 7)", 'vm-007'],
    ["format('{0:N2}|{0:F1}|{1:X}|{2}', 1234.5, 255, true())", '1,234.50|1234.5|FF|True'],
    ["format('{{{0}}}', 'x')", '{x}'],
    ["format('[{0,5}]', 'ab')", '[   ab]'],
    ["format('{0:yyyy}', 5)", unresolved("format() specifier 'yyyy' is not supported")],
    ["format('{2}', 'a')", unresolved('format() refers to argument 2 of 1')],
    ["format('{0', 'a')", unresolved("format() string '{0' is not a valid format string")],
    ["format('{0}-nic', parameters('size'))", unresolved(MISSING('size').reason, '{s0:size}-nic')],
    ["toLower('ABC')", 'abc'],
    ["toUpper('abc')", 'ABC'],
    ['toLower(1)', unresolved('toLower() expects a string, got int')],
    ["trim('  x ')", 'x'],
    ["replace('a.b.c', '.', '-')", 'a-b-c'],
    ["split('a,b;c', createArray(',', ';'))", ['a', 'b', 'c']],
    ["split('a/b', '/')", ['a', 'b']],
    ["startsWith('AzureEdition', 'azure')", true],
    ["endsWith('abc', 'BC')", true],
    ["substring('hotpatch', 3, 5)", 'patch'],
    ["substring('abc', 2, 5)", unresolved("substring() range is outside the string 'abc'")],
    ["indexOf('abcdef', 'CD')", 2],
    ["lastIndexOf('test', 't')", 3],
    ["indexOf(createArray('a', 'b'), 'b')", 1],
    ["padLeft(7, 3, '0')", '007'],
    ["base64('one, two, three')", 'b25lLCB0d28sIHRocmVl'],
    // uri(): after a base ending in `/`, appended (one slash where both have one); else in place of its last segment.
    ["uri('https://a.example/qs/', 'nested/vm.json')", 'https://a.example/qs/nested/vm.json'],
    ["uri('https://a.example/qs/', '/nested/vm.json')", 'https://a.example/qs/nested/vm.json'],
    ["uri('https://a.example/qs/azuredeploy.json', 'nested/vm.json?sv=1')", 'https://a.example/qs/nested/vm.json?sv=1'],
    ["uri('https://a.example', 'vm.json')", unresolved("uri() of a base URI with no path ('https://a.example') is not evaluated")],
    ["uri('https://a.example/qs/', 1)", unresolved('uri() expects a string relative URI, got int')],
    ["join(createArray('a', 'b'), '-')", 'a-b'],
    ['string(true())', 'True'],
    ["string(createObject('a', 1))", '{"a":1}'],
    ["string(createObject('a', reference('x')))", AT_DEPLOYMENT('reference()')],
    ['json(\'{"a": [1, 2]}\')', { a: [1, 2] }],
    ["json('{')", unresolved('json() input is not valid JSON')],
    // logical
    ["if(equals(1, 1), 'yes', reference('x'))", 'yes'],
    ["if(parameters('size'), 'a', 'b')", MISSING('size')],
    ["if(1, 'a', 'b')", unresolved('if() expects a bool condition, got int')],
    ["and(false(), reference('x').ok)", false],
    ["and(true(), reference('x').ok)", AT_DEPLOYMENT('reference()')],
    ['and(true(), true())', true],
    ["or(reference('x').ok, true())", true],
    ['or(false(), false())', false],
    ['not(true())', false],
    ["equals('Windows', 'windows')", false],
    ["equals(createObject('A', createArray(1)), createObject('a', createArray(1)))", true],
    ['equals(createArray(1), createArray(1, 2))', false],
    ["equals(reference('x'), 1)", AT_DEPLOYMENT('reference()')],
    ["coalesce(null(), null(), 'x')", 'x'],
    ["coalesce(null(), reference('x'))", AT_DEPLOYMENT('reference()')],
    ['coalesce(null())', null],
    ['less(1, 2)', true],
    ["greaterOrEquals('b', 'a')", true],
    ["lessOrEquals(1, 'a')", unresolved('lessOrEquals() expects two ints or two strings')],
    ["bool('True')", true],
    ['bool(0)', false],
    ['true()', true],
    ['false()', false],
    ['null()', null],
    // collections
    ["createArray(1, 'a')", [1, 'a']],
    ["createObject('a', 1, 'b', reference('x'))", { a: 1, b: AT_DEPLOYMENT('reference()') }],
    ["createObject('a')", unresolved('createObject() expects key/value pairs')],
    // A later key differing only in case replaces the earlier one, and takes the last place.
    ["string(createObject('Env', 1, 'b', 2, 'ENV', 3))", '{"b":2,"ENV":3}'],
    ["string(createObject('__proto__', 1, 'k', 2, 'K', 3))", '{"__proto__":1,"K":3}'],
    [
      "union(createObject('a', createObject('x', 1)), createObject('a', createObject('y', 2), 'b', 3))",
      { a: { x: 1, y: 2 }, b: 3 }
    ],
    ['union(createArray(1, 2), createArray(2, 3))', [1, 2, 3]],
    ["union(createArray(1), createObject('a', 1))", unresolved('union() expects all objects or all arrays')],
    ["shallowMerge(createArray(createObject('a', createObject('x', 1)), createObject('a', createObject('y', 2))))", { a: { y: 2 } }],
    ['intersection(createArray(1, 2, 3), createArray(2, 3, 4))', [2, 3]],
    ["intersection(createObject('a', 1, 'b', 2), createObject('a', 1, 'b', 3))", { a: 1 }],
    ["contains('OneTwo', 'two')", false],
    ["contains(createObject('Env', 'x'), 'env')", true],
    ["contains(createArray('a'), 'a')", true],
    ["contains(createArray(reference('x')), 'a')", AT_DEPLOYMENT('reference()')],
    ["empty('')", true],
    ['empty(createObject())', true],
    ['empty(createArray(1))', false],
    ['empty(null())', true],
    ["length(parameters('list'))", 2],
    ["length('abc')", 3],
    ["first(createArray('a', 'b'))", 'a'],
    ["last('abc')", 'c'],
    ['first(createArray())', null],
    ['take(createArray(1, 2, 3), 2)', [1, 2]],
    ["skip('abcd', 2)", 'cd'],
    ['range(1, 3)', [1, 2, 3]],
    ['range(0, 10001)', unresolved('range() count must be 0 to 10000')],
    [
      "items(createObject('b', 2, 'a', 1))",
      [
        { key: 'a', value: 1 },
        { key: 'b', value: 2 }
      ]
    ],
    ["objectKeys(createObject('a', 1, 'b', 2))", ['a', 'b']],
    ["tryGet(parameters('tags'), 'missing')", null],
    ["tryGet(parameters('tags'), 'Env')", 'prod'],
    ["array('x')", ['x']],
    ['min(3, 1, 2)', 1],
    ['max(createArray(4, 9))', 9],
    // numbers
    ["int('42')", 42],
    ["int('4x')", unresolved('int() expects an int or an integer string, got string')],
    ['add(1, 2)', 3],
    ['sub(1, 2)', -1],
    ['mul(3, 4)', 12],
    ['div(7, 2)', 3],
    ['mod(7, 2)', 1],
    ['div(1, 0)', unresolved('div() cannot divide by zero')],
    // resource IDs
    ["resourceId('Microsoft.Compute/virtualMachines', 'vm1')", `${PLACEHOLDER_GROUP}/providers/Microsoft.Compute/virtualMachines/vm1`],
    ["resourceId('/Microsoft.Compute//virtualMachines/', 'vm1')", `${PLACEHOLDER_GROUP}/providers/Microsoft.Compute/virtualMachines/vm1`],
    [
      "resourceId('rg-x', 'Microsoft.Network/virtualNetworks/subnets', 'vnet', 'default')",
      '/subscriptions/{subscriptionId}/resourceGroups/rg-x/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default'
    ],
    [
      "resourceId('sub-1', 'rg-x', 'Microsoft.Compute/virtualMachines', 'vm1')",
      '/subscriptions/sub-1/resourceGroups/rg-x/providers/Microsoft.Compute/virtualMachines/vm1'
    ],
    [
      "resourceId(subscription().subscriptionId, 'rg-x', 'Microsoft.Compute/virtualMachines', 'vm1')",
      '/subscriptions/{subscriptionId}/resourceGroups/rg-x/providers/Microsoft.Compute/virtualMachines/vm1'
    ],
    [
      "resourceId('Microsoft.Compute/virtualMachines', parameters('size'))",
      unresolved(MISSING('size').reason, `${PLACEHOLDER_GROUP}/providers/Microsoft.Compute/virtualMachines/{s0:size}`)
    ],
    [
      "resourceId('Microsoft.Compute/virtualMachines', 'a', 'b')",
      unresolved("resourceId() got 2 name(s) for resource type 'Microsoft.Compute/virtualMachines'")
    ],
    [
      "subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg')",
      '/subscriptions/{subscriptionId}/providers/Microsoft.Resources/resourceGroups/rg'
    ],
    ["tenantResourceId('Microsoft.Management/managementGroups', 'mg')", '/providers/Microsoft.Management/managementGroups/mg'],
    [
      "extensionResourceId(resourceId('Microsoft.Compute/virtualMachines', 'vm1'), 'Microsoft.Maintenance/configurationAssignments', 'a1')",
      `${PLACEHOLDER_GROUP}/providers/Microsoft.Compute/virtualMachines/vm1/providers/Microsoft.Maintenance/configurationAssignments/a1`
    ],
    // deployment context
    ['resourceGroup().location', AT_DEPLOYMENT('resourceGroup().location')],
    ['resourceGroup().id', PLACEHOLDER_GROUP],
    ['subscription().subscriptionId', AT_DEPLOYMENT('subscription().subscriptionId')],
    ['deployment().name', AT_DEPLOYMENT('deployment().name')],
    ['environment().name', AT_DEPLOYMENT('environment()')],
    ["reference('x').outputs.y", AT_DEPLOYMENT('reference()')],
    ["listKeys('x', '2023-01-01').keys[0].value", AT_DEPLOYMENT('listKeys()')],
    ["uniqueString('a')", unresolved('uniqueString() is a hash computed at deployment')],
    ["guid('a')", unresolved('guid() is a hash computed at deployment')],
    ['newGuid()', AT_DEPLOYMENT('newGuid()')],
    ['utcNow()', AT_DEPLOYMENT('utcNow()')],
    ['copyIndex()', 2],
    ['copyIndex(1)', 3],
    ["copyIndex('disks', 10)", 12],
    ["copyIndex('other')", unresolved("copyIndex('other') is used outside that copy loop")],
    // unknown functions, property and index access
    ['foo(1)', unresolved("function 'foo' is not supported")],
    ['__bicep.double(2)', unresolved("user-defined function '__bicep.double' is not evaluated")],
    ["filter(createArray(1), lambda('x', true()))", unresolved("function 'filter' is not supported")],
    ["parameters('tags').ENV", 'prod'],
    ["parameters('list')[1]", 'b'],
    ["parameters('tags')['env']", 'prod'],
    ["parameters('list')[5]", unresolved('index 5 is outside an array of 2')],
    ["createObject('a', 1).b", unresolved("property 'b' does not exist")],
    ['null().x', unresolved("cannot read property 'x' of null")],
    ["parameters('size').x", MISSING('size')],
    ["'it''s'", "it's"],
    ['-1', -1]
  ])('%s', (expression, expected) => {
    expect(value(expression)).toEqual(expected)
  })

  it("gives deployment().properties.templateLink.uri as the template's own URL where the reader knows it, and nothing else of deployment()", () => {
    const deployed: ExpressionScope = { ...scope, templateUri: 'https://artifacts.invalid/sample/azuredeploy.json' }
    const valueIn = (text: string): ArmValue => evaluate(parseExpression(text), deployed).value
    // uri() replaces the base's file name: the link is beside the template.
    expect(valueIn("uri(deployment().properties.templateLink.uri, 'nested/vm.json')")).toBe('https://artifacts.invalid/sample/nested/vm.json')
    expect(valueIn('deployment().properties.mode')).toEqual(AT_DEPLOYMENT('deployment().properties'))
    expect(valueIn('deployment().properties.templateLink.contentVersion')).toEqual(AT_DEPLOYMENT('deployment().properties.templateLink'))
    expect(valueIn('deployment().name')).toEqual(AT_DEPLOYMENT('deployment().name'))
    // An inline template has no link: as before, only known at deployment.
    expect(value('deployment().properties.templateLink.uri')).toEqual(AT_DEPLOYMENT('deployment().properties'))
  })
})

describe('provenance', () => {
  it('passes a parameter through unchanged, property access included', () => {
    expect(run("parameters('tags').env").trace).toEqual({
      origin: 'default',
      detail: 'tags',
      via: [{ file: 'main.json', path: ['parameters', 'tags', 'defaultValue'] }]
    })
  })

  it('marks computed values as expressions that passed through their inputs', () => {
    expect(run("concat(parameters('name'), variables('suffix'), 'x')").trace).toEqual({
      origin: 'expression',
      via: [{ file: 'main.json', path: ['parameters', 'name', 'defaultValue'] }]
    })
  })

  it('marks a value computed from literals only as an expression through no place', () => {
    expect(run("concat('a', 'b')").trace).toEqual({ origin: 'expression', via: [] })
    expect(run("concat(concat('a'), parameters('name'))").trace).toEqual({
      origin: 'expression',
      via: [{ file: 'main.json', path: ['parameters', 'name', 'defaultValue'] }]
    })
  })

  it('keeps literals literal', () => {
    expect(run("'x'").trace).toEqual({ origin: 'literal', via: [] })
  })
})

function syntaxError(text: string): ExpressionSyntaxError | undefined {
  try {
    parseExpression(text)
    return undefined
  } catch (error) {
    return error as ExpressionSyntaxError
  }
}

describe('syntax errors', () => {
  it.each([
    ["concat('a'", "expected ',' or ')', found the end of the expression", 10],
    ["concat('a", 'unterminated string literal', 7],
    ["concat('a'))", "unexpected ')'", 11],
    ['a b', "expected '(' after 'a'", 2],
    ['a_b$1 b', "expected '(' after 'a_b$1'", 6],
    ['1 + 2', "unexpected character '+'", 2],
    ['parameters(', 'expected a function call or a literal, found the end of the expression', 11]
  ])('%s', (text, message, offset) => {
    const error = syntaxError(text)
    expect(error).toBeInstanceOf(ExpressionSyntaxError)
    expect({ message: error?.message, offset: error?.offset }).toEqual({ message, offset })
  })

  it('refuses 10,000 nested calls with an error, not a stack overflow', () => {
    const text = `${'concat('.repeat(10_000)}'x'${')'.repeat(10_000)}`
    expect(() => parseExpression(text)).toThrow('expression nested deeper than 64 levels')
  })
})

describe('the shared expression store', () => {
  it('keeps one tree per text until the scan releases it', () => {
    const text = "[parameters('released-store-test')]"
    const first = new ExpressionCache().parse(text)
    expect(new ExpressionCache().parse(text)).toBe(first)
    releaseSharedExpressions()
    const again = new ExpressionCache().parse(text)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
    // The text as written, brackets and all: the tree of what is inside them.
    expect(again).toEqual(parseExpression("parameters('released-store-test')"))
  })

  it('is what the ARM reader releases', () => {
    const text = "[parameters('released-by-the-reader')]"
    const first = new ExpressionCache().parse(text)
    armReader.release?.()
    expect(new ExpressionCache().parse(text)).not.toBe(first)
  })
})
