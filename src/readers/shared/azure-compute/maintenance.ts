import type { DynamicScopeFilter, MaintenanceConfiguration } from '../../../model/resources.js'
import { absent, type Sourced } from '../../../model/source.js'
import { orPlatformDefault, type ArmPath, type ArmPropertySource } from './property-source.js'

/** The fields of a maintenance configuration that come from its ARM properties. */
export type ConfigurationFields = Pick<
  MaintenanceConfiguration,
  | 'kind'
  | 'maintenanceScope'
  | 'window'
  | 'rebootSetting'
  | 'excludeKbsRequiringReboot'
  | 'classificationsToInclude'
  | 'kbNumbersToInclude'
> &
  Required<Pick<MaintenanceConfiguration, 'inGuestPatchMode'>>

const WINDOW = ['properties', 'maintenanceWindow']
const PATCHES = ['properties', 'installPatches']
const WINDOWS = [...PATCHES, 'windowsParameters']

/** The paths a configuration body is read at, built once (they are read-only) rather than per configuration. */
const CONFIGURATION_PATHS = {
  maintenanceScope: ['properties', 'maintenanceScope'],
  startDateTime: [...WINDOW, 'startDateTime'],
  expirationDateTime: [...WINDOW, 'expirationDateTime'],
  duration: [...WINDOW, 'duration'],
  timeZone: [...WINDOW, 'timeZone'],
  recurEvery: [...WINDOW, 'recurEvery'],
  rebootSetting: [...PATCHES, 'rebootSetting'],
  excludeKbsRequiringReboot: [...WINDOWS, 'excludeKbsRequiringReboot'],
  classificationsToInclude: [...WINDOWS, 'classificationsToInclude'],
  kbNumbersToInclude: [...WINDOWS, 'kbNumbersToInclude'],
  inGuestPatchMode: ['properties', 'extensionProperties', 'InGuestPatchMode']
} as const satisfies Record<string, ArmPath>

/** A `Microsoft.Maintenance/maintenanceConfigurations` body, the same for every ARM-shaped format. */
export function mapMaintenanceConfiguration(source: ArmPropertySource): ConfigurationFields {
  const paths = CONFIGURATION_PATHS
  return {
    kind: 'maintenance-configuration',
    maintenanceScope: source.string(paths.maintenanceScope),
    window: {
      startDateTime: source.string(paths.startDateTime),
      expirationDateTime: noExpirationWhenEmpty(source.string(paths.expirationDateTime)),
      duration: source.string(paths.duration),
      timeZone: source.string(paths.timeZone),
      recurEvery: source.string(paths.recurEvery)
    },
    rebootSetting: source.string(paths.rebootSetting),
    excludeKbsRequiringReboot: source.boolean(paths.excludeKbsRequiringReboot),
    classificationsToInclude: source.strings(paths.classificationsToInclude),
    kbNumbersToInclude: source.strings(paths.kbNumbersToInclude),
    inGuestPatchMode: source.string(paths.inGuestPatchMode)
  }
}

/**
 * A window's expiration: "" is no expiration, exactly as unset. The azurerm provider sends "" whenever
 * `expiration_date_time` is not written (`expandMaintenanceConfigurationWindow` sets every window field from
 * its string, empty or not) and the Maintenance API takes it as a window without end; the plan reader reads
 * "" as unset too. So "" is never a malformed date, in any format; it is located where it is written.
 */
export function noExpirationWhenEmpty(expiration: Sourced<string>): Sourced<string> {
  return expiration.value === '' ? absent(expiration.location) : expiration
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
