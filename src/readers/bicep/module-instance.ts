import type { ConditionKeys } from '../../model/deployment-condition.js'
import type { Sourced } from '../../model/source.js'
import type { Expression, ModuleDeclaration, ObjectExpression, ObjectProperty } from './ast.js'
import { ifKey, unresolvedKeys } from './condition-keys.js'
import { subscriptionNamedBy } from './deployment-functions.js'
import { bodyProperty, resourceGroupOf } from './resource-instance.js'
import type { ModuleTarget } from './source-loader.js'
import { knownInterfaceFor } from './known-modules/catalogue.js'
import { allDeployed, conditionFrom, indexLabel, reasonOf } from './sourced-values.js'
import { type Expansion, type ParameterSource, TemplateInstance } from './template.js'
import { LITERAL, type ResourceHandle, unknown, type Value, withProvenance } from './values.js'

/** Module calls nested deeper than this are not followed. */
export const MAX_MODULE_DEPTH = 32

/** One instance of a `module` statement: the callee template evaluated with the caller's parameters. */
export class ModuleInstance {
  readonly target: ModuleTarget
  private loaded: TemplateInstance | Value | undefined
  private readonly parameters = new Map<string, Value | undefined>()
  private allParameters: Value | undefined
  /** The `params` object's plainly named properties, looked up once per call rather than once per parameter. */
  private written: WrittenParameters | undefined
  /** The `params` expression of the call, null when there is none (undefined: not looked up yet). */
  private params: Expression | null | undefined

  constructor(
    readonly declaration: ModuleDeclaration,
    readonly caller: TemplateInstance,
    readonly expansion: Expansion
  ) {
    this.target = caller.session.loader.resolve(caller.file, declaration.path)
  }

  private get label(): string {
    return `${this.declaration.name}${indexLabel(this.expansion.index)}`
  }

  /** The module's template, or why it cannot be read (a registry module, a cycle, a missing file). */
  template(): TemplateInstance | Value {
    this.loaded ??= this.load()
    return this.loaded
  }

  /** The module call's own condition combined with its caller's; undefined when neither has one. */
  condition(): Sourced<boolean> | undefined {
    const own = this.expansion.condition
    const caller = this.caller.site.condition
    const empty = this.expansion.empty
    if (own === undefined && empty === undefined) return caller
    return allDeployed([caller, empty, this.ownCondition()], this.caller.at(this.declaration.span))
  }

  /** The keys of `condition()`'s conditions that could not be evaluated (condition-keys.ts); undefined when one has none. */
  conditionKeys(): ConditionKeys | undefined {
    const { site } = this.caller
    const { expansion } = this
    const own = expansion.condition
    return unresolvedKeys([
      [site.condition, () => site.conditionKeys],
      [expansion.empty, () => expansion.loop?.key()],
      [this.ownCondition(), () => (own === undefined ? undefined : ifKey(this.caller.conditionScope, own.condition, expansion))]
    ])
  }

  private ownCondition(): Sourced<boolean> | undefined {
    const own = this.expansion.condition
    return own === undefined ? undefined : conditionFrom(this.caller.evaluator.evaluate(own.condition, this.expansion.locals), this.caller.at(own.span))
  }

  record(): Value {
    const label = this.label
    const outputs: Value = {
      kind: 'record',
      label: `${label}.outputs`,
      prov: LITERAL,
      member: name => {
        const template = this.template()
        return template instanceof TemplateInstance ? template.output(name) : (this.knownOutput(name) ?? template)
      }
    }
    return {
      kind: 'record',
      label,
      prov: LITERAL,
      member: name => {
        if (name === 'outputs') return outputs
        const expression = name === 'name' ? bodyProperty(this.declaration, 'name') : undefined
        if (expression !== undefined) return this.caller.evaluator.evaluate(expression, this.expansion.locals)
        return unknown(`${label}.${name} is only known at deployment`)
      }
    }
  }

  /**
   * What a known registry module (known-modules/catalogue.ts) deploys, as a symbol reference names a declared
   * resource: `<file>#<call>` (one per instance), named by the `name` param, in the group its `scope` names.
   */
  deployedResource(type: string): ResourceHandle {
    const label = this.label
    const handle: ResourceHandle = {
      type,
      symbol: `${this.caller.site.symbolPrefix}${this.caller.file}#${label}`,
      name: () => this.parameter('name') ?? unknown(`name is not passed to module ${label}`),
      id: () => unknown(`the ID of what module ${label} deploys is only known at deployment`, { origin: 'expression', via: [] }, handle),
      resourceGroup: this.resourceGroup(),
      existing: false
    }
    return handle
  }

  /** The resource group the call deploys into: the one its `scope` names, else its caller's. */
  resourceGroup(): string | undefined {
    const scope = bodyProperty(this.declaration, 'scope')
    return scope === undefined ? this.caller.site.resourceGroup : resourceGroupOf(this.caller.evaluator.evaluate(scope, this.expansion.locals))
  }

  /** `outputs.resourceId` (and `name`) of a known registry module: linked to the resource modelled from the call, as `vm.id` is. */
  private knownOutput(name: string): Value | undefined {
    const target = this.target
    const found = target.kind === 'registry' ? knownInterfaceFor(target.reference) : undefined
    if (found === undefined) return undefined
    const handle = this.deployedResource(found.known.resourceType)
    if (name === 'resourceId') return handle.id()
    return name === 'name' ? handle.name() : undefined
  }

