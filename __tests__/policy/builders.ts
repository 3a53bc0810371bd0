/**
 * Hand-made model objects for policy tests, with defaults that describe the common case: a Bicep VM on
 * Windows Server 2025 Datacenter: Azure Edition with hotpatching on, Customer Managed Schedules set up,
 * and no maintenance configuration. Line numbers are fixed so tests can assert locations.
 */
import type {
  DynamicScopeFilter,
  ImageReference,
  InfrastructureModel,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  MaintenanceWindow,
  ResourceIdentity,
  VirtualMachine
} from '../../src/model/resources.js'
import { absent, known, unresolved, type SourceLocation, type Sourced } from '../../src/model/source.js'
import { takesRebootWindow, type WindowedMachine } from '../../src/policy/snippets/window.js'
import type { WindowTiming } from '../../src/policy/types.js'

export const FILE = 'infra/main.bicep'

export const loc = (line: number, file = FILE): SourceLocation => ({ file, line, column: 5 })
export const lit = <T>(value: T, line: number, file = FILE): Sourced<T> => known(value, loc(line, file))
export const unset = <T>(line = 10, file = FILE): Sourced<T> => absent<T>(loc(line, file))
export const unknownValue = <T>(line: number, reason: string, file = FILE): Sourced<T> =>
  unresolved<T>(loc(line, file), reason)
export const providerDefault = <T>(value: T, line = 10): Sourced<T> => known(value, loc(line), 'provider-default')

/** Where the default VM writes each value. */
export const VM_LINES = {
  resource: 10,
  location: 11,
  publisher: 14,
  offer: 15,
  sku: 16,
  version: 17,
  patchMode: 22,
  enableHotpatching: 23,
  rebootSetting: 25,
  bypass: 26
} as const

type VmOverrides = Partial<Omit<VirtualMachine, 'image'>> & { readonly image?: Partial<ImageReference> }

export function vm(overrides: VmOverrides = {}): VirtualMachine {
  const { image, ...rest } = overrides
  const name = rest.identity?.name ?? 'web-01'
  return {
    kind: 'virtual-machine',
    format: 'bicep',
    identity: { type: 'Microsoft.Compute/virtualMachines', name, symbol: `${FILE}#vm` },
    displayName: name,
    reportAt: loc(VM_LINES.resource),
    declaredAt: loc(VM_LINES.resource),
    related: [],
    variant: '',
    deployed: known(true, loc(VM_LINES.resource), 'provider-default'),
    canHotpatch: true,
    orchestrationMode: unset(),
    osType: known('Windows', loc(VM_LINES.resource), 'expression'),
    image: {
      publisher: lit('MicrosoftWindowsServer', VM_LINES.publisher),
      offer: lit('WindowsServer', VM_LINES.offer),
      sku: lit('2025-datacenter-azure-edition', VM_LINES.sku),
      version: lit('latest', VM_LINES.version),
      customImageId: unset(),
      ...image
    },
    location: lit('westeurope', VM_LINES.location),
    tags: unset(),
    patchMode: lit('AutomaticByPlatform', VM_LINES.patchMode),
    enableHotpatching: lit(true, VM_LINES.enableHotpatching),
    rebootSetting: unset(),
    bypassPlatformSafetyChecksOnUserSchedule: lit(true, VM_LINES.bypass),
    ...rest
  }
}

/** A Flexible scale set with the default VM's settings. */
export function scaleSet(overrides: VmOverrides = {}): VirtualMachine {
  const name = overrides.identity?.name ?? 'web-vmss'
  return vm({
    kind: 'scale-set',
    identity: { type: 'Microsoft.Compute/virtualMachineScaleSets', name, symbol: `${FILE}#vmss` },
    displayName: name,
    orchestrationMode: lit('Flexible', 12),
    ...overrides
  })
}

/** A machine as the fix snippets take it: a VM or Arc machine, never a scale set (no window reaches one). */
export function windowed(machine: VirtualMachine): WindowedMachine {
  if (!takesRebootWindow(machine)) throw new Error(`${machine.displayName} is a scale set: no reboot window reaches it`)
  return machine
}

export const CONFIGURATION_LINES = { resource: 40, scope: 42, expiration: 45, rebootSetting: 48, exclude: 49 } as const

/** The timing of `configuration()`'s window (monthly, the day after Patch Tuesday, 03:00 UTC) as of 2026-11-24. */
export const DEFAULT_WINDOW_DESCRIPTION = 'every month on the Second Tuesday + 1 day at 03:00 UTC, from 2025-11-12 03:00'
export const DEFAULT_WINDOW_TIMING: WindowTiming = {
  description: DEFAULT_WINDOW_DESCRIPTION,
  covers: [
    { baseline: 'January 2027', opens: '2027-01-13 03:00 UTC', daysAfter: 1 },
    { baseline: 'April 2027', opens: '2027-04-14 03:00 UTC', daysAfter: 1 }
  ],
  misses: [],
  next: '2026-12-09 03:00 UTC',
  location: loc(47)
}

