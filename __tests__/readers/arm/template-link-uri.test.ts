/**
 * Links built from a template's own URL, `deployment().properties.templateLink.uri` (Microsoft's linked-template
 * docs' form, `uri(deployment().properties.templateLink.uri, 'nested/vm.json')`, and Enterprise-Scale's): read as
 * the local file beside the deploying template, as a link from `_artifactsLocation` is
 * (src/readers/arm/template/artifacts-location.ts). Before, each such link was a notice that it is not read, and the
 * linked template was read on its own with its own defaults, its VM without the plan the linking template gives it.
 */
import { describe, expect, it } from '@jest/globals'
import { scanJson } from '../../support/cli-scan.js'
import { withTree } from '../../support/temporary-tree.js'
import { outOfOrder, reportOf, shuffled } from '../../scan/pool-support.js'

const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
const SELF = 'deployment().properties.templateLink.uri'

const template = (resources: object[], variables: object = {}, parameters: object = {}): string =>
  JSON.stringify({ $schema: TEMPLATE_SCHEMA, contentVersion: '1.0.0.0', parameters, variables, resources }, null, 2)

const vm = (sku = "[parameters('sku')]") => ({
  type: 'Microsoft.Compute/virtualMachines',
  apiVersion: '2024-07-01',
  name: "[parameters('vmName')]",
  location: 'westeurope',
  properties: {
    storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku, version: 'latest' } },
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
})

/** A linked VM template: its name is passed, its image defaults to one that is not hotpatch-capable. */
const linkedVm = template([vm()], {}, { vmName: { type: 'string' }, sku: { type: 'string', defaultValue: '2019-datacenter' } })

const deployment = (name: string, uri: string, parameters: Record<string, string>) => ({
  type: 'Microsoft.Resources/deployments',
  apiVersion: '2022-09-01',
  name,
  properties: { mode: 'Incremental', templateLink: { uri, contentVersion: '1.0.0.0' }, parameters: Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, { value: v }])) }
})

const HOTPATCH_SKU = '2025-datacenter-azure-edition'

const planFor = (vmName: string) => [
  {
    type: 'Microsoft.Maintenance/maintenanceConfigurations',
    apiVersion: '2023-04-01',
    name: 'mc-monthly',
    location: 'westeurope',
    properties: {
      maintenanceScope: 'InGuestPatch',
      extensionProperties: { InGuestPatchMode: 'User' },
      maintenanceWindow: { startDateTime: '2026-01-18 02:00', duration: '03:00', timeZone: 'UTC', recurEvery: 'Month Third Sunday' },
      installPatches: { rebootSetting: 'IfRequired', windowsParameters: { classificationsToInclude: ['Critical', 'Security'] } }
    }
  },
  {
    type: 'Microsoft.Maintenance/configurationAssignments',
    apiVersion: '2023-04-01',
    name: `${vmName}-assign`,
    location: 'westeurope',
    scope: `[resourceId('Microsoft.Compute/virtualMachines', '${vmName}')]`,
    properties: {
      maintenanceConfigurationId: "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc-monthly')]",
      resourceId: `[resourceId('Microsoft.Compute/virtualMachines', '${vmName}')]`
    }
  }
]

const files = {
  // The audit's case: the link through a variable, the plan in the linking template.
  'docs/azuredeploy.json': template(
    [deployment('vmDeploy', "[variables('vmUri')]", { vmName: 'vm-docs', sku: HOTPATCH_SKU }), ...planFor('vm-docs')],
    { vmUri: `[uri(${SELF}, 'nested/vm.json')]` }
  ),
  'docs/nested/vm.json': linkedVm,
  // A linked template's own URL is its own, not the linking one's: `vm.json` beside it, not the decoy beside the root.
  'deep/main.json': template([deployment('layer', `[uri(${SELF}, 'layers/layer.json')]`, { vmName: 'vm-deep' })]),
  'deep/layers/layer.json': template([deployment('vm', `[uri(${SELF}, 'vm.json')]`, { vmName: "[parameters('vmName')]", sku: HOTPATCH_SKU })], {}, { vmName: { type: 'string' } }),
  'deep/layers/vm.json': linkedVm,
  'deep/vm.json': template([vm('2019-datacenter')], {}, { vmName: { type: 'string', defaultValue: 'decoy' } })
}

interface Report {
  readonly resources: readonly { name: string; file: string; startLine: number; verdict: string; reasons: readonly string[] }[]
  readonly parseErrors: readonly { file: string; line: number; message: string }[]
}

const verdicts = (report: Report) => report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict])
const notices = (report: Report) => report.parseErrors.map(e => [`${e.file}:${e.line}`, e.message])

describe('templateLink.uri from deployment().properties.templateLink.uri', () => {
  it('reads the file beside the deploying template as part of the deployment, with the values it passes and the plan it assigns', async () => {
    const report = await withTree(files, async root => (await scanJson<Report>(root, '.')).report)
    expect(verdicts(report)).toEqual([
      ['vm-deep', 'deep/main.json:7', 'affected-no-plan'],
      ['decoy', 'deep/vm.json:12', 'not-affected'],
      ['vm-docs', 'docs/azuredeploy.json:9', 'affected-with-plan']
    ])
    expect(notices(report)).toEqual([])
  })

  it('gives the same report in the worker pool: each linking folder is planned in one unit with the folders it links', async () => {
    await withTree(files, async root => {
      const inline = await reportOf(root, { threads: 1 })
      expect(await reportOf(root, outOfOrder(2, count => shuffled(count, 5)))).toBe(inline)
    })
  })

  it('says a link whose URI is not evaluated is read on its own where the scan holds it, and one leading out of the folder is not read', async () => {
    const tree = {
      'main.json': template([
        // environment() is only known at deployment (Enterprise-Scale picks a file per cloud so).
        deployment('perCloud', `[uri(${SELF}, concat('nested/', environment().name, '.json'))]`, { vmName: 'vm-cloud', sku: HOTPATCH_SKU }),
        deployment('outside', `[uri(${SELF}, '../shared/vm.json')]`, { vmName: 'vm-out' })
      ]),
      'nested/AzureCloud.json': linkedVm
    }
    const report = await withTree(tree, async root => (await scanJson<Report>(root, '.')).report)
    const notRead = (what: string) =>
      `the linked template ${what} (templateLink.uri) is not read as part of this deployment: where the scan holds it, it is read on its own, ` +
      'with its own parameter defaults, so the parameters passed here do not reach it, and an assignment here reaches its resources only by ' +
      'a resource ID that names their group, or by a dynamic scope'
    expect(notices(report)).toEqual([
      ['main.json:13', notRead('a file whose URI is not evaluated')],
      ['main.json:33', notRead("'../shared/vm.json' (outside the scanned folder)")]
    ])
    // The hotpatch image it passes is a signal: the call is indeterminate, and says the file is not read with these values.
    const call = report.resources.find(r => r.name === 'deployment perCloud')
    expect(call?.verdict).toBe('indeterminate')
    expect(call?.reasons.join('\n')).toContain('the linked template (templateLink.uri) is not read with the parameters passed here, and its inputs carry a hotpatch signal')
    expect(verdicts(report).filter(([name]) => name !== 'deployment perCloud')).toEqual([['nested/AzureCloud.json#resources[0]', 'nested/AzureCloud.json:15', 'not-affected']])
  })
})
