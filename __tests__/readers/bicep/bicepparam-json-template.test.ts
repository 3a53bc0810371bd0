/**
 * A `.bicepparam` whose `using` names an ARM JSON template: the ARM reader applies one of the template's own folder
 * (__tests__/readers/arm/bicepparam.test.ts); the Bicep reader says where it does not, and applies one that names
 * `bicep build`'s output of a `.bicep` beside it to that source (the ARM reader reads the source instead).
 */
import { describe, expect, it } from '@jest/globals'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { scheduledBicepVm } from '../../support/plan-manifests.js'
import { scanTree } from '../../support/temporary-tree.js'

const AS_OF = new Date('2025-11-03T00:00:00Z')

async function report(files: Readonly<Record<string, string>>) {
  return buildJsonReport(await scanTree(files, { asOf: AS_OF, repositoryFolder: '' }), { toolVersion: 'test', asOf: '2025-11-03' })
}

const MAIN = `param vmName string = 'vm1'
param reboot string = 'IfRequired'
${scheduledBicepVm({ name: 'vmName' })}resource mc 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: 'mc1'
  location: 'westeurope'
  properties: {
    maintenanceScope: 'InGuestPatch'
    extensionProperties: { InGuestPatchMode: 'User' }
    maintenanceWindow: { startDateTime: '2025-11-15 22:00', duration: '03:55', timeZone: 'UTC', recurEvery: 'Month Third Saturday' }
    installPatches: { rebootSetting: reboot, windowsParameters: { classificationsToInclude: [ 'Critical', 'Security' ] } }
  }
}
resource assignment 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'a1'
  location: 'westeurope'
  scope: vm
  properties: { maintenanceConfigurationId: mc.id }
}
`
/** What `bicep build` writes of MAIN, as far as the readers look (its generator; the ARM reader reads MAIN instead). */
const BUILT = JSON.stringify({
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  metadata: { _generator: { name: 'bicep', version: '0.30.3' } },
  parameters: { vmName: { type: 'string' }, reboot: { type: 'string' } },
  resources: []
})

describe('a .bicepparam that uses an ARM JSON template', () => {
  it("of another folder: a located notice says it is applied to nothing (the template's own folder's are)", async () => {
    const json = await report({
      'azuredeploy.json': BUILT.replace('bicep', 'other'),
      'params/prod.bicepparam': "using '../azuredeploy.json'\nparam reboot = 'Never'\n"
    })
    // The template itself names no policy word here: the scan checks it without parsing (file '.').
    expect(json.parseErrors.filter(e => e.file !== '.').map(e => [e.file, e.line, e.column, e.message, e.severity])).toEqual([
      [
        'params/prod.bicepparam',
        1,
        7,
        "parameter file not evaluated: ARM JSON template '../azuredeploy.json' is applied only by a .bicepparam file of its own folder",
        'notice'
      ]
    ])
  })

  it("built by bicep from the .bicep of its name beside it: deploys that source, once, and not with the source's defaults", async () => {
    const json = await report({ 'main.bicep': MAIN, 'main.json': BUILT, 'prod.bicepparam': "using 'main.json'\nparam vmName = 'vm9'\nparam reboot = 'Never'\n" })
    expect(json.resources.map(r => [r.key, r.verdict])).toEqual([['microsoft.compute/virtualmachines/vm9@prod.bicepparam', 'affected-reboot-blocked']])
  })
})