type ConfigurationOverrides = Partial<Omit<MaintenanceConfiguration, 'window'>> & {
  readonly window?: Partial<MaintenanceWindow>
}

/** An InGuestPatch configuration, monthly, rebootSetting IfRequired, no expiry. */
export function configuration(overrides: ConfigurationOverrides = {}): MaintenanceConfiguration {
  const { window, ...rest } = overrides
  const name = rest.identity?.name ?? 'patch-window'
  return {
    kind: 'maintenance-configuration',
    format: 'bicep',
    identity: { type: 'Microsoft.Maintenance/maintenanceConfigurations', name, symbol: `${FILE}#window` },
    displayName: name,
    reportAt: loc(CONFIGURATION_LINES.resource),
    declaredAt: loc(CONFIGURATION_LINES.resource),
    related: [],
    variant: '',
    deployed: known(true, loc(CONFIGURATION_LINES.resource), 'provider-default'),
    maintenanceScope: lit('InGuestPatch', CONFIGURATION_LINES.scope),
    window: {
      startDateTime: lit('2025-11-12 03:00', 43),
      expirationDateTime: unset(CONFIGURATION_LINES.resource),
      duration: lit('03:55', 44),
      timeZone: lit('UTC', 46),
      recurEvery: lit('Month Second Tuesday Offset1', 47),
      ...window
    },
    rebootSetting: lit('IfRequired', CONFIGURATION_LINES.rebootSetting),
    excludeKbsRequiringReboot: unset(CONFIGURATION_LINES.resource),
    classificationsToInclude: lit(['Critical', 'Security'], 50),
    kbNumbersToInclude: unset(CONFIGURATION_LINES.resource),
    ...rest
  }
}

export const ASSIGNMENT_LINES = { resource: 60, target: 63, configuration: 64 } as const

/** A reference to the maintenance configuration with this name, as an assignment writes it. */
export const configurationRef = (name = 'patch-window', line: number = ASSIGNMENT_LINES.configuration) => ({
  target: lit(configurationId(name), line)
})

/** The identity of a maintenance configuration or assignment with this name. */
export const configurationId = (name: string): ResourceIdentity => ({
  type: 'Microsoft.Maintenance/maintenanceConfigurations',
  name
})
export const assignmentId = (name: string): ResourceIdentity => ({
  type: 'Microsoft.Maintenance/configurationAssignments',
  name
})

const DEFAULT_TARGET: ResourceIdentity = { type: 'Microsoft.Compute/virtualMachines', name: 'web-01' }

/** A per-VM assignment of `patch-window` to the VM with the given identity (default: the default VM). */
export function assignment(
  target: Sourced<ResourceIdentity> = lit(DEFAULT_TARGET, ASSIGNMENT_LINES.target),
  overrides: Partial<MaintenanceAssignment> = {}
): MaintenanceAssignment {
  const name = overrides.identity?.name ?? 'web-01-patch-window'
  return {
    kind: 'maintenance-assignment',
    format: 'bicep',
    identity: { type: 'Microsoft.Maintenance/configurationAssignments', name },
    displayName: name,
    reportAt: loc(ASSIGNMENT_LINES.resource),
    declaredAt: loc(ASSIGNMENT_LINES.resource),
    related: [],
    variant: '',
    deployed: known(true, loc(ASSIGNMENT_LINES.resource), 'provider-default'),
    configuration: configurationRef(),
    target: { target },
    ...overrides
  }
}

/** A dynamic scope assigning `patch-window` to whatever its filter selects (empty filter: everything). */
export function dynamicScope(filter: Partial<DynamicScopeFilter> = {}, name = 'all-windows'): MaintenanceAssignment {
  const base = assignment(undefined, { identity: assignmentId(name) })
  const { target: _target, ...rest } = base
  return {
    ...rest,
    filter: {
      resourceTypes: unset(ASSIGNMENT_LINES.resource),
      resourceGroups: unset(ASSIGNMENT_LINES.resource),
      locations: unset(ASSIGNMENT_LINES.resource),
      osTypes: unset(ASSIGNMENT_LINES.resource),
      tags: unset(ASSIGNMENT_LINES.resource),
      tagOperator: unset(ASSIGNMENT_LINES.resource),
      ...filter
    }
  }
}

export function model(
  parts: {
    virtualMachines?: readonly VirtualMachine[]
    maintenanceConfigurations?: readonly MaintenanceConfiguration[]
    maintenanceAssignments?: readonly MaintenanceAssignment[]
  } = {}
): InfrastructureModel {
  return {
    virtualMachines: parts.virtualMachines ?? [vm()],
    maintenanceConfigurations: parts.maintenanceConfigurations ?? [],
    maintenanceAssignments: parts.maintenanceAssignments ?? [],
    parseErrors: [],
    files: [FILE],
    inlineExemptions: []
  }
}

/** The default VM with an honoured reboot plan: `patch-window` assigned directly. */
export const withPlan = (overrides: Parameters<typeof model>[0] = {}): InfrastructureModel =>
  model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [assignment()], ...overrides })
