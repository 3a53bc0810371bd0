/**
 * Unit tests for src/readers/arm/template: scopes, copy loops, nested deployments and limits.
 */
import { describe, expect, it } from '@jest/globals'
import { Unresolved, type Json } from '../../../src/readers/arm/expressions/values.js'
import type { JsonObject } from '../../../src/readers/arm/json/json-value.js'
import { isModeledType } from '../../../src/readers/arm/model/adapt.js'
import { Context } from '../../../src/readers/arm/template/context.js'
import { parseExpression } from '../../../src/readers/arm/expressions/parser.js'
import { evaluateJson, evaluateString, releaseExpressionDepths } from '../../../src/readers/arm/template/evaluate-json.js'
import { DEFAULTS_ONLY, nestedDeploymentSource, parameterFileSource } from '../../../src/readers/arm/template/parameter-sources.js'
import { collectResources } from '../../../src/readers/arm/template/resource-walker.js'
import { EvaluationSession } from '../../../src/readers/arm/template/session.js'
import { TemplateScope } from '../../../src/readers/arm/template/template-scope.js'

const ROOT = { file: 't.json', path: [] }

function template(body: Record<string, Json>) {
  const session = new EvaluationSession()
  session.beginTemplate(ROOT)
  const json = { resources: [], ...body } as JsonObject
  const context = new Context(new TemplateScope(session, 't.json', json, [], DEFAULTS_ONLY))
  return {
    session,
    value: (expression: string) => evaluateString(expression, context, { file: 't.json', path: ['x'] }).value,
    instances: () => collectResources(json, ROOT, context, isModeledType)
  }
}

const vm = (name: string, extra: Record<string, Json> = {}): Record<string, Json> => ({
  type: 'Microsoft.Compute/virtualMachines',
  apiVersion: '2024-07-01',
  name,
  ...extra
})

describe('variables', () => {
  it('evaluates variable copy loops and property copy loops inside variables', () => {
    const { value } = template({
      variables: {
        copy: [{ name: 'disks', count: 3, input: "[concat('disk-', string(copyIndex('disks')))]" }],
        vmConfig: { size: 'small', copy: [{ name: 'dataDisks', count: 2, input: { lun: "[copyIndex('dataDisks')]" } }] }
      }
    })
    expect(value("[variables('disks')]")).toEqual(['disk-0', 'disk-1', 'disk-2'])
    expect(value("[variables('vmConfig')]")).toEqual({ size: 'small', dataDisks: [{ lun: 0 }, { lun: 1 }] })
  })

  it('reports variables that refer to themselves, and chains longer than 64', () => {
    const chain = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`v${i}`, i === 69 ? 'end' : `[variables('v${i + 1}')]`]))
    const { value } = template({ variables: { a: "[variables('b')]", b: "[concat(variables('a'), 'x')]", ...chain } })
    expect(value("[variables('a')]")).toEqual(new Unresolved("variable 'a' refers to itself"))
    expect(value("[variables('v0')]")).toEqual(new Unresolved('more than 64 parameters and variables refer to one another in a chain'))
  })

  it('refuses copy counts over 800 with a located error', () => {
    const { value, session } = template({ variables: { copy: [{ name: 'many', count: 801, input: 'x' }] } })
    const reason = 'copy count 801 is not a whole number from 0 to 800'
    expect(value("[variables('many')]")).toEqual(new Unresolved(reason))
    expect(session.reported()).toEqual([{ ref: { file: 't.json', path: ['variables', 'copy', 0, 'count'] }, message: reason, severity: 'error' }])
  })

  it('stops nested copy loops after the evaluation budget, reporting it once', () => {
    const loop = (name: string, input: Json): Json => ({ copy: [{ name, count: 800, input }] })
    const { value, session } = template({ variables: { cube: loop('a', loop('b', loop('c', 'x'))) } })
    expect(JSON.stringify(value("[variables('cube')]"))).toContain('evaluation stopped: the template needs too many steps')
    expect(session.reported().map(problem => problem.message)).toEqual([
      'the template took more than the step budget of 2000000 evaluation steps; values past it are unknown (raise limits.evaluation-steps in the configuration to evaluate it)'
    ])
  })
})

