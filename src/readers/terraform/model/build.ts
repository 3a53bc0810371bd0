import type { Resource } from '../../../model/resources.js'
import { azapiResource, AZAPI_MODELLED_TYPES } from './azapi.js'
import { azurermCompute, isComputeType, type ResourceFrame } from './compute.js'
import { azurermMaintenanceAssignment, azurermMaintenanceConfiguration } from './maintenance.js'
import type { SymbolLookup } from './references.js'
import { mapArcMachine, type ArmPropertySource } from '../../shared/azure-compute/index.js'
import { stringMap } from './fields.js'
import { absent } from '../../../model/source.js'
import { apiVersionOf, AZAPI_RESOURCE, AZAPI_RESOURCE_ACTION, AZAPI_UPDATE_RESOURCE, AZURERM_ARM_TYPES, withoutApiVersion } from './resource-types.js'
import { patchesTheResource } from './update-resource.js'
import { ARC_LICENSE_PROFILE_TYPE } from '../../../model/identity.js'
import type { ResourceView } from './view.js'
import { text } from './fields.js'
import { onFrame } from '../../shared/resource-shape.js'

/** Whether resources of this Terraform type may become part of the model (azapi: depending on its `type`). */
export const isModelledType = (type: string): boolean => type === AZAPI_RESOURCE || AZURERM_ARM_TYPES.has(type)

/** The ARM type a resource is modelled as, or undefined when it is not modelled. */
export function modelledArmType(type: string, view: ResourceView): { armType: string; apiVersion?: string } | undefined {
  if (type !== AZAPI_RESOURCE && type !== AZAPI_UPDATE_RESOURCE && !(type === AZAPI_RESOURCE_ACTION && patchesTheResource(view))) {
    const armType = AZURERM_ARM_TYPES.get(type)
    return armType ? { armType } : undefined
  }
  const written = text(view.get(['type'])).value
  if (written === undefined) return undefined
  const bare = withoutApiVersion(written).toLowerCase()
  const armType = AZAPI_MODELLED_TYPES.find(candidate => candidate.toLowerCase() === bare)
  // An update of an Arc machine's license profile writes the profile, enrolling the machine as an azapi_resource
  // of it does (the agent creates the profile; an update is how a repository turns hotpatch on): read as one.
  if (type !== AZAPI_RESOURCE && armType !== ARC_LICENSE_PROFILE_TYPE) return undefined
  const apiVersion = apiVersionOf(written)
  return armType ? { armType, ...(apiVersion === undefined ? {} : { apiVersion }) } : undefined
}

/** Turns one resource (HCL instance or plan entry) into the model. */
export function buildResource(
  type: string,
  modelled: { armType: string; apiVersion?: string },
  view: ResourceView,
  frame: ResourceFrame,
  symbolOf: SymbolLookup
): Resource | undefined {
  if (type === AZAPI_RESOURCE || type === AZAPI_UPDATE_RESOURCE || type === AZAPI_RESOURCE_ACTION) return azapiResource(modelled.armType, view, frame, symbolOf)
  if (isComputeType(type)) return azurermCompute(type, view, frame)
  if (type === 'azurerm_arc_machine') return onFrame(frame, mapArcMachine(azurermArcSource(view), 'declared'))
  if (type === 'azurerm_maintenance_configuration') return azurermMaintenanceConfiguration(view, frame)
  if (type.startsWith('azurerm_maintenance_assignment_')) return azurermMaintenanceAssignment(type, view, frame, symbolOf)
  return undefined
}

/**
 * `azurerm_arc_machine` in the shape of an ARM body: it has `location` and `tags` and nothing about
 * patching (its hotpatch comes from a license profile, written with azapi).
 */
function azurermArcSource(view: ResourceView): ArmPropertySource {
  const top = (path: readonly string[]) => (path.length === 1 ? view.get(path) : absent<never>(view.location))
  return {
    at: view.location,
    string: path => text(top(path)),
    boolean: () => absent(view.location),
    strings: () => absent(view.location),
    stringMap: path => stringMap(top(path)),
    stringListMap: () => absent(view.location),
    written: () => absent(view.location)
  }
}
