import type { Node } from 'jsonc-parser'
import type { ParseError, VirtualMachine } from '../../../model/resources.js'
import { known, type SourceLocation } from '../../../model/source.js'
import type { Workspace } from '../../../workspace/workspace.js'
import { type JsonDocument, parseJsonDocument } from '../../shared/json/json-tree.js'
import { azureScope, deploymentUnit } from '../../shared/units.js'
import { moduleFolderOf } from '../config/folder-paths.js'
import { collectInputs, hotpatchSignals, type InputShape, type UnreadInput, unreadCallAsVm } from '../../shared/unread-module.js'
import { AZAPI_MODELLED_TYPES } from '../model/azapi.js'
import { AZAPI_RESOURCE, AZAPI_RESOURCE_ACTION, AZAPI_UPDATE_RESOURCE, AZURERM_ARM_TYPES, withoutApiVersion } from '../model/resource-types.js'

/** Terraform's JSON syntax: `main.tf.json`, CDKTF's `cdk.tf.json`. */
export const isJsonConfiguration = (path: string): boolean => path.endsWith('.tf.json')

/** How deep into a block's arguments it is looked at for a hotpatch signal (an azapi body nests deep). */
const MAX_DEPTH = 12
/** azurerm resources that cannot be a hotpatch machine (they are said, never stood in for). */
const NOT_HOTPATCH = /^azurerm_(?:linux_|virtual_machine$|virtual_machine_scale_set$|windows_virtual_machine_scale_set$)/
const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on'])
const JUDGE = 'scan its plan instead (terraform show -json beside the configuration), or write it in HCL'

/**
 * A `.tf.json` file: Terraform reads it as it reads a `.tf` file, the gate does not (the evaluator reads HCL's
 * syntax only). Nothing in it passes unseen: each block of a type the policy reads (a VM, scale set, Arc machine
 * or license profile, a maintenance configuration or assignment, an azapi resource or update of those types, an
 * `azapi_resource_action` that may PATCH or PUT one of them) and each module
 * call is a located notice that it is not read, or, for a machine or a module call whose arguments carry a
 * hotpatch signal (`hotpatching_enabled: true`, an Azure Edition SKU), an `indeterminate` VM.
 */
export function jsonConfiguration(path: string, workspace: Workspace): (VirtualMachine | ParseError)[] {
  const text = workspace.readText(path)
  if (!text.ok) return [{ file: path, line: text.line, column: text.column, message: text.message, severity: 'error' }]
  const document = parseJsonDocument(text.text)
  if (document.error) return [{ file: path, ...document.error, severity: 'error' }]
  if (document.root?.type !== 'object') return [{ file: path, line: 1, column: 1, message: 'a Terraform JSON configuration must be an object', severity: 'error' }]
  const found: (VirtualMachine | ParseError)[] = []
  for (const [type, byName] of members(document.root, 'resource')) {
    for (const [name, body, at] of labelled(byName, document, path)) {
      const said = resourceBlock(path, document, `${type}.${name}`, type, body, at)
      if (said !== undefined) found.push(said)
    }
  }
  for (const [name, body, at] of labelled(blocksOf(document.root, 'module'), document, path)) {
    found.push(moduleBlock(path, document, name, body, at))
  }
  return found
}

/** `"resource": { "<type>": {...} }`, also as a list of such objects (JSON's way of writing a block twice). */
function members(node: Node | undefined, key: string): [string, Node[]][] {
  const byType = new Map<string, Node[]>()
  for (const object of blocksOf(node, key)) {
    for (const [type, value] of properties(object)) byType.set(type, [...(byType.get(type) ?? []), value])
  }
  return [...byType]
}

/** The objects written under `key` of `node`: one object, or a list of objects. */
function blocksOf(node: Node | undefined, key: string): Node[] {
  const value = node?.type === 'object' ? node.children?.find(child => child.children?.[0]?.value === key)?.children?.[1] : undefined
  if (value?.type === 'object') return [value]
  return value?.type === 'array' ? (value.children ?? []).filter(item => item.type === 'object') : []
}

/** The properties of an object node, `//` comments left out. */
function properties(node: Node): [string, Node, Node][] {
  const found: [string, Node, Node][] = []
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? []
    if (key === undefined || value === undefined || typeof key.value !== 'string' || key.value === '//') continue
    found.push([key.value, value, key])
  }
  return found
}

/** The labelled blocks (`"<name>": { body }`, or a list of bodies) of objects, each located at its label. */
function labelled(objects: readonly Node[], document: JsonDocument, path: string): [string, Node, SourceLocation][] {
  const found: [string, Node, SourceLocation][] = []
  for (const object of objects) {
    for (const [name, value, key] of properties(object)) {
      const at = { file: path, ...document.position(key.offset) }
      const bodies = value.type === 'array' ? (value.children ?? []) : [value]
      for (const body of bodies) if (body.type === 'object') found.push([name, body, at])
    }
  }
  return found
}