describe('parameters', () => {
  it('reads a Key Vault reference in a parameter file as unresolved', () => {
    const source = parameterFileSource({
      file: 'env/vm.parameters.json',
      parameters: { adminPassword: { reference: { keyVault: { id: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv' }, secretName: 'pw' } } }
    })
    expect(source.supplied('ADMINPASSWORD')).toEqual({
      value: new Unresolved("parameter 'ADMINPASSWORD' is a Key Vault reference, only known at deployment"),
      trace: { origin: 'parameter-file', detail: 'ADMINPASSWORD', via: [{ file: 'env/vm.parameters.json', path: ['parameters', 'adminPassword'] }] }
    })
    expect(source.supplied('unknown')).toBeUndefined()
  })

  it('evaluates defaults that refer to other parameters, and refuses undeclared ones', () => {
    const { value } = template({
      parameters: { prefix: { type: 'string', defaultValue: 'web' }, name: { type: 'string', defaultValue: "[format('{0}-01', parameters('prefix'))]" } }
    })
    expect(value("[parameters('NAME')]")).toBe('web-01')
    expect(value("[parameters('other')]")).toEqual(new Unresolved("parameter 'other' is not declared"))
  })
})

describe('containers', () => {
  const session = new EvaluationSession()
  const outer = new TemplateScope(session, 't.json', { parameters: { size: { type: 'string', defaultValue: 'small' } } }, [], DEFAULTS_ONLY)
  const passed = { name: { value: 'vm-a' } }
  const inner = new TemplateScope(session, 't.json', { parameters: { name: { type: 'string' }, size: { type: 'string', defaultValue: "[parameters('size2')]" } } }, ['inner'], nestedDeploymentSource(passed, outer.context, { file: 't.json', path: ['p'] }))
  const evaluated = (json: Json) => evaluateJson(json, inner.context, { file: 't.json', path: ['x'] })
  const passedAt = { file: 't.json', path: ['p', 'name', 'value'] }

  it('traces a container as literal when every member is, even one passed through a place', () => {
    expect(evaluated(['a', 1, { b: "[parameters('name')]" }])).toEqual({ value: ['a', 1, { b: 'vm-a' }], trace: { origin: 'literal', via: [] } })
  })

  it('traces a container with a computed member through the places of every member, in order', () => {
    const sizeAt = { file: 't.json', path: ['inner', 'parameters', 'size', 'defaultValue'] }
    expect(evaluated({ name: "[parameters('name')]", size: "[parameters('size')]", copy: [{ name: 'n', count: 1, input: 'x' }] })).toEqual({
      value: { name: 'vm-a', size: new Unresolved("parameter 'size2' is not declared"), n: ['x'] },
      trace: { origin: 'expression', via: [passedAt, sizeAt] }
    })
  })

  it('evaluates the values of one scope in one context', () => {
    expect(inner.context).toBe(inner.context)
    expect(inner.context.loops).toEqual([])
  })
})

describe('a nested deployment parameter passed as one expression (as Bicep compiles a conditional module parameter)', () => {
  const session = new EvaluationSession()
  const outer = new TemplateScope(session, 't.json', { parameters: { ha: { type: 'bool', defaultValue: true } } }, [], DEFAULTS_ONLY)
  const passed: Record<string, Json> = {
    sku: "[if(parameters('ha'), createObject('value', '2025-datacenter-azure-edition'), createObject('value', '2022-datacenter'))]",
    secret: "[createObject('reference', createObject('secretName', 'admin'))]",
    odd: "[createObject('values', 1)]",
    later: "[if(parameters('ha'), createObject('VALUE', reference('x').id), createObject('value', 'b'))]"
  }
  const source = nestedDeploymentSource(passed, outer.context, { file: 't.json', path: ['p'] })
  const entryAt = (name: string) => ({ file: 't.json', path: ['p', name] })
  const haAt = { file: 't.json', path: ['parameters', 'ha', 'defaultValue'] }

  it('is the value member of what the expression gives, traced through the entry', () => {
    expect(source.supplied('sku')).toEqual({
      value: '2025-datacenter-azure-edition',
      trace: { origin: 'expression', via: [entryAt('sku'), haAt] }
    })
  })

  it('is a Key Vault reference, or unresolved when it gives no value member or the value is known only at deployment', () => {
    expect(source.supplied('secret')?.value).toEqual(new Unresolved("parameter 'secret' is a Key Vault reference, only known at deployment"))
    expect(source.supplied('odd')?.value).toEqual(new Unresolved("the nested deployment passes 'odd' as an expression that gives no { value }"))
    expect(source.supplied('later')?.value).toBeInstanceOf(Unresolved)
    expect(source.supplied('missing')).toBeUndefined()
  })
})

describe("a nested deployment's parameters written as one expression", () => {
  const session = new EvaluationSession()
  const outer = new TemplateScope(session, 't.json', { parameters: { ha: { type: 'bool', defaultValue: true } } }, [], DEFAULTS_ONLY)
  const all = "[if(parameters('ha'), createObject('sku', createObject('value', 'a'), 'Secret', createObject('reference', 'kv')), createObject('sku', createObject('value', 'b')))]"
  const source = nestedDeploymentSource(all, outer.context, { file: 't.json', path: ['p'] })

  it('gives each parameter the value member of its entry in what the expression evaluates to', () => {
    expect(source.supplied('sku')?.value).toBe('a')
    expect(source.supplied('secret')?.value).toEqual(new Unresolved("parameter 'secret' is a Key Vault reference, only known at deployment"))
    expect(source.supplied('other')).toBeUndefined()
    expect(source.missingReason('other')).toBe("parameter 'other' has no default value and the nested deployment's parameters expression does not pass it")
  })

  it('leaves every parameter unresolved when the expression is', () => {
    const unknown = nestedDeploymentSource("[reference('x').outputs]", outer.context, { file: 't.json', path: ['p'] })
    expect(unknown.supplied('sku')?.value).toBeInstanceOf(Unresolved)
  })
})

describe('expression values in a context', () => {
  const session = new EvaluationSession()
  const json = { parameters: { a: { type: 'string', defaultValue: 'x' }, b: { type: 'string', defaultValue: "[concat(parameters('a'), 'y')]" } } }
  const context = new TemplateScope(session, 't.json', json, [], DEFAULTS_ONLY).context
  const evaluated = (expression: string) => context.evaluate(parseExpression(expression))

  it('remembers the last value, and evaluates another expression afresh', () => {
    const tree = parseExpression("concat(parameters('b'), 'z')")
    const first = context.evaluate(tree)
    expect(first.value).toBe('xyz')
    expect(context.evaluate(tree)).toBe(first)
    expect(evaluated("parameters('a')").value).toBe('x')
    expect(context.evaluate(tree)).toEqual(first)
  })

  it('remembers nothing while a parameter or variable is being resolved', () => {
    const tree = parseExpression("concat('a', 'b')")
    expect(session.enterChain()).toBe(true)
    const inside = context.evaluate(tree)
    expect(context.evaluate(tree)).not.toBe(inside)
    session.leaveChain()
    expect(context.evaluate(tree)).toEqual(inside)
  })

  it('evaluates an expression once per copy index', () => {
    const { instances } = template({ resources: [vm("[format('vm-{0}', copyIndex())]", { copy: { name: 'c', count: 2 } })] })
    expect(instances().map(instance => instance.name.value)).toEqual(['vm-0', 'vm-1'])
  })
})

describe('resources', () => {
  const deployment = (extra: Record<string, Json>, inner: Json[]): Record<string, Json> => ({
    type: 'Microsoft.Resources/deployments',
    apiVersion: '2022-09-01',
    name: 'nested',
    ...extra,
    properties: {
      expressionEvaluationOptions: { scope: 'inner' },
      parameters: { vmName: { value: "[format('vm-{0}', copyIndex())]" } },
      template: { parameters: { vmName: { type: 'string' } }, resources: inner }
    }
  })

  it('evaluates an inner-scope deployment per copy index, its parameters in the outer loop', () => {
    const { instances } = template({ resources: [deployment({ copy: { name: 'vms', count: 2 } }, [vm("[parameters('vmName')]")])] })
    expect(instances().map(instance => [instance.name.value, instance.variant, instance.symbolPath])).toEqual([
      ['vm-0', '[0]', 'resources[0][0]/resources[0]'],
      ['vm-1', '[1]', 'resources[0][1]/resources[0]']
    ])
  })

  it('does not deploy the resources of a deployment whose condition is false', () => {
    const { instances } = template({ resources: [deployment({ condition: false, copy: { name: 'vms', count: 1 } }, [vm('inner')])] })
    expect(instances().map(instance => instance.conditions.map(condition => condition.traced.value))).toEqual([[false]])
  })

  it('gives each instance its own conditions, and those around it', () => {
    const { instances } = template({ resources: [vm('a'), vm('b', { condition: '[equals(1, 2)]' }), vm('c', { copy: { name: 'c', count: 0 } })] })
    expect(instances().map(instance => instance.conditions.map(condition => condition.traced.value))).toEqual([[], [false], [false]])
  })

  it('composes child resource types and names with their parent', () => {
    const child = { type: 'providers/configurationAssignments', name: 'Microsoft.Maintenance/weekly' }
    const { instances } = template({ resources: [vm('vm-a', { resources: [child] })] })
    expect(instances().map(instance => [instance.type, instance.name.value])).toEqual([
      ['Microsoft.Compute/virtualMachines', 'vm-a'],
      ['Microsoft.Compute/virtualMachines/providers/configurationAssignments', 'vm-a/Microsoft.Maintenance/weekly']
    ])
  })

  it('expands nothing of a declaration past the instance budget, multiplied through the loops around it, and reads the rest', () => {
    const nested = deployment({ copy: { name: 'outer', count: 800 } }, [vm('[string(copyIndex())]', { copy: { name: 'inner', count: 800 } })])
    const { instances, session } = template({ resources: [nested, vm('after')] })
    expect(instances().map(instance => instance.name.value)).toEqual(['after'])
    expect(session.reported()).toEqual([
      {
        ref: { file: 't.json', path: ['resources', 0, 'properties', 'template', 'resources', 0] },
        message:
          'Microsoft.Compute/virtualMachines resources[0] would expand to 640000 instances (800 × 800 through nested loops), ' +
          'over the instance budget of 10000 per declaration (raise limits.instances in the configuration to evaluate it)',
        severity: 'error',
        kind: 'not-evaluated'
      }
    ])
  })
})

describe('expression depths', () => {
  it('counts the same levels for an expression before and after the reader releases what it remembers', () => {
    const entered: number[] = []
    const session = new EvaluationSession()
    session.beginTemplate(ROOT)
    const enter = session.enter.bind(session)
    session.enter = (levels, ref) => {
      entered.push(levels)
      return enter(levels, ref)
    }
    const context = new Context(new TemplateScope(session, 't.json', { resources: [] }, [], DEFAULTS_ONLY))
    const evaluate = () => evaluateString("[concat('a', concat('b', toUpper('c')))]", context, { file: 't.json', path: ['x'] }).value
    expect(evaluate()).toBe('abC')
    releaseExpressionDepths()
    expect(evaluate()).toBe('abC')
    // Two levels a node: concat > concat > toUpper > literal.
    expect(entered).toEqual([8, 8])
  })
})
