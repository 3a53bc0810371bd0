/**
 * `scope: changed` for a far dynamic scope whose filter values come from a parameter: a platform folder's
 * subscription scope `filter: { tagSettings: { tags: { environment: [ environment ] } } }` with `environment` set in
 * its `.bicepparam`, ARM parameter file or Pulumi stack config. A pull request that changes only that line (`'poc'` to
 * `'prod'`) takes the scope off the workload's VM, which then has no plan: the file is one of the plan's value files
 * (src/report/value-sources.ts outwardValueFiles), so the gate re-checks every VM and counts the finding. Before,
 * the filter's values lost where they came from (an array or object written as a literal kept only its own
 * provenance), and the change was out of scope: a green required check. Every case scans files written here.
 */
import { describe, expect, it } from '@jest/globals'
import { planFilesOf, scopeCause, scopeFiles, scopeReport } from '../../src/gate/scope.js'
import { buildJsonReport } from '../../src/report/build-report.js'
import { scheduledBicepVm, scheduledBicepWindow } from '../support/plan-manifests.js'
import { scanTree } from '../support/temporary-tree.js'
import { AS_OF } from '../readers/terraform/scan-files.js'

const MC_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-maint/providers/Microsoft.Maintenance/maintenanceConfigurations/mc-windows'

const WINDOW = scheduledBicepWindow()

/** A workload team's hotpatch VM in westeurope, tagged environment: poc. */
const VM = scheduledBicepVm({ name: "'vm-app-01'", tags: "{ environment: 'poc' }" })

/** The platform team's subscription scope, its tag filter and locations from params. */
const BICEP_SCOPE = `targetScope = 'subscription'
param environment string
param location string

resource mca 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'mca-env'
  properties: {
    maintenanceConfigurationId: '${MC_ID}'
    resourceId: subscription().id
    filter: {
      resourceTypes: [ 'Microsoft.Compute/virtualMachines' ]
      osTypes: [ 'Windows' ]
      locations: [ location ]
      tagSettings: { filterOperator: 'All', tags: { environment: [ environment ] } }
    }
  }
}
`

const ARM_SCOPE = JSON.stringify(
  {
    $schema: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { environment: { type: 'string' } },
    resources: [
      {
        type: 'Microsoft.Maintenance/configurationAssignments',
        apiVersion: '2023-04-01',
        name: 'mca-env',
        location: 'global',
        properties: {
          maintenanceConfigurationId: MC_ID,
          filter: {
            resourceTypes: ['Microsoft.Compute/virtualMachines'],
            osTypes: ['Windows'],
            locations: ['westeurope'],
            tagSettings: { filterOperator: 'All', tags: { environment: ["[parameters('environment')]"] } }
          }
        }
      }
    ]
  },
  null,
  2
)

const armParameters = (environment: string): string =>
  JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      contentVersion: '1.0.0.0',
      parameters: { environment: { value: environment } }
    },
    null,
    2
  )

const PULUMI_SCOPE = `name: platform-maintenance
runtime: yaml
config:
  environment:
    type: string
resources:
  scope:
    type: azure-native:maintenance:ConfigurationAssignmentsForSubscription
    properties:
      configurationAssignmentName: mca-env
      maintenanceConfigurationId: ${MC_ID}
      location: global
      filter:
        resourceTypes:
          - Microsoft.Compute/virtualMachines
        osTypes:
          - Windows
        locations:
          - westeurope
        tagSettings:
          filterOperator: All
          tags:
            environment:
              - \${environment}
`

type Files = Readonly<Record<string, string>>

/** The platform folder of each format, `environment` set to `value` in its parameter source (`changed`). */
const PLATFORMS: readonly { name: string; files: (value: string) => Files; changed: string }[] = [
  {
    name: '.bicepparam',
    files: value => ({
      'platform/scope.bicep': BICEP_SCOPE,
      'platform/scope.bicepparam': `using './scope.bicep'\nparam location = 'westeurope'\nparam environment = '${value}'\n`
    }),
    changed: 'platform/scope.bicepparam'
  },
  {
    name: 'Bicep JSON parameter file',
    files: value => ({
      'platform/scope.bicep': BICEP_SCOPE,
      'platform/scope.parameters.json': JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
        contentVersion: '1.0.0.0',
        parameters: { location: { value: 'westeurope' }, environment: { value: value } }
      })
    }),
    changed: 'platform/scope.parameters.json'
  },
  {
    name: 'ARM parameter file',
    files: value => ({ 'platform/scope.json': ARM_SCOPE, 'platform/scope.parameters.json': armParameters(value) }),
    changed: 'platform/scope.parameters.json'
  },
  {
    name: 'Pulumi stack config',
    files: value => ({ 'platform/Pulumi.yaml': PULUMI_SCOPE, 'platform/Pulumi.prod.yaml': `config:\n  platform-maintenance:environment: ${value}\n` }),
    changed: 'platform/Pulumi.prod.yaml'
  }
]

async function reportOf(files: Files) {
  const result = await scanTree(files, { asOf: AS_OF, threads: 1 })
  return buildJsonReport(result, { toolVersion: 'test', asOf: '2025-11-03' })
}

/** The findings a pull request changing only `path` counts, as `rule file`. */
function countedFor(report: Awaited<ReturnType<typeof reportOf>>, path: string): string[] {
  const cause = scopeCause([{ path, status: 'modified', patch: "@@ -1 +1 @@\n-environment = 'poc'\n+environment = 'prod'" }], planFilesOf(report))
  return scopeReport(report, scopeFiles(cause)).findings.map(finding => `${finding.ruleId} ${finding.file}`)
}

describe.each(PLATFORMS)('a far dynamic scope whose tag filter is set in its $name', ({ files, changed }) => {
  const scan = (value: string) => reportOf({ 'platform/window.bicep': WINDOW, ...files(value), 'workload/vm.bicep': VM })

  it('selecting the VM, is its plan', async () => {
    const report = await scan('poc')
    expect(report.resources.map(resource => `${resource.name} ${resource.verdict}`)).toEqual(['vm-app-01 affected-with-plan'])
  })

  it('changed to no longer select the VM: a pull request changing only that file counts its finding', async () => {
    const report = await scan('prod')
    expect(report.resources.map(resource => `${resource.name} ${resource.verdict}`)).toEqual(['vm-app-01 affected-no-plan'])
    expect(countedFor(report, changed)).toEqual(['reboot-plan-required workload/vm.bicep'])
    expect(report.plans.find(plan => plan.kind === 'maintenance-assignment')?.valueFiles).toEqual([changed])
    expect(countedFor(report, 'README.md')).toEqual([])
  })
})
