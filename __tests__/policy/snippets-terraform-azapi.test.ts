/**
 * Terraform fixes of VMs declared with azapi: an azapi resource has no `resource_group_name`
 * (it has `parent_id`, `id`, `name`, `location`), so the fix is azapi too, placed by the VM's `parent_id` and
 * `id`. Exact texts that parse as HCL, and the fix pasted next to its VM gives the VM its reboot plan.
 */
import { describe, expect, it } from '@jest/globals'
import type { InfrastructureModel, MaintenanceAssignment, MaintenanceConfiguration, VirtualMachine } from '../../src/model/resources.js'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import { rebootPlanSnippet } from '../../src/policy/snippets/index.js'
import { parseHclFile } from '../../src/readers/terraform/hcl/hcl-file.js'
import { readMemoryModel } from '../readers/terraform/support.js'
import { windowed } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')

const AZAPI_VM = `resource "azapi_resource" "vm" {
  type      = "Microsoft.Compute/virtualMachines@2024-07-01"
  name      = "vm-spoke-01"
  parent_id = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-app"
  location  = "westeurope"
  body = {
    properties = {
      storageProfile = { imageReference = { publisher = "MicrosoftWindowsServer", offer = "WindowsServer", sku = "2025-datacenter-azure-edition", version = "latest" } }
      osProfile = { windowsConfiguration = { patchSettings = {
        patchMode = "AutomaticByPlatform", enableHotpatching = true
        automaticByPlatformSettings = { rebootSetting = "IfRequired", bypassPlatformSafetyChecksOnUserSchedule = true }
      } } }
    }
  }
}
`

/** The whole azapi fix of the resource at `address`, its resources labelled after `label`. */
const expected = (shownAs: string, address: string, label: string, name: string): string =>
  `# A monthly InGuestPatch window that may reboot, assigned to ${shownAs}.
# In azapi, as the VM is: placed by its parent_id and id (azapi resources have no resource_group_name).
resource "azapi_resource" "${label}_reboot_config" {
  type      = "Microsoft.Maintenance/maintenanceConfigurations@2023-04-01"
  name      = ${name}
  parent_id = ${address}.parent_id
  location  = ${address}.location
  body = {
    properties = {
      maintenanceScope    = "InGuestPatch"
      extensionProperties = { InGuestPatchMode = "User" }
      maintenanceWindow = {
        startDateTime = "2026-12-09 03:00"
        duration      = "03:55"
        timeZone      = "UTC"
        recurEvery    = "Month Second Tuesday Offset1"
      }
      installPatches = {
        rebootSetting     = "IfRequired"
        windowsParameters = { classificationsToInclude = ["Critical", "Security"] }
      }
    }
  }
}

resource "azapi_resource" "${label}_reboot_window" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = ${name}
  parent_id = ${address}.id
  location  = ${address}.location
  body = {
    properties = {
      maintenanceConfigurationId = azapi_resource.${label}_reboot_config.id
      resourceId                 = ${address}.id
    }
  }
}
`

/** What the fix adds for a VM whose settings do not yet let a window run. */
const PREREQUISITE = `
# And in azapi_resource.vm's body, properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
#   patchMode                   = "AutomaticByPlatform"
#   automaticByPlatformSettings = { rebootSetting = "IfRequired", bypassPlatformSafetyChecksOnUserSchedule = true }
`

/** The model of in-memory Terraform files, as the real reader builds it. */
async function read(files: Record<string, string>): Promise<InfrastructureModel> {
  const { resources, parseErrors, manifests } = await readMemoryModel(files)
  return {
    virtualMachines: resources.filter((r): r is VirtualMachine => r.kind === 'virtual-machine' || r.kind === 'scale-set'),
    maintenanceConfigurations: resources.filter((r): r is MaintenanceConfiguration => r.kind === 'maintenance-configuration'),
    maintenanceAssignments: resources.filter((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment'),
    parseErrors,
    files: manifests,
    inlineExemptions: []
  }
}

async function expectHcl(text: string): Promise<void> {
  const file = await parseHclFile(text)
  expect(file.error).toBeUndefined()
  expect(file.body.blocks.map(block => block.labels.join('.'))).toHaveLength(2)
}

describe('Terraform fix of an azapi VM', () => {
  it('is written in azapi, placed by the VM parent_id and id, never by a resource_group_name', async () => {
    const model = await read({ 'main.tf': AZAPI_VM })
    const [machine] = model.virtualMachines
    const { text } = rebootPlanSnippet(windowed(machine as VirtualMachine), AS_OF)
    expect(text).toBe(expected('vm-spoke-01', 'azapi_resource.vm', 'vm_spoke_01', '"vm-spoke-01-reboot-window"'))
    expect(text).not.toContain('resource_group_name =')
    await expectHcl(text)
  })

  it('reminds of the schedule prerequisite only a VM whose settings do not meet it', async () => {
    const unprepared = AZAPI_VM.replace('bypassPlatformSafetyChecksOnUserSchedule = true', 'bypassPlatformSafetyChecksOnUserSchedule = false')
    const [machine] = (await read({ 'main.tf': unprepared })).virtualMachines
    const { text } = rebootPlanSnippet(windowed(machine as VirtualMachine), AS_OF)
    expect(text).toBe(expected('vm-spoke-01', 'azapi_resource.vm', 'vm_spoke_01', '"vm-spoke-01-reboot-window"') + PREREQUISITE)
  })

  it('pasted next to the VM, gives it a reboot plan', async () => {
    const before = await read({ 'main.tf': AZAPI_VM })
    const fix = rebootPlanSnippet(windowed(before.virtualMachines[0] as VirtualMachine), AS_OF).text
    const after = await read({ 'main.tf': AZAPI_VM, 'reboot-window.tf': fix })
    expect(after.parseErrors).toEqual([])
    const result = evaluatePolicy(after, { asOf: AS_OF })
    expect(result.assessments.map(a => `${a.vm.displayName} ${a.verdict}`)).toEqual(['vm-spoke-01 affected-with-plan'])
    expect(result.findings.map(f => f.ruleId)).toEqual([])
  })
})
