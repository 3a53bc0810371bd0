/**
 * A maintenance window's `expiration_date_time = ""` is no expiration, exactly as unset: the azurerm provider
 * sends "" whenever the argument is not written, and the Maintenance API takes it as a window without end (the
 * plan reader already read "" as unset). Never a window Azure rejects.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceConfiguration } from '../../../src/model/resources.js'
import { readMemoryModel, show } from './support.js'
import { HOTPATCH_VM, monthlyConfiguration, scanFiles, verdicts } from './scan-files.js'

const ASSIGNMENT = `resource "azurerm_maintenance_assignment_virtual_machine" "a" {
  location                     = "westeurope"
  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id
  virtual_machine_id           = azurerm_windows_virtual_machine.vm.id
}
`

const expirationOf = async (files: Record<string, string>): Promise<string> => {
  const [configuration] = (await readMemoryModel(files)).resources as MaintenanceConfiguration[]
  return show(configuration!.window.expirationDateTime)
}

describe('expiration_date_time = ""', () => {
  it('reads as unset, located where it is written, written or through a variable', async () => {
    expect(await expirationOf({ 'main.tf': monthlyConfiguration('    expiration_date_time = ""\n') })).toBe('absent @main.tf:12')
    const throughVariable = `${monthlyConfiguration('    expiration_date_time = var.expires\n')}variable "expires" {\n  default = ""\n}\n`
    expect(await expirationOf({ 'main.tf': throughVariable })).toBe('absent @main.tf:12')
  })

  it('keeps a written date, and a value that is not a date, as written', async () => {
    expect(await expirationOf({ 'main.tf': monthlyConfiguration('    expiration_date_time = "2027-12-31 23:59"\n') })).toBe(
      '"2027-12-31 23:59" (literal) @main.tf:12'
    )
    expect(await expirationOf({ 'main.tf': monthlyConfiguration('    expiration_date_time = " "\n') })).toBe('" " (literal) @main.tf:12')
  })

  it('reads an azapi body\'s expirationDateTime = "" as unset too', async () => {
    const azapi = `resource "azapi_resource" "mc" {
  type      = "Microsoft.Maintenance/maintenanceConfigurations@2023-04-01"
  name      = "mc"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app"
  body = {
    properties = {
      maintenanceScope  = "InGuestPatch"
      maintenanceWindow = { startDateTime = "2025-01-15 03:00", expirationDateTime = "", duration = "03:55", timeZone = "UTC", recurEvery = "Month Second Tuesday Offset1" }
    }
  }
}
`
    expect(await expirationOf({ 'main.tf': azapi })).toBe('absent @main.tf:8')
  })

  it('gives the VM its reboot plan, as without the argument', async () => {
    const withEmpty = await scanFiles({ 'main.tf': HOTPATCH_VM + monthlyConfiguration('    expiration_date_time = ""\n') + ASSIGNMENT })
    const without = await scanFiles({ 'main.tf': HOTPATCH_VM + monthlyConfiguration() + ASSIGNMENT })
    expect(verdicts(withEmpty)).toEqual(['vm-app-01 affected-with-plan:'])
    expect(verdicts(without)).toEqual(verdicts(withEmpty))
  })
})
