/**
 * A resource ID that may name several declared maintenance configurations, scanned from Bicep files written to a
 * temporary folder (src/policy/plan-configuration.ts): the app's assignment names `rg-maint/mc-windows`, declared by
 * two maintenance folders' templates in the group their deployment is run against, or by one template deployed with
 * two parameter files. The verdict does not depend on which folder comes first; configurations that differ leave
 * the VM `indeterminate`, ones that all reboot are its plan. The tied-configurations test asserts the same on models.
 */
import { describe, expect, it } from '@jest/globals'
import { scheduledBicepVm } from '../support/plan-manifests.js'
import { scanTree } from '../support/temporary-tree.js'

const AS_OF = new Date('2026-06-15T00:00:00Z')
const MC_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-maint/providers/Microsoft.Maintenance/maintenanceConfigurations/mc-windows'

/** A hotpatch VM set up for Customer Managed Schedules; `plan` is the configuration its assignment names. */
const app = (plan: string): string => `${scheduledBicepVm({ name: "'vm-web01'" })}
resource mca 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'mca-vm-web01'
  location: 'westeurope'
  scope: vm
  properties: { maintenanceConfigurationId: ${plan}, resourceId: vm.id }
}
`

/** A monthly window named mc-windows, its rebootSetting a literal (`'IfRequired'`) or a parameter. */
const window = (rebootSetting: string): string => `param rebootSetting string = 'IfRequired'

resource mc 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: 'mc-windows'
  location: 'westeurope'
  properties: {
    maintenanceScope: 'InGuestPatch'
    extensionProperties: { InGuestPatchMode: 'User' }
    maintenanceWindow: { startDateTime: '2026-01-01 02:00', duration: '03:55', timeZone: 'UTC', recurEvery: 'Month Second Tuesday Offset4' }
    installPatches: { rebootSetting: ${rebootSetting}, windowsParameters: { classificationsToInclude: [ 'Critical', 'Security' ] } }
  }
}
`
const parameters = (file: string, setting: string): string => `using './${file}'\nparam rebootSetting = '${setting}'\n`

/** Each VM's parameter file, verdict and the unresolved inputs of the plan, scanned from `files`. */
async function verdicts(files: Record<string, string>) {
  const result = await scanTree(files, { asOf: AS_OF })
  return result.assessments.map(a => ({
    vm: `${a.vm.displayName}${a.vm.variant === '' ? '' : ` [${a.vm.variant}]`}`,
    verdict: a.verdict,
    unresolved: a.unresolved.map(u => `${u.field} @${u.location.file}:${u.location.line}: ${u.reason}`)
  }))
}

const TIED = (candidates: string) =>
  "maintenanceAssignment.configuration @app/main.bicep:22: it names 'rg-maint/mc-windows', which may be any of 2 " +
  `declared configurations that differ: ${candidates}; the deployment decides which one it names`

describe('two maintenance folders each declaring mc-windows in the group their deployment is run against', () => {
  it.each([
    ['dev', 'maintenance/dev/main.bicep:3 (valid), maintenance/prod/main.bicep:3 (reboot-blocked)'],
    ['zz-dev', 'maintenance/prod/main.bicep:3 (reboot-blocked), maintenance/zz-dev/main.bicep:3 (valid)']
  ])('one rebooting (in %s), one blocking reboots: indeterminate, whichever folder comes first', async (dev, candidates) => {
    const files = {
      'app/main.bicep': app(`'${MC_ID}'`),
      [`maintenance/${dev}/main.bicep`]: window("'IfRequired'"),
      'maintenance/prod/main.bicep': window("'NeverReboot'")
    }
    expect(await verdicts(files)).toEqual([{ vm: 'vm-web01', verdict: 'indeterminate', unresolved: [TIED(candidates)] }])
  })
})

describe('one maintenance template deployed with two parameter files', () => {
  /** The app, and the maintenance template deployed with dev's rebootSetting IfRequired and prod's `prod`. */
  const deployedTwice = (prod: string) => ({
    'app/main.bicep': app(`'${MC_ID}'`),
    'maintenance/main.bicep': window('rebootSetting'),
    'maintenance/main.dev.bicepparam': parameters('main.bicep', 'IfRequired'),
    'maintenance/main.prod.bicepparam': parameters('main.bicep', prod)
  })

  it('that differ (IfRequired, NeverReboot): indeterminate', async () => {
    const files = deployedTwice('NeverReboot')
    const candidates = 'maintenance/main.bicep:3 [main.dev.bicepparam] (valid), maintenance/main.bicep:3 [main.prod.bicepparam] (reboot-blocked)'
    expect(await verdicts(files)).toEqual([{ vm: 'vm-web01', verdict: 'indeterminate', unresolved: [TIED(candidates)] }])
  })

  it('that both reboot (IfRequired, Always): the VM’s plan', async () => {
    const files = deployedTwice('Always')
    expect(await verdicts(files)).toEqual([{ vm: 'vm-web01', verdict: 'affected-with-plan', unresolved: [] }])
  })

  it('with the VM and its assignment (mc.id): each environment has its own window, no tie', async () => {
    const files = {
      'main.bicep': `${window('rebootSetting')}\n${app('mc.id')}`,
      'main.dev.bicepparam': parameters('main.bicep', 'IfRequired'),
      'main.prod.bicepparam': parameters('main.bicep', 'NeverReboot')
    }
    expect(await verdicts(files)).toEqual([
      { vm: 'vm-web01 [main.dev.bicepparam]', verdict: 'affected-with-plan', unresolved: [] },
      { vm: 'vm-web01 [main.prod.bicepparam]', verdict: 'affected-reboot-blocked', unresolved: [] }
    ])
  })
})
