/**
 * The subscription of a Terraform resource (AzureScope.subscription): an azapi resource's `parent_id`, an azurerm
 * resource's provider configuration (`provider = azurerm.<alias>`, passed down through a module's `providers` map),
 * a planned resource's ID. Absent is the subscription Terraform runs against; a subscription written but not
 * evaluated is unresolved, never assumed to be that one.
 */
import { describe, expect, it } from '@jest/globals'
import type { Resource } from '../../../src/model/resources.js'
import { readMemoryModel, show } from './support.js'

const HUB = '00000000-0000-0000-0000-000000000000'
const SPOKE = '11111111-1111-1111-1111-111111111111'

/** `<symbol>: <subscription> [handle]` per resource. */
async function subscriptions(files: Record<string, string>): Promise<string[]> {
  const { resources } = await readMemoryModel(files)
  return resources.map((resource: Resource) => {
    const scope = resource.scope
    const handle = scope?.subscriptionHandle === undefined ? '' : ` [${scope.subscriptionHandle}]`
    const runsAgainst = scope?.runsAgainst === undefined ? '' : ` (runs against ${scope.runsAgainst})`
    return `${resource.identity.symbol ?? resource.displayName}: ${scope === undefined ? 'no scope' : show(scope.subscription)}${handle}${runsAgainst}`
  })
}

const vm = (name: string, extra = '') =>
  `resource "azurerm_windows_virtual_machine" "${name}" {\n  name = "${name}"\n  resource_group_name = "rg-app"\n${extra}}\n`
const scope = (name: string, extra = '') =>
  `resource "azurerm_maintenance_assignment_dynamic_scope" "${name}" {\n  name = "${name}"\n  maintenance_configuration_id = "/subscriptions/${HUB}/resourceGroups/rg/providers/Microsoft.Maintenance/maintenanceConfigurations/mc"\n${extra}  filter {\n    os_types = ["Windows"]\n  }\n}\n`
const provider = (alias: string | undefined, subscription: string | undefined) =>
  `provider "azurerm" {\n  features {}\n${alias === undefined ? '' : `  alias = "${alias}"\n`}${subscription === undefined ? '' : `  subscription_id = ${subscription}\n`}}\n`
const azapi = (name: string, type: string, parent: string) =>
  `resource "azapi_resource" "${name}" {\n  type = "${type}@2024-07-01"\n  name = "${name}"\n  parent_id = ${parent}\n  body = {}\n}\n`

describe('azapi: the subscription its parent_id starts with', () => {
  it('reads a literal ID, a subscription ID, an ID built from a declared resource group, and one not evaluated', async () => {
    const main = [
      azapi('vm', 'Microsoft.Compute/virtualMachines', `"/subscriptions/${SPOKE}/resourceGroups/rg-app"`),
      azapi('ds', 'Microsoft.Maintenance/configurationAssignments', `"/subscriptions/${HUB}"`),
      'resource "azurerm_resource_group" "rg" {\n  name = "rg-own"\n  location = "westeurope"\n}\n',
      azapi('own', 'Microsoft.Compute/virtualMachines', 'azurerm_resource_group.rg.id'),
      'variable "parent" {}\n',
      azapi('unset', 'Microsoft.Compute/virtualMachines', 'var.parent')
    ].join('')
    expect(await subscriptions({ 'main.tf': main })).toEqual([
      `.#azapi_resource.vm: "${SPOKE}" (literal) @main.tf:4`,
      `.#azapi_resource.ds: "${HUB}" (literal) @main.tf:10`,
      '.#azapi_resource.own: absent @main.tf:17',
      '.#azapi_resource.unset: unresolved: variable "parent" has no default and no tfvars value: it is set when Terraform runs @main.tf:27'
    ])
  })
})

