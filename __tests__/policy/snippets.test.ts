/** Unit tests for src/policy/snippets: a reboot plan in each manifest format. */
import { describe, expect, it } from '@jest/globals'
import { load, loadAll } from 'js-yaml'
import { rebootPlanSnippet } from '../../src/policy/snippets/index.js'
import { rebootWindow } from '../../src/policy/snippets/window.js'
import { vm as builtVm, windowed, unset } from './builders.js'

/**
 * The builders' VM without the bypass flag: its fix then carries the schedule prerequisite, whose text these tests
 * assert (the fix of a VM whose settings meet it leaves it out: snippets-prerequisite.test.ts).
 */
const vm = (overrides: Parameters<typeof builtVm>[0] = {}) => builtVm({ bypassPlatformSafetyChecksOnUserSchedule: unset(), ...overrides })

const AS_OF = new Date('2026-11-24T00:00:00Z')
const vmId = (symbol?: string) => ({
  type: 'Microsoft.Compute/virtualMachines',
  name: 'web-01',
  ...(symbol === undefined ? {} : { symbol })
})
const WINDOW = {
  startDateTime: '2026-12-09 03:00',
  duration: '03:55',
  timeZone: 'UTC',
  recurEvery: 'Month Second Tuesday Offset1'
}
const CONFIGURATION_ID = "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'web-01-reboot-window')]"

describe('rebootWindow', () => {
  it.each([
    ['2026-11-05', '2026-11-11 03:00'],
    ['2026-11-11', '2026-11-11 03:00'],
    ['2026-11-12', '2026-12-09 03:00'],
    ['2026-12-31', '2027-01-13 03:00']
  ])('as of %s the first window is the day after Patch Tuesday, %s', (asOf, start) => {
    expect(rebootWindow(new Date(`${asOf}T00:00:00Z`))).toEqual({
      startDateTime: start,
      duration: '03:55',
      timeZone: 'UTC',
      recurEvery: 'Month Second Tuesday Offset1'
    })
  })
})

