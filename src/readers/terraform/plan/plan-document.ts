import type { Node } from 'jsonc-parser'
import { isList, isObject, type Value } from '../eval/value.js'
import { childOf } from '../../shared/json/json-tree.js'
import { jsonValue } from '../eval/json-value.js'

/** One planned resource instance, from `resource_changes` or (older plans) `planned_values`; a state's from `values`. */
export interface PlanEntry {
  readonly address: string
  /** Module call names from the root (`module.a["x"].module.b` gives `['a', 'b']`). */
  readonly modulePath: readonly string[]
  readonly mode: string
  readonly type: string
  readonly name: string
  /** The entry object (where the resource is reported when its `.tf` file is not scanned). */
  readonly node: Node
  /** The planned values (`change.after`, `values`; `change.before` for a deletion). */
  readonly after: Node | undefined
  /** `change.after_unknown`: which values are only known after apply. */
  readonly afterUnknown: Value
  readonly actions: readonly string[]
  readonly actionsNode: Node | undefined
  /** Attribute names written in the configuration (`configuration...expressions`), when the plan has it. */
  readonly configured: ReadonlyMap<string, Value> | undefined
  /** The configuration's `provider_config_key` (`azurerm`, `azurerm.management`), when the plan has it. */
  readonly providerKey: string | undefined
}

const MAX_MODULE_NESTING = 32

/**
 * The planned resources of a plan document. A state (`terraform show -json` without a plan file: `values` where a plan
 * has `planned_values`, the same shape, and no `resource_changes`) gives the resources that exist, read alike.
 */
export function planEntries(root: Node): PlanEntry[] {
  const configurations = configurationIndex(childOf(childOf(root, 'configuration'), 'root_module'))
  const changes = childOf(root, 'resource_changes')
  if (changes?.type === 'array') {
    return (changes.children ?? []).flatMap(node => {
      const change = childOf(node, 'change')
      const actions = childOf(change, 'actions')
      const entry = baseEntry(node, configurations)
      if (!entry) return []
      const after = childOf(change, 'after')
      return [
        {
          ...entry,
          // A deleted resource has no `after`: its last known values are in `before`.
          after: after && after.type !== 'null' ? after : childOf(change, 'before'),
          afterUnknown: jsonValue(childOf(change, 'after_unknown')),
          actions: stringList(actions),
          actionsNode: actions
        }
      ]
    })
  }
  const entries: PlanEntry[] = []
  collectPlanned(childOf(childOf(root, 'planned_values') ?? childOf(root, 'values'), 'root_module'), configurations, entries, 0)
  return entries
}

function collectPlanned(module: Node | undefined, configurations: ConfigurationIndex, into: PlanEntry[], depth: number): void {
  if (!module || depth > MAX_MODULE_NESTING) return
  for (const node of childOf(module, 'resources')?.children ?? []) {
    const entry = baseEntry(node, configurations)
    if (entry) into.push({ ...entry, after: childOf(node, 'values'), afterUnknown: null, actions: [], actionsNode: undefined })
  }
  for (const child of childOf(module, 'child_modules')?.children ?? []) collectPlanned(child, configurations, into, depth + 1)
}

type BaseEntry = Omit<PlanEntry, 'after' | 'afterUnknown' | 'actions' | 'actionsNode'>

function baseEntry(node: Node, configurations: ConfigurationIndex): BaseEntry | undefined {
  const text = (key: string) => {
    const value = childOf(node, key)?.value as unknown
    return typeof value === 'string' ? value : undefined
  }
  const address = text('address')
  const type = text('type')
  const name = text('name')
  if (address === undefined || type === undefined || name === undefined) return undefined
  const modulePath = moduleNames(address)
  return {
    address,
    modulePath,
    mode: text('mode') ?? 'managed',
    type,
    name,
    node,
    ...configuredOf(configurations.get([...modulePath, `${type}.${name}`].join('\u0000')))
  }
}

