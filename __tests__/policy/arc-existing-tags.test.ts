/**
 * An Arc machine the repository does not declare (`existing`, a data source, the parent of a license profile) has
 * the tags it was onboarded with (`azcmagent connect --tags`), written nowhere the scan reads. They were read as no
 * tags, so a dynamic scope that selects Arc machines by tag gave the enrolled machine no plan: an error for a machine
 * the scope may well select (a false error found by probing). They are not known now: the plan may apply.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from '../readers/terraform/scan-files.js'
import { scheduledBicepWindow } from '../support/plan-manifests.js'

const arc = (tags: string) => `resource dc 'Microsoft.HybridCompute/machines@2024-07-10' existing = {
  name: 'dc-onprem-01'
}

resource license 'Microsoft.HybridCompute/machines/licenseProfiles@2024-07-10' = {
  parent: dc
  name: 'default'
  location: 'westeurope'
  properties: {
    productProfile: { productFeatures: [ { name: 'Hotpatch', subscriptionStatus: 'Enable' } ] }
  }
}

${scheduledBicepWindow({ symbol: 'monthly', name: 'arc-monthly', start: '2025-01-15 03:00', recurEvery: 'Month Second Tuesday Offset1' })}
resource everyArcServer 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'arc-servers'
  properties: {
    maintenanceConfigurationId: monthly.id
    filter: {
      resourceTypes: [ 'Microsoft.HybridCompute/machines' ]
      osTypes: [ 'Windows' ]${tags}
    }
  }
}
`

describe('an enrolled Arc machine the repository does not declare, and a dynamic scope of Arc machines', () => {
  it('that filters on tags: the plan may apply, so the machine is indeterminate, saying why', async () => {
    const result = await scanFiles({ 'arc/main.bicep': arc("\n      tagSettings: { tags: { updateSchedule: [ 'Default' ] }, filterOperator: 'All' }") })
    expect(verdicts(result)).toEqual(['dc-onprem-01 indeterminate: indeterminate'])
    expect(result.findings[0]?.message).toContain(
      'the tags of an Arc machine the repository does not declare are set where it is onboarded, not in the manifests'
    )
  })

  it('that does not filter on tags: the plan', async () => {
    expect(verdicts(await scanFiles({ 'arc/main.bicep': arc('') }))).toEqual(['dc-onprem-01 affected-with-plan:'])
  })
})
