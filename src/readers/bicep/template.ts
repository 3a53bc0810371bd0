import type { SourceLocation } from '../../model/source.js'
import { loopIdentity } from './condition-keys.js'
import type {
  ConditionalBody,
  Expression,
  FunctionDeclaration,
  ModuleDeclaration,
  ParameterDeclaration,
  ResourceDeclaration,
  Span,
  TypeNode
} from './ast.js'
import { type EvaluationBudget, type EvaluationScope, Evaluator } from './evaluator.js'
import { bind, type Locals } from './locals.js'
import { ModuleInstance } from './module-instance.js'
import { ResourceInstance } from './resource-instance.js'
import type { DeclaredSymbol, SourceUnit } from './source-loader.js'
import type { LoadedFile } from './function-support.js'
import { reasonOf, sourcedFrom, unresolvedFrom } from './sourced-values.js'
import { arr, bool, LITERAL, nil, num, PENDING, str, unknown, type Value, withProvenance } from './values.js'
import { instanceBudgetMessage } from '../limits.js'
import type { DeploymentSite, Expansion, InstanceSet, ParameterSource, Session } from './template-context.js'

export type { DeploymentSite, Expansion, InstanceSet, ParameterSource, ProblemSink, Session } from './template-context.js'

/** ARM's copy limit: a loop over more items does not deploy, so its instances are reported as not evaluated. */
export const MAX_INSTANCES = 800

const isNullable = (type: TypeNode | undefined): boolean =>
  type?.kind === 'nullableType' ||
  (type?.kind === 'unionType' && type.members.some(member => member.kind === 'nullableType'))

/** The values of a type written as literals (`'a' | 'b'`, `'a'`, `1 | 2`), as an array; undefined for any other type. */
function literalsOf(type: TypeNode | undefined): Value | undefined {
  const members = type === undefined ? [] : type.kind === 'unionType' ? type.members : [type]
  const items: Value[] = []
  for (const member of members) {
    if (member.kind !== 'literalType' || member.value === null) return undefined
    const { value } = member
    items.push(typeof value === 'string' ? str(value) : typeof value === 'number' ? num(value) : bool(value))
  }
  return items.length === 0 ? undefined : arr(items)
}

/** A template evaluated with one set of inputs: symbols are evaluated on demand, once. */
export class TemplateInstance implements EvaluationScope {
  readonly evaluator: Evaluator
  private readonly values = new Map<string, Value | typeof PENDING>()
  private readonly resourceSets = new Map<ResourceDeclaration, InstanceSet<ResourceInstance>>()
  private readonly moduleSets = new Map<ModuleDeclaration, InstanceSet<ModuleInstance>>()

  constructor(
    readonly unit: SourceUnit,
    readonly inputs: ParameterSource,
    readonly session: Session,
    readonly site: DeploymentSite
  ) {
    this.evaluator = new Evaluator(this)
  }

  get file(): string {
    return this.unit.path
  }

  get resourceGroup(): string | undefined {
    return this.site.resourceGroup
  }

  /** This instance in condition keys (condition-keys.ts): its parameter file and module calls, and its file. */
  get conditionScope(): string {
    return `bicep:${this.site.symbolPrefix}${this.file}`
  }

  get budget(): EvaluationBudget {
    return this.session.budget
  }

  loadFile(reference: string): LoadedFile {
    return this.session.loader.loadFile(this.file, reference)
  }

  at(span: Span): SourceLocation {
    return this.evaluator.at(span)
  }

  symbol(name: string): Value | undefined {
    // A symbol already evaluated is answered without a closure for memo (most references are repeats).
    const known = this.values.get(name)
    if (known !== undefined && known !== PENDING) return known
    const declaration = this.unit.symbols.get(name)
    return declaration === undefined ? undefined : this.memo(name, () => this.evaluateSymbol(declaration))
  }

  output(name: string): Value {
    const declaration = this.unit.outputs.get(name)
    if (declaration === undefined) return unknown(`${this.file} has no output '${name}'`)
    const via = [this.at(declaration.span)]
    return this.memo(`output ${name}`, () =>
      withProvenance(this.evaluator.evaluate(declaration.value), { origin: 'literal', via })
    )
  }

  callFunction(name: string, args: readonly Value[]): Value | undefined {
    const declaration = this.unit.symbols.get(name)
    if (declaration?.kind === 'func') return this.invoke(declaration, args)
    if (declaration?.kind !== 'imported') return undefined
    const library = this.library(declaration.statement.from)
    return library instanceof TemplateInstance ? library.callFunction(declaration.name, args) : library
  }

