import { MAINTENANCE_CONFIGURATION_TYPE } from '../../../model/identity.js'
import type { MaintenanceConfiguration, Resource } from '../../../model/resources.js'
import { mapMaintenanceConfiguration } from '../../shared/azure-compute/index.js'
import { onFrame } from '../../shared/resource-shape.js'
import { bicepSource, identityOf } from '../adapter.js'
import { FieldReader } from '../field-reader.js'
import { nil, obj, str, unknown, type Property } from '../values.js'
import type { KnownModuleCall } from './module-call.js'

/**
 * `br/public:avm/res/maintenance/maintenance-configuration` (Azure/bicep-registry-modules,
 * avm/res/maintenance/maintenance-configuration/main.bicep), read at the tags 0.1.0 through 0.4.0, whose
 * `Microsoft.Maintenance/maintenanceConfigurations@2023-04-01` is the same at each (the mapping below is ours):
 * `name`, `location` (default `resourceGroup().location`), `tags`, and under `properties` `maintenanceScope`
 * (default 'Host'), `maintenanceWindow` (default {}), `extensionProperties` (default {}), and `installPatches`
 * (default {}) only when `maintenanceScope == 'InGuestPatch'`. Its `resourceId` output is the configuration's ID.
 */
export const modelAvmMaintenanceConfiguration = (call: KnownModuleCall): Resource[] => [maintenanceConfiguration(call)]

function maintenanceConfiguration(call: KnownModuleCall): MaintenanceConfiguration {
  const at = call.at
  const identity = identityOf(call.handle(MAINTENANCE_CONFIGURATION_TYPE), MAINTENANCE_CONFIGURATION_TYPE)
  const scope = call.param('maintenanceScope', prov => str('Host', prov))
  const tags = call.passed('tags')
  const patches = call.param('installPatches', prov => obj([], prov))
  // `(maintenanceScope == 'InGuestPatch') ? installPatches : null`: a case-sensitive comparison, as the module writes it.
  const installPatches =
    scope.value.kind === 'string'
      ? scope.value.value === 'InGuestPatch'
        ? patches
        : { ...patches, value: nil() }
      : { ...patches, value: unknown(`maintenanceScope passed to ${call.interfaceName} is not known`, scope.value.prov) }
  const properties: Property[] = [
    scope,
    call.param('maintenanceWindow', prov => obj([], prov)),
    call.param('extensionProperties', prov => obj([], prov)),
    { ...installPatches, key: 'installPatches' }
  ]
  const body = obj([
    call.param('location', prov => unknown('resourceGroup().location is only known at deployment', prov)),
    ...(tags === undefined ? [] : [tags]),
    { key: 'properties', value: obj(properties), at }
  ])
  const frame = call.frame(identity.name ?? `module ${call.module.declaration.name}`)
  return onFrame({ ...frame, identity }, mapMaintenanceConfiguration(bicepSource(new FieldReader(body, at))))
}