function resourceBlock(path: string, document: JsonDocument, address: string, type: string, body: Node, at: SourceLocation): VirtualMachine | ParseError | undefined {
  const kind = policyKind(type, body)
  if (kind === undefined) return undefined
  // An override file's block changes a declaration of the `.tf` files, which is then judged without it.
  if (/(?:^|\/|_)override\.tf\.json$/.test(path)) {
    const overridden = `${address} is overridden in Terraform's JSON syntax, which the gate does not read`
    return standIn(path, document, address, body, at, overridden, `${overridden}: its declaration is judged without this override; ${JUDGE}`)
  }
  const written = `${address} is written in Terraform's JSON syntax, which the gate does not read`
  if (kind === 'maintenance') return notice(at, `${written}, so the reboot plan it may declare is not seen; ${JUDGE}`)
  return standIn(path, document, address, body, at, written, `${written}, so whether it is a hotpatch machine is not judged; ${JUDGE}`)
}

function moduleBlock(path: string, document: JsonDocument, name: string, body: Node, at: SourceLocation): VirtualMachine | ParseError {
  const written = `module "${name}" is called in Terraform's JSON syntax, which the gate does not read`
  return standIn(path, document, `module.${name}`, body, at, written, `${written}; the resources it declares are not checked: ${JUDGE}`, MODULE_META)
}

/** What the policy reads of a resource type: a machine, a maintenance resource, or nothing. */
function policyKind(type: string, body: Node): 'machine' | 'maintenance' | undefined {
  // An action that is for certain not a PATCH or PUT of the resource itself changes none of its settings.
  if (type === AZAPI_RESOURCE_ACTION && !mayUpdate(body)) return undefined
  // An update changes a resource of its `type` (model/update-resource.ts): what it may set is as unseen here.
  if (type === AZAPI_RESOURCE || type === AZAPI_UPDATE_RESOURCE || type === AZAPI_RESOURCE_ACTION) {
    const written: unknown = properties(body).find(([name]) => name === 'type')?.[1].value
    // A type built by an expression may be any of them.
    if (typeof written !== 'string' || written.includes('${')) return 'machine'
    const bare = withoutApiVersion(written).toLowerCase()
    const armType = AZAPI_MODELLED_TYPES.find(candidate => candidate.toLowerCase() === bare)
    return armType === undefined ? undefined : armType.startsWith('Microsoft.Maintenance/') ? 'maintenance' : 'machine'
  }
  if (!AZURERM_ARM_TYPES.has(type)) return undefined
  return type.startsWith('azurerm_maintenance_') ? 'maintenance' : 'machine'
}

/**
 * Whether an `azapi_resource_action` may update the resource it names, as the HCL reader decides
 * (model/update-resource.ts `patchAction`): not when it names an `action`, runs at `destroy`, or sends no `method`
 * (POST) or another literal one; an argument written as an expression may be either, so it may.
 */
function mayUpdate(body: Node): boolean {
  const argument = (name: string): Node | undefined => properties(body).find(([key]) => key === name)?.[1]
  const literal = (node: Node | undefined): string | undefined =>
    node?.type === 'string' && typeof node.value === 'string' && !/[$%]\{/.test(node.value) ? node.value : undefined
  const action = argument('action')
  const method = argument('method')
  const when = literal(argument('when'))
  if ((literal(action) ?? '') !== '' || when === 'destroy') return false
  if (method === undefined || method.type === 'null') return false
  const verb = literal(method)
  return verb === undefined || ['patch', 'put'].includes(verb.toLowerCase())
}

/** An indeterminate VM when the block's arguments carry a hotpatch signal, else the notice. */
function standIn(
  path: string,
  document: JsonDocument,
  address: string,
  body: Node,
  at: SourceLocation,
  why: string,
  otherwise: string,
  skipped: ReadonlySet<string> = new Set()
): VirtualMachine | ParseError {
  const inputs: UnreadInput[] = []
  const shape = jsonInputs(path, document)
  for (const [name, value] of properties(body)) if (!skipped.has(name)) collectInputs(shape, name, value, shape.at(value), inputs, MAX_DEPTH)
  // Tested against the resource type (`type.name` is the address), whose end the list anchors.
  const signals = NOT_HOTPATCH.test(address.slice(0, address.indexOf('.'))) ? undefined : hotpatchSignals(inputs)
  if (signals === undefined) return notice(at, otherwise)
  const call = {
    format: 'terraform' as const,
    displayName: address,
    symbol: `${path}#${address}`,
    at,
    why,
    judge: `${JUDGE}, or exempt it`,
    unit: deploymentUnit('terraform-root', `terraform:${moduleFolderOf(path)}`, at),
    scope: azureScope(undefined, at),
    deployed: known(true, at)
  }
  return unreadCallAsVm(call, signals)
}

/** JSON nodes of one file to the input walker (unread-module.ts): every scalar where it is written. */
function jsonInputs(path: string, document: JsonDocument): InputShape<Node> & { at(node: Node): SourceLocation } {
  const at = (node: Node): SourceLocation => ({ file: path, ...document.position(node.offset) })
  return {
    at,
    scalar: node => (node.type === 'string' || node.type === 'number' || node.type === 'boolean' ? (node.value as string | number | boolean) : undefined),
    children: node => {
      if (node.type === 'array') return (node.children ?? []).map((item, index) => [index, item, at(item)] as const)
      if (node.type === 'object') return properties(node).map(([key, value]) => [key, value, at(value)] as const)
      return undefined
    }
  }
}

function notice(at: SourceLocation, message: string): ParseError {
  return { file: at.file, line: at.line, column: at.column, message, severity: 'notice' }
}
