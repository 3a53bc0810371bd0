/**
 * A dynamic scope that may select a hotpatch VM (one of its filter values is known only at deployment) on a VM whose
 * own patch settings let no window run (not patchMode AutomaticByPlatform, or the bypass flag not true): the VM has
 * no plan whatever the value resolves to (certain stays certain), but the scope does target it. The reasons and the
 * finding name the scope where it is written and the VM's settings at fault (src/policy/broken-if-applied.ts,
 * unhonouredIfApplied), and the advice is to set those settings: "no maintenance configuration is assigned" sent
 * owners to add an assignment. Every case scans files written here.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts, hotpatchVm, monthlyConfiguration } from '../readers/terraform/scan-files.js'
import { scheduledBicepWindow } from '../support/plan-manifests.js'

const MC_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-maint/providers/Microsoft.Maintenance/maintenanceConfigurations/mc-windows'

/** The platform's subscription dynamic scope (line 3), its location known only at deployment (line 11). */
const SCOPE = `targetScope = 'subscription'

resource mca 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'mca-poc'
  properties: {
    maintenanceConfigurationId: '${MC_ID}'
    resourceId: subscription().id
    filter: {
      resourceTypes: [ 'Microsoft.Compute/virtualMachines' ]
      osTypes: [ 'Windows' ]
      locations: [ deployment().location ]
      tagSettings: { filterOperator: 'All', tags: { environment: [ 'poc' ] } }
    }
  }
}
`

/** A hotpatch VM tagged environment: poc, patchMode at line 10 as given, without the bypass flag. */
const vm = (patchMode: string): string => `resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: 'vm-app-01'
  location: 'westeurope'
  tags: { environment: 'poc' }
  properties: {
    storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' } }
    osProfile: {
      windowsConfiguration: {
        patchSettings: {
          patchMode: '${patchMode}'
          enableHotpatching: true
          automaticByPlatformSettings: { rebootSetting: 'IfRequired' }
        }
      }
    }
  }
}
`

const UNKNOWN_LOCATION = '(filter.locations: deployment().location is only known at deployment)'
const OS_PATCHED = 'patchMode is AutomaticByOS (workload/vm.bicep:10)'
const NO_BYPASS = 'bypassPlatformSafetyChecksOnUserSchedule is not set (false by default) on the VM (workload/vm.bicep:1)'
const PLAN =
  'Windows Server 2025 hotpatch machines that installed KB5070881 (the CVE-2025-59287 out-of-band update) take a reboot-requiring ' +
  'update every month until the January 2026 baseline. Hotpatch machines still restart for every baseline update (January, April, July, October); the next baseline is January 2026 ' +
  "(Patch Tuesday 2026-01-13). A reboot plan is an InGuestPatch maintenance configuration assigned to the VM that allows reboots (rebootSetting IfRequired or Always) and opens between a baseline's release and the next one's, with patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true on the VM."

