/**
 * PropertyReader reads a scalar written as is without evaluating it: it must give the same Sourced
 * value, location and step count as evaluating it does (the evaluated path, `resolve` + `sourced`),
 * at every step budget, including the budget running out on that very read.
 */
import { describe, expect, it } from '@jest/globals'
import type { Sourced } from '../../../src/model/source.js'
import { Unresolved, type ArmValue } from '../../../src/readers/arm/expressions/values.js'
import { parseJsonDocument } from '../../../src/readers/arm/json/json-document.js'
import type { JsonObject } from '../../../src/readers/arm/json/json-value.js'
import { isModeledType } from '../../../src/readers/arm/model/adapt.js'
import { PropertyReader } from '../../../src/readers/arm/model/property-reader.js'
import { Context } from '../../../src/readers/arm/template/context.js'
import { DEFAULTS_ONLY } from '../../../src/readers/arm/template/parameter-sources.js'
import { collectResources } from '../../../src/readers/arm/template/resource-walker.js'
import { EvaluationSession } from '../../../src/readers/arm/template/session.js'
import { TemplateScope } from '../../../src/readers/arm/template/template-scope.js'

const TEXT = JSON.stringify(
  {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    parameters: { location: { type: 'string', defaultValue: 'westeurope' } },
    resources: [
      {
        type: 'Microsoft.Compute/virtualMachines',
        apiVersion: '2024-07-01',
        name: 'vm',
        location: "[parameters('location')]",
        tags: { a: 'x', b: "[parameters('location')]" },
        properties: {
          osProfile: { windowsConfiguration: { patchSettings: { patchMode: 'AutomaticByPlatform', enableHotpatching: true, count: 3, none: null } } },
          escaped: '[[not an expression]',
          list: ['a', "[parameters('location')]"]
        }
      }
    ]
  },
  null,
  2
)

const PATHS: readonly (readonly string[])[] = [
  ['apiVersion'],
  ['location'],
  ['tags'],
  ['tags', 'b'],
  ['properties', 'osProfile', 'windowsConfiguration', 'patchSettings', 'patchMode'],
  ['properties', 'osProfile', 'windowsConfiguration', 'PATCHSETTINGS', 'enableHotpatching'],
  ['properties', 'osProfile', 'windowsConfiguration', 'patchSettings', 'count'],
  ['properties', 'osProfile', 'windowsConfiguration', 'patchSettings', 'none'],
  ['properties', 'osProfile', 'windowsConfiguration', 'patchSettings', 'missing'],
  ['properties', 'escaped'],
  ['properties', 'escaped', 'deeper'],
  ['properties', 'list'],
  ['properties', 'osProfile']
]

const OBJECTS = new Set([PATHS[2], PATHS[12]])

const identity = (value: ArmValue): ArmValue => value

/** Every path read with `read` and `written` (fast), or through `resolve` and `sourced` (evaluated), at a step budget. */
function readAll(steps: number, evaluated: boolean): { values: unknown[]; problems: unknown[] } {
  const parsed = parseJsonDocument('t.json', TEXT)
  if (!parsed.ok) throw new Error(parsed.error.message)
  const { document } = parsed
  const session = new EvaluationSession({ instances: 10_000, steps })
  session.beginTemplate({ file: 't.json', path: [] })
  const template = document.value as JsonObject
  const context = new Context(new TemplateScope(session, 't.json', template, [], DEFAULTS_ONLY))
  const [instance] = collectResources(template, { file: 't.json', path: [] }, context, isModeledType)
  if (instance === undefined) throw new Error('no instance')
  const reader = new PropertyReader(instance, ref => document.locate(ref.path))
  const slow = (path: readonly string[], convert: (value: ArmValue) => ArmValue | Unresolved): Sourced<ArmValue> => {
    const resolved = reader.resolve(path)
    if (resolved === undefined || resolved.traced.value === null) return { value: undefined, origin: 'absent', location: reader.resourceLocation }
    return reader.sourced(resolved.traced, resolved.ref, convert)
  }
  // `written` does not evaluate an object written in the template (it counts as literal): only other paths compare.
  const values = PATHS.flatMap(path =>
    evaluated
      ? [slow(path, identity), ...(OBJECTS.has(path) ? [] : [slow(path, value => (value instanceof Unresolved ? value : true))])]
      : [reader.read(path, identity), ...(OBJECTS.has(path) ? [] : [reader.written(path)])]
  )
  return { values: values.map(value => ({ ...value })), problems: session.reported() }
}

describe('PropertyReader', () => {
  it('reads scalars as evaluating them does, at every step budget', () => {
    const outcomes = new Set<string>()
    for (let steps = 0; steps <= 60; steps++) {
      const fast = readAll(steps, false)
      expect({ steps, ...fast }).toEqual({ steps, ...readAll(steps, true) })
      outcomes.add(JSON.stringify(fast.values))
    }
    // The budgets reach from nothing evaluated to everything: the comparison covered stopped and read values.
    expect(outcomes.size).toBeGreaterThan(10)
    const all = readAll(60, false).values as Sourced<ArmValue>[]
    expect(all[7]).toEqual({ value: 'AutomaticByPlatform', origin: 'literal', location: { file: 't.json', line: 23, column: 15 } })
    expect(all[17]).toEqual({ value: '[not an expression]', origin: 'literal', location: { file: 't.json', line: 30, column: 9 } })
  })
})
