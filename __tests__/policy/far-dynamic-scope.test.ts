/**
 * A subscription's dynamic scope written in a platform folder of its own, selecting a VM of a workload folder
 * (src/policy/far-dynamic-scope.ts). With literal filter values it counts across folders; with one filter value
 * known only at deployment (`locations: [deployment().location]`, as Azure Update Manager samples write it) it may
 * select the VM, which is then `indeterminate`, naming the scope and the value, not "no plan". Only when its known
 * filters pick the VM out (a tag, group or location): one that says nothing known beyond resource and OS types
 * could be any team's, and leaves a far VM's verdict as it is. Every case scans files written here.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts, type ScannedFiles } from '../readers/terraform/scan-files.js'
import { scheduledBicepVm, scheduledBicepWindow } from '../support/plan-manifests.js'

const MC_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-maint/providers/Microsoft.Maintenance/maintenanceConfigurations/mc-windows'

const WINDOW = scheduledBicepWindow()

/** The platform team's subscription-level dynamic scope (its `locations` at line 12), filtering by `filter` lines. */
const scope = (locations: string, tags = "tagSettings: { filterOperator: 'All', tags: { environment: [ 'poc' ] } }"): string => `targetScope = 'subscription'

resource mca 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'mca-poc'
  properties: {
    maintenanceConfigurationId: '${MC_ID}'
    resourceId: subscription().id
    filter: {
      resourceTypes: [ 'Microsoft.Compute/virtualMachines' ]
      resourceGroups: []
      osTypes: [ 'Windows', 'Linux' ]
      locations: [ ${locations} ]
      ${tags}
    }
  }
}
`

/** A workload team's hotpatch VM in westeurope, tagged environment: poc (line 1). */
const VM = scheduledBicepVm({ name: "'vm-app-01'", tags: "{ environment: 'poc' }" })

const files = (scopeText: string): Record<string, string> => ({
  'platform/window.bicep': WINDOW,
  'platform/scope.bicep': scopeText,
  'workload/vm.bicep': VM
})

const unresolved = (result: ScannedFiles): string[] =>
  result.assessments.flatMap(a => a.unresolved.map(u => `${u.field} @${u.location.file}:${u.location.line}: ${u.reason}`))

describe('a dynamic scope of another folder', () => {
  it('with literal filter values that select the VM is its plan', async () => {
    expect(verdicts(await scanFiles(files(scope("'westeurope'"))))).toEqual(['vm-app-01 affected-with-plan:'])
  })

  it('whose location is known only at deployment and whose tags select the VM leaves it indeterminate, naming the scope', async () => {
    const result = await scanFiles(files(scope('deployment().location')))
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
    expect(unresolved(result)).toEqual(['filter.locations @platform/scope.bicep:12: deployment().location is only known at deployment'])
    expect(result.assessments[0]?.evidence.map(e => e.detail)).toEqual([
      "maintenance configuration 'mc-windows' may be assigned by dynamic scope (assignment 'mca-poc'), but whether it applies " +
        'cannot be verified (filter.locations: deployment().location is only known at deployment)'
    ])
  })

  it('whose known tags rule the VM out is not its plan, whatever its location', async () => {
    const result = await scanFiles(files(scope('deployment().location', "tagSettings: { filterOperator: 'All', tags: { environment: [ 'prod' ] } }")))
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })

  it('that says nothing known beyond resource and OS types leaves a far VM without a plan (one unknown value must not reach every VM)', async () => {
    const result = await scanFiles(files(scope('deployment().location', '')))
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    expect(unresolved(result)).toEqual([])
  })

  it("of the VM's own folder, with no tag filter, leaves it indeterminate, saying the location is known only at deployment", async () => {
    const result = await scanFiles({ 'app/window.bicep': WINDOW, 'app/scope.bicep': scope('deployment().location', ''), 'app/vm.bicep': VM })
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
    expect(unresolved(result)).toEqual(['filter.locations @app/scope.bicep:12: deployment().location is only known at deployment'])
  })
})
