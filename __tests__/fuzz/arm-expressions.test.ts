/**
 * The ARM expression evaluator under fast-check at CI scale: well-formed expressions built from every
 * function the evaluator knows (with hostile arguments: huge counts, deep nesting, `__proto__`), and
 * the same texts mutated, evaluate in a template scope without an exception; syntax errors carry an
 * offset inside the text; problems are reported at a place in the template; each call within the
 * hang bound.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { COLLECTION_FUNCTIONS } from '../../src/readers/arm/expressions/functions/collections.js'
import { CONVERSION_FUNCTIONS } from '../../src/readers/arm/expressions/functions/conversions.js'
import { DEPLOYMENT_CONTEXT_FUNCTIONS } from '../../src/readers/arm/expressions/functions/deployment-context.js'
import { LOGICAL_FUNCTIONS } from '../../src/readers/arm/expressions/functions/logical.js'
import { RESOURCE_ID_FUNCTIONS } from '../../src/readers/arm/expressions/functions/resource-ids.js'
import { STRING_FUNCTIONS } from '../../src/readers/arm/expressions/functions/strings.js'
import { ExpressionSyntaxError } from '../../src/readers/arm/expressions/tokenizer.js'
import { Unresolved, type ArmValue, type Json } from '../../src/readers/arm/expressions/values.js'
import type { JsonObject } from '../../src/readers/arm/json/json-value.js'
import { Context } from '../../src/readers/arm/template/context.js'
import { evaluateString } from '../../src/readers/arm/template/evaluate-json.js'
import { DEFAULTS_ONLY } from '../../src/readers/arm/template/parameter-sources.js'
import { EvaluationSession } from '../../src/readers/arm/template/session.js'
import { TemplateScope } from '../../src/readers/arm/template/template-scope.js'
import { cpuMillisecondsSince, HANG_BOUND_MS, PARAMETERS, RUNS, timeoutFor } from './support.js'

const FUNCTIONS = [
  ...Object.keys({
    ...STRING_FUNCTIONS,
    ...COLLECTION_FUNCTIONS,
    ...LOGICAL_FUNCTIONS,
    ...CONVERSION_FUNCTIONS,
    ...RESOURCE_ID_FUNCTIONS,
    ...DEPLOYMENT_CONTEXT_FUNCTIONS
  }),
  'listKeys',
  'contoso.udf',
  'notAFunction'
]

/** What the template declares: every type, an unresolved parameter, a copy-loop variable, self-references. */
const TEMPLATE = JSON.parse(`{
  "parameters": {
    "name": { "type": "string", "defaultValue": "vm-web" },
    "count": { "type": "int", "defaultValue": 3 },
    "list": { "type": "array", "defaultValue": ["a", "b", ["c"]] },
    "tags": { "type": "object", "defaultValue": { "env": "prod", "__proto__": "x", "constructor": { "prototype": 1 } } },
    "secret": { "type": "securestring" }
  },
  "variables": {
    "self": "[variables('self')]",
    "ping": "[variables('pong')]",
    "pong": "[concat(variables('ping'), 'x')]",
    "big": "[range(0, 10000)]",
    "copy": [{ "name": "items", "count": 5, "input": "[concat('item-', string(copyIndex('items')))]" }]
  },
  "resources": []
}`) as JsonObject

const NAMES = ['name', 'count', 'list', 'tags', 'secret', 'self', 'ping', 'big', 'items', 'missing', '__proto__']

const stringLiteral = fc.string({ maxLength: 12 }).map(text => `'${text.replaceAll("'", "''")}'`)
const leaf = fc.oneof(
  stringLiteral,
  fc.constantFrom("'{0}-{1}'", "'[1,[2,{\"a\":3}]]'", "'a,b,c'", "'/subscriptions/s/resourceGroups/g'"),
  fc.integer({ min: -3, max: 10 }).map(String),
  fc.constantFrom('100000', '1048577', '-1', '2147483648', '9007199254740993', '1.5'),
  fc.constantFrom('true', 'false', 'null'),
  fc.constantFrom(...NAMES).map(name => `parameters('${name}')`),
  fc.constantFrom(...NAMES).map(name => `variables('${name}')`)
)

