/**
 * A `.bicepparam` whose `using` names an ARM JSON template of its folder (`using './azuredeploy.json'`, allowed by
 * learn.microsoft.com/azure/azure-resource-manager/bicep/parameter-files) deploys it as a parameter file does: the
 * template is evaluated once per such file, not with its defaults. A literal value is taken; any other is unresolved
 * (never a guess), as is one the file may take from the file it `extends`.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { scan } from '../../../src/scan.js'
import { armWindow } from '../../support/manifests.js'

const AS_OF = new Date('2025-11-03T00:00:00Z')
const folders: string[] = []
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })))

/** A VM with a monthly window whose reboot setting is the template's parameter `reboot` (default IfRequired), one member a line. */
const TEMPLATE = JSON.stringify(
  {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { reboot: { type: 'string', defaultValue: 'IfRequired' } },
    resources: [
      armWindow('mc1', { rebootSetting: "[parameters('reboot')]" }),
      {
        type: 'Microsoft.Maintenance/configurationAssignments',
        apiVersion: '2023-04-01',
        name: 'a1',
        location: 'westeurope',
        scope: 'Microsoft.Compute/virtualMachines/vm1',
        properties: { maintenanceConfigurationId: "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc1')]" }
      },
      {
        type: 'Microsoft.Compute/virtualMachines',
        apiVersion: '2024-07-01',
        name: 'vm1',
        location: 'westeurope',
        properties: {
          storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' } },
          osProfile: {
            windowsConfiguration: {
              patchSettings: {
                patchMode: 'AutomaticByPlatform',
                enableHotpatching: true,
                automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
              }
            }
          }
        }
      }
    ]
  },
  null,
  2
)
const REBOOT_LINE = TEMPLATE.split('\n').findIndex(line => line.includes("[parameters('reboot')]")) + 1

async function report(files: Readonly<Record<string, string>>) {
  const folder = mkdtempSync(join(tmpdir(), 'arm-bicepparam-'))
  folders.push(folder)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true })
    writeFileSync(join(folder, path), text)
  }
  return buildJsonReport(await scan({ root: folder, asOf: AS_OF, repositoryFolder: '' }), { toolVersion: 'test', asOf: '2025-11-03' })
}
const verdicts = async (files: Readonly<Record<string, string>>) =>
  (await report(files)).resources.map(r => [r.key, r.verdict, r.related.map(place => `${place.file}:${place.startLine} ${place.role}`)])

const KEY = 'microsoft.compute/virtualmachines/vm1'

describe('a .bicepparam that uses an ARM JSON template of its folder', () => {
  it('deploys it with its literal values, once per file and not with the defaults', async () => {
    const files = {
      'azuredeploy.json': TEMPLATE,
      'prod.bicepparam': "using './azuredeploy.json'\n\nparam reboot = 'Never'\n",
      'dev.bicepparam': "using 'azuredeploy.json'\nparam reboot = 'IfRequired'\n"
    }
    // As two JSON parameter files of one template (a value of either may decide the plan a resource ID names).
    expect(await verdicts(files)).toEqual([
      [`${KEY}@dev.bicepparam`, 'affected-with-plan', ['dev.bicepparam:1 parameter-file', 'dev.bicepparam:2 plan-value', 'prod.bicepparam:3 plan-value']],
      [`${KEY}@prod.bicepparam`, 'affected-reboot-blocked', ['dev.bicepparam:2 plan-value', 'prod.bicepparam:1 parameter-file', 'prod.bicepparam:3 plan-value']]
    ])
    const json = await report(files)
    expect(json.findings.map(f => [f.ruleId, f.resourceKey, f.file, f.startLine])).toEqual([['reboot-blocked', `${KEY}@prod.bicepparam`, 'azuredeploy.json', REBOOT_LINE]])
    // Neither file is left "checked without parsing", nor said not to be evaluated.
    expect(json.parseErrors).toEqual([])
  })

  it('leaves a value that is not a literal, or one it may take from the file it extends, unresolved: indeterminate', async () => {
    const expression = await report({ 'azuredeploy.json': TEMPLATE, 'prod.bicepparam': "using './azuredeploy.json'\nparam reboot = toLower('NEVER')\n" })
    expect(expression.findings.map(f => [f.ruleId, f.resourceKey, f.message.slice(f.message.indexOf('maintenanceConfiguration.rebootSetting'), f.message.indexOf('. Make'))])).toEqual([
      [
        'indeterminate',
        `${KEY}@prod.bicepparam`,
        `maintenanceConfiguration.rebootSetting at azuredeploy.json:${REBOOT_LINE}: parameter 'reboot' is set in prod.bicepparam to toLower('NEVER'), an expression not evaluated for an ARM JSON template`
      ]
    ])
    const extended = await report({ 'azuredeploy.json': TEMPLATE, 'base.bicepparam': "using none\nparam reboot = 'Never'\n", 'prod.bicepparam': "using './azuredeploy.json'\nextends 'base.bicepparam'\n" })
    expect(extended.resources.map(r => [r.key, r.verdict])).toEqual([[`${KEY}@prod.bicepparam`, 'indeterminate']])
    expect(extended.findings[0]?.message).toContain("parameter 'reboot' may be set by base.bicepparam, which prod.bicepparam extends and which is not read for an ARM JSON template")
  })

  it('control: one that uses another template leaves this one to its defaults', async () => {
    const other = TEMPLATE.replaceAll('vm1', 'vm2').replaceAll('mc1', 'mc2')
    const files = { 'azuredeploy.json': TEMPLATE, 'other.json': other, 'prod.bicepparam': "using 'other.json'\nparam reboot = 'Never'\n" }
    expect(await verdicts(files)).toEqual([
      // Its value still counts for the value-aware scope, as a JSON parameter file's of the folder does.
      [`${KEY}`, 'affected-with-plan', ['prod.bicepparam:2 plan-value']],
      ['microsoft.compute/virtualmachines/vm2@prod.bicepparam', 'affected-reboot-blocked', ['prod.bicepparam:1 parameter-file', 'prod.bicepparam:2 plan-value']]
    ])
  })
})
