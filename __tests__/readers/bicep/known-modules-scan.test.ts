/**
 * AVM registry modules judged like declared VMs (src/readers/bicep/known-modules/), scanned through the CLI as of
 * 2026-11-24: a hotpatch VM deployed through `br/public:avm/res/compute/virtual-machine` with no plan fails the
 * required check, one whose `maintenanceConfigurationResourceId` names an AVM maintenance configuration passes, and
 * a version the gate has not verified is still the unread, indeterminate stand-in.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { scanOutline } from '../../support/cli-scan.js'

const FIXTURES = resolve('__tests__/fixtures/known-modules/bicep')

const judged = (folder: string) => scanOutline(FIXTURES, folder)

describe('AVM modules at a covered version', () => {
  it('fails a hotpatch VM with no maintenanceConfigurationResourceId: no plan', async () => {
    expect(await judged('no-plan')).toEqual({
      code: 1,
      resources: [['vm-app-01', 'main.bicep:25', 'affected-no-plan']],
      findings: [['reboot-plan-required', 'error', 'main.bicep:25']]
    })
  })

  it('passes one whose maintenanceConfigurationResourceId names an AVM maintenance configuration with a good window', async () => {
    expect(await judged('plan')).toEqual({ code: 0, resources: [['vm-app-01', 'main.bicep:26', 'affected-with-plan']], findings: [] })
  })

  it("passes it too with the module's defaults for rebootSetting and the bypass flag", async () => {
    expect(await judged('defaults')).toEqual({ code: 0, resources: [['vm-app-01', 'main.bicep:26', 'affected-with-plan']], findings: [] })
  })

  it('fails one whose rebootSetting is Never', async () => {
    expect(await judged('never')).toEqual({
      code: 1,
      resources: [['vm-app-01', 'main.bicep:26', 'affected-reboot-blocked']],
      findings: [['reboot-blocked', 'error', 'main.bicep:46']]
    })
  })
})

describe('an AVM module version the gate has not verified', () => {
  it('stays the indeterminate stand-in of an unread call, a warning', async () => {
    expect(await judged('unknown-version')).toEqual({
      code: 0,
      resources: [['module vm', 'main.bicep:25', 'indeterminate']],
      findings: [['indeterminate', 'warning', 'main.bicep:25']]
    })
  })
})