const { expression } = fc.letrec<{ expression: string; call: string; member: string; index: string }>(tie => ({
  expression: fc.oneof({ depthSize: 'small', maxDepth: 6 }, leaf, tie('call'), tie('member'), tie('index')),
  call: fc
    .tuple(fc.constantFrom(...FUNCTIONS), fc.array(tie('expression'), { maxLength: 4 }))
    .map(([name, args]) => `${name}(${args.join(', ')})`),
  member: fc
    .tuple(tie('expression'), fc.constantFrom('env', 'length', 'outputs', 'id', '__proto__', 'constructor', 'prototype'))
    .map(([target, name]) => `${target}.${name}`),
  index: fc.tuple(tie('expression'), tie('expression')).map(([target, index]) => `${target}[${index}]`)
}))

/** A well-formed expression with a few characters cut or inserted: unbalanced brackets, broken strings. */
const EDIT_TOKENS = ['(', ')', '[', ']', "'", ',', '.', '', ' ', '-', '"', '\\']
const broken = fc
  .tuple(expression, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EDIT_TOKENS)), { minLength: 1, maxLength: 4 }))
  .map(([text, edits]) =>
    edits.reduce((current, [at, token]) => {
      const position = current.length === 0 ? 0 : at % current.length
      // An empty token cuts the character there; any other is inserted.
      const rest = current.slice(token === '' ? position + 1 : position)
      return current.slice(0, position) + token + rest
    }, text)
  )

function isArmValue(value: ArmValue, depth = 0): boolean {
  if (depth > 600) return false
  if (value === null || value instanceof Unresolved) return true
  if (['string', 'number', 'boolean'].includes(typeof value)) return true
  const children: ArmValue[] = Array.isArray(value) ? value : Object.values(value as object)
  return children.every(child => isArmValue(child, depth + 1))
}

describe('ARM expression evaluator fuzzing', () => {
  it(`evaluates ${RUNS} generated and mutated expressions without an exception`, () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: expression, weight: 3 }, { arbitrary: broken, weight: 2 }), text => {
        const session = new EvaluationSession()
        session.beginTemplate({ file: 't.json', path: [] })
        const context = new Context(new TemplateScope(session, 't.json', TEMPLATE, [], DEFAULTS_ONLY))
        const started = process.cpuUsage()
        const { value, trace } = evaluateString(`[${text}]`, context, { file: 't.json', path: ['resources', 0, 'name'] })
        const elapsed = cpuMillisecondsSince(started)
        if (elapsed > HANG_BOUND_MS) {
          throw new Error(`one evaluation used ${Math.round(elapsed)} ms of CPU (bound ${HANG_BOUND_MS} ms)`)
        }
        expect(isArmValue(value)).toBe(true)
        expect(['literal', 'default', 'parameter-file', 'variable', 'expression']).toContain(trace.origin)
        const parsed = session.expressions.parse(text)
        if (parsed instanceof ExpressionSyntaxError) {
          expect(parsed.offset).toBeGreaterThanOrEqual(0)
          expect(parsed.offset).toBeLessThanOrEqual(text.length)
        }
        for (const problem of session.reported()) expect(problem.ref.file).toBe('t.json')
      }),
      PARAMETERS
    )
  }, timeoutFor(2))

  it('evaluates a known expression of the grammar (the generator reaches real values)', () => {
    const session = new EvaluationSession()
    session.beginTemplate({ file: 't.json', path: [] })
    const context = new Context(new TemplateScope(session, 't.json', TEMPLATE, [], DEFAULTS_ONLY))
    const value = (text: string): ArmValue => evaluateString(`[${text}]`, context, { file: 't.json', path: ['x'] }).value
    expect(value("concat(parameters('name'), '-', string(length(variables('items'))))")).toBe('vm-web-5')
    expect(value("parameters('tags').__proto__")).toBe('x')
    expect(value("variables('self')")).toEqual(new Unresolved("variable 'self' refers to itself"))
    expect(value('length(variables(\'big\'))')).toBe(10_000)
    expect((value('json(\'{"a": 1}\')') as Record<string, Json>).a).toBe(1)
  })
})
