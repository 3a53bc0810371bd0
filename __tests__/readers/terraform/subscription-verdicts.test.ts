/**
 * Verdicts across subscriptions in Terraform: a dynamic scope never selects, and a resource ID never names, a VM
 * that the manifests put in another known subscription (an azapi `parent_id`, a provider alias's
 * `subscription_id`); one whose subscription was not evaluated may be either (`indeterminate`), unless both are
 * deployed through the same provider configuration.
 */
import { describe, expect, it } from '@jest/globals'
import { HOTPATCH_VM, monthlyConfiguration, scanFiles, verdicts } from './scan-files.js'

const HUB = '00000000-0000-0000-0000-000000000000'
const SPOKE = '11111111-1111-1111-1111-111111111111'
const OTHER = '22222222-2222-2222-2222-222222222222'

const AZAPI_VM = `resource "azapi_resource" "vm" {
  type      = "Microsoft.Compute/virtualMachines@2024-07-01"
  name      = "vm-app-01"
  parent_id = "/subscriptions/${SPOKE}/resourceGroups/rg-app"
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

const azapiAssignment = (parent: string, filter: string) => `resource "azapi_resource" "assignment" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = "assignment"
  parent_id = "${parent}"
  location  = "westeurope"
  body = { properties = { maintenanceConfigurationId = azurerm_maintenance_configuration.mc.id${filter} } }
}
`
const WINDOWS_FILTER = ', filter = { resourceTypes = ["Microsoft.Compute/virtualMachines"], osTypes = ["Windows"] }'

const dynamicScope = (provider = '') => `resource "azurerm_maintenance_assignment_dynamic_scope" "ds" {
  name                         = "ds-windows"
  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id
${provider}  filter {
    resource_types = ["Microsoft.Compute/virtualMachines"]
    os_types       = ["Windows"]
  }
}
`
const provider = (alias: string | undefined, subscription: string) =>
  `provider "azurerm" {\n  features {}\n${alias === undefined ? '' : `  alias = "${alias}"\n`}  subscription_id = ${subscription}\n}\n`
const onProvider = (alias: string) => HOTPATCH_VM.replace('  name                  = "vm-app-01"\n', `  provider              = azurerm.${alias}\n  name                  = "vm-app-01"\n`)

describe('a VM an azapi parent_id puts in a subscription', () => {
  it('is not selected by a dynamic scope created in another one', async () => {
    const result = await scanFiles({ 'main.tf': AZAPI_VM + monthlyConfiguration() + azapiAssignment(`/subscriptions/${HUB}`, WINDOWS_FILTER) })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })

  it('is selected by one created in its own', async () => {
    const result = await scanFiles({ 'main.tf': AZAPI_VM + monthlyConfiguration() + azapiAssignment(`/subscriptions/${SPOKE}`, WINDOWS_FILTER) })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-with-plan:'])
  })

  it('is not named by the ID of a VM of its name in another subscription, and is by its own', async () => {
    const vmId = (subscription: string) => `/subscriptions/${subscription}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-app-01`
    const other = await scanFiles({ 'main.tf': AZAPI_VM + monthlyConfiguration() + azapiAssignment(vmId(OTHER), '') })
    expect(verdicts(other)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    const own = await scanFiles({ 'main.tf': AZAPI_VM + monthlyConfiguration() + azapiAssignment(vmId(SPOKE), '') })
    expect(verdicts(own)).toEqual(['vm-app-01 affected-with-plan:'])
  })
})

describe('a VM an azapi parent_id puts in a subscription, and a dynamic scope of the default provider', () => {
  it('selects it when that provider names the same subscription; may or may not, when it names none', async () => {
    const scoped = AZAPI_VM + monthlyConfiguration() + dynamicScope()
    expect(verdicts(await scanFiles({ 'main.tf': provider(undefined, `"${SPOKE}"`) + scoped }))).toEqual(['vm-app-01 affected-with-plan:'])
    expect(verdicts(await scanFiles({ 'main.tf': scoped }))).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })
})

describe('a VM a provider alias puts in a subscription', () => {
  it('is not selected by a dynamic scope of the default provider of another known subscription', async () => {
    const main = provider(undefined, `"${HUB}"`) + provider('spoke', `"${SPOKE}"`) + onProvider('spoke') + monthlyConfiguration() + dynamicScope()
    expect(verdicts(await scanFiles({ 'main.tf': main }))).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })

  it('is selected by a dynamic scope of the same provider, even when its subscription_id has no value', async () => {
    const known = provider(undefined, `"${HUB}"`) + provider('spoke', `"${SPOKE}"`) + onProvider('spoke') + monthlyConfiguration() + dynamicScope('  provider = azurerm.spoke\n')
    expect(verdicts(await scanFiles({ 'main.tf': known }))).toEqual(['vm-app-01 affected-with-plan:'])
    const unset = 'variable "spoke" {}\n' + provider('spoke', 'var.spoke') + onProvider('spoke') + monthlyConfiguration() + dynamicScope('  provider = azurerm.spoke\n')
    expect(verdicts(await scanFiles({ 'main.tf': unset }))).toEqual(['vm-app-01 affected-with-plan:'])
  })

  it('is indeterminate for a dynamic scope of the default provider when its subscription_id has no value', async () => {
    const main = 'variable "spoke" {}\n' + provider('spoke', 'var.spoke') + onProvider('spoke') + monthlyConfiguration() + dynamicScope()
    const result = await scanFiles({ 'main.tf': main })
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
    expect(result.assessments[0]?.unresolved.map(input => `${input.field} @${input.location.line}: ${input.reason}`)).toEqual([
      'subscription @5: the dynamic scope is created in the subscription its deployment runs against and the VM is deployed in a ' +
        'subscription its deployment names but that could not be evaluated (variable "spoke" has no default and no tfvars value: ' +
        'it is set when Terraform runs): the same subscription only if the two are one'
    ])
  })

  it('passes with the default provider alone, whatever subscription it names', async () => {
    const main = provider(undefined, `"${HUB}"`) + HOTPATCH_VM + monthlyConfiguration() + dynamicScope()
    expect(verdicts(await scanFiles({ 'main.tf': main }))).toEqual(['vm-app-01 affected-with-plan:'])
  })
})

describe('the subscription the deployment runs against', () => {
  it('is the root default provider’s, also when its subscription_id has no value', async () => {
    const main = 'variable "subscription_id" {}\n' + provider(undefined, 'var.subscription_id') + HOTPATCH_VM + monthlyConfiguration() + dynamicScope()
    expect(verdicts(await scanFiles({ 'main.tf': main }))).toEqual(['vm-app-01 affected-with-plan:'])
  })

  it('is what data.azurerm_client_config.current and data.azurerm_subscription.current name in an azapi parent_id', async () => {
    const clientConfig = AZAPI_VM.replace(`"/subscriptions/${SPOKE}/resourceGroups/rg-app"`, '"/subscriptions/${data.azurerm_client_config.current.subscription_id}/resourceGroups/rg-app"')
    const subscription = AZAPI_VM.replace(`"/subscriptions/${SPOKE}/resourceGroups/rg-app"`, '"${data.azurerm_subscription.current.id}/resourceGroups/rg-app"')
    const data = 'data "azurerm_client_config" "current" {}\ndata "azurerm_subscription" "current" {}\n'
    for (const vm of [clientConfig, subscription]) {
      expect(verdicts(await scanFiles({ 'main.tf': data + vm + monthlyConfiguration() + dynamicScope() }))).toEqual(['vm-app-01 affected-with-plan:'])
    }
  })
})

describe('a dynamic scope of another root, of a known subscription', () => {
  it('is another deployment\'s: not counted for a VM whose subscription was not evaluated (it is beside it)', async () => {
    const spokeVm = 'variable "spoke" {}\n' + provider('spoke', 'var.spoke') + onProvider('spoke')
    const platform = provider(undefined, `"${HUB}"`) + monthlyConfiguration() + azapiAssignment(`/subscriptions/${HUB}`, WINDOWS_FILTER)
    const apart = await scanFiles({ 'workloads/app/main.tf': spokeVm, 'platform/maintenance/main.tf': platform })
    expect(verdicts(apart)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })

  it('does not select the VMs of a root whose default provider writes another subscription than its own writes', async () => {
    const app = provider(undefined, `"${SPOKE}"`) + HOTPATCH_VM
    const platform = (subscription: string) => provider(undefined, `"${subscription}"`) + monthlyConfiguration() + dynamicScope()
    expect(verdicts(await scanFiles({ 'app/main.tf': app, 'platform/main.tf': platform(HUB) }))).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    expect(verdicts(await scanFiles({ 'app/main.tf': app, 'platform/main.tf': platform(SPOKE) }))).toEqual(['vm-app-01 affected-with-plan:'])
    // Written by one of the two only: either may be the other's.
    const unwritten = 'variable "subscription_id" {}\n' + provider(undefined, 'var.subscription_id') + HOTPATCH_VM
    expect(verdicts(await scanFiles({ 'app/main.tf': unwritten, 'platform/main.tf': platform(HUB) }))).toEqual(['vm-app-01 affected-with-plan:'])
  })

  it('does not name, by a resource ID into another subscription, the VM of a root whose default provider writes its own', async () => {
    const vmId = (subscription: string) => `/subscriptions/${subscription}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-app-01`
    const app = provider(undefined, `"${SPOKE}"`) + HOTPATCH_VM
    const platform = (subscription: string) => monthlyConfiguration() + azapiAssignment(vmId(subscription), '')
    expect(verdicts(await scanFiles({ 'app/main.tf': app, 'platform/main.tf': platform(HUB) }))).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    expect(verdicts(await scanFiles({ 'app/main.tf': app, 'platform/main.tf': platform(SPOKE) }))).toEqual(['vm-app-01 affected-with-plan:'])
  })

  it('selects the VMs of every root whose default provider is its own, whatever subscription_id each says', async () => {
    const app = 'variable "subscription_id" {}\n' + provider(undefined, 'var.subscription_id') + HOTPATCH_VM
    const platform = 'variable "subscription_id" {}\n' + provider(undefined, 'var.subscription_id') + monthlyConfiguration() + dynamicScope()
    expect(verdicts(await scanFiles({ 'app/main.tf': app, 'platform/main.tf': platform }))).toEqual(['vm-app-01 affected-with-plan:'])
  })
})
