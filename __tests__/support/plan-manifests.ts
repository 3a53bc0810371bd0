/**
 * A hotpatch VM set up for Customer Managed Schedules (patchMode AutomaticByPlatform, the bypass flag, reboots
 * IfRequired), a monthly InGuestPatch window after Patch Tuesday, and the assignment that links them, in the
 * formats whose manifests write it alike: the VM has that plan unless an option says otherwise. For the tests
 * of what one setting changes, each in every format.
 */

/** What a test changes: the window's InGuestPatchMode, the VM's API version or its Pulumi module. */
export interface PlanOptions {
  readonly mode?: string
  readonly vmApiVersion?: string
  /** `compute`, or a versioned module such as `compute/v20220301`. */
  readonly vmModule?: string
}

const ARM_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'

/** An ARM template: a hotpatch VM set up for Customer Managed Schedules, a window, its assignment. */
export const armPlanFiles = ({ mode = 'User', vmApiVersion = '2024-07-01' }: PlanOptions = {}): Record<string, string> => ({
  'arm/main.json': `${JSON.stringify(
    {
      $schema: ARM_SCHEMA,
      contentVersion: '1.0.0.0',
      resources: [
        {
          type: 'Microsoft.Compute/virtualMachines',
          apiVersion: vmApiVersion,
          name: 'vm-arm',
          location: 'westeurope',
          properties: {
            storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' } },
            osProfile: {
              windowsConfiguration: {
                patchSettings: {
                  patchMode: 'AutomaticByPlatform',
                  enableHotpatching: true,
                  automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
                }
              }
            }
          }
        },
        {
          type: 'Microsoft.Maintenance/maintenanceConfigurations',
          apiVersion: '2023-04-01',
          name: 'mc-arm',
          location: 'westeurope',
          properties: {
            maintenanceScope: 'InGuestPatch',
            // ARM reads property names in any case.
            extensionProperties: { inGuestPatchMode: mode },
            maintenanceWindow: { startDateTime: '2025-01-15 03:00', duration: '03:55', timeZone: 'UTC', recurEvery: 'Month Second Tuesday Offset1' },
            installPatches: { rebootSetting: 'IfRequired', windowsParameters: { classificationsToInclude: ['Critical', 'Security'] } }
          }
        },
        {
          type: 'Microsoft.Maintenance/configurationAssignments',
          apiVersion: '2023-04-01',
          name: 'assign-arm',
          location: 'westeurope',
          scope: "[resourceId('Microsoft.Compute/virtualMachines', 'vm-arm')]",
          dependsOn: [
            "[resourceId('Microsoft.Compute/virtualMachines', 'vm-arm')]",
            "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc-arm')]"
          ],
          properties: {
            maintenanceConfigurationId: "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc-arm')]",
            resourceId: "[resourceId('Microsoft.Compute/virtualMachines', 'vm-arm')]"
          }
        }
      ]
    },
    null,
    2
  )}\n`
})

/**
 * The VM of these plans alone in Bicep (symbol `vm`, 16 lines and a newline), for suites that write their own
 * window: `name` and `enableHotpatching` as written (a quoted literal or a parameter's name), `tags` (as written) a
 * line more after its location.
 */
export const scheduledBicepVm = ({ name = "'vm-bicep'", hotpatch = 'true', apiVersion = '2024-07-01', tags = '' } = {}): string => `resource vm 'Microsoft.Compute/virtualMachines@${apiVersion}' = {
  name: ${name}
  location: 'westeurope'
${tags === '' ? '' : `  tags: ${tags}\n`}  properties: {
    storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' } }
    osProfile: {
      windowsConfiguration: {
        patchSettings: {
          patchMode: 'AutomaticByPlatform'
          enableHotpatching: ${hotpatch}
          automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
        }
      }
    }
  }
}
`

/**
 * A Bicep InGuestPatch window that reboots (10 lines and a newline), for suites that write their own VM and
 * assignment: one window text instead of one per suite, the name, symbol, mode and schedule as a test needs them.
 */
export const scheduledBicepWindow = ({
  symbol = 'mc',
  name = 'mc-windows',
  mode = 'User',
  start = '2025-01-01 02:00',
  recurEvery = 'Month Second Tuesday Offset4'
} = {}): string => `resource ${symbol} 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: '${name}'
  location: 'westeurope'
  properties: {
    maintenanceScope: 'InGuestPatch'
    extensionProperties: { InGuestPatchMode: '${mode}' }
    maintenanceWindow: { startDateTime: '${start}', duration: '03:55', timeZone: 'UTC', recurEvery: '${recurEvery}' }
    installPatches: { rebootSetting: 'IfRequired', windowsParameters: { classificationsToInclude: [ 'Critical', 'Security' ] } }
  }
}
`

