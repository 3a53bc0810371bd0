/**
 * The Terraform AVM virtual-machine module judged like a declared VM (src/readers/terraform/known-modules/), scanned
 * through the CLI as of 2026-11-24: a hotpatch VM deployed through `Azure/avm-res-compute-virtualmachine/azurerm`
 * with no plan fails the required check, one whose `maintenance_configuration_resource_ids` names a configuration
 * with a good window passes, one with `reboot_setting = "Never"` is blocked, and a version the gate has not verified
 * is still the unread, indeterminate stand-in.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { scanOutline } from '../../support/cli-scan.js'

const FIXTURES = resolve('__tests__/fixtures/known-modules/terraform')

const judged = (folder: string) => scanOutline(FIXTURES, folder)

describe('the AVM virtual-machine module at a covered version', () => {
  it('fails a hotpatch VM without maintenance_configuration_resource_ids: no plan', async () => {
    expect(await judged('no-plan')).toEqual({
      code: 1,
      resources: [['vm-app-01', 'main.tf:7', 'affected-no-plan']],
      findings: [['reboot-plan-required', 'error', 'main.tf:7']]
    })
  })

  it('passes one whose maintenance_configuration_resource_ids names an azurerm_maintenance_configuration with a good window', async () => {
    expect(await judged('plan')).toEqual({ code: 0, resources: [['vm-app-01', 'main.tf:28', 'affected-with-plan']], findings: [] })
  })

  it('fails one whose reboot_setting is Never, at the input', async () => {
    expect(await judged('never')).toEqual({
      code: 1,
      resources: [['vm-app-01', 'main.tf:28', 'affected-reboot-blocked']],
      findings: [['reboot-blocked', 'error', 'main.tf:39']]
    })
  })
})

describe('an AVM module version the gate has not verified', () => {
  it('stays the indeterminate stand-in of an unread call, a warning', async () => {
    expect(await judged('unknown-version')).toEqual({
      code: 0,
      resources: [['module.vm', 'main.tf:7', 'indeterminate']],
      findings: [['indeterminate', 'warning', 'main.tf:7']]
    })
  })
})
