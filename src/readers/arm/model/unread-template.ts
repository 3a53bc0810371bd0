import { parseResourceId, VM_TYPE } from '../../../model/identity.js'
import type { MaintenanceAssignment, VirtualMachine } from '../../../model/resources.js'
import { known } from '../../../model/source.js'
import { mapDynamicScope, type ArmPath, type ArmPropertySource } from '../../shared/azure-compute/index.js'
import {
  collectInputs,
  hotpatchSignals,
  MACHINE_TYPES,
  MAINTENANCE_MODULE,
  unreadCallAsAssignment,
  unreadCallAsVm,
  visitInputs,
  type InputShape,
  type UnreadCall,
  type UnreadInput
} from '../../shared/unread-module.js'
import { isFilterShape, unreadCallAsDynamicScope } from '../../shared/unread-dynamic-scope.js'
import { armSource } from './arm-source.js'
import { isArmArray, isArmObject, type ArmValue, type Json } from '../expressions/values.js'
import { isJsonObject, jsonMember, jsonMemberValue } from '../json/json-value.js'
import { DEPLOYMENT_TYPE } from '../template/nested-deployment.js'
import { lowerCaseType } from '../template/type-names.js'
import type { ResourceInstance } from '../template/resource-walker.js'
import { PropertyReader, type Locate } from './property-reader.js'
import { commonFields, type Evaluation } from './resource-common.js'

export const isDeploymentType = (type: string): boolean => lowerCaseType(type) === DEPLOYMENT_TYPE

/**
 * A nested deployment of a linked template (`templateLink`, never fetched) as an indeterminate VM when the
 * parameters it passes carry a hotpatch signal (issue 13 item 4): the linked template may deploy a hotpatch
 * VM that no reader sees. Undefined for an inline template or a local linked one the read followed (read as
 * part of this one), or no signal.
 */
export function unreadTemplateVm(instance: ResourceInstance, locate: Locate, evaluation: Evaluation): VirtualMachine | undefined {
  const linked = unreadLink(instance, locate)
  if (linked === undefined) return undefined
  const { reader, parameters } = linked
  const inputs: UnreadInput[] = []
  for (const name of parameters) {
    const resolved = reader.resolve(['properties', 'parameters', name, 'value'])
    if (resolved !== undefined) collectInputs(ARM_INPUTS, name, resolved.traced.value, locate(resolved.ref), inputs)
  }
  const signals = hotpatchSignals(inputs)
  if (signals === undefined) return undefined
  return unreadCallAsVm(unreadCall(instance, linked, evaluation), signals)
}

/**
 * A nested deployment of a linked template that is not read and whose link names maintenance
 * (`nested/maintenance-assignment.json`), one assignment per VM or scale set ID it is passed (`unreadCallAsAssignment`)
 * and one dynamic scope per filter (`unreadCallAsDynamicScope`): as a Bicep or Terraform module that is not read, its
 * VMs' plans may be there, which nothing here can verify (it was no assignment at all: `affected-no-plan`).
 */
export function unreadTemplateAssignments(instance: ResourceInstance, locate: Locate, evaluation: Evaluation): MaintenanceAssignment[] {
  const linked = unreadLink(instance, locate)
  if (linked === undefined || !MAINTENANCE_MODULE.test(JSON.stringify(linked.link))) return []
  const { reader, parameters } = linked
  const call = unreadCall(instance, linked, evaluation)
  const assignments: MaintenanceAssignment[] = []
  for (const name of parameters) {
    const path = ['properties', 'parameters', name, 'value']
    const resolved = reader.resolve(path)
    if (resolved === undefined) continue
    const at = locate(resolved.ref)
    visitInputs(ARM_INPUTS, resolved.traced.value, at, (value, inside) => {
      const sub = inside.map(String)
      const identity = typeof value === 'string' ? parseResourceId(value) : undefined
      if (identity !== undefined && MACHINE_TYPES.has(identity.type.toLowerCase())) {
        assignments.push(unreadCallAsAssignment({ ...call, symbol: `${call.symbol} > ${value as string}` }, known(identity, at, 'expression')))
        return true
      }
      if (!isArmObject(value) || !isFilterShape(Object.keys(value))) return false
      const source = rebased(armSource(reader), [...path, ...sub])
      assignments.push(unreadCallAsDynamicScope({ ...call, symbol: `${call.symbol} > ${[name, ...sub].join('.')}` }, mapDynamicScope(source)))
      return true
    })
  }
  return assignments
}

