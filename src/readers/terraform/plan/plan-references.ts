import { isList, isObject, type Value } from '../eval/value.js'
import { AZAPI_RESOURCE, AZURERM_ARM_TYPES, withoutApiVersion } from '../model/resource-types.js'
import { childOf } from '../../shared/json/json-tree.js'
import { jsonValue } from '../eval/json-value.js'
import { moduleNames, type PlanEntry } from './plan-document.js'

/** Module outputs followed to resolve one reference, at most (`module.a.x` is `module.b.y` is ...). */
const MAX_OUTPUT_HOPS = 32

/** `module.app.id`, `module.app["x"].id`: the module call, its instance key and the output. */
const MODULE_OUTPUT = /^module\.([A-Za-z0-9_-]+)((?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)\.([A-Za-z0-9_-]+)/

/** The instance key that ends a resource address: `["b"]`, `[0]`. */
const INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|\d+)\]$/

/**
 * Links between planned resources. An assignment's `virtual_machine_id` is usually unknown in a
 * plan; the plan's `configuration` still names the resource it refers to, so the reference is
 * rebuilt as an ID of that resource, remembered with its symbol.
 */
export class PlanReferences {
  private readonly byAddress = new Map<string, PlanEntry>()
  private readonly ids = new Map<string, string>()

  constructor(
    private readonly folder: string,
    entries: readonly PlanEntry[],
    /** Module outputs' references (`outputReferences`), to follow `module.app.id`. */
    private readonly outputs: ReadonlyMap<string, readonly string[]> = new Map()
  ) {
    for (const entry of entries) {
      this.byAddress.set(entry.address, entry)
      const id = childOf(entry.after, 'id')?.value as unknown
      // A data source reads a resource declared elsewhere: its ID links, its symbol would not.
      if (typeof id === 'string' && entry.mode === 'managed') this.ids.set(id.toLowerCase(), this.symbol(entry.address))
    }
  }

  /** The stable handle of a planned resource: the plan's folder and the resource address. */
  symbol(address: string): string {
    return `${this.folder}#${address}`
  }

  symbolOfId(id: string): string | undefined {
    return this.ids.get(id.toLowerCase())
  }

  /** The ID of the planned resource an unknown attribute refers to in the configuration, if any (its first reference that names one). */
  resolve(entry: PlanEntry, attribute: string): string | undefined {
    const [first] = this.targetsOf(entry, attribute, 1)
    return first === undefined ? undefined : this.idOf(first)
  }

  /**
   * The ID of the one planned resource an attribute's references name, for a value unknown deep inside it (an azapi
   * `body`'s `maintenanceConfigurationId`): Terraform lists the references of the whole attribute, so only when they
   * all name one resource is it the one the value is; several, and the value stays unknown.
   */
  resolveOnly(entry: PlanEntry, attribute: string): string | undefined {
    const targets = new Set(this.targetsOf(entry, attribute))
    const [only] = targets
    return targets.size === 1 && only !== undefined ? this.idOf(only) : undefined
  }

  /** The planned resources an attribute's configured references name, in order (at most `limit`). */
  private targetsOf(entry: PlanEntry, attribute: string, limit = Infinity): PlanEntry[] {
    const expression = entry.configured?.get(attribute)
    const references = expression !== undefined && isObject(expression) ? expression.entries.get('references') : undefined
    if (references === undefined || !isList(references)) return []
    const prefix = entry.address.slice(0, entry.address.lastIndexOf(`${entry.type}.${entry.name}`))
    // `vm[each.key].id` is written as `vm` and `each.key` (Terraform's jsonconfig keeps the subject of a
    // reference with a dynamic index): the index is the entry's own key.
    const ownKey = references.includes('each.key') || references.includes('count.index') ? INSTANCE_KEY.exec(entry.address)?.[0] : undefined
    const targets: PlanEntry[] = []
    for (const reference of references) {
      const target = typeof reference === 'string' ? this.target(prefix, reference, new Set(), ownKey) : undefined
      if (target) targets.push(target)
      if (targets.length >= limit) break
    }
    return targets
  }

  /** The planned resource a reference written in the module at `prefix` names, directly or through a module output. */
  private target(prefix: string, reference: string, followed: Set<string>, ownKey?: string): PlanEntry | undefined {
    const direct = this.find(prefix + reference, ownKey) ?? this.find(prefix + reference.slice(0, reference.lastIndexOf('.')), ownKey)
    if (direct) return direct
    const output = MODULE_OUTPUT.exec(reference)
    if (!output) return undefined
    const inner = `${prefix}module.${output[1] ?? ''}${output[2] ?? ''}.`
    const key = `${moduleNames(inner).join('/')}#${output[3] ?? ''}`
    // Each output is followed once, and only so many: outputs that refer to each other end here.
    if (followed.has(inner + key) || followed.size >= MAX_OUTPUT_HOPS) return undefined
    followed.add(inner + key)
    for (const written of this.outputs.get(key) ?? []) {
      const found = this.target(inner, written, followed)
      if (found) return found
    }
    return undefined
  }

  /**
   * The planned resource at `address`; for a resource with instances, its only instance, or the one of the
   * referring entry's own key (`ownKey`, for `vm[each.key]`). Several instances and no key to pick one:
   * none, so the reference stays unresolved rather than naming the first instance.
   */
  private find(address: string, ownKey?: string): PlanEntry | undefined {
    const exact = this.byAddress.get(address)
    if (exact) return exact
    let only: PlanEntry | undefined
    for (const [candidate, entry] of this.byAddress) {
      if (!candidate.startsWith(`${address}[`)) continue
      if (only !== undefined) return ownKey === undefined ? undefined : this.byAddress.get(address + ownKey)
      only = entry
    }
    return only
  }

  private idOf(target: PlanEntry): string | undefined {
    const value = (key: string): Value => jsonValue(childOf(target.after, key))
    const known = (key: string, placeholder: string): string => {
      const found = value(key)
      return typeof found === 'string' && found !== '' ? found : placeholder
    }
    const name = known('name', `{${target.address.replaceAll('/', '%2F')}}`)
    let id: string | undefined
    if (target.type === AZAPI_RESOURCE) {
      const type = value('type')
      if (typeof type === 'string') id = `${known('parent_id', '{parent}')}/providers/${withoutApiVersion(type)}/${name}`
    } else {
      const armType = AZURERM_ARM_TYPES.get(target.type)
      if (armType) id = `/subscriptions/{subscription}/resourceGroups/${known('resource_group_name', '{resourceGroup}')}/providers/${armType}/${name}`
    }
    if (id !== undefined && target.mode === 'managed') this.ids.set(id.toLowerCase(), this.symbol(target.address))
    return id
  }
}
