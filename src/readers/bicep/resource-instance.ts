import type { ConditionKeys } from '../../model/deployment-condition.js'
import type { Sourced } from '../../model/source.js'
import type { Expression, ResourceDeclaration } from './ast.js'
import { RESOURCE_GROUP_PLACEHOLDER, SUBSCRIPTION_PLACEHOLDER, subscriptionNamedBy } from './deployment-functions.js'
import { ifKey, unresolvedKeys } from './condition-keys.js'
import { bodyObject, declaredType, nestedResources } from './source-loader.js'
import { allDeployed, conditionFrom, indexLabel, reasonOf } from './sourced-values.js'
import type { Expansion, InstanceSet, TemplateInstance } from './template.js'
import { computed, LITERAL, PENDING, type ResourceHandle, str, unknown, type Value } from './values.js'

const RESOURCE_GROUPS_TYPE = 'microsoft.resources/resourcegroups'

/** The expression of a body property (`name`, `scope`, `parent`), found without evaluating the rest. */
export function bodyProperty(declaration: Pick<ResourceDeclaration, 'value'>, key: string): Expression | undefined {
  let found: Expression | undefined
  for (const member of bodyObject(declaration.value)?.members ?? []) {
    const named = member.kind === 'property' && member.key.kind === 'string' && member.key.value.toLowerCase() === key
    if (named) found = member.value
  }
  return found
}

/** The body's properties with plain keys, by lower-cased key (the last one written wins, as in bodyProperty). */
function bodyProperties(declaration: Pick<ResourceDeclaration, 'value'>): ReadonlyMap<string, Expression> {
  const found = new Map<string, Expression>()
  for (const member of bodyObject(declaration.value)?.members ?? []) {
    if (member.kind === 'property' && member.key.kind === 'string') found.set(member.key.value.toLowerCase(), member.value)
  }
  return found
}

/** The resource group a scope value names: `resourceGroup('rg')` or a resource group resource symbol. */
export function resourceGroupOf(scope: Value): string | undefined {
  if (scope.kind !== 'record') return undefined
  const name =
    scope.label === 'resourceGroup()'
      ? scope.member('name')
      : scope.resource?.type.toLowerCase() === RESOURCE_GROUPS_TYPE
        ? scope.resource.name()
        : undefined
  return name?.kind === 'string' ? name.value : undefined
}

/** One instance of a resource declaration in an evaluated template. */
export class ResourceInstance implements ResourceHandle {
  readonly type: string
  readonly apiVersion: string
  readonly symbol: string
  /** Instances of the resources nested in this one's body. */
  readonly children = new Map<ResourceDeclaration, InstanceSet<ResourceInstance>>()
  private readonly cache = new Map<string, Value | typeof PENDING>()
  private properties: ReadonlyMap<string, Expression> | undefined

  constructor(
    readonly declaration: ResourceDeclaration,
    readonly template: TemplateInstance,
    readonly expansion: Expansion,
    readonly parent: ResourceInstance | undefined
  ) {
    const at = declaration.typeReference.indexOf('@')
    this.type = declaredType(declaration.typeReference, parent?.type)
    this.apiVersion = at < 0 ? (parent?.apiVersion ?? '') : declaration.typeReference.slice(at + 1)
    const own = `${declaration.name}${indexLabel(expansion.index)}`
    this.symbol =
      parent === undefined ? `${template.site.symbolPrefix}${template.file}#${own}` : `${parent.symbol}::${own}`
  }

  get existing(): boolean {
    return this.declaration.existing
  }

  get resourceGroup(): string | undefined {
    const scope = this.property('scope')
    const own = scope === undefined ? undefined : resourceGroupOf(scope)
    return own ?? this.parent?.resourceGroup ?? this.template.resourceGroup
  }

  /**
   * The subscription an `existing` resource's scope names as a literal (`scope: resourceGroup('<id>', 'rg')`): its
   * ID is into that subscription. Undefined otherwise (the deployment's own, or one not evaluated).
   */
  get subscription(): string | undefined {
    if (!this.declaration.existing) return undefined
    const scope = this.property('scope')
    const named = scope === undefined ? undefined : subscriptionNamedBy(scope)
    return named?.kind === 'string' ? named.value : this.parent?.subscription
  }

  /** The evaluated body object. */
  body(): Value {
    return this.memo('body', () => {
      const object = bodyObject(this.declaration.value)
      if (object === undefined) return unknown('the resource body is not an object')
      return this.template.evaluator.evaluate(object, this.expansion.locals)
    })
  }

  name(): Value {
    return this.property('name') ?? unknown(`resource '${this.declaration.name}' has no name`)
  }

  /** `vm.id`: built as ARM's resourceId() builds it, with placeholders for what the deployment decides. */
  id(): Value {
    return this.memo('id', () => {
      const name = this.name()
      if (name.kind !== 'string') return unknown(reasonOf(name, 'a name'), name.prov, this)
      const base = this.baseId()
      if (base.kind !== 'string') return unknown(reasonOf(base, 'a resource ID'), base.prov, this)
      const lastType = this.type.slice(this.type.lastIndexOf('/') + 1)
      const id =
        this.parentHandle() !== undefined
          ? `${base.value}/${lastType}/${name.value}`
          : `${base.value}/providers/${typeWithNames(this.type, name.value)}`
      return { kind: 'string', value: id, prov: computed([name]), resource: this }
    })
  }

