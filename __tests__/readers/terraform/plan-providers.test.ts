/**
 * A plan's provider configurations (`configuration.provider_config`, each resource's `provider_config_key`): a
 * resource the plan creates deploys to its configuration's `subscription_id`, as the HCL reader places it. The plan
 * reader read none of them, so a dynamic scope made through an alias of another subscription selected the default
 * configuration's VMs (a false pass found by probing; the same `.tf` read as HCL was an error), and a resource the
 * plan keeps (its ID names a subscription) beside one it creates was only possibly in one subscription (indeterminate).
 */
import { describe, expect, it } from '@jest/globals'
import { PLANNED_HOTPATCH_VM, scanFiles, verdicts } from './scan-files.js'

const SUB_A = '11111111-0000-0000-0000-000000000001'
const SUB_B = '33333333-0000-0000-0000-000000000003'
const VM_ID = `/subscriptions/${SUB_A}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-app-01`

/** A resource change; `unknown`: the arguments known only after apply (a reference to a resource the plan creates). */
const change = (address: string, after: Record<string, unknown>, actions = ['create'], unknown: readonly string[] = []) => {
  const [type, name] = address.split('.')
  const id = typeof after.id === 'string'
  const afterUnknown = Object.fromEntries([...(id ? [] : ['id']), ...unknown].map(key => [key, true]))
  return { address, mode: 'managed', type, name, change: { actions, before: id ? after : null, after, after_unknown: afterUnknown } }
}

interface Options {
  /** The `subscription_id` expressions of the default and the `management` configurations (undefined: not written). */
  readonly providers: { readonly azurerm?: unknown; readonly management?: unknown }
  /** The VM exists already: the plan keeps it, with its ID. */
  readonly vmExists?: boolean
  readonly scopeKey?: string
  readonly variables?: Record<string, unknown>
}

/** A hotpatch VM on the default configuration; a monthly window and a dynamic scope of Windows VMs on `scopeKey`. */
function plan({ providers, vmExists = false, scopeKey = 'azurerm.management', variables }: Options): string {
  const vm = { ...(vmExists && { id: VM_ID }), ...PLANNED_HOTPATCH_VM }
  // Monthly from before the scan's date (2025-11-03, in the KB5070881 disruption): it reboots for each monthly update.
  const window = [{ start_date_time: '2025-10-15 03:00', duration: '03:55', time_zone: 'UTC', recur_every: 'Month Second Tuesday Offset1' }]
  const configuration = {
    name: 'mc-monthly',
    resource_group_name: 'rg-mgmt',
    location: 'westeurope',
    scope: 'InGuestPatch',
    in_guest_user_patch_mode: 'User',
    window,
    install_patches: [{ reboot: 'IfRequired', windows: [{ classifications_to_include: ['Critical', 'Security'] }] }]
  }
  const scope = { name: 'wave-1', filter: [{ resource_types: ['Microsoft.Compute/virtualMachines'], os_types: ['Windows'] }] }
  const config = (alias: string | undefined, subscription: unknown) => ({
    name: 'azurerm',
    ...(alias !== undefined && { alias }),
    expressions: subscription === undefined ? {} : { subscription_id: subscription }
  })
  const resource = (address: string, key: string, expressions?: unknown) => ({ address, mode: 'managed', provider_config_key: key, ...(expressions !== undefined && { expressions }) })
  return JSON.stringify({
    format_version: '1.2',
    ...(variables !== undefined && { variables }),
    resource_changes: [
      change('azurerm_windows_virtual_machine.app', vm, vmExists ? ['no-op'] : ['create']),
      change('azurerm_maintenance_configuration.monthly', configuration),
      change('azurerm_maintenance_assignment_dynamic_scope.wave1', scope, ['create'], ['maintenance_configuration_id'])
    ],
    configuration: {
      provider_config: { azurerm: config(undefined, providers.azurerm), 'azurerm.management': config('management', providers.management) },
      root_module: {
        resources: [
          resource('azurerm_windows_virtual_machine.app', 'azurerm'),
          resource('azurerm_maintenance_configuration.monthly', scopeKey),
          resource('azurerm_maintenance_assignment_dynamic_scope.wave1', scopeKey, {
            maintenance_configuration_id: { references: ['azurerm_maintenance_configuration.monthly.id', 'azurerm_maintenance_configuration.monthly'] }
          })
        ]
      }
    }
  })
}

const constant = (value: string) => ({ constant_value: value })
const scan = async (options: Options) => verdicts(await scanFiles({ 'infra/tfplan.json': plan(options) }))

describe('a planned dynamic scope made through a provider alias', () => {
  it('of another subscription than the VM’s configuration: no plan', async () => {
    expect(await scan({ providers: { azurerm: constant(SUB_A), management: constant(SUB_B) } })).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })

  it('the same when the alias takes its subscription from a root variable the plan holds', async () => {
    const providers = { azurerm: constant(SUB_A), management: { references: ['var.management_subscription'] } }
    const variables = { management_subscription: { value: SUB_B } }
    expect(await scan({ providers, variables })).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })

  it('of the same subscription, or on the default configuration: the plan', async () => {
    expect(await scan({ providers: { azurerm: constant(SUB_A), management: constant(SUB_A) } })).toEqual(['vm-app-01 affected-with-plan:'])
    expect(await scan({ providers: { azurerm: constant(SUB_A), management: constant(SUB_B) }, scopeKey: 'azurerm' })).toEqual(['vm-app-01 affected-with-plan:'])
  })

  it('whose subscription the plan does not hold: indeterminate, not a pass', async () => {
    const providers = { azurerm: constant(SUB_A), management: { references: ['var.unknown'] } }
    expect(await scan({ providers })).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })
})

describe('a VM the plan keeps and a dynamic scope it creates, on the default configuration', () => {
  it('are in the subscription the VM’s ID names, written or not: the plan', async () => {
    expect(await scan({ providers: {}, vmExists: true, scopeKey: 'azurerm' })).toEqual(['vm-app-01 affected-with-plan:'])
    expect(await scan({ providers: { azurerm: constant(SUB_A) }, vmExists: true, scopeKey: 'azurerm' })).toEqual(['vm-app-01 affected-with-plan:'])
  })
})
