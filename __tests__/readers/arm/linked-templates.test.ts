/**
 * A local linked template (`templateLink.relativePath`) that the scan holds is read as part of the deployment
 * that links it, as Azure Resource Manager deploys it: an inner-scope nested deployment whose parameters are the
 * ones the deployment passes, evaluated in the linking template, deployed where the deployment deploys (its
 * `resourceGroup`, its copy loop, its condition), its links followed in turn. Its resources are reported at the
 * linking deployment of the entry template and declared at their own line. It is not also read on its own with
 * its defaults (its VMs were reported twice, once with values they do not have), unless a parameter file of its
 * own deploys it too. A link the scan cannot follow (a path outside the scanned folder, a missing file, a path
 * not evaluated, a cycle) keeps a located notice; a link by URI keeps its own.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { scan } from '../../../src/scan.js'
import { armWindow } from '../../support/manifests.js'

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
const AS_OF = new Date('2025-11-03T00:00:00Z')

type Json = Record<string, unknown>
const folders: string[] = []
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })))

const template = (resources: Json[], parameters: Json = {}): string =>
  `${JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', parameters, resources }, null, 2)}\n`
const IMAGE = { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }
const vm = (name: string, hotpatch: unknown = true): Json => ({
  type: 'Microsoft.Compute/virtualMachines',
  apiVersion: '2024-07-01',
  name,
  location: 'westeurope',
  properties: {
    storageProfile: { imageReference: IMAGE },
    osProfile: {
      windowsConfiguration: {
        patchSettings: { patchMode: 'AutomaticByPlatform', enableHotpatching: hotpatch, automaticByPlatformSettings: { bypassPlatformSafetyChecksOnUserSchedule: true } }
      }
    }
  }
})
const linking = (templateLink: Json, parameters?: Json, extra: Json = {}): Json => ({
  type: 'Microsoft.Resources/deployments',
  apiVersion: '2022-09-01',
  name: 'vmdeploy',
  ...extra,
  properties: { mode: 'Incremental', templateLink, ...(parameters === undefined ? {} : { parameters }) }
})
const configuration = armWindow('mc-monthly', { start: '2025-11-11 20:00', timeZone: 'W. Europe Standard Time', recurEvery: 'Month Second Tuesday' })

async function scanned(files: Record<string, string>, under = '') {
  const root = mkdtempSync(join(tmpdir(), 'linked-'))
  folders.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  const result = await scan({ root: join(root, under), asOf: AS_OF, repositoryFolder: '', threads: 1 })
  const report = buildJsonReport(result, { toolVersion: 'test', asOf: '2025-11-03' })
  return {
    notices: result.model.parseErrors.map(e => `${e.file}:${e.line}:${e.column} ${e.severity}: ${e.message}`),
    verdicts: report.resources.map(r => `${r.name} ${r.file}:${r.startLine} ${r.verdict}`),
    resources: report.resources,
    findings: report.findings.map(f => `${f.ruleId} ${f.file}:${f.startLine}`),
    files: result.model.files,
    machines: result.model.virtualMachines
  }
}

/** A VM template whose name and hotpatch setting are parameters, hotpatch off by default. */
const CHILD_VM = template([vm("[parameters('vmName')]", "[parameters('hotpatch')]")], {
  vmName: { type: 'string', defaultValue: 'vm-default' },
  hotpatch: { type: 'bool', defaultValue: false }
})
const LOCAL_NOTICE = (at: string, path: string) =>
  `${at} notice: the linked template ${path} (templateLink.relativePath) is not read as part of this deployment: ` +
  'where the scan holds it, it is read on its own, with its own parameter defaults, so the parameters passed here do not reach it, ' +
  'and an assignment here reaches its resources only by a resource ID that names their group, or by a dynamic scope'