  resources(declaration: ResourceDeclaration, parent?: ResourceInstance): InstanceSet<ResourceInstance> {
    const sets = parent?.children ?? this.resourceSets
    let set = sets.get(declaration)
    if (set === undefined) {
      const what = `resource ${declaration.name}`
      set = this.instantiate(declaration.value, what, expansion => new ResourceInstance(declaration, this, expansion, parent))
      sets.set(declaration, set)
    }
    return set
  }

  modules(declaration: ModuleDeclaration): InstanceSet<ModuleInstance> {
    let set = this.moduleSets.get(declaration)
    if (set === undefined) {
      set = this.instantiate(declaration.value, `module ${declaration.name}`, expansion => new ModuleInstance(declaration, this, expansion))
      this.moduleSets.set(declaration, set)
    }
    return set
  }

  private memo(key: string, compute: () => Value): Value {
    const cached = this.values.get(key)
    if (cached === PENDING) return unknown(`'${key}' refers to itself`)
    if (cached !== undefined) return cached
    this.values.set(key, PENDING)
    try {
      const value = compute()
      this.values.set(key, value)
      return value
    } catch (error) {
      this.values.delete(key)
      throw error
    }
  }

  private evaluateSymbol(declaration: DeclaredSymbol): Value {
    switch (declaration.kind) {
      case 'param':
        return this.parameter(declaration)
      case 'var': {
        const value = this.evaluator.evaluate(declaration.value)
        return withProvenance(value, { origin: 'variable', detail: declaration.name, via: [this.at(declaration.span)] })
      }
      case 'resource':
        return this.resources(declaration).value
      case 'module':
        return this.modules(declaration).value
      case 'func':
        return unknown(`function '${declaration.name}' is not a value`)
      case 'imported': {
        const library = this.library(declaration.statement.from)
        if (!(library instanceof TemplateInstance)) return library
        return library.symbol(declaration.name) ?? unknown(`'${declaration.name}' is not declared in ${library.file}`)
      }
      case 'namespace': {
        const library = this.library(declaration.statement.from)
        if (!(library instanceof TemplateInstance)) return library
        const label = declaration.statement.wildcardAlias ?? ''
        return {
          kind: 'record',
          label,
          prov: { origin: 'literal', via: [] },
          member: name => library.symbol(name) ?? unknown(`'${name}' is not declared in ${library.file}`),
          call: (name, args) =>
            library.callFunction(name, args) ?? unknown(`${label}.${name}() is not declared in ${library.file}`)
        }
      }
    }
  }

  private parameter(declaration: ParameterDeclaration): Value {
    const via = [this.at(declaration.span)]
    const supplied = this.inputs.parameter(declaration.name)
    if (supplied !== undefined) return withProvenance(supplied, { origin: 'literal', detail: declaration.name, via })
    const origin = this.unit.isParameterFile ? 'parameter-file' : 'default'
    if (declaration.value !== undefined) {
      return withProvenance(this.evaluator.evaluate(declaration.value), { origin, detail: declaration.name, via })
    }
    if (isNullable(declaration.type)) return nil({ origin, detail: declaration.name, via })
    const reason = `parameter '${declaration.name}' has no default and ${this.inputs.missing}`
    const value = unknown(reason, { origin: 'literal', detail: declaration.name, via })
    // `@allowed([...])` pins it to a few values, as a type of literals does (`'a' | 'b'`): the policy evaluates each (issue 13).
    const allowed = declaration.decorators.find(d => d.name === 'allowed' && (d.namespace === undefined || d.namespace === 'sys'))
    const list = allowed?.args[0] === undefined ? literalsOf(declaration.type) : this.evaluator.evaluate(allowed.args[0])
    return list?.kind === 'array' && value.kind === 'unresolved' ? { ...value, allowed: list.items } : value
  }

  private invoke(declaration: FunctionDeclaration, args: readonly Value[]): Value {
    const locals = declaration.parameters.reduce<Locals>(
      (scope, parameter, i) => bind(scope, parameter.name, args[i] ?? nil()),
      undefined
    )
    return this.evaluator.evaluate(declaration.body, locals)
  }

