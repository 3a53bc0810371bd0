/**
 * A registry module whose source names maintenance, passed a VM's ID: the VM's plan may be inside it, which the
 * gate does not read, so the VM is `indeterminate` (never `no plan`, never a pass). A module of another kind
 * passed the same ID changes nothing.
 */
import { describe, expect, it } from '@jest/globals'
import { HOTPATCH_VM, scanFiles, verdicts } from './scan-files.js'

const module = (name: string, source: string, inputs: string): string => `module "${name}" {\n  source = "${source}"\n${inputs}\n}\n`

describe('an unread maintenance module passed a VM', () => {
  it('makes the VM indeterminate, saying its configuration is decided inside the module', async () => {
    const result = await scanFiles({
      'main.tf':
        HOTPATCH_VM +
        module('maintenance', 'Azure/avm-res-maintenance-maintenanceconfiguration/azurerm', '  assignments = { app = { virtual_machine_id = azurerm_windows_virtual_machine.vm.id } }')
    })
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
    const evidence = result.assessments[0]?.evidence.map(e => [e.status, e.assignment.displayName])
    expect(evidence).toEqual([['unverifiable', 'module.maintenance']])
  })

  it('makes every VM it is passed indeterminate, in a list or through for_each', async () => {
    const second = HOTPATCH_VM.replaceAll('"vm"', '"vm2"').replace('vm-app-01', 'vm-app-02')
    const list = await scanFiles({
      'main.tf': HOTPATCH_VM + second + module('maintenance', 'Azure/avm-res-maintenance-maintenanceconfiguration/azurerm', '  ids = [azurerm_windows_virtual_machine.vm.id, azurerm_windows_virtual_machine.vm2.id]')
    })
    expect(verdicts(list)).toEqual(['vm-app-01 indeterminate: indeterminate', 'vm-app-02 indeterminate: indeterminate'])
    const each = await scanFiles({
      'main.tf':
        HOTPATCH_VM +
        second +
        module(
          'maintenance',
          'Azure/avm-res-maintenance-maintenanceconfiguration/azurerm',
          '  for_each = { a = azurerm_windows_virtual_machine.vm.id, b = azurerm_windows_virtual_machine.vm2.id }\n  vm_id = each.value'
        )
    })
    expect(verdicts(each)).toEqual(['vm-app-01 indeterminate: indeterminate', 'vm-app-02 indeterminate: indeterminate'])
  })

  it('a module of another kind, or one passed no VM, leaves the VM without a plan', async () => {
    const result = await scanFiles({
      'main.tf':
        HOTPATCH_VM +
        module('nic', 'Azure/avm-res-network-networkinterface/azurerm', '  vm_id = azurerm_windows_virtual_machine.vm.id') +
        module('window', 'Azure/avm-res-maintenance-maintenanceconfiguration/azurerm', '  name = "mc-app"')
    })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })
})
