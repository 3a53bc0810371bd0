/**
 * An unread module that names maintenance and is passed a dynamic scope's filter (`br/public:avm/res/maintenance/
 * configuration-assignment` with `filter: { resourceTypes, tagSettings }`, the way landing zones assign a window by
 * tag) stands in as a dynamic scope whose configuration is decided inside it. A hotpatch VM the filter selects was
 * `affected-no-plan`, "no maintenance configuration is assigned", though its plan may well be that module's: it is
 * `indeterminate`, naming the module. A VM the filter rules out is still without a plan, and a module that names no
 * maintenance is no dynamic scope whatever it is passed.
 */
import { describe, expect, it } from '@jest/globals'
import { scanTree } from '../../support/temporary-tree.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')

const VM = `resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: 'vm-hp'
  location: 'westeurope'
  tags: { UpdateManagement: 'mc-win' }
  properties: {
    storageProfile: {
      imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }
    }
    osProfile: {
      windowsConfiguration: {
        patchSettings: {
          patchMode: 'AutomaticByPlatform'
          enableHotpatching: true
          automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
        }
      }
    }
  }
}
`

const call = (path: string, types: string, tag: string) => `module assign '${path}' = {
  name: 'assign'
  params: {
    name: 'ma-win'
    maintenanceConfigurationResourceId: '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Maintenance/maintenanceConfigurations/mc-win'
    filter: {
      osTypes: [ 'Windows' ]
      resourceTypes: [ '${types}' ]
      tagSettings: { filterOperator: 'All', tags: { UpdateManagement: [ '${tag}' ] } }
    }
  }
}
`

const BYPASS =
  'rebootSetting is IfRequired on the VM (main.bicep:14), but with bypassPlatformSafetyChecksOnUserSchedule true the platform only patches it in a maintenance window'
const AVM = 'br/public:avm/res/maintenance/configuration-assignment:0.2.0'
const INSIDE = `decided inside module assign, which is not read (registry module ${AVM} is not read)`
const WORDS = "module assign is passed resource types 'Virtual Machines': which types it filters on is decided inside it, which is not read"

async function judged(module: string) {
  const result = await scanTree({ 'main.bicep': VM + module }, { asOf: AS_OF, threads: 1 })
  const [assessment] = result.assessments
  return { verdict: assessment?.verdict, reasons: assessment?.reasons.slice(1) }
}

describe('an unread maintenance module passed a dynamic scope filter', () => {
  it('that selects the VM: indeterminate, its configuration decided inside the module', async () => {
    expect(await judged(call(AVM, 'Microsoft.Compute/virtualMachines', 'mc-win'))).toEqual({
      verdict: 'indeterminate',
      reasons: [
        'enableHotpatching is true (main.bicep:13)',
        `assignment 'module assign' selects it by dynamic scope, but its maintenance configuration cannot be verified (${INSIDE})`,
        `maintenanceAssignment.configuration could not be resolved (main.bicep:20): ${INSIDE}`
      ]
    })
  })

  it("passed a resource type that is no provider type ('Virtual Machines'): which types it filters on is the module's", async () => {
    expect(await judged(call(AVM, 'Virtual Machines', 'mc-win'))).toEqual({
      verdict: 'indeterminate',
      reasons: [
        'enableHotpatching is true (main.bicep:13)',
        `assignment 'module assign' selects it by dynamic scope, but whether it applies cannot be verified (filter.resourceTypes: ${WORDS})`,
        `filter.resourceTypes could not be resolved (main.bicep:27): ${WORDS}`
      ]
    })
  })

  it('whose tags rule the VM out: still no plan', async () => {
    expect(await judged(call(AVM, 'Microsoft.Compute/virtualMachines', 'mc-linux'))).toEqual({
      verdict: 'affected-no-plan',
      reasons: ['enableHotpatching is true (main.bicep:13)', 'no maintenance configuration is assigned', BYPASS]
    })
  })

  it('a module that names no maintenance is no dynamic scope, whatever it is passed', async () => {
    expect(await judged(call('br/public:avm/res/compute/availability-set:0.2.0', 'Microsoft.Compute/virtualMachines', 'mc-win'))).toEqual({
      verdict: 'affected-no-plan',
      reasons: ['enableHotpatching is true (main.bicep:13)', 'no maintenance configuration is assigned', BYPASS]
    })
  })
})