/** `module.a["x"].module.b.azurerm_x.y[0]` gives `['a', 'b']`. */
export function moduleNames(address: string): string[] {
  const names: string[] = []
  const pattern = /module\.([A-Za-z0-9_-]+)(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?\./gy
  for (let match = pattern.exec(address); match; match = pattern.exec(address)) names.push(match[1] as string)
  return names
}

/** Instance keys in an address (`["x"][0]`): the resource's variant. */
export function addressKeys(address: string): string {
  return (address.match(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g) ?? []).join('')
}

function stringList(node: Node | undefined): string[] {
  const value = jsonValue(node)
  return isList(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

/**
 * The `references` of each module output in the plan's configuration, keyed `<module path>#<output>`
 * (`app#id`, `app/db#id`): an assignment's `virtual_machine_id = module.app.id` leads through them to the
 * planned VM.
 */
export function outputReferences(root: Node): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, readonly string[]>()
  visitModules(root, (module, path) => {
    for (const output of childOf(module, 'outputs')?.children ?? []) {
      const [key, value] = output.children ?? []
      const references = referencesOf(childOf(value, 'expression'))
      if (typeof key?.value === 'string' && references !== undefined) index.set(`${path.join('/')}#${key.value}`, references)
    }
  })
  return index
}

/**
 * The `references` of each input a module call passes, written in the calling module, keyed by the called module's
 * path and the input (`maint#vm_id` for `module "maint" { vm_id = azurerm_windows_virtual_machine.app.id }` in the
 * root, `platform/maint#vm_id` one level down): an assignment in the module written `virtual_machine_id = var.vm_id`
 * leads through them back out to the planned VM.
 */
export function inputReferences(root: Node): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, readonly string[]>()
  visitModules(root, (module, path) => {
    for (const call of childOf(module, 'module_calls')?.children ?? []) {
      const [name, value] = call.children ?? []
      if (typeof name?.value !== 'string') continue
      for (const input of childOf(value, 'expressions')?.children ?? []) {
        const [key, expression] = input.children ?? []
        const references = referencesOf(expression)
        if (typeof key?.value === 'string' && references !== undefined) index.set(`${[...path, name.value].join('/')}#${key.value}`, references)
      }
    }
  })
  return index
}

/** Each module of the plan's configuration, from the root, with its path of call names. */
function visitModules(root: Node, visit: (module: Node, path: readonly string[]) => void): void {
  const walk = (module: Node | undefined, path: readonly string[], depth: number) => {
    if (!module || depth > MAX_MODULE_NESTING) return
    visit(module, path)
    for (const call of childOf(module, 'module_calls')?.children ?? []) {
      const [key, value] = call.children ?? []
      if (typeof key?.value === 'string') walk(childOf(value, 'module'), [...path, key.value], depth + 1)
    }
  }
  walk(childOf(childOf(root, 'configuration'), 'root_module'), [], 0)
}

/** An expression's `references`, the strings of them; undefined when it has none (a constant). */
function referencesOf(expression: Node | undefined): readonly string[] | undefined {
  const references = jsonValue(childOf(expression, 'references'))
  return isList(references) ? references.filter((r): r is string => typeof r === 'string') : undefined
}

/** `expressions` and `provider_config_key` of configured resources, by module path and `type.name`. */
type ConfigurationIndex = ReadonlyMap<string, Configured>

interface Configured {
  readonly expressions: ReadonlyMap<string, Value> | undefined
  readonly providerKey: string | undefined
}

const configuredOf = (found: Configured | undefined): Pick<PlanEntry, 'configured' | 'providerKey'> => ({
  configured: found?.expressions,
  providerKey: found?.providerKey
})

function configurationIndex(root: Node | undefined): ConfigurationIndex {
  const index = new Map<string, Configured>()
  const visit = (module: Node | undefined, path: readonly string[], depth: number) => {
    if (!module || depth > MAX_MODULE_NESTING) return
    for (const resource of childOf(module, 'resources')?.children ?? []) {
      const address = childOf(resource, 'address')?.value as unknown
      const expressions = jsonValue(childOf(resource, 'expressions'))
      const key = childOf(resource, 'provider_config_key')?.value as unknown
      const providerKey = typeof key === 'string' ? key : undefined
      if (typeof address !== 'string') continue
      index.set([...path, address].join('\u0000'), { expressions: isObject(expressions) ? expressions.entries : undefined, providerKey })
    }
    for (const call of childOf(module, 'module_calls')?.children ?? []) {
      const [key, value] = call.children ?? []
      if (typeof key?.value === 'string') visit(childOf(value, 'module'), [...path, key.value], depth + 1)
    }
  }
  visit(root, [], 0)
  return index
}
