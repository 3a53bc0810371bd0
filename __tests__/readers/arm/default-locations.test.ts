/**
 * A value from a parameter's default is cited at the default's own line beside the line that uses it
 * ("'reboot' default at main.json:11, used at main.json:33"): it was cited at the line that uses it alone, as if
 * the default were written there, and the default's line was cited nowhere. ARM and Bicep say the same; a value
 * written where it is used, or set by a parameter file, is cited as before.
 */
import { describe, expect, it } from '@jest/globals'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { armWindow } from '../../support/manifests.js'
import { scheduledBicepVm } from '../../support/plan-manifests.js'
import { scanTree } from '../../support/temporary-tree.js'

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
const AS_OF = new Date('2025-11-03T00:00:00Z')

type Json = Record<string, unknown>

async function reasonsOf(files: Record<string, string>): Promise<string[]> {
  const report = buildJsonReport(await scanTree(files, { asOf: AS_OF, repositoryFolder: '' }), { toolVersion: 'test', asOf: '2025-11-03' })
  return report.resources.flatMap(r => r.reasons.slice(1))
}

const template = (parameters: Json, resources: Json[]): string => `${JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', parameters, resources }, null, 2)}\n`
const configuration = (rebootSetting: string): Json => armWindow('mc1', { rebootSetting })
const vm = (enableHotpatching: unknown): Json => ({
  type: 'Microsoft.Compute/virtualMachines',
  apiVersion: '2024-07-01',
  name: 'vm1',
  location: 'westeurope',
  properties: {
    storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' } },
    osProfile: {
      windowsConfiguration: {
        patchSettings: { patchMode: 'AutomaticByPlatform', enableHotpatching, automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true } }
      }
    }
  }
})
const assignment: Json = {
  type: 'Microsoft.Maintenance/configurationAssignments',
  apiVersion: '2023-04-01',
  name: 'a1',
  location: 'westeurope',
  scope: 'Microsoft.Compute/virtualMachines/vm1',
  properties: { maintenanceConfigurationId: "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc1')]" }
}
const BLOCKED = "maintenance configuration 'mc1' is assigned directly (assignment 'a1'), but its rebootSetting is Never"

const BICEP = `param reboot string = 'Never'
param hotpatch bool = true
resource mc 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: 'mc1'
  location: 'westeurope'
  properties: {
    maintenanceScope: 'InGuestPatch'
    extensionProperties: { InGuestPatchMode: 'User' }
    maintenanceWindow: { startDateTime: '2025-11-15 22:00', duration: '03:55', timeZone: 'UTC', recurEvery: 'Month Third Saturday' }
    installPatches: {
      rebootSetting: reboot
      windowsParameters: { classificationsToInclude: [ 'Critical', 'Security' ] }
    }
  }
}
${scheduledBicepVm({ name: "'vm1'", hotpatch: 'hotpatch' })}resource a1 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'a1'
  location: 'westeurope'
  scope: vm
  properties: { maintenanceConfigurationId: mc.id }
}
`

describe('a value from a parameter default', () => {
  it('cites the default’s line and the line that uses it, in ARM and in Bicep alike', async () => {
    const parameters = { reboot: { type: 'string', defaultValue: 'Never' }, hotpatch: { type: 'bool', defaultValue: true } }
    expect(await reasonsOf({ 'main.json': template(parameters, [configuration("[parameters('reboot')]"), vm("[parameters('hotpatch')]"), assignment]) })).toEqual([
      "enableHotpatching is true ('hotpatch' default at main.json:11, used at main.json:60)",
      `${BLOCKED} ('reboot' default at main.json:7, used at main.json:32)`
    ])
    expect(await reasonsOf({ 'main.bicep': BICEP })).toEqual([
      "enableHotpatching is true ('hotpatch' default at main.bicep:2, used at main.bicep:25)",
      `${BLOCKED} ('reboot' default at main.bicep:1, used at main.bicep:11)`
    ])
    // Controls: a literal, and a parameter file's value, are cited as before.
    const control = await reasonsOf({
      'main.json': template({ reboot: { type: 'string' } }, [configuration("[parameters('reboot')]"), vm(true), assignment]),
      'main.parameters.json': '{\n  "parameters": {\n    "reboot": { "value": "Never" }\n  }\n}\n'
    })
    expect(control).toEqual(['enableHotpatching is true (main.json:55)', `${BLOCKED} ('reboot' from main.json:27)`])
  })

  it('cites the parent’s default for a value an inner-scope nested deployment is passed from it', async () => {
    const nested: Json = {
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: 'app',
      properties: {
        mode: 'Incremental',
        expressionEvaluationOptions: { scope: 'inner' },
        parameters: { hot: { value: "[parameters('hotpatch')]" } },
        template: { $schema: SCHEMA, contentVersion: '1.0.0.0', parameters: { hot: { type: 'bool' } }, resources: [vm("[parameters('hot')]")] }
      }
    }
    const reasons = await reasonsOf({ 'main.json': template({ hotpatch: { type: 'bool', defaultValue: true } }, [configuration('Never'), nested, assignment]) })
    expect(reasons[0]).toBe("enableHotpatching is true ('hotpatch' default at main.json:7, used at main.json:79)")
  })
})
