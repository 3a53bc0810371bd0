import type { MaintenanceConfiguration } from '../../../model/resources.js'
import { asBoolean, asString, asStringList } from './converters.js'
import type { PropertyReader } from './property-reader.js'
import type { CommonFields } from './resource-common.js'

/** A `Microsoft.Maintenance/maintenanceConfigurations` resource (advisory-facts §7). */
export function adaptMaintenanceConfiguration(reader: PropertyReader, common: CommonFields): MaintenanceConfiguration {
  const window = ['properties', 'maintenanceWindow']
  const patches = ['properties', 'installPatches']
  const windows = [...patches, 'windowsParameters']
  return {
    ...common,
    kind: 'maintenance-configuration',
    maintenanceScope: reader.read(['properties', 'maintenanceScope'], asString),
    window: {
      startDateTime: reader.read([...window, 'startDateTime'], asString),
      expirationDateTime: reader.read([...window, 'expirationDateTime'], asString),
      duration: reader.read([...window, 'duration'], asString),
      timeZone: reader.read([...window, 'timeZone'], asString),
      recurEvery: reader.read([...window, 'recurEvery'], asString)
    },
    // Kept as written: the service and older API versions spell it IfRequired/RebootIfRequired, Never/NeverReboot, ...
    rebootSetting: reader.read([...patches, 'rebootSetting'], asString),
    excludeKbsRequiringReboot: reader.read([...windows, 'excludeKbsRequiringReboot'], asBoolean),
    classificationsToInclude: reader.read([...windows, 'classificationsToInclude'], asStringList),
    kbNumbersToInclude: reader.read([...windows, 'kbNumbersToInclude'], asStringList)
  }
}