describe('azapi: a parent_id in the subscription of the default provider configuration', () => {
  it('is the one Terraform runs against, as the default configuration\'s resources are, unless the root names others', async () => {
    const vmIn = azapi('vm', 'Microsoft.Compute/virtualMachines', `"/subscriptions/${SPOKE}/resourceGroups/rg-app"`)
    expect(await subscriptions({ 'main.tf': provider(undefined, `"${SPOKE}"`) + vmIn })).toEqual([`.#azapi_resource.vm: absent @main.tf:5 (runs against ${SPOKE})`])
    const named = provider(undefined, `"${SPOKE}"`) + provider('hub', `"${HUB}"`) + vmIn
    expect(await subscriptions({ 'main.tf': named })).toEqual([`.#azapi_resource.vm: "${SPOKE}" (literal) @main.tf:13`])
  })
})

describe('azurerm: the subscription of its provider configuration', () => {
  it('takes an alias\'s known subscription, and names the default\'s too when an alias names another one', async () => {
    const main = provider(undefined, `"${HUB}"`) + provider('spoke', `"${SPOKE}"`) + vm('spoke', '  provider = azurerm.spoke\n') + scope('hub')
    expect(await subscriptions({ 'main.tf': main })).toEqual([
      `.#azurerm_windows_virtual_machine.spoke: "${SPOKE}" (literal) @main.tf:8`,
      `.#azurerm_maintenance_assignment_dynamic_scope.hub: "${HUB}" (literal) @main.tf:3`
    ])
  })

  it('reads the default configuration, and an alias of the same subscription or of none, as the one Terraform runs against', async () => {
    const same = provider(undefined, `"${HUB}"`) + provider('same', `"${HUB}"`) + provider('none', undefined)
    const main = same + vm('plain') + vm('same', '  provider = azurerm.same\n') + vm('none', '  provider = azurerm.none\n')
    expect(await subscriptions({ 'main.tf': main })).toEqual([
      `.#azurerm_windows_virtual_machine.plain: absent @main.tf:14 (runs against ${HUB})`,
      `.#azurerm_windows_virtual_machine.same: absent @main.tf:18 (runs against ${HUB})`,
      '.#azurerm_windows_virtual_machine.none: absent @main.tf:23'
    ])
  })

  it('leaves a subscription_id without a value unresolved, with the handle its resources share', async () => {
    const main = 'variable "spoke" {}\n' + provider('spoke', 'var.spoke') + vm('vm', '  provider = azurerm.spoke\n') + scope('ds', '  provider = azurerm.spoke\n') + vm('gone', '  provider = azurerm.gone\n')
    const unset = 'unresolved: variable "spoke" has no default and no tfvars value: it is set when Terraform runs @main.tf:5'
    expect(await subscriptions({ 'main.tf': main })).toEqual([
      `.#azurerm_windows_virtual_machine.vm: ${unset} [.#provider.azurerm.spoke]`,
      `.#azurerm_maintenance_assignment_dynamic_scope.ds: ${unset} [.#provider.azurerm.spoke]`,
      '.#azurerm_windows_virtual_machine.gone: unresolved: provider configuration azurerm.gone is not declared: the subscription it deploys to is not known @main.tf:23 [.#provider.azurerm.gone]'
    ])
  })

  it('evaluates subscription_id from a tfvars value', async () => {
    const main = 'variable "spoke" {}\n' + provider('spoke', 'var.spoke') + vm('vm', '  provider = azurerm.spoke\n')
    expect(await subscriptions({ 'main.tf': main, 'terraform.tfvars': `spoke = "${SPOKE}"\n` })).toEqual([
      `.#azurerm_windows_virtual_machine.vm: "${SPOKE}" (parameter-file:spoke) @main.tf:5`
    ])
  })

  it('passes configurations down module calls: a providers map, inherited defaults, and what a map does not pass', async () => {
    const root = [
      provider(undefined, `"${HUB}"`),
      provider('spoke', `"${SPOKE}"`),
      'module "mapped" {\n  source = "./vm"\n  providers = { azurerm = azurerm.spoke }\n}\n',
      'module "inherited" {\n  source = "./vm"\n}\n',
      'module "aliased" {\n  source = "./aliased"\n  providers = { azurerm.other = azurerm.spoke }\n}\n'
    ].join('')
    const files = { 'main.tf': root, 'vm/main.tf': vm('this'), 'aliased/main.tf': vm('other', '  provider = azurerm.other\n') + vm('plain') }
    expect(await subscriptions(files)).toEqual([
      `.#module.mapped.azurerm_windows_virtual_machine.this: "${SPOKE}" (literal) @main.tf:8`,
      `.#module.inherited.azurerm_windows_virtual_machine.this: "${HUB}" (literal) @main.tf:3`,
      `.#module.aliased.azurerm_windows_virtual_machine.other: "${SPOKE}" (literal) @main.tf:8`,
      ".#module.aliased.azurerm_windows_virtual_machine.plain: unresolved: the module call's providers map does not pass azurerm: the subscription it deploys to is not known @aliased/main.tf:6 [.#module.aliased.provider.azurerm]"
    ])
  })

  it('gives an azapi resource whose parent is an aliased resource group that group\'s subscription', async () => {
    const group = (name: string, alias: string) => `resource "azurerm_resource_group" "${name}" {\n  provider = azurerm.${alias}\n  name = "rg-${name}"\n  location = "westeurope"\n}\n`
    const main = [
      'variable "unset" {}\n',
      provider('spoke', `"${SPOKE}"`),
      provider('unset', 'var.unset'),
      group('spoke', 'spoke'),
      group('unset', 'unset'),
      azapi('vm', 'Microsoft.Compute/virtualMachines', 'azurerm_resource_group.spoke.id'),
      azapi('ds', 'Microsoft.Maintenance/configurationAssignments', 'azurerm_resource_group.unset.id')
    ].join('')
    expect(await subscriptions({ 'main.tf': main })).toEqual([
      `.#azapi_resource.vm: "${SPOKE}" (expression) @main.tf:25`,
      '.#azapi_resource.ds: unresolved: variable "unset" has no default and no tfvars value: it is set when Terraform runs @main.tf:10 [.#provider.azurerm.unset]'
    ])
  })
})

