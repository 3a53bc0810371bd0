/**
 * In a plan, a value unknown deep inside an attribute (an azapi assignment's `body.properties.maintenanceConfigurationId`
 * naming a configuration the plan creates) is rebuilt from the attribute's references when they all name one planned
 * resource, as a top-level attribute's is. It stayed "known after apply": a window that blocks reboots was only an
 * indeterminate warning, and a working one never a plan (found by probing: the azapi assignment docs/arc.md shows).
 */
import { describe, expect, it } from '@jest/globals'
import { PLANNED_HOTPATCH_VM, scanFiles, verdicts } from './scan-files.js'

const configuration = (reboot: string) => ({
  name: 'mc-monthly',
  resource_group_name: 'rg-app',
  location: 'westeurope',
  scope: 'InGuestPatch',
  in_guest_user_patch_mode: 'User',
  // Monthly from before the scan's date (2025-11-03, in the KB5070881 disruption): it reboots for each monthly update.
  window: [{ start_date_time: '2025-10-15 03:00', duration: '03:55', time_zone: 'UTC', recur_every: 'Month Second Tuesday Offset1' }],
  install_patches: [{ reboot, windows: [{ classifications_to_include: ['Critical', 'Security'] }] }]
})

/** The VM, its window and an azapi assignment on it whose body's configuration ID is unknown; `bodyReferences` as Terraform lists them. */
function plan(reboot: string, bodyReferences: readonly string[]): string {
  const change = (address: string, after: Record<string, unknown>, unknown: Record<string, unknown>) => {
    const [type, name] = address.split('.')
    return { address, mode: 'managed', type, name, change: { actions: ['create'], before: null, after, after_unknown: { id: true, ...unknown } } }
  }
  const assignment = { type: 'Microsoft.Maintenance/configurationAssignments@2023-04-01', name: 'monthly', location: 'westeurope', body: { properties: {} } }
  return JSON.stringify({
    format_version: '1.2',
    resource_changes: [
      change('azurerm_windows_virtual_machine.app', PLANNED_HOTPATCH_VM, {}),
      change('azurerm_maintenance_configuration.monthly', configuration(reboot), {}),
      change('azapi_resource.window', assignment, { parent_id: true, body: { properties: { maintenanceConfigurationId: true } } })
    ],
    configuration: {
      root_module: {
        resources: [
          { address: 'azurerm_windows_virtual_machine.app', mode: 'managed', expressions: {} },
          { address: 'azurerm_maintenance_configuration.monthly', mode: 'managed', expressions: {} },
          {
            address: 'azapi_resource.window',
            mode: 'managed',
            expressions: {
              parent_id: { references: ['azurerm_windows_virtual_machine.app.id', 'azurerm_windows_virtual_machine.app'] },
              body: { references: bodyReferences }
            }
          }
        ]
      }
    }
  })
}

const MC = ['azurerm_maintenance_configuration.monthly.id', 'azurerm_maintenance_configuration.monthly']
const scan = async (reboot: string, references: readonly string[]) => verdicts(await scanFiles({ 'infra/tfplan.json': plan(reboot, references) }))

describe('an azapi assignment whose body names a configuration the plan creates', () => {
  it('is that configuration’s: a working window is the plan, one that blocks reboots an error', async () => {
    expect(await scan('IfRequired', MC)).toEqual(['vm-app-01 affected-with-plan:'])
    expect(await scan('Never', MC)).toEqual(['vm-app-01 affected-reboot-blocked: reboot-blocked'])
  })

  it('stays unknown when the body’s references name more than one planned resource', async () => {
    expect(await scan('IfRequired', [...MC, 'azurerm_windows_virtual_machine.app.location', 'azurerm_windows_virtual_machine.app'])).toEqual([
      'vm-app-01 indeterminate: indeterminate'
    ])
  })
})
