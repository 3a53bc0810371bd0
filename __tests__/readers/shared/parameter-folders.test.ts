/**
 * Parameter files kept apart from their template, in a parameter folder (`vm/parameters/`, the ALZ-Bicep layout)
 * or named after a variant of it (`vm.managedIdentity.parameters.all.json`): the ARM and the Bicep reader apply
 * them to the template they deploy (src/readers/shared/parameter-file-name.ts), end to end through the CLI.
 */
import { describe, expect, it } from '@jest/globals'
import { pairingFolderOf, templateStemsOf } from '../../../src/readers/shared/parameter-file-name.js'
import { scanJson } from '../../support/cli-scan.js'
import { withTree } from '../../support/temporary-tree.js'
import { outOfOrder, reportOf, shuffled } from '../../scan/pool-support.js'

const HOTPATCH = { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition' }

const parameters = (values: Record<string, unknown>): string =>
  JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
    contentVersion: '1.0.0.0',
    parameters: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value }]))
  })

/** An ARM template of one VM whose image SKU and hotpatch setting are parameters, not hotpatch by default. */
const armTemplate = (name: string): string =>
  JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { sku: { type: 'string', defaultValue: '2019-datacenter' }, hotpatch: { type: 'bool', defaultValue: false } },
      resources: [
        {
          type: 'Microsoft.Compute/virtualMachines',
          apiVersion: '2024-07-01',
          name,
          location: 'westeurope',
          properties: {
            storageProfile: { imageReference: { publisher: HOTPATCH.publisher, offer: HOTPATCH.offer, sku: "[parameters('sku')]", version: 'latest' } },
            osProfile: { windowsConfiguration: { patchSettings: { patchMode: 'AutomaticByPlatform', enableHotpatching: "[parameters('hotpatch')]" } } }
          }
        }
      ]
    },
    null,
    2
  )

const bicepTemplate = (name: string): string =>
  [
    "param sku string = '2019-datacenter'",
    'param hotpatch bool = false',
    "resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {",
    `  name: '${name}'`,
    "  location: 'westeurope'",
    '  properties: {',
    `    storageProfile: { imageReference: { publisher: '${HOTPATCH.publisher}', offer: '${HOTPATCH.offer}', sku: sku, version: 'latest' } }`,
    "    osProfile: { windowsConfiguration: { patchSettings: { patchMode: 'AutomaticByPlatform', enableHotpatching: hotpatch } } }",
    '  }',
    '}',
    ''
  ].join('\n')

const hotpatchValues = parameters({ sku: HOTPATCH.sku, hotpatch: true })

interface Outline {
  readonly resources: readonly { name: string; file: string; variant?: string; verdict: string }[]
  readonly parseErrors: readonly { file: string; message: string }[]
}

async function outline(files: Record<string, string>) {
  return withTree(files, async root => {
    const { report } = await scanJson<Outline>(root, '.')
    return {
      resources: report.resources.map(r => [r.name, r.file, r.variant ?? '', r.verdict]),
      notes: report.parseErrors.map(e => [e.file, e.message])
    }
  })
}

describe('templateStemsOf and pairingFolderOf', () => {
  it('gives the names a stem may point at, longest first, and the folder above a parameter folder', () => {
    expect(templateStemsOf('vm.managedidentity.all')).toEqual(['vm.managedidentity.all', 'vm.managedidentity', 'vm'])
    expect(templateStemsOf('vm')).toEqual(['vm'])
    expect(templateStemsOf('')).toEqual([])
    expect(['a/b.json', 'a/parameters/b.json', 'a/Parameters/b.json', 'a/params/b.json', 'parameters/b.json', 'a/myparameters/b.json', 'a/parameters/'].map(pairingFolderOf)).toEqual([
      'a/',
      'a/',
      'a/',
      'a/',
      '',
      'a/myparameters/',
      'a/'
    ])
  })
})