describe('rebootPlanSnippet', () => {
  it('Bicep: references the VM by its symbol', () => {
    expect(rebootPlanSnippet(windowed(vm()), AS_OF)).toEqual({
      language: 'bicep',
      text: `// A monthly InGuestPatch window that may reboot, assigned to web-01.
resource vmRebootConfig 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: 'web-01-reboot-window'
  location: vm.location
  properties: {
    maintenanceScope: 'InGuestPatch'
    extensionProperties: { InGuestPatchMode: 'User' }
    maintenanceWindow: {
      startDateTime: '2026-12-09 03:00'
      duration: '03:55'
      timeZone: 'UTC'
      recurEvery: 'Month Second Tuesday Offset1'
    }
    installPatches: {
      rebootSetting: 'IfRequired'
      windowsParameters: { classificationsToInclude: ['Critical', 'Security'] }
    }
  }
}

resource vmRebootWindow 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'web-01-reboot-window'
  location: vm.location
  scope: vm
  properties: {
    maintenanceConfigurationId: vmRebootConfig.id
    resourceId: vm.id
  }
}

// And in vm, properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
//   patchMode: 'AutomaticByPlatform'
//   automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
`
    })
  })

  it('Bicep: declares the VM as existing when its symbol is not known', () => {
    const { text } = rebootPlanSnippet(windowed(vm({ identity: vmId() })), AS_OF)
    const header = "resource web_01Vm 'Microsoft.Compute/virtualMachines@2024-11-01' existing = {"
    const existing = `${header}\n  name: 'web-01'\n}\n`
    expect(text.startsWith(existing)).toBe(true)
    expect(text).toContain('  scope: web_01Vm\n')
  })

  it('Terraform: references the VM by its address', () => {
    const machine = vm({ format: 'terraform', identity: vmId('infra#azurerm_windows_virtual_machine.web') })
    expect(rebootPlanSnippet(windowed(machine), AS_OF)).toEqual({
      language: 'hcl',
      text: `# A monthly InGuestPatch window that may reboot, assigned to web-01.
resource "azurerm_maintenance_configuration" "web_01_reboot_window" {
  name                     = "web-01-reboot-window"
  resource_group_name      = azurerm_windows_virtual_machine.web.resource_group_name
  location                 = azurerm_windows_virtual_machine.web.location
  scope                    = "InGuestPatch"
  in_guest_user_patch_mode = "User"

  window {
    start_date_time = "2026-12-09 03:00"
    duration        = "03:55"
    time_zone       = "UTC"
    recur_every     = "Month Second Tuesday Offset1"
  }

  install_patches {
    reboot = "IfRequired"
    windows {
      classifications_to_include = ["Critical", "Security"]
    }
  }
}

resource "azurerm_maintenance_assignment_virtual_machine" "web_01_reboot_window" {
  location                     = azurerm_windows_virtual_machine.web.location
  maintenance_configuration_id = azurerm_maintenance_configuration.web_01_reboot_window.id
  virtual_machine_id           = azurerm_windows_virtual_machine.web.id
}

# And in azurerm_windows_virtual_machine.web (the schedule prerequisite):
#   patch_mode                                             = "AutomaticByPlatform"
#   reboot_setting                                         = "IfRequired"
#   bypass_platform_safety_checks_on_user_schedule_enabled = true
`
    })
  })

  it('ARM: two valid resources scoped to the VM, then the patchSettings prerequisite', () => {
    const { language, text } = rebootPlanSnippet(windowed(vm({ format: 'arm', identity: vmId() })), AS_OF)
    expect(language).toBe('json')
    const lines = text.split('\n')
    const prerequisite = lines.findIndex(line => line.startsWith('// And on web-01'))
    const resources = JSON.parse(`[${lines.slice(1, prerequisite).join('\n')}]`) as Record<string, unknown>[]
    expect(resources).toEqual([
      {
        type: 'Microsoft.Maintenance/maintenanceConfigurations',
        apiVersion: '2023-04-01',
        name: 'web-01-reboot-window',
        location: '[resourceGroup().location]',
        properties: {
          maintenanceScope: 'InGuestPatch',
          extensionProperties: { InGuestPatchMode: 'User' },
          maintenanceWindow: WINDOW,
          installPatches: {
            rebootSetting: 'IfRequired',
            windowsParameters: { classificationsToInclude: ['Critical', 'Security'] }
          }
        }
      },
      {
        type: 'Microsoft.Maintenance/configurationAssignments',
        apiVersion: '2023-04-01',
        name: 'web-01-reboot-window',
        location: '[resourceGroup().location]',
        scope: "[resourceId('Microsoft.Compute/virtualMachines', 'web-01')]",
        // A scope makes no dependency: without the VM here, ARM could send the assignment before the VM exists.
        dependsOn: [CONFIGURATION_ID, "[resourceId('Microsoft.Compute/virtualMachines', 'web-01')]"],
        properties: {
          maintenanceConfigurationId: CONFIGURATION_ID,
          resourceId: "[resourceId('Microsoft.Compute/virtualMachines', 'web-01')]"
        }
      }
    ])
    expect(JSON.parse(`{${lines.slice(prerequisite + 1).join('\n')}}`)).toEqual({
      patchSettings: {
        patchMode: 'AutomaticByPlatform',
        automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
      }
    })
  })

  it('Kubernetes: Crossplane manifests that parse (an Azure Service Operator VM gets advice, not these)', () => {
    const { language, text } = rebootPlanSnippet(windowed(vm({ format: 'kubernetes', identity: vmId() })), AS_OF)
    expect(language).toBe('yaml')
    expect(text).not.toContain('Azure Service Operator')
    type Manifest = { kind: string; spec: { forProvider: Record<string, unknown> } }
    const documents = loadAll(text, { maxAliases: 0 }) as Manifest[]
    expect(documents.map(d => d.kind)).toEqual(['MaintenanceConfiguration', 'MaintenanceAssignmentVirtualMachine'])
    expect(documents[0]?.spec.forProvider).toEqual({
      location: 'westeurope',
      resourceGroupName: '<resource group>',
      scope: 'InGuestPatch',
      inGuestUserPatchMode: 'User',
      window: [WINDOW],
      installPatches: [{ reboot: 'IfRequired', windows: [{ classificationsToInclude: ['Critical', 'Security'] }] }]
    })
    expect(documents[1]?.spec.forProvider).toEqual({
      location: 'westeurope',
      maintenanceConfigurationIdRef: { name: 'web-01-reboot-window' },
      virtualMachineId:
        '/subscriptions/<subscription id>/resourceGroups/<resource group>/providers/Microsoft.Compute/virtualMachines/web-01'
    })
  })

  it('Pulumi YAML: resources that parse and reference the VM resource', () => {
    const { language, text } = rebootPlanSnippet(windowed(vm({ format: 'pulumi', identity: vmId('Pulumi.yaml#webVm') })), AS_OF)
    expect(language).toBe('yaml')
    type Resource = { type: string; properties: Record<string, unknown> }
    const resources = load(text, { maxAliases: 0 }) as Record<string, Resource>
    expect(Object.keys(resources)).toEqual(['webVmRebootConfig', 'webVmRebootWindow'])
    expect(resources.webVmRebootConfig?.properties).toMatchObject({
      maintenanceScope: 'InGuestPatch',
      startDateTime: '2026-12-09 03:00',
      recurEvery: 'Month Second Tuesday Offset1',
      installPatches: { rebootSetting: 'IfRequired' }
    })
    expect(resources.webVmRebootWindow).toEqual({
      type: 'azure-native:maintenance:ConfigurationAssignment',
      properties: {
        configurationAssignmentName: 'web-01-reboot-window',
        resourceGroupName: '<resource group>',
        location: '${webVm.location}',
        providerName: 'Microsoft.Compute',
        resourceType: 'virtualMachines',
        resourceName: '${webVm.name}',
        maintenanceConfigurationId: '${webVmRebootConfig.id}'
      }
    })
  })
})

