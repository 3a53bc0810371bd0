/**
 * A VM that is not affected says, under its line in the text report, the reason that rules it out: the first
 * of its reasons (src/policy/hotpatch.ts puts it there). A hotpatch-capable image with hotpatching turned off
 * once showed "image ... is hotpatch-capable" alone, the fact that argues the opposite of the verdict.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildJsonReport } from '../../src/report/build-report.js'
import { renderText } from '../../src/report/text.js'
import { scan } from '../../src/scan.js'

const AS_OF = new Date('2025-11-03T00:00:00Z')
const folders: string[] = []
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })))

function bicepVm(name: string, sku: string, properties: string): string {
  return `resource ${name.replace(/-/g, '')} 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: '${name}'
  location: 'westeurope'
  properties: {
    storageProfile: {
      imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '${sku}', version: 'latest' }
    }
    osProfile: {
      computerName: '${name}'
      windowsConfiguration: {
        patchSettings: { ${properties} }
      }
    }
  }
}
`
}

async function textOf(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'not-affected-reason-'))
  folders.push(root)
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text)
  const report = buildJsonReport(await scan({ root, asOf: AS_OF, repositoryFolder: '' }), { toolVersion: 'test', asOf: '2025-11-03' })
  return renderText(report, { color: false, width: 200 }).split('\n')
}

describe('the text report of a VM that is not affected', () => {
  it('shows the reason that rules it out, not the facts that passed before it', async () => {
    const lines = await textOf({
      'main.bicep': bicepVm('vm-off', '2025-datacenter-azure-edition', "patchMode: 'AutomaticByPlatform', enableHotpatching: false")
    })
    expect(lines.slice(0, 3)).toEqual(['main.bicep', '  · vm-off (VM)  line 1 — not affected', '      enableHotpatching is false (main.bicep:11)'])
  })

  it('and the JSON report lists that reason first, then the facts that passed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'not-affected-reason-'))
    folders.push(root)
    writeFileSync(join(root, 'main.bicep'), bicepVm('vm-off', '2025-datacenter-azure-edition', 'enableHotpatching: false'))
    const report = buildJsonReport(await scan({ root, asOf: AS_OF, repositoryFolder: '' }), { toolVersion: 'test', asOf: '2025-11-03' })
    expect(report.resources.map(resource => [resource.verdict, resource.reasons])).toEqual([
      [
        'not-affected',
        [
          'enableHotpatching is false (main.bicep:11)',
          'image MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition is hotpatch-capable (Windows Server 2025 Datacenter: Azure Edition)'
        ]
      ]
    ])
  })
})