describe('parameter files apart from their template', () => {
  it('ARM: a parameter folder deploys the template above it, by name (also a variant of the name) or as its only template', async () => {
    const { resources, notes } = await outline({
      'vm/vm.json': armTemplate('vm-app'),
      'vm/db.json': armTemplate('vm-db'),
      'vm/parameters/vm.prod.parameters.json': hotpatchValues,
      'vm/parameters/db.parameters.json': parameters({ sku: '2022-datacenter' }),
      'lone/main.json': armTemplate('vm-lone'),
      'lone/parameters/dev.parameters.json': hotpatchValues
    })
    expect(resources).toEqual([
      ['vm-lone', 'lone/main.json', 'dev.parameters.json', 'affected-no-plan'],
      ['vm-db', 'vm/db.json', 'db.parameters.json', 'not-affected'],
      ['vm-app', 'vm/vm.json', 'vm.prod.parameters.json', 'affected-no-plan']
    ])
    expect(notes).toEqual([])
  })

  it('Bicep: a parameter folder deploys the template above it, and the ARM reader leaves it to the Bicep reader', async () => {
    const { resources, notes } = await outline({
      'app/main.bicep': bicepTemplate('vm-app'),
      'app/network.bicep': "param name string = 'net'\n",
      'app/Parameters/main.managedIdentity.parameters.all.json': hotpatchValues,
      'app/parameters/main.parameters.min.json': parameters({ sku: '2022-datacenter' })
    })
    expect(resources).toEqual([
      ['vm-app', 'app/main.bicep', 'main.managedIdentity.parameters.all.json', 'affected-no-plan'],
      ['vm-app', 'app/main.bicep', 'main.parameters.min.json', 'not-affected']
    ])
    // network.bicep declares nothing the policy reads; no parameter file is left unpaired.
    expect(notes.map(([file]) => file)).toEqual(['.'])
  })

  it('pairs a variant of a template name in the template folder itself, the longer template name first, and an environment of several parts', async () => {
    const { resources } = await outline({
      'web/vm.json': armTemplate('vm-web'),
      'web/vm.blue.json': armTemplate('vm-blue'),
      'web/db.json': armTemplate('vm-db'),
      'web/vm.blue.parameters.json': hotpatchValues,
      'web/vm.green.parameters.prod.json': hotpatchValues,
      'web/db.parameters.az.all.json': hotpatchValues
    })
    expect(resources).toEqual([
      ['vm-db', 'web/db.json', 'db.parameters.az.all.json', 'affected-no-plan'],
      ['vm-blue', 'web/vm.blue.json', 'vm.blue.parameters.json', 'affected-no-plan'],
      ['vm-web', 'web/vm.json', 'vm.green.parameters.prod.json', 'affected-no-plan']
    ])
  })

  it('says a parameter folder pairs with nothing when the folder above has no template for it', async () => {
    const { resources, notes } = await outline({
      'vm/a.json': armTemplate('vm-a'),
      'vm/b.json': armTemplate('vm-b'),
      'vm/parameters/prod.parameters.json': parameters({ sku: '2022-datacenter' })
    })
    expect(resources.map(r => r[0])).toEqual(['vm-a', 'vm-b'])
    expect(notes).toEqual([
      [
        'vm/parameters/prod.parameters.json',
        'parameter file vm/parameters/prod.parameters.json pairs with no template of the folder above its parameter folder (vm) ' +
          "(by its name, or as the folder's only ARM or Bicep template), so its values are applied to nothing here; run what-if for the " +
          'deployment it feeds (az deployment group what-if --parameters vm/parameters/prod.parameters.json --no-pretty-print) and scan the result'
      ]
    ])
  })

  it('applies a parameter folder alike in the worker pool, where a worker knows only the folders of its unit', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 4; i++) {
      files[`app${i}/main.bicep`] = bicepTemplate(`vm-app-${i}`)
      files[`app${i}/parameters/main.prod.parameters.json`] = hotpatchValues
      files[`vm${i}/vm.json`] = armTemplate(`vm-${i}`)
      files[`vm${i}/params/vm.prod.parameters.json`] = hotpatchValues
    }
    await withTree(files, async root => {
      const inline = await reportOf(root, { threads: 1 })
      const resources = (JSON.parse(inline) as { resources: { name: string; variant?: string; verdict: string }[] }).resources
      expect(resources.filter(r => r.variant === 'main.prod.parameters.json' || r.variant === 'vm.prod.parameters.json')).toHaveLength(8)
      expect(resources.every(r => r.verdict === 'affected-no-plan')).toBe(true)
      expect(await reportOf(root, outOfOrder(2, count => shuffled(count, 5)))).toBe(inline)
    })
  })
})
