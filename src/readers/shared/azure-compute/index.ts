export { firstWritten, orPlatformDefault, type ArmPath, type ArmPropertySource } from './property-source.js'
export { mapVirtualMachine, type ComputeFields, type ComputeOverrides } from './virtual-machine.js'
export { mapDynamicScope, mapMaintenanceConfiguration, noExpirationWhenEmpty, type ConfigurationFields } from './maintenance.js'
export { hotpatchFeature, mapArcLicenseProfile, mapArcMachine, type ArcMachineComputeFields } from './arc-machine.js'