  /** Whether this instance is deployed: module calls, its own `if`, its parent's. */
  deployed(): Sourced<boolean> {
    const template = this.template
    const conditions = [template.site.condition, this.parent?.deployed(), this.expansion.empty, this.ownCondition()]
    return allDeployed(conditions, template.at(this.declaration.span))
  }

  /** The keys of `deployed()`'s conditions that could not be evaluated (condition-keys.ts); undefined when one has none. */
  conditionKeys(): ConditionKeys | undefined {
    const { site } = this.template
    const { parent, expansion } = this
    const own = expansion.condition
    // A child of a loop instance may read its parent's item: its `if` is keyed in that instance alone.
    const scope = parent?.expansion.index === undefined ? this.template.conditionScope : parent.symbol
    return unresolvedKeys([
      [site.condition, () => site.conditionKeys],
      [parent?.deployed(), () => parent?.conditionKeys()],
      [expansion.empty, () => expansion.loop?.key()],
      [this.ownCondition(), () => (own === undefined ? undefined : ifKey(scope, own.condition, expansion))]
    ])
  }

  private ownCondition(): Sourced<boolean> | undefined {
    const own = this.expansion.condition
    const template = this.template
    return own === undefined ? undefined : conditionFrom(template.evaluator.evaluate(own.condition, this.expansion.locals), template.at(own.span))
  }

  record(): Value {
    const label = `${this.declaration.name}${indexLabel(this.expansion.index)}`
    return {
      kind: 'record',
      label,
      prov: LITERAL,
      resource: this,
      member: member => {
        if (member === 'name') return this.name()
        if (member === 'id') return this.id()
        if (member === 'type') return str(this.type)
        if (member === 'apiVersion') return str(this.apiVersion)
        return unknown(`${label}.${member} is only known at deployment`)
      },
      call: name => unknown(`${label}.${name}() is only known at deployment`),
      child: name => {
        const nested = nestedResources(this.declaration).find(declaration => declaration.name === name)
        if (nested === undefined) return unknown(`'${label}' has no nested resource '${name}'`)
        return this.template.resources(nested, this).value
      }
    }
  }

  /** A body property's value, evaluated alone (undefined when it is not written). */
  property(key: string): Value | undefined {
    // `scope` is asked each time the resource group is (identity, scope, children): the keys are indexed once.
    this.properties ??= bodyProperties(this.declaration)
    const expression = this.properties.get(key)
    if (expression === undefined) return undefined
    return this.memo(key, () => this.template.evaluator.evaluate(expression, this.expansion.locals))
  }

  /** The parent: the resource this one is nested in, or its `parent:` property. */
  /** The resource this one is a child of: the enclosing declaration, or its `parent` property. */
  parentResource(): ResourceHandle | undefined {
    return this.parentHandle()
  }

  private parentHandle(): ResourceHandle | undefined {
    if (this.parent !== undefined) return this.parent
    const parent = this.property('parent')
    return parent?.kind === 'record' ? parent.resource : undefined
  }

  private baseId(): Value {
    const parent = this.parentHandle()
    if (parent !== undefined) return parent.id()
    const scope = this.property('scope')
    if (scope?.kind === 'record' && scope.resource !== undefined) return scope.resource.id()
    // A subscription-scope template (targetScope = 'subscription') deploys outside any resource group.
    const targetScope = this.template.unit.targetScope
    const group = this.resourceGroup
    if (targetScope?.kind === 'string' && targetScope.value !== 'resourceGroup' && group === undefined) {
      return str(`/subscriptions/${SUBSCRIPTION_PLACEHOLDER}`)
    }
    return str(`/subscriptions/${SUBSCRIPTION_PLACEHOLDER}/resourceGroups/${group ?? RESOURCE_GROUP_PLACEHOLDER}`)
  }

  private memo(key: string, compute: () => Value): Value {
    const cached = this.cache.get(key)
    if (cached === PENDING) return unknown(`the ${key} of resource '${this.declaration.name}' refers to itself`)
    if (cached !== undefined) return cached
    this.cache.set(key, PENDING)
    try {
      const value = compute()
      this.cache.set(key, value)
      return value
    } catch (error) {
      this.cache.delete(key)
      throw error
    }
  }
}

/**
 * The provider path of a resource named in full: type `Microsoft.Network/virtualNetworks/subnets` and
 * name `vnet/default` give `Microsoft.Network/virtualNetworks/vnet/subnets/default`.
 */
function typeWithNames(type: string, name: string): string {
  const [namespace, ...types] = type.split('/')
  const names = name.split('/')
  if (types.length !== names.length) return `${type}/${name}`
  return `${namespace}/${types.map((segment, i) => `${segment}/${names[i] as string}`).join('/')}`
}
