import { ARC_LICENSE_PROFILE_TYPE, ARC_MACHINE_TYPE, MAINTENANCE_ASSIGNMENT_TYPE, MAINTENANCE_CONFIGURATION_TYPE, VMSS_TYPE, VM_TYPE } from '../../../model/identity.js'
import type { ConditionKeys } from '../../../model/deployment-condition.js'
import type { Resource } from '../../../model/resources.js'
import type { ResourceInstance } from '../template/resource-walker.js'
import { adaptArcLicenseProfile, adaptArcMachine } from './arc-machine.js'
import { adaptMaintenanceAssignment, LEGACY_ASSIGNMENT_TYPES } from './maintenance-assignment.js'
import { adaptMaintenanceConfiguration } from './maintenance-configuration.js'
import { PropertyReader, type Locate } from './property-reader.js'
import { commonFields, conditionKeysOf, parameterFileEntry, symbolOf, type Evaluation } from './resource-common.js'
import { SymbolIndex } from './target-identity.js'
import { lowerCaseType } from '../template/type-names.js'
import { Unresolved } from '../expressions/values.js'
import { adaptVirtualMachine } from './virtual-machine.js'

/** The model type of each resource type we read (ARM types compare case-insensitively). */
const MODEL_TYPES = new Map<string, string>([
  [VM_TYPE, VM_TYPE],
  [VMSS_TYPE, VMSS_TYPE],
  [ARC_MACHINE_TYPE, ARC_MACHINE_TYPE],
  [ARC_LICENSE_PROFILE_TYPE, ARC_LICENSE_PROFILE_TYPE],
  [MAINTENANCE_CONFIGURATION_TYPE, MAINTENANCE_CONFIGURATION_TYPE],
  [MAINTENANCE_ASSIGNMENT_TYPE, MAINTENANCE_ASSIGNMENT_TYPE],
  ...LEGACY_ASSIGNMENT_TYPES.map(type => [type, MAINTENANCE_ASSIGNMENT_TYPE] as const)
].map(([type, modelType]) => [type.toLowerCase(), modelType]))

export const isModeledType = (type: string): boolean => MODEL_TYPES.has(lowerCaseType(type))

/** The model resources of one evaluation of a template (all its instances, so references can link). */
export function adaptInstances(instances: readonly ResourceInstance[], locate: Locate, evaluation: Evaluation): Resource[] {
  const symbols = new SymbolIndex()
  for (const instance of instances) if (instance.name.value instanceof Unresolved) symbols.add(modelType(instance), instance.name.value, symbolOf(instance))
  return instances.map(instance => {
    const reader = new PropertyReader(instance, locate)
    const type = modelType(instance)
    const common = commonFields(instance, reader, type, evaluation)
    const resource: Resource =
      type === ARC_MACHINE_TYPE
        ? adaptArcMachine(reader, common)
        : type === ARC_LICENSE_PROFILE_TYPE
          ? adaptArcLicenseProfile(instance, reader, common, symbols)
          : type === MAINTENANCE_CONFIGURATION_TYPE
        ? adaptMaintenanceConfiguration(reader, common)
        : type === MAINTENANCE_ASSIGNMENT_TYPE
          ? adaptMaintenanceAssignment(instance, reader, common, symbols)
          : adaptVirtualMachine(reader, common)
    // Set on the few resources whose condition could not be evaluated (a field for every resource cost more).
    if (resource.deployed.origin === 'unresolved') (resource as { conditionKeys?: ConditionKeys }).conditionKeys = conditionKeysOf(instance.conditions)
    const { parameterFile } = evaluation
    if (parameterFile === undefined) return resource
    // Set on the resource just built (a copy of every field for one more entry cost more than the rest).
    ;(resource as { related: Resource['related'] }).related = [parameterFileEntry(resource, parameterFile), ...resource.related]
    return resource
  })
}

const modelType = (instance: ResourceInstance): string => MODEL_TYPES.get(lowerCaseType(instance.type)) ?? instance.type