describe('a snippet keeps the few facts of its VM, not its text', () => {
  const fixes = [vm(), vm({ kind: 'arc-machine' }), vm({ format: 'arm' }), vm({ format: 'terraform' }), vm({ format: 'kubernetes' }), vm({ format: 'pulumi' })]

  it.each(fixes.map(machine => [`${machine.format} ${machine.kind}`, machine] as const))(
    '%s: reads as plain data, the same text each time, and keeps no object of the VM but its identity',
    (_name, machine) => {
      const snippet = rebootPlanSnippet(windowed(machine), AS_OF)
      const text = snippet.text
      expect(typeof text).toBe('string')
      expect(snippet.text).toBe(text)
      // What JSON, spreads and for-in see: exactly the two fields, in order.
      expect(Object.keys(snippet)).toEqual(['language', 'text'])
      expect(JSON.parse(JSON.stringify(snippet))).toEqual({ language: snippet.language, text })
      expect({ ...snippet }).toEqual({ language: snippet.language, text })
      // Every object reachable from it (symbol-keyed fields included): the VM's identity is its only model object.
      const reached = new Set<unknown>()
      const visit = (value: unknown): void => {
        if (typeof value !== 'object' || value === null || reached.has(value)) return
        reached.add(value)
        for (const key of Reflect.ownKeys(value)) {
          const field = Object.getOwnPropertyDescriptor(value, key)
          if (field !== undefined && 'value' in field) visit(field.value)
        }
      }
      visit(snippet)
      const modelObjects = new Set<unknown>([machine, ...Object.values(machine).filter(value => typeof value === 'object')])
      expect([...reached].filter(value => modelObjects.has(value))).toEqual([machine.identity])
    }
  )
})
