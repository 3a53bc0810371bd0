import { isList, isObject, type Value } from '../eval/value.js'
import { AZAPI_RESOURCE, AZURERM_ARM_TYPES, withoutApiVersion } from '../model/resource-types.js'
import { childOf } from '../../shared/json/json-tree.js'
import { jsonValue } from '../eval/json-value.js'
import { moduleNames, type PlanEntry } from './plan-document.js'

/** Module outputs and inputs followed to resolve one reference, at most (`module.a.x` is `module.b.y` is ...). */
const MAX_OUTPUT_HOPS = 32

/** `module.app.id`, `module.app["x"].id`: the module call, its instance key and the output. */
const MODULE_OUTPUT = /^module\.([A-Za-z0-9_-]+)((?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)\.([A-Za-z0-9_-]+)/

/** The instance key that ends a resource address: `["b"]`, `[0]`. */
const INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|\d+)\]$/

/** `var.vm_id`, `var.vm.id`: the input variable of the module the reference is written in. */
const INPUT_VARIABLE = /^var\.([A-Za-z0-9_-]+)(?:\.|$)/

/** One module call of an address prefix (`module.a["x"].`): sticky, as `moduleNames` reads them. */
const MODULE_CALL = /module\.([A-Za-z0-9_-]+)((?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)\./y

/** References that index by the referring instance's own key (`vm[each.key]`), not values of their own. */
const OWN_KEY_REFERENCES = ['each.key', 'count.index']

/** The configuration's links across modules: what each module output and each module call's input refers to. */
export interface ModuleLinks {
  /** Module outputs' references (`outputReferences`), to follow `module.app.id`. */
  readonly outputs: ReadonlyMap<string, readonly string[]>
  /** Module call inputs' references (`inputReferences`), to follow `var.vm_id` out to the caller. */
  readonly inputs: ReadonlyMap<string, readonly string[]>
}

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
    private readonly links: ModuleLinks = { outputs: new Map(), inputs: new Map() }
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

  /**
   * The ID of the one planned resource an unknown attribute's references name. Terraform's `references` list every
   * reference of the expression, not the branch taken (`var.use_blue ? blue.id : green.id` lists both VMs), so only
   * when all those that name a resource name the same one is it the one the value is; several, and the value stays
   * unknown rather than crediting the first. The same holds for a value unknown deep inside an attribute (an azapi
   * `body`'s `maintenanceConfigurationId`).
   */
  resolve(entry: PlanEntry, attribute: string): string | undefined {
    const targets = new Set(this.targetsOf(entry, attribute))
    const [only] = targets
    return targets.size === 1 && only !== undefined ? this.idOf(only) : undefined
  }

  /** The planned resources an attribute's configured references name, in order. */
  private targetsOf(entry: PlanEntry, attribute: string): PlanEntry[] {
    const expression = entry.configured?.get(attribute)
    const references = expression !== undefined && isObject(expression) ? expression.entries.get('references') : undefined
    if (references === undefined || !isList(references)) return []
    const prefix = entry.address.slice(0, entry.address.lastIndexOf(`${entry.type}.${entry.name}`))
    // `vm[each.key].id` is written as `vm` and `each.key` (Terraform's jsonconfig keeps the subject of a
    // reference with a dynamic index): the index is the entry's own key.
    const ownKey = OWN_KEY_REFERENCES.some(key => references.includes(key)) ? INSTANCE_KEY.exec(entry.address)?.[0] : undefined
    const targets: PlanEntry[] = []
    for (const reference of references) {
      const target = typeof reference === 'string' ? this.target(prefix, reference, new Set(), ownKey) : undefined
      if (target) targets.push(target)
    }
    return targets
  }

  /**
   * The planned resource a reference written in the module at `prefix` names, directly, through a module output, or
   * (`var.x` in a module) through what its caller passes.
   */
  private target(prefix: string, reference: string, followed: Set<string>, ownKey?: string): PlanEntry | undefined {
    const direct = this.find(prefix + reference, ownKey) ?? this.find(prefix + reference.slice(0, reference.lastIndexOf('.')), ownKey)
    if (direct) return direct
    const input = INPUT_VARIABLE.exec(reference)
    if (input) return this.passedIn(prefix, input[1] ?? '', followed)
    const output = MODULE_OUTPUT.exec(reference)
    if (!output) return undefined
    const inner = `${prefix}module.${output[1] ?? ''}${output[2] ?? ''}.`
    const key = `${moduleNames(inner).join('/')}#${output[3] ?? ''}`
    // Each output is followed once, and only so many: outputs that refer to each other end here.
    if (followed.has(inner + key) || followed.size >= MAX_OUTPUT_HOPS) return undefined
    followed.add(inner + key)
    for (const written of this.links.outputs.get(key) ?? []) {
      const found = this.target(inner, written, followed)
      if (found) return found
    }
    return undefined
  }

  /**
   * The planned resource the input `variable` of the module at `prefix` is given: the module call's expression,
   * written in the calling module, followed there (another `var.` goes on out; `each.key`/`count.index` pick the
   * caller's resource instance of this module instance's own key). Only when every reference it holds names that one
   * resource (or is what another is read from, `module.vm` of `module.vm.id`): a value that may be something else
   * (`var.other != "" ? var.other : vm.id`, a `local`, `each.value`) is not guessed, and the root module's variables
   * are the plan's own, no resource.
   */
  private passedIn(prefix: string, variable: string, followed: Set<string>): PlanEntry | undefined {
    const calls = moduleCalls(prefix)
    const call = calls.at(-1)
    if (call === undefined) return undefined
    const key = `${calls.map(({ name }) => name).join('/')}#${variable}`
    const visit = `var:${prefix}${variable}`
    if (followed.has(visit) || followed.size >= MAX_OUTPUT_HOPS) return undefined
    followed.add(visit)
    const written = this.links.inputs.get(key) ?? []
    const ownKey = OWN_KEY_REFERENCES.some(own => written.includes(own)) && call.key !== '' ? call.key : undefined
    let only: PlanEntry | undefined
    for (const reference of written) {
      // Terraform lists what `module.vm.id` is read from (`module.vm`) beside it: not a value of its own.
      if (OWN_KEY_REFERENCES.includes(reference) || written.some(other => other.startsWith(`${reference}.`))) continue
      const found = this.target(prefix.slice(0, call.start), reference, followed, ownKey)
      if (found === undefined || (only !== undefined && found !== only)) return undefined
      only = found
    }
    return only
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

/**
 * The module calls of an address prefix (`module.a["x"].module.b.`): each name, instance key and where it starts; none
 * when the prefix is not made of module calls alone.
 */
function moduleCalls(prefix: string): { name: string; key: string; start: number }[] {
  const calls: { name: string; key: string; start: number }[] = []
  let start = 0
  MODULE_CALL.lastIndex = 0
  while (start < prefix.length) {
    const match = MODULE_CALL.exec(prefix)
    if (match === null) return []
    calls.push({ name: match[1] as string, key: match[2] ?? '', start })
    start = MODULE_CALL.lastIndex
  }
  return calls
}