describe('templateLink.relativePath, read as part of the deployment that links it', () => {
  it('takes the parameters the link passes: hotpatch turned on for a template whose default is off fails, at the linking deployment', async () => {
    const result = await scanned({
      'main.json': template([linking({ relativePath: 'nested/vm.json' }, { vmName: { value: 'vm1' }, hotpatch: { value: true } })]),
      'nested/vm.json': CHILD_VM
    })
    // It was read on its own with its default (off): vm-default passed, and the notice said the parameters do not reach it.
    expect(result.notices).toEqual([])
    expect(result.verdicts).toEqual(['vm1 main.json:6 affected-no-plan'])
    expect(result.findings).toEqual(['reboot-plan-required main.json:6'])
    expect(result.resources[0]?.reasons[1]).toBe('enableHotpatching is true (nested/vm.json:33)')
    expect(result.resources[0]?.related).toEqual([
      { file: 'main.json', startLine: 6, role: 'nested-deployment' },
      { file: 'nested/vm.json', startLine: 15, role: 'declaration' }
    ])
    expect(result.files).toEqual(['main.json', 'nested/vm.json'])
  })

  it('reads the linked template once, not also on its own: hotpatch the link turns off is off', async () => {
    const result = await scanned({
      'main.json': template([linking({ relativePath: 'nested/vm.json' }, { vmName: { value: 'vm1' }, hotpatch: { value: false } })]),
      'nested/vm.json': template([vm("[parameters('vmName')]", "[parameters('hotpatch')]")], {
        vmName: { type: 'string', defaultValue: 'vm-default' },
        hotpatch: { type: 'bool', defaultValue: true }
      })
    })
    // Read on its own too, vm-default (hotpatch on by default) failed: a VM the deployment never makes.
    expect(result.verdicts).toEqual(['vm1 main.json:6 not-affected'])
    expect(result.findings).toEqual([])
  })

  it('reaches the assignment the linked template makes with the maintenance configuration the link passes: a plan', async () => {
    const assign = template(
      [
        {
          type: 'Microsoft.Maintenance/configurationAssignments',
          apiVersion: '2023-04-01',
          name: "[format('{0}-plan', parameters('vmName'))]",
          location: 'westeurope',
          scope: "[format('Microsoft.Compute/virtualMachines/{0}', parameters('vmName'))]",
          properties: { maintenanceConfigurationId: "[parameters('configurationId')]" }
        }
      ],
      { vmName: { type: 'string' }, configurationId: { type: 'string' } }
    )
    const configurationId = "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc-monthly')]"
    const result = await scanned({
      'main.json': template([configuration, vm('vm1'), linking({ relativePath: 'assign/assign.json' }, { vmName: { value: 'vm1' }, configurationId: { value: configurationId } })]),
      'assign/assign.json': assign
    })
    // On its own, the assignment's configuration was unknown (no default): the VM had no plan for certain.
    expect(result.notices).toEqual([])
    expect(result.verdicts).toEqual(['vm1 main.json:33 affected-with-plan'])
    expect(result.findings).toEqual([])
    expect(result.resources[0]?.evidence.map(e => `${e.kind} ${e.file}:${e.startLine} ${e.status} ${e.name}`)).toEqual([
      'maintenance-assignment main.json:60 valid vm1-plan'
    ])
  })

  it('reads a linked template beside the linking one (a folder of its own), the parameter file pairing with the linking one', async () => {
    // Past the ~1 M characters of parsed templates kept from finding the links to reading them: parsed again then.
    const padding = { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'logs', location: 'x', tags: { note: 'n'.repeat(1100 * 1024) } }
    const result = await scanned({
      'azuredeploy.json': template([padding, linking({ relativePath: 'vm.json' }, { vmName: { value: "[parameters('name')]" }, hotpatch: { value: true } })], {
        name: { type: 'string' }
      }),
      'azuredeploy.parameters.json': JSON.stringify({ parameters: { name: { value: 'vm-prod' } } }, null, 2),
      'vm.json': CHILD_VM
    })
    expect(result.notices).toEqual([])
    expect(result.verdicts).toEqual(['vm-prod azuredeploy.json:19 affected-no-plan'])
    expect(result.resources[0]?.related).toEqual([
      { file: 'azuredeploy.json', startLine: 19, role: 'nested-deployment' },
      { file: 'azuredeploy.parameters.json', startLine: 1, role: 'parameter-file' },
      { file: 'vm.json', startLine: 15, role: 'declaration' }
    ])
  })

  it('also judges a linked template a parameter file of its own deploys, with that file', async () => {
    const result = await scanned({
      'main.json': template([linking({ relativePath: 'nested/vm.json' }, { vmName: { value: 'vm1' }, hotpatch: { value: true } })]),
      'nested/vm.json': CHILD_VM,
      'nested/vm.parameters.json': JSON.stringify({ parameters: { vmName: { value: 'vm-alone' }, hotpatch: { value: true } } }, null, 2)
    })
    expect(result.verdicts).toEqual(['vm1 main.json:6 affected-no-plan', 'vm-alone nested/vm.json:15 affected-no-plan'])
  })

  it('applies the deployment’s copy loop, condition and resource group, and follows the linked template’s own links', async () => {
    const looped = linking(
      { relativePath: 'nested/vm.json' },
      { vmName: { value: "[format('vm{0}', copyIndex())]" }, hotpatch: { value: true } },
      { name: "[format('vm{0}', copyIndex())]", resourceGroup: 'rg-b', copy: { name: 'vms', count: 2 } }
    )
    const skipped = linking({ relativePath: 'nested/vm.json' }, { vmName: { value: 'vm-off' }, hotpatch: { value: true } }, { name: 'off', condition: false })
    const chained = linking({ relativePath: 'middle/middle.json' }, { name: { value: 'vm-deep' } }, { name: 'chain' })
    const middle = template([linking({ relativePath: '../nested/vm.json' }, { vmName: { value: "[parameters('name')]" }, hotpatch: { value: true } })], {
      name: { type: 'string' }
    })
    const result = await scanned({ 'main.json': template([looped, skipped, chained]), 'middle/middle.json': middle, 'nested/vm.json': CHILD_VM })
    expect(result.notices).toEqual([])
    expect(result.verdicts).toEqual([
      'vm0 main.json:6 affected-no-plan',
      'vm1 main.json:6 affected-no-plan',
      'vm-off main.json:30 not-affected',
      'vm-deep main.json:50 affected-no-plan'
    ])
    expect(result.resources.find(r => r.name === 'vm-off')?.reasons).toEqual(['it is not deployed (the condition or loop count at main.json:34)'])
    // Deployed into the deployment's group, located at its resourceGroup.
    const grouped = result.machines.filter(machine => machine.variant !== '').map(machine => [machine.variant, machine.identity.resourceGroup, machine.scope?.resourceGroup.location])
    expect(grouped).toEqual([
      ['[0]', 'rg-b', { file: 'main.json', line: 10, column: 7 }],
      ['[1]', 'rg-b', { file: 'main.json', line: 10, column: 7 }]
    ])
    expect(result.resources.find(r => r.name === 'vm-deep')?.related).toEqual([
      { file: 'main.json', startLine: 50, role: 'nested-deployment' },
      { file: 'middle/middle.json', startLine: 10, role: 'nested-deployment' },
      // The hotpatch value the middle template passes: a change there changes the VM (value-aware scope).
      { file: 'middle/middle.json', startLine: 24, role: 'value' },
      { file: 'nested/vm.json', startLine: 15, role: 'declaration' }
    ])
  })

  it('follows a path an expression takes from a variable; one built from pieces keeps the notice (no unit joins the folders)', async () => {
    const linkedBy = (relativePath: string, variables: Json) =>
      `${JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', variables, resources: [linking({ relativePath }, { vmName: { value: 'vm1' }, hotpatch: { value: true } })] }, null, 2)}\n`
    const variable = await scanned({ 'main.json': linkedBy("[variables('vmTemplate')]", { vmTemplate: 'nested/vm.json' }), 'nested/vm.json': CHILD_VM })
    expect(variable.notices).toEqual([])
    expect(variable.verdicts).toEqual(['vm1 main.json:8 affected-no-plan'])
    const pieces = await scanned({ 'main.json': linkedBy("[format('{0}/vm.json', variables('folder'))]", { folder: 'nested' }), 'nested/vm.json': CHILD_VM })
    expect(pieces.notices).toEqual([LOCAL_NOTICE('main.json:14:9', "'nested/vm.json'")])
    // The hotpatch it passes is a signal: the unread call is indeterminate, never a pass.
    expect(pieces.verdicts).toEqual(['deployment vmdeploy main.json:8 indeterminate', 'vm-default nested/vm.json:15 not-affected'])
  })

  it('reads a template a relativePath names but no deployment reaches (a link commented out) on its own, and says so', async () => {
    const text = template([vm('vm-main')]).replace('"resources": [', '"resources": [\n    // { "templateLink": { "relativePath": "old/vm.json" } },')
    const result = await scanned({ 'main.json': text, 'old/vm.json': CHILD_VM })
    expect(result.notices).toEqual([
      'old/vm.json:1:1 notice: linked by main.json (templateLink.relativePath), but no deployment of a template read on its own leads here: ' +
        'it is read on its own, with its own parameter defaults'
    ])
    expect(result.verdicts).toEqual(['vm-main main.json:7 affected-no-plan', 'vm-default old/vm.json:15 not-affected'])
  })

  it('says a cycle of links once, located, and reads each template once', async () => {
    const result = await scanned({
      'main.json': template([linking({ relativePath: 'nested/vm.json' }, { vmName: { value: 'vm1' }, hotpatch: { value: true } })]),
      'nested/vm.json': template([vm("[parameters('vmName')]", "[parameters('hotpatch')]"), linking({ relativePath: '../main.json' }, {})], {
        vmName: { type: 'string', defaultValue: 'vm-default' },
        hotpatch: { type: 'bool', defaultValue: false }
      })
    })
    expect(result.notices).toEqual([
      'main.json:1:1 notice: linked by nested/vm.json (templateLink.relativePath), but no deployment of a template read on its own leads here: ' +
        'it is read on its own, with its own parameter defaults',
      "nested/vm.json:48:9 error: the linked template 'main.json' (templateLink.relativePath) is already deployed on the way here " +
        '(main.json > nested/vm.json > main.json): a cycle of links, not followed'
    ])
    expect(result.verdicts).toEqual(['vm1 main.json:6 affected-no-plan'])
    // A deployment Azure Resource Manager refuses: the cycle fails the run, as a template that cannot be read.
    expect(result.findings).toEqual(['reboot-plan-required main.json:6', 'unreadable-manifest nested/vm.json:48'])
  })

  it('keeps the notice for a missing file and for a path out of the scanned folder, and reads the link beside them', async () => {
    const result = await scanned(
      {
        'infra/main.json': template([
          linking({ relativePath: 'nested/vm.json' }, { vmName: { value: 'vm1' }, hotpatch: { value: true } }),
          linking({ relativePath: 'nested/missing.json' }, {}, { name: 'missing' }),
          linking({ relativePath: '../shared/vm.json' }, { vmName: { value: 'vm-shared' }, hotpatch: { value: true } }, { name: 'outside' }),
          linking({ relativePath: 'nested/../../shared/vm.json' }, {}, { name: 'outside-too' })
        ]),
        'infra/nested/vm.json': CHILD_VM,
        // Outside the scanned folder (infra/): never read, though it exists.
        'shared/vm.json': CHILD_VM
      },
      'infra'
    )
    expect(result.notices).toEqual([
      LOCAL_NOTICE('main.json:31:9', "'nested/missing.json'"),
      LOCAL_NOTICE('main.json:43:9', "'../shared/vm.json' (outside the scanned folder)"),
      LOCAL_NOTICE('main.json:62:9', "'nested/../../shared/vm.json' (outside the scanned folder)")
    ])
    expect(result.verdicts).toEqual(['vm1 main.json:6 affected-no-plan', 'deployment outside main.json:37 indeterminate'])
  })

  it('says a parameter file linked by URI (parametersLink) is not read: the linked template’s parameters are unknown', async () => {
    const deployment = linking({ relativePath: 'nested/vm.json' }, undefined)
    ;(deployment.properties as Json).parametersLink = { uri: 'https://example.com/vm.parameters.json' }
    const result = await scanned({ 'main.json': template([deployment]), 'nested/vm.json': CHILD_VM })
    expect(result.notices).toEqual([
      'main.json:15:9 notice: the parameter file linked here (parametersLink) is not read: the parameters of the linked template are unknown'
    ])
    // Its name and hotpatch setting have defaults, but the parameter file may set them otherwise.
    expect(result.verdicts).toEqual(['nested/vm.json#resources[0]/resources[0] main.json:6 indeterminate'])
    expect(result.resources[0]?.reasons[2]).toBe(
      "enableHotpatching could not be resolved (nested/vm.json:33): parameter 'hotpatch' may be set by the parameter file the deployment links (parametersLink), which is not read"
    )
  })

  it('keeps the notice of a link by URI, and the indeterminate call when it passes a hotpatch signal', async () => {
    const parameters = { sku: { value: '2025-datacenter-azure-edition' } }
    const signal = 'and its inputs carry a hotpatch signal (sku = "2025-datacenter-azure-edition" at main.json:17:13): scan its what-if result instead ' +
      '(az deployment group what-if --no-pretty-print beside the template), or exempt the deployment'
    const remote = await scanned({ 'main.json': template([linking({ uri: 'https://example.com/vm.json' }, parameters)]) })
    expect(remote.notices).toEqual(['main.json:12:9 notice: the linked template (templateLink) is not read; the resources it deploys are not checked'])
    expect(remote.resources[0]?.reasons[2]).toBe(`osType could not be resolved (main.json:6): the linked template (templateLink) is not read, ${signal}`)
    const local = await scanned({ 'main.json': template([linking({ relativePath: 'nested/vm.json' }, parameters)]) })
    expect(local.verdicts).toEqual(['deployment vmdeploy main.json:6 indeterminate'])
    expect(local.resources[0]?.reasons[2]).toBe(
      `osType could not be resolved (main.json:6): the linked template (templateLink.relativePath) is not read with the parameters passed here, ${signal}`
    )
  })
})
