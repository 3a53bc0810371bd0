import type { MaintenanceConfiguration } from '../../../model/resources.js'
import { mapMaintenanceConfiguration } from '../../shared/azure-compute/index.js'
import { armSource } from './arm-source.js'
import type { PropertyReader } from './property-reader.js'
import { maintenanceConfigurationOf, type CommonFields } from './resource-common.js'

/** A `Microsoft.Maintenance/maintenanceConfigurations` resource (advisory-facts §7), mapped by the shared adapter. */
export function adaptMaintenanceConfiguration(reader: PropertyReader, common: CommonFields): MaintenanceConfiguration {
  return maintenanceConfigurationOf(common, mapMaintenanceConfiguration(armSource(reader)))
}
