import { VM_TYPE } from '../../../model/identity.js'
import type { VirtualMachine } from '../../../model/resources.js'
import { collectInputs, hotpatchSignals, unreadCallAsVm, type InputShape, type UnreadInput } from '../../shared/unread-module.js'
import { isArmArray, isArmObject, type ArmValue } from '../expressions/values.js'
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
  const properties = jsonMemberValue(instance.body, 'properties')
  const link = isJsonObject(properties) ? jsonMember(properties, 'templateLink') : undefined
  // A linked template read as part of this deployment (template/linked-template.ts) is no unread call.
  if (!isJsonObject(properties) || link === undefined || instance.linkedTemplate !== undefined) return undefined
  const reader = new PropertyReader(instance, locate)
  const parameters = jsonMemberValue(properties, 'parameters')
  const inputs: UnreadInput[] = []
  for (const name of isJsonObject(parameters) ? Object.keys(parameters) : []) {
    const resolved = reader.resolve(['properties', 'parameters', name, 'value'])
    if (resolved !== undefined) collectInputs(ARM_INPUTS, name, resolved.traced.value, locate(resolved.ref), inputs)
  }
  const signals = hotpatchSignals(inputs)
  if (signals === undefined) return undefined
  const common = commonFields(instance, reader, VM_TYPE, evaluation)
  const at = reader.resourceLocation
  return unreadCallAsVm(
    {
      format: 'arm',
      displayName: `deployment ${common.displayName}`,
      symbol: `${common.identity.symbol ?? at.file}#templateLink`,
      at,
      // A local one (relativePath) not followed is read on its own where the scan holds it, but never with these inputs.
      why:
        jsonMember(link.value, 'relativePath') === undefined
          ? 'the linked template (templateLink) is not read'
          : 'the linked template (templateLink.relativePath) is not read with the parameters passed here',
      judge: 'scan its what-if result instead (az deployment group what-if --no-pretty-print beside the template), or exempt the deployment',
      unit: common.unit,
      scope: common.scope,
      deployed: common.deployed,
      variant: common.variant
    },
    signals
  )
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
