/**
 * A child resource declared inside its parent's body writes its type relative to the parent's
 * (learn.microsoft.com/azure/azure-resource-manager/bicep/child-resource-name-type, "Within parent resource"):
 * `resource license 'licenseProfiles@2024-07-10'` inside a `Microsoft.HybridCompute/machines` is the machine's
 * license profile, as the `parent:` form with the full type is; also with an `existing` machine and without
 * `@version` (the parent's). A maintenance assignment is an extension resource (`scope:`), never nested.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { scan } from '../../../src/scan.js'
import { readMemory } from './memory-files.js'

const AS_OF = new Date('2025-11-03T00:00:00Z')
const folders: string[] = []
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })))

const PROFILE_BODY = `{
    name: 'default'
    location: 'westeurope'
    properties: {
      productProfile: { productFeatures: [ { name: 'Hotpatch', subscriptionStatus: 'Enable' } ] }
    }
  }`
const nested = (existing: string, type: string): string =>
  `resource dc 'Microsoft.HybridCompute/machines@2024-07-10' ${existing}= {
  name: 'dc-onprem-01'
  location: 'westeurope'
  resource license '${type}' = ${PROFILE_BODY}
}
`
const PARENT_FORM = `resource dc 'Microsoft.HybridCompute/machines@2024-07-10' = {
  name: 'dc-onprem-01'
  location: 'westeurope'
}
resource license 'Microsoft.HybridCompute/machines/licenseProfiles@2024-07-10' = {
  parent: dc
  ${PROFILE_BODY.slice(6, -4)}
}
`

async function verdicts(text: string) {
  const folder = mkdtempSync(join(tmpdir(), 'bicep-nested-children-'))
  folders.push(folder)
  writeFileSync(join(folder, 'main.bicep'), text)
  const json = buildJsonReport(await scan({ root: folder, asOf: AS_OF, repositoryFolder: '' }), { toolVersion: 'test', asOf: '2025-11-03' })
  return json.resources.map(resource => [resource.key, resource.verdict, resource.reasons, resource.related.map(r => `${r.role}@${r.startLine}`)])
}

const KEY = 'microsoft.hybridcompute/machines/dc-onprem-01'
const NO_PLAN = (line: number) => [`its license profile enables the Hotpatch feature (main.bicep:${line})`, 'no maintenance configuration is assigned']

describe('a license profile nested in its Arc machine', () => {
  it('enrols the machine, as the parent: form does (affected, no plan): declared, existing, with or without @version', async () => {
    expect(await verdicts(nested('', 'licenseProfiles@2024-07-10'))).toEqual([[KEY, 'affected-no-plan', NO_PLAN(8), ['license-profile@4']]])
    expect(await verdicts(nested('existing ', 'licenseProfiles'))).toEqual([[KEY, 'affected-no-plan', NO_PLAN(8), ['license-profile@4']]])
    // Control: the parent: form.
    expect(await verdicts(PARENT_FORM)).toEqual([[KEY, 'affected-no-plan', NO_PLAN(10), ['license-profile@5']]])
  })

  it('is read as a Microsoft.HybridCompute/machines/licenseProfiles whose machine is its parent', async () => {
    const { resources } = await readMemory({ 'main.bicep': nested('', 'licenseProfiles@2024-07-10') })
    const profiles = (resources as VirtualMachine[]).filter(r => r.arc?.declaration === 'license-profile')
    expect(profiles.map(p => [p.identity.type, p.identity.name, p.arc?.hotpatchLicense.value, p.declaredAt.line])).toEqual([
      ['Microsoft.HybridCompute/machines', 'dc-onprem-01', true, 4]
    ])
  })
})
