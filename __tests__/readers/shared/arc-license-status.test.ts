/**
 * An Arc machine's Hotpatch license feature, as each model writes its status: the update model's `Enable`
 * (Az.ConnectedMachine), the resource model's and what-if's `Enabled` and the transition `Enabling`
 * (bicep-types-az `ProductFeature.subscriptionStatus`) all enrol the machine; `Disabled` does not; a status
 * that says neither leaves the verdict indeterminate, never a pass.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { scan } from '../../../src/scan.js'

const AS_OF = new Date('2025-11-03T00:00:00Z')
const folders: string[] = []
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })))

const bicep = (status: string): string => `resource srv 'Microsoft.HybridCompute/machines@2024-07-10' existing = {
  name: 'fs-onprem-07'
}

resource license 'Microsoft.HybridCompute/machines/licenseProfiles@2024-07-10' = {
  parent: srv
  name: 'default'
  location: 'westeurope'
  properties: {
    productProfile: {
      productType: 'WindowsServer'
      productFeatures: [ { name: 'Hotpatch', subscriptionStatus: '${status}' } ]
    }
  }
}
`

const arm = (status: string): string =>
  JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [
        {
          type: 'Microsoft.HybridCompute/machines/licenseProfiles',
          apiVersion: '2024-07-10',
          name: 'fs-onprem-07/default',
          location: 'westeurope',
          properties: { productProfile: { productFeatures: [{ name: 'Hotpatch', subscriptionStatus: status }] } }
        }
      ]
    },
    null,
    2
  )

const ENROLLED = (at: string): string => `its license profile enables the Hotpatch feature (${at})`
const NO_PLAN = 'no maintenance configuration is assigned'

async function verdict(file: string, text: string) {
  const folder = mkdtempSync(join(tmpdir(), 'arc-license-status-'))
  folders.push(folder)
  writeFileSync(join(folder, file), text)
  const json = buildJsonReport(await scan({ root: folder, asOf: AS_OF, repositoryFolder: '' }), { toolVersion: 'test', asOf: '2025-11-03' })
  return json.resources.map(resource => [resource.verdict, ...resource.reasons])
}

describe("an Arc license profile's Hotpatch subscriptionStatus", () => {
  it.each([
    ['Enable', ['affected-no-plan', ENROLLED('main.bicep:12'), NO_PLAN]],
    ['Enabled', ['affected-no-plan', ENROLLED('main.bicep:12'), NO_PLAN]],
    ['enabling', ['affected-no-plan', ENROLLED('main.bicep:12'), NO_PLAN]],
    ['Disabled', ['not-affected', 'its license profile does not enable the Hotpatch feature (main.bicep:12)']]
  ])('Bicep %s', async (status, expected) => {
    expect(await verdict('main.bicep', bicep(status))).toEqual([expected])
  })

  it('ARM Enabled: enrolled, as the resource model writes it', async () => {
    expect(await verdict('main.json', arm('Enabled'))).toEqual([['affected-no-plan', ENROLLED('main.json:12'), NO_PLAN]])
  })

  it('a status that neither enables nor disables it: indeterminate, naming the status', async () => {
    expect(await verdict('main.bicep', bicep('Unknown'))).toEqual([
      [
        'indeterminate',
        NO_PLAN,
        "licenseProfile.Hotpatch could not be resolved (main.bicep:12): the Hotpatch feature's subscriptionStatus 'Unknown' neither enables nor disables it"
      ]
    ])
  })
})
