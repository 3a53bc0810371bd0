import type { DynamicScopeFilter, MaintenanceConfiguration } from '../../../model/resources.js'
import { orPlatformDefault, type ArmPropertySource } from './property-source.js'

/** The fields of a maintenance configuration that come from its ARM properties. */
export type ConfigurationFields = Pick<
  MaintenanceConfiguration,
  'kind' | 'maintenanceScope' | 'window' | 'rebootSetting' | 'excludeKbsRequiringReboot' | 'classificationsToInclude' | 'kbNumbersToInclude'
>

/** A `Microsoft.Maintenance/maintenanceConfigurations` body, the same for every ARM-shaped format. */
export function mapMaintenanceConfiguration(source: ArmPropertySource): ConfigurationFields {
  const window = ['properties', 'maintenanceWindow']
  const patches = ['properties', 'installPatches']
  const windows = [...patches, 'windowsParameters']
  return {
    kind: 'maintenance-configuration',
    maintenanceScope: source.string(['properties', 'maintenanceScope']),
    window: {
      startDateTime: source.string([...window, 'startDateTime']),
      expirationDateTime: source.string([...window, 'expirationDateTime']),
      duration: source.string([...window, 'duration']),
      timeZone: source.string([...window, 'timeZone']),
      recurEvery: source.string([...window, 'recurEvery'])
    },
    rebootSetting: source.string([...patches, 'rebootSetting']),
    excludeKbsRequiringReboot: source.boolean([...windows, 'excludeKbsRequiringReboot']),
    classificationsToInclude: source.strings([...windows, 'classificationsToInclude']),
    kbNumbersToInclude: source.strings([...windows, 'kbNumbersToInclude'])
  }
}

/**
 * A configuration assignment's dynamic scope (`properties.filter`); `tagSettings.filterOperator`
 * unset is the platform default `Any`.
 */
export function mapDynamicScope(source: ArmPropertySource): DynamicScopeFilter {
  const filter = ['properties', 'filter']
  const tagSettings = [...filter, 'tagSettings']
  return {
    resourceTypes: source.strings([...filter, 'resourceTypes']),
    resourceGroups: source.strings([...filter, 'resourceGroups']),
    locations: source.strings([...filter, 'locations']),
    osTypes: source.strings([...filter, 'osTypes']),
    tags: source.stringListMap([...tagSettings, 'tags']),
    tagOperator: orPlatformDefault(source.string([...tagSettings, 'filterOperator']), 'Any')
  }
}