  /** The template an `import` reads from, evaluated once without inputs. */
  private library(reference: string | undefined): TemplateInstance | Value {
    if (reference === undefined) return unknown('a provider import has no symbols')
    const target = this.session.loader.resolve(this.file, reference)
    if (target.kind === 'registry') return unknown(`symbols imported from registry ${reference} are not read`)
    if (target.kind === 'unreadable') return unknown(target.reason)
    if (target.kind !== 'bicep') return unknown(`${reference} is not a Bicep file`)
    const existing = this.session.libraries.get(target.path)
    if (existing !== undefined) return existing
    const unit = this.session.loader.load(target.path)
    if (!('program' in unit)) return unknown(`${target.path}: ${unit.message}`)
    const site: DeploymentSite = {
      ...this.site,
      files: [target.path],
      calls: [],
      variant: '',
      condition: undefined,
      parameterFile: undefined
    }
    const inputs: ParameterSource = { parameter: () => undefined, missing: 'an imported file has no inputs' }
    const library = new TemplateInstance(unit, inputs, this.session, site)
    this.session.libraries.set(target.path, library)
    return library
  }

  /** Expands a declaration's loop: one instance per item, or one `[?]` instance when the items are unknown. */
  private instantiate<T extends { record(): Value }>(
    value: Expression | ConditionalBody,
    /** `resource vm`, `module fleet`: how a not-evaluated error names the declaration. */
    declared: string,
    make: (expansion: Expansion) => T
  ): InstanceSet<T> {
    if (value.kind !== 'for') {
      const instance = make({ locals: undefined, index: undefined, condition: value.kind === 'if' ? value : undefined })
      return { instances: [instance], value: instance.record() }
    }
    const condition = value.body.kind === 'if' ? value.body : undefined
    const source = this.evaluator.evaluate(value.iterable)
    const loop = loopIdentity(this.conditionScope, value)
    const bindItem = (item: Value, index: Value): Locals => {
      const locals = bind(undefined, value.item, item)
      return value.index === undefined ? locals : bind(locals, value.index, index)
    }
    if (source.kind !== 'array') {
      const reason = reasonOf(source, 'an array to loop over')
      // The loop may have no item, as ARM's unresolved `copy.count`: whether the `[?]` instance exists is not known.
      const empty = unresolvedFrom<boolean>(this.at(value.iterable.span), `the loop's items are unresolved: ${reason}`, source.prov)
      // Its index names the `[?]` instance of every loop over these items (`vms[i]`): the same iteration.
      const key = loop.key()
      const index: Value = key === undefined ? unknown(reason) : { kind: 'unresolved', reason, prov: LITERAL, indexOf: key }
      const instance = make({ locals: bindItem(unknown(reason, source.prov), index), index: '?', condition, empty, loop })
      const instances = key === undefined ? undefined : { loop: key, instance: instance.record() }
      return { instances: [instance], value: instances === undefined ? unknown(reason, source.prov) : { kind: 'unresolved', reason, prov: source.prov, instances } }
    }
    // Checked before expanding: the loop's size times the module loops around it.
    const count = source.items.length
    const factors = [...(this.site.factors ?? []), count]
    const total = factors.reduce((product, factor) => product * factor, 1)
    const limits = this.session.limits
    const what = `the loop of ${declared} in ${this.file}`
    const exceeded =
      total > limits.instances
        ? instanceBudgetMessage(what, total, factors, limits)
        : count > MAX_INSTANCES
          ? `${what} has ${count} instances, more than ARM's copy limit of ${MAX_INSTANCES} (Azure refuses the deployment)`
          : undefined
    if (exceeded !== undefined) {
      this.session.report({ ...this.at(value.span), message: exceeded, severity: 'error', kind: 'not-evaluated' })
      return { instances: [], value: unknown(exceeded) }
    }
    if (count === 0) {
      // Like Terraform's `count = 0`: one instance, not deployed; references to the loop still see no item.
      const reason = 'the loop has no item: there is no instance'
      const empty = sourcedFrom(false, this.at(value.iterable.span), source.prov)
      const instance = make({ locals: bindItem(unknown(reason), unknown(reason)), index: undefined, condition, empty, loop })
      return { instances: [instance], value: arr([], source.prov) }
    }
    const instances = source.items.map((item, index) =>
      make({ locals: bindItem(withProvenance(item, source.prov), num(index)), index, condition, count, loop })
    )
    return { instances, value: arr(instances.map(instance => instance.record())) }
  }
}