  private load(): TemplateInstance | Value {
    const target = this.target
    if (target.kind === 'registry') return unknown(`registry module ${target.reference} is not read`)
    if (target.kind === 'arm-json') return unknown(`ARM JSON module ${target.path} not expanded`)
    if (target.kind === 'unreadable') {
      return this.problem(`module '${this.declaration.path}' not read: ${target.reason}`, 'notice')
    }
    const { session, site } = this.caller
    if (target.writtenAs !== undefined) {
      const message = `module path '${this.declaration.path}' names ${target.path} in another letter case: read, as Windows and macOS find it, though Bicep on Linux does not`
      session.report({ ...this.caller.at(this.declaration.pathSpan), message, severity: 'notice' })
    }
    if (site.files.includes(target.path)) {
      return this.problem(`module cycle: ${[...site.files, target.path].join(' -> ')}`, 'error')
    }
    if (site.files.length >= MAX_MODULE_DEPTH) {
      return this.problem(`modules nested deeper than ${MAX_MODULE_DEPTH} levels are not evaluated`, 'error', 'not-evaluated')
    }
    if (++session.modules > session.limits.instances) {
      const message = `more than ${session.limits.instances} module instances in one deployment (raise limits.instances in the configuration to evaluate them)`
      return this.problem(message, 'error', 'not-evaluated')
    }
    const unit = session.loader.load(target.path)
    if (!('program' in unit)) return unknown(`cannot read module ${target.path}: ${unit.message}`)
    const scope = bodyProperty(this.declaration, 'scope')
    const scopeValue = scope === undefined ? undefined : this.caller.evaluator.evaluate(scope, this.expansion.locals)
    const resourceGroup = scopeValue === undefined ? site.resourceGroup : resourceGroupOf(scopeValue)
    const named = scopeValue === undefined ? undefined : subscriptionNamedBy(scopeValue)
    const subscription = named === undefined ? site.subscription : { value: named, at: this.caller.at(this.declaration.span) }
    const index = indexLabel(this.expansion.index)
    const condition = this.condition()
    const inputs: ParameterSource = {
      parameter: name => this.parameter(name),
      missing: `module '${this.label}' does not pass it`
    }
    return new TemplateInstance(unit, inputs, session, {
      files: [...site.files, target.path],
      calls: [...site.calls, this.caller.at(this.declaration.span)],
      resourceGroup,
      ...(subscription !== undefined && { subscription }),
      variant: site.variant + index,
      condition,
      ...(condition?.origin === 'unresolved' && { conditionKeys: this.conditionKeys() }),
      symbolPrefix: `${site.symbolPrefix}${this.caller.file}#${this.label} > `,
      parameterFile: site.parameterFile,
      factors: this.expansion.count === undefined ? (site.factors ?? []) : [...(site.factors ?? []), this.expansion.count]
    })
  }

  private problem(message: string, severity: 'error' | 'notice', kind?: 'not-evaluated'): Value {
    const at = this.caller.at(this.declaration.pathSpan)
    this.caller.session.report({ ...at, message, severity, ...(kind === undefined ? {} : { kind }) })
    return unknown(message)
  }

  /** A parameter the call passes, evaluated in the caller (with its loop variables); undefined when not passed. */
  private parameter(name: string): Value | undefined {
    if (!this.parameters.has(name)) this.parameters.set(name, this.passedParameter(name))
    return this.parameters.get(name)
  }

  private passedParameter(name: string): Value | undefined {
    const key = name.toLowerCase()
    // Found once per call, not once per parameter the callee asks for.
    if (this.params === undefined) this.params = bodyProperty(this.declaration, 'params') ?? null
    const params = this.params
    if (params === null) return undefined
    const evaluator = this.caller.evaluator
    if (params.kind === 'object') {
      this.written ??= writtenParameters(params)
      const property = this.written.byKey.get(key)
      if (property !== undefined) {
        const value = evaluator.evaluate(property.value, this.expansion.locals)
        return withProvenance(value, { origin: 'literal', detail: name, via: [this.caller.at(property.key.span)] })
      }
      if (this.written.onlyProperties) return undefined
    }
    // Parameters built by an expression, or with spreads or computed keys: evaluate them whole, once.
    this.allParameters ??= evaluator.evaluate(params, this.expansion.locals)
    const all = this.allParameters
    if (all.kind !== 'object') return unknown(reasonOf(all, 'an object of module parameters'), all.prov)
    const property = all.properties.get(key)
    if (property !== undefined) {
      return withProvenance(property.value, { origin: 'literal', detail: name, via: [property.at] })
    }
    return all.incomplete === undefined ? undefined : unknown(all.incomplete, all.prov)
  }
}

/** A `params` object's properties with plain keys, by lower-cased key (the last one written wins). */
interface WrittenParameters {
  readonly byKey: ReadonlyMap<string, ObjectProperty>
  /** No spread or nested member: a name not in `byKey` is not passed. */
  readonly onlyProperties: boolean
}

function writtenParameters(params: ObjectExpression): WrittenParameters {
  const byKey = new Map<string, ObjectProperty>()
  let onlyProperties = true
  for (const member of params.members) {
    if (member.kind !== 'property') onlyProperties = false
    else if (member.key.kind === 'string') byKey.set(member.key.value.toLowerCase(), member)
  }
  return { byKey, onlyProperties }
}