describe('a dynamic scope that may select a VM whose settings let no window run', () => {
  it('is named with the settings at fault, in the reasons and the finding, and the advice is to set them', async () => {
    const result = await scanFiles({ 'platform/window.bicep': scheduledBicepWindow(), 'platform/scope.bicep': SCOPE, 'workload/vm.bicep': vm('AutomaticByOS') })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    const scope =
      "dynamic scope 'mca-poc' (platform/scope.bicep:3) may select it to assign maintenance configuration 'mc-windows', but its " +
      `schedule cannot apply to the VM: ${OS_PATCHED}; ${NO_BYPASS}, so it is no reboot plan whether it applies or not ${UNKNOWN_LOCATION}`
    const assessment = result.assessments[0]
    expect(assessment?.reasons.slice(2)).toEqual([
      scope,
      'rebootSetting is IfRequired on the VM (workload/vm.bicep:12), but it does not apply: patchMode is AutomaticByOS (workload/vm.bicep:10), and Azure applies rebootSetting only to AutomaticByPlatform patch installations'
    ])
    expect(assessment?.unresolved).toEqual([])
    expect(result.findings.map(f => [f.ruleId, f.message, f.fix])).toEqual([
      [
        'reboot-plan-required',
        "VM 'vm-app-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan: " +
          `${scope}. ${PLAN} Set the VM up for Customer Managed Schedules so that dynamic scope 'mca-poc' (platform/scope.bicep:3) ` +
          'can run a window on it. Set patchMode to AutomaticByPlatform. Set bypassPlatformSafetyChecksOnUserSchedule to true.',
        undefined
      ]
    ])
  })

  it('whose window does not work either says both, and the advice corrects both', async () => {
    const expired = scheduledBicepWindow().replace("timeZone: 'UTC'", "timeZone: 'UTC', expirationDateTime: '2025-06-01 00:00'")
    const result = await scanFiles({ 'platform/window.bicep': expired, 'platform/scope.bicep': SCOPE, 'workload/vm.bicep': vm('AutomaticByOS') })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    expect(result.assessments[0]?.brokenIfApplied?.map(e => [e.status, e.detail])).toEqual([
      [
        'expired',
        "dynamic scope 'mca-poc' (platform/scope.bicep:3) may select it to assign maintenance configuration 'mc-windows', but its " +
          `schedule cannot apply to the VM: ${OS_PATCHED}; ${NO_BYPASS}; and it expired on 2025-06-01 00:00 (platform/window.bicep:7), ` +
          `so it is no reboot plan whether it applies or not ${UNKNOWN_LOCATION}`
      ]
    ])
    expect(result.findings[0]?.message.split('true on the VM. ')[1]).toEqual(
      "Set the VM up for Customer Managed Schedules so that dynamic scope 'mca-poc' (platform/scope.bicep:3) can run a window on it. " +
        'Set patchMode to AutomaticByPlatform. Set bypassPlatformSafetyChecksOnUserSchedule to true. ' +
        "Correct maintenance configuration 'mc-windows' (platform/window.bicep:1), which assignment 'mca-poc' may assign to the VM: " +
        'remove its expirationDateTime, or move it past the next baseline.'
    )
  })

  it('on a VM the platform reboots (AutomaticByPlatform, IfRequired, no bypass flag), the warning names the scope, not "no maintenance window"', async () => {
    const result = await scanFiles({ 'platform/window.bicep': scheduledBicepWindow(), 'platform/scope.bicep': SCOPE, 'workload/vm.bicep': vm('AutomaticByPlatform') })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-platform-reboot: platform-reboot-only'])
    const scope =
      "dynamic scope 'mca-poc' (platform/scope.bicep:3) may select it to assign maintenance configuration 'mc-windows', but its " +
      `schedule cannot apply to the VM: ${NO_BYPASS}, so it is no reboot plan whether it applies or not ${UNKNOWN_LOCATION}`
    expect(result.findings.map(f => [f.ruleId, f.message, f.fix])).toEqual([
      [
        'platform-reboot-only',
        "VM 'vm-app-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition and no maintenance window that can run " +
          `on it: ${scope}. With rebootSetting IfRequired the platform installs updates and restarts it at a time Azure chooses. ${PLAN} ` +
          "Set the VM up for Customer Managed Schedules so that dynamic scope 'mca-poc' (platform/scope.bicep:3) can run a window on it. " +
          'Set bypassPlatformSafetyChecksOnUserSchedule to true.',
        undefined
      ]
    ])
  })

  it('in Terraform, a dynamic scope whose location is a variable without a value is named the same way', async () => {
    const scope = `variable "location" {}

resource "azurerm_maintenance_assignment_dynamic_scope" "poc" {
  name                         = "ds-poc"
  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id
  filter {
    locations      = [var.location]
    resource_types = ["Microsoft.Compute/virtualMachines"]
    tag_filter     = "All"
    tags {
      tag    = "environment"
      values = ["poc"]
    }
  }
}
`
    const settings = '  patch_mode            = "AutomaticByPlatform"\n  hotpatching_enabled   = true\n  tags = { environment = "poc" }\n'
    const result = await scanFiles({ 'main.tf': `${monthlyConfiguration()}\n${scope}\n${hotpatchVm({ settings })}` })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    expect(result.assessments[0]?.reasons.slice(2)).toEqual([
      "dynamic scope 'ds-poc' (main.tf:23) may select it to assign maintenance configuration 'mc-monthly', but its schedule cannot " +
        'apply to the VM: bypassPlatformSafetyChecksOnUserSchedule is not set (false by default) on the VM (main.tf:37), so it is no ' +
        'reboot plan whether it applies or not (filter.locations: variable "location" has no default and no tfvars value: it is set when Terraform runs)',
      'rebootSetting is not set on the VM (main.tf:37): with no IfRequired or Always written, nothing in the manifests says the platform ' +
        'reboots it (the compute API documents no default)'
    ])
  })
})