/** The same in Bicep. */
export const bicepPlanFiles = ({ mode = 'User', vmApiVersion = '2024-07-01' }: PlanOptions = {}): Record<string, string> => ({
  'bicep/main.bicep': [
    ...scheduledBicepVm({ apiVersion: vmApiVersion }).split('\n'),
    ...scheduledBicepWindow({ name: 'mc-bicep', mode, start: '2025-01-15 03:00', recurEvery: 'Month Second Tuesday Offset1' }).split('\n'),
    "resource assignment 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {",
    "  name: 'assign-bicep'",
    "  location: 'westeurope'",
    '  scope: vm',
    '  properties: { maintenanceConfigurationId: mc.id, resourceId: vm.id }',
    '}',
    ''
  ].join('\n')
})

/** The same in a Pulumi YAML program (azure-native flattens `properties`); `vmModule` versions the VM's token. */
export const pulumiPlanFiles = ({ mode = 'User', vmModule = 'compute' }: PlanOptions = {}): Record<string, string> => ({
  'pulumi/Pulumi.yaml': [
    'name: window-mode',
    'runtime: yaml',
    'resources:',
    '  app:',
    `    type: azure-native:${vmModule}:VirtualMachine`,
    '    properties:',
    '      vmName: vm-pulumi',
    '      resourceGroupName: rg-app',
    '      location: westeurope',
    '      storageProfile:',
    '        imageReference: {publisher: MicrosoftWindowsServer, offer: WindowsServer, sku: 2025-datacenter-azure-edition, version: latest}',
    '      osProfile:',
    '        windowsConfiguration:',
    '          patchSettings:',
    '            patchMode: AutomaticByPlatform',
    '            enableHotpatching: true',
    '            automaticByPlatformSettings: {rebootSetting: IfRequired, bypassPlatformSafetyChecksOnUserSchedule: true}',
    '  monthly:',
    '    type: azure-native:maintenance:MaintenanceConfiguration',
    '    properties:',
    '      resourceName: mc-pulumi',
    '      resourceGroupName: rg-app',
    '      location: westeurope',
    '      maintenanceScope: InGuestPatch',
    '      extensionProperties:',
    `        InGuestPatchMode: ${mode}`,
    '      startDateTime: "2025-01-15 03:00"',
    '      duration: "03:55"',
    '      timeZone: UTC',
    '      recurEvery: Month Second Tuesday Offset1',
    '      installPatches:',
    '        rebootSetting: IfRequired',
    '        windowsParameters: {classificationsToInclude: [Critical, Security]}',
    '  window:',
    '    type: azure-native:maintenance:ConfigurationAssignment',
    '    properties:',
    '      configurationAssignmentName: assign-pulumi',
    '      resourceGroupName: rg-app',
    '      location: westeurope',
    '      providerName: Microsoft.Compute',
    '      resourceType: virtualMachines',
    '      resourceName: ${app.name}',
    '      maintenanceConfigurationId: ${monthly.id}',
    ''
  ].join('\n')
})

/** The same with Crossplane's provider-upjet-azure kinds, the configuration's arguments after its window `written`. */
export const crossplanePlanFiles = (written: readonly string[]): Record<string, string> => ({
  'k8s/vm.yaml': [
    'apiVersion: compute.azure.upbound.io/v1beta2',
    'kind: WindowsVirtualMachine',
    'metadata:',
    '  name: vm-xp',
    'spec:',
    '  forProvider:',
    '    location: westeurope',
    '    resourceGroupName: rg-app',
    '    sourceImageReference: {publisher: MicrosoftWindowsServer, offer: WindowsServer, sku: 2025-datacenter-azure-edition, version: latest}',
    '    patchMode: AutomaticByPlatform',
    '    hotpatchingEnabled: true',
    '    rebootSetting: IfRequired',
    '    bypassPlatformSafetyChecksOnUserScheduleEnabled: true',
    '---',
    'apiVersion: maintenance.azure.upbound.io/v1beta2',
    'kind: MaintenanceConfiguration',
    'metadata:',
    '  name: mc-xp',
    'spec:',
    '  forProvider:',
    '    location: westeurope',
    '    resourceGroupName: rg-app',
    '    scope: InGuestPatch',
    '    window: {startDateTime: "2025-01-15 03:00", duration: "03:55", timeZone: UTC, recurEvery: Month Second Tuesday Offset1}',
    ...written.map(line => `    ${line}`),
    '---',
    'apiVersion: maintenance.azure.upbound.io/v1beta1',
    'kind: MaintenanceAssignmentVirtualMachine',
    'metadata:',
    '  name: vm-xp-monthly',
    'spec:',
    '  forProvider:',
    '    location: westeurope',
    '    maintenanceConfigurationIdRef: {name: mc-xp}',
    '    virtualMachineId: /subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-xp',
    ''
  ].join('\n')
})
