/**
 * A local linked template (`templateLink.relativePath`) is not read as part of the deployment that links it: the
 * scan reads one folder's templates at a time. Where the scan holds it, it is read on its own, as its folder's
 * template with its defaults, and the notice at the link says so (it said the resources were "not checked" beside
 * an error about one of them). A link by URI keeps its notice.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { scan } from '../../../src/scan.js'

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
const AS_OF = new Date('2025-11-03T00:00:00Z')

type Json = Record<string, unknown>
const folders: string[] = []
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })))

const template = (resources: Json[], parameters: Json = {}): string =>
  `${JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', parameters, resources }, null, 2)}\n`
const vm: Json = {
  type: 'Microsoft.Compute/virtualMachines',
  apiVersion: '2024-07-01',
  name: 'vm1',
  location: 'westeurope',
  properties: {
    storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: "[parameters('sku')]", version: 'latest' } },
    osProfile: { windowsConfiguration: { patchSettings: { patchMode: 'AutomaticByPlatform', enableHotpatching: true } } }
  }
}
const linking = (templateLink: Json, parameters?: Json): Json => ({
  type: 'Microsoft.Resources/deployments',
  apiVersion: '2022-09-01',
  name: 'vmdeploy',
  properties: { mode: 'Incremental', templateLink, ...(parameters === undefined ? {} : { parameters }) }
})

async function scanned(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'linked-'))
  folders.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  const result = await scan({ root, asOf: AS_OF, repositoryFolder: '' })
  const report = buildJsonReport(result, { toolVersion: 'test', asOf: '2025-11-03' })
  return {
    notices: result.model.parseErrors.map(e => `${e.file}:${e.line}:${e.column} ${e.severity}: ${e.message}`),
    verdicts: report.resources.map(r => `${r.name} ${r.file}:${r.startLine} ${r.verdict}`),
    reasons: report.resources.map(r => r.reasons)
  }
}

const NESTED_VM = template([vm], { sku: { type: 'string', defaultValue: '2025-datacenter-azure-edition' } })
const LOCAL_NOTICE = (path: string) =>
  `main.json:12:9 notice: the linked template ${path} (templateLink.relativePath) is not read as part of this deployment: ` +
  'where the scan holds it, it is read on its own, with its own parameter defaults, so the parameters passed here do not reach it, ' +
  'and an assignment here reaches its resources only by a resource ID that names their group, or by a dynamic scope'

describe('templateLink.relativePath', () => {
  it('says the linked template is read on its own (not "not checked"), and its VM is judged there with its defaults', async () => {
    const result = await scanned({ 'main.json': template([linking({ relativePath: 'nested/vm.json' })]), 'nested/vm.json': NESTED_VM })
    expect(result.notices).toEqual([LOCAL_NOTICE("'nested/vm.json'")])
    expect(result.verdicts).toEqual(['vm1 nested/vm.json:11 affected-no-plan'])
    // Resolved against the linking template's folder; outside the scanned folder it is said so.
    const deeper = await scanned({ 'infra/main.json': template([linking({ relativePath: './linked/../nested/vm.json' })]), 'infra/nested/vm.json': NESTED_VM })
    expect(deeper.notices).toEqual([LOCAL_NOTICE("'infra/nested/vm.json'").replace('main.json', 'infra/main.json')])
    const outside = await scanned({ 'main.json': template([linking({ relativePath: '../shared/vm.json' })]) })
    expect(outside.notices).toEqual([LOCAL_NOTICE("'../shared/vm.json' (outside the scanned folder)")])
  })

  it('names the parameters a hotpatch signal is passed in as not reaching it; a link by URI keeps its notice', async () => {
    const parameters = { sku: { value: '2025-datacenter-azure-edition' } }
    const local = await scanned({ 'main.json': template([linking({ relativePath: 'nested/vm.json' }, parameters)]) })
    const signal = 'and its inputs carry a hotpatch signal (sku = "2025-datacenter-azure-edition" at main.json:17:13): scan its what-if result instead ' +
      '(az deployment group what-if --no-pretty-print beside the template), or exempt the deployment'
    expect(local.verdicts).toEqual(['deployment vmdeploy main.json:6 indeterminate'])
    expect(local.reasons[0]?.[2]).toBe(`osType could not be resolved (main.json:6): the linked template (templateLink.relativePath) is not read with the parameters passed here, ${signal}`)
    const remote = await scanned({ 'main.json': template([linking({ uri: 'https://example.com/vm.json' }, parameters)]) })
    expect(remote.notices).toEqual(['main.json:12:9 notice: the linked template (templateLink) is not read; the resources it deploys are not checked'])
    expect(remote.reasons[0]?.[2]).toBe(`osType could not be resolved (main.json:6): the linked template (templateLink) is not read, ${signal}`)
  })
})
