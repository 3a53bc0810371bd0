/**
 * Linked templates a `templateLink.uri` names through `_artifactsLocation` (the quickstart templates' convention,
 * src/readers/arm/template/artifacts-location.ts): read as part of the deployment that links them, with the
 * parameters it passes, as a `relativePath` link is; before, each was read on its own with its own defaults.
 */
import { describe, expect, it } from '@jest/globals'
import { scanJson } from '../../support/cli-scan.js'
import { withTree } from '../../support/temporary-tree.js'
import { outOfOrder, reportOf, shuffled } from '../../scan/pool-support.js'

const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'

const template = (parameters: object, resources: object[], variables: object = {}): string =>
  JSON.stringify({ $schema: TEMPLATE_SCHEMA, contentVersion: '1.0.0.0', parameters, variables, resources }, null, 2)

/** A linked VM template whose image SKU and hotpatch setting default to a VM that is not affected. */
const linkedVm = template(
  {
    vmName: { type: 'string' },
    sku: { type: 'string', defaultValue: '2019-datacenter' },
    hotpatch: { type: 'bool', defaultValue: false },
    _artifactsLocation: { type: 'string', defaultValue: '[deployment().properties.templateLink.uri]' },
    _artifactsLocationSasToken: { type: 'securestring', defaultValue: '' }
  },
  [
    {
      type: 'Microsoft.Compute/virtualMachines',
      apiVersion: '2024-07-01',
      name: "[parameters('vmName')]",
      location: 'westeurope',
      properties: {
        storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: "[parameters('sku')]", version: 'latest' } },
        osProfile: { windowsConfiguration: { patchSettings: { patchMode: 'AutomaticByPlatform', enableHotpatching: "[parameters('hotpatch')]" } } }
      }
    }
  ]
)

const deployment = (name: string, uri: string, parameters: Record<string, string | boolean>) => ({
  type: 'Microsoft.Resources/deployments',
  apiVersion: '2022-09-01',
  name,
  properties: { mode: 'Incremental', templateLink: { uri, contentVersion: '1.0.0.0' }, parameters: Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, { value: v }])) }
})

const HOTPATCH = { sku: '2025-datacenter-azure-edition', hotpatch: true }

const files = {
  // The toolkit's convention: uri() of the template's own URI.
  'qs/azuredeploy.json': template(
    {
      _artifactsLocation: { type: 'string', defaultValue: '[deployment().properties.templateLink.uri]' },
      _artifactsLocationSasToken: { type: 'securestring', defaultValue: '' }
    },
    [
      deployment('vm', "[uri(parameters('_artifactsLocation'), concat('nested/vm.json', parameters('_artifactsLocationSasToken')))]", {
        vmName: 'vm-qs',
        ...HOTPATCH,
        _artifactsLocation: "[parameters('_artifactsLocation')]"
      })
    ]
  ),
  'qs/nested/vm.json': linkedVm,
  // Older samples: a folder URL (here a raw GitHub one) concatenated, through a variable, spelled without the underscore.
  'old/azuredeploy.json': template(
    {
      artifactsLocation: { type: 'string', defaultValue: 'https://raw.githubusercontent.com/contoso/samples/master/old' },
      artifactsLocationSasToken: { type: 'securestring', defaultValue: '' }
    },
    [deployment('vm', "[variables('vmTemplateUrl')]", { vmName: 'vm-old', ...HOTPATCH })],
    { vmTemplateUrl: "[concat(parameters('artifactsLocation'), '/nestedtemplates/vm.json', parameters('artifactsLocationSasToken'))]" }
  ),
  'old/nestedtemplates/vm.json': linkedVm,
  // Any other URI is not read, as before.
  'web/azuredeploy.json': template({}, [deployment('vm', 'https://contoso.example/templates/vm.json', { vmName: 'vm-web' })])
}

interface Report {
  readonly resources: readonly { name: string; file: string; startLine: number; verdict: string }[]
  readonly parseErrors: readonly { file: string; line: number; message: string }[]
}

describe('templateLink.uri from _artifactsLocation', () => {
  it('reads the linked template as part of the deployment, with the values it passes, where it would have judged the defaults', async () => {
    const report = await withTree(files, async root => (await scanJson<Report>(root, '.')).report)
    expect(report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict])).toEqual([
      ['vm-old', 'old/azuredeploy.json:18', 'affected-no-plan'],
      ['vm-qs', 'qs/azuredeploy.json:16', 'affected-no-plan']
    ])
    expect(report.parseErrors.map(e => [`${e.file}:${e.line}`, e.message])).toEqual([
      ['web/azuredeploy.json:13', 'the linked template (templateLink) is not read; the resources it deploys are not checked']
    ])
  })

  it('gives the same report in the worker pool, the linked folders in one unit with the linking one', async () => {
    await withTree(files, async root => {
      const inline = await reportOf(root, { threads: 1 })
      expect(await reportOf(root, outOfOrder(2, count => shuffled(count, 3)))).toBe(inline)
    })
  })
})
