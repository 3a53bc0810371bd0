/**
 * An `azapi_update_resource` of an Arc machine's license profile writes the profile, as an `azapi_resource` of it
 * does: with the Hotpatch product feature enabled it enrolls the machine. It was no resource the model holds (an
 * update changes only VMs, scale sets, Arc machines and maintenance configurations), so the enrolled machine had
 * no verdict at all: 0 VMs, a green run (found by probing).
 */
import { describe, expect, it } from '@jest/globals'
import { monthlyConfiguration, scanFiles, verdicts } from './scan-files.js'

const PROFILE_UPDATE = (status: string) => `data "azurerm_arc_machine" "dc" {
  name                = "dc-onprem-01"
  resource_group_name = "rg-onprem"
}

resource "azapi_update_resource" "hotpatch" {
  type      = "Microsoft.HybridCompute/machines/licenseProfiles@2024-07-10"
  name      = "default"
  parent_id = data.azurerm_arc_machine.dc.id
  body = {
    properties = {
      productProfile = { productFeatures = [{ name = "Hotpatch", subscriptionStatus = "${status}" }] }
    }
  }
}
`

const ASSIGNMENT = `resource "azapi_resource" "window" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = "monthly"
  parent_id = data.azurerm_arc_machine.dc.id
  location  = "westeurope"
  body = {
    properties = { maintenanceConfigurationId = azurerm_maintenance_configuration.mc.id }
  }
}
`

describe('an azapi_update_resource of an Arc license profile', () => {
  it('that enables Hotpatch enrolls the machine: without a plan, an error', async () => {
    expect(verdicts(await scanFiles({ 'arc/main.tf': PROFILE_UPDATE('Enable') }))).toEqual(['dc-onprem-01 affected-no-plan: reboot-plan-required'])
  })

  it('with its window assigned, the plan; disabled, not affected', async () => {
    const planned = await scanFiles({ 'arc/main.tf': `${PROFILE_UPDATE('Enable')}\n${monthlyConfiguration()}\n${ASSIGNMENT}` })
    expect(verdicts(planned)).toEqual(['dc-onprem-01 affected-with-plan:'])
    expect(verdicts(await scanFiles({ 'arc/main.tf': PROFILE_UPDATE('Disable') }))).toEqual(['dc-onprem-01 not-affected:'])
  })
})

describe('an azapi_resource_action that PATCHes an Arc license profile by its resource_id', () => {
  const patch = (method: string) => `data "azurerm_arc_machine" "dc" {
  name                = "dc-onprem-01"
  resource_group_name = "rg-onprem"
}

resource "azapi_resource_action" "hotpatch" {
  type        = "Microsoft.HybridCompute/machines/licenseProfiles@2024-07-10"
  method      = "${method}"
  resource_id = "\${data.azurerm_arc_machine.dc.id}/licenseProfiles/default"
  body = {
    properties = {
      productProfile = { productFeatures = [{ name = "Hotpatch", subscriptionStatus = "Enable" }] }
    }
  }
}
`

  it('enrolls the machine the ID names, as the update does', async () => {
    expect(verdicts(await scanFiles({ 'arc/main.tf': patch('PATCH') }))).toEqual(['dc-onprem-01 affected-no-plan: reboot-plan-required'])
  })

  it('a POST changes nothing of it', async () => {
    expect(verdicts(await scanFiles({ 'arc/main.tf': patch('POST') }))).toEqual([])
  })
})