interface UnreadLink {
  readonly link: Json
  readonly reader: PropertyReader
  readonly parameters: readonly string[]
}

/** The link of a deployment whose template is linked and not read, and the parameters it passes; undefined otherwise. */
function unreadLink(instance: ResourceInstance, locate: Locate): UnreadLink | undefined {
  const properties = jsonMemberValue(instance.body, 'properties')
  const link = isJsonObject(properties) ? jsonMember(properties, 'templateLink') : undefined
  // A linked template read as part of this deployment (template/linked-template.ts) is no unread call.
  if (!isJsonObject(properties) || link === undefined || instance.linkedTemplate !== undefined) return undefined
  const parameters = jsonMemberValue(properties, 'parameters')
  return { link: link.value, reader: new PropertyReader(instance, locate), parameters: isJsonObject(parameters) ? Object.keys(parameters) : [] }
}

function unreadCall(instance: ResourceInstance, { link, reader }: UnreadLink, evaluation: Evaluation): UnreadCall {
  const common = commonFields(instance, reader, VM_TYPE, evaluation)
  const at = reader.resourceLocation
  return {
    format: 'arm',
    displayName: `deployment ${common.displayName}`,
    symbol: `${common.identity.symbol ?? at.file}#templateLink`,
    at,
    why: unreadWhy(link, reader),
    judge: 'scan its what-if result instead (az deployment group what-if --no-pretty-print beside the template), or exempt the deployment',
    unit: common.unit,
    scope: common.scope,
    deployed: common.deployed,
    variant: common.variant
  }
}

/**
 * Why the linked template is not read. A local one (relativePath) not followed, or one whose URI is not evaluated
 * (it may name a file of the scan), is read on its own where the scan holds it, but never with these inputs.
 */
function unreadWhy(link: Json, reader: PropertyReader): string {
  if (isJsonObject(link) && jsonMember(link, 'relativePath') !== undefined) return 'the linked template (templateLink.relativePath) is not read with the parameters passed here'
  const uri = isJsonObject(link) && jsonMember(link, 'uri') !== undefined ? reader.resolve(['properties', 'templateLink', 'uri']) : undefined
  if (uri !== undefined && typeof uri.traced.value !== 'string') return 'the linked template (templateLink.uri) is not read with the parameters passed here'
  return 'the linked template (templateLink) is not read'
}

/** A source that reads a dynamic scope's `properties.filter` at `prefix` instead (a parameter's value). */
function rebased(source: ArmPropertySource, prefix: readonly string[]): ArmPropertySource {
  const at = (path: ArmPath): ArmPath => [...prefix, ...path.slice(2)]
  return {
    at: source.at,
    string: path => source.string(at(path)),
    boolean: path => source.boolean(at(path)),
    strings: path => source.strings(at(path)),
    stringMap: path => source.stringMap(at(path)),
    stringListMap: path => source.stringListMap(at(path)),
    written: path => source.written(at(path))
  }
}

/** ARM values to the input walker: what a parameter evaluates to, every part at the parameter's location. */
export const ARM_INPUTS: InputShape<ArmValue> = {
  scalar: value => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined),
  children: (value, at) => {
    if (isArmArray(value)) return value.map((item, index) => [index, item, at] as const)
    if (isArmObject(value)) return Object.entries(value).map(([key, item]) => [key, item, at] as const)
    return undefined
  }
}