describe('plan JSON: the subscription of a planned resource', () => {
  const change = (address: string, type: string, actions: string[], after: Record<string, unknown>, afterUnknown: Record<string, unknown>) => ({
    address,
    type,
    name: address.slice(address.indexOf('.') + 1),
    mode: 'managed',
    provider_name: `registry.terraform.io/hashicorp/${type.startsWith('azapi') ? 'azapi' : 'azurerm'}`,
    change: { actions, before: null, after, after_unknown: afterUnknown }
  })

  it('reads the ID Azure gave it, else an azapi parent_id, else none; a parent_id known after apply is not known', async () => {
    const id = `/subscriptions/${SPOKE}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/kept`
    const plan = {
      format_version: '1.2',
      terraform_version: '1.9.8',
      resource_changes: [
        change('azurerm_windows_virtual_machine.kept', 'azurerm_windows_virtual_machine', ['update'], { id, name: 'kept', resource_group_name: 'rg-app' }, {}),
        change('azurerm_windows_virtual_machine.new', 'azurerm_windows_virtual_machine', ['create'], { name: 'new', resource_group_name: 'rg-app' }, { id: true }),
        change('azapi_resource.vm', 'azapi_resource', ['create'], { type: 'Microsoft.Compute/virtualMachines@2024-07-01', name: 'vm', parent_id: `/subscriptions/${HUB}/resourceGroups/rg-app`, body: {} }, { id: true }),
        change('azapi_resource.later', 'azapi_resource', ['create'], { type: 'Microsoft.Compute/virtualMachines@2024-07-01', name: 'later', body: {} }, { id: true, parent_id: true })
      ]
    }
    const rows = await subscriptions({ 'tfplan.json': JSON.stringify(plan, null, 1) })
    expect(rows).toEqual([
      `.#azurerm_windows_virtual_machine.kept: "${SPOKE}" (literal) @tfplan.json:17`,
      '.#azurerm_windows_virtual_machine.new: absent @tfplan.json:24',
      `.#azapi_resource.vm: "${HUB}" (literal) @tfplan.json:58`,
      '.#azapi_resource.later: unresolved: known after apply @tfplan.json:77'
    ])
  })
})
