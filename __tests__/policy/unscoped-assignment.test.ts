/**
 * A configuration assignment without `scope` is created in the resource group it is deployed into, and only its
 * body's `properties.resourceId` names the VM. It counted as the plan of a VM of another group (a module or nested
 * deployment scoped to `rg-app`): that VM is `indeterminate` now, while a VM of the assignment's own group keeps it.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { scanFiles, verdicts } from '../readers/terraform/scan-files.js'
import { armPlanFiles, bicepPlanFiles } from '../support/plan-manifests.js'

const bicepUnscoped = (): Record<string, string> => {
  const [[path, text]] = Object.entries(bicepPlanFiles()) as [[string, string]]
  return { [path]: text.replace('  scope: vm\n', '') }
}

/** The VM moves into a module deployed to `rg-app`; the assignment stays in main.bicep, without `scope`. */
const bicepVmInAnotherGroup = (): Record<string, string> => {
  const main = bicepUnscoped()['bicep/main.bicep'] as string
  const vmEnd = main.indexOf('\n}\n') + 3
  return {
    'bicep/modules/vm.bicep': `${main.slice(0, vmEnd)}\noutput id string = vm.id\n`,
    'bicep/main.bicep':
      "module app 'modules/vm.bicep' = {\n  name: 'app'\n  scope: resourceGroup('rg-app')\n}\n" +
      main.slice(vmEnd).replace('resourceId: vm.id', 'resourceId: app.outputs.id')
  }
}

type Template = { resources: Record<string, unknown>[] }

const armUnscoped = (vmGroup?: string): Record<string, string> => {
  const template = JSON.parse(armPlanFiles()['arm/main.json'] as string) as Template
  const [vm, configuration, assignment] = template.resources as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]
  const { scope: _scope, dependsOn: _dependsOn, ...unscoped } = assignment
  const vmId = vmGroup === undefined ? "[resourceId('Microsoft.Compute/virtualMachines', 'vm-arm')]" : `[resourceId('${vmGroup}', 'Microsoft.Compute/virtualMachines', 'vm-arm')]`
  const placedVm =
    vmGroup === undefined
      ? vm
      : {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'app',
          resourceGroup: vmGroup,
          properties: { mode: 'Incremental', template: { ...template, resources: [vm] } }
        }
  const resources = [placedVm, configuration, { ...unscoped, properties: { ...(unscoped.properties as object), resourceId: vmId } }]
  return { 'arm/main.json': `${JSON.stringify({ ...template, resources }, null, 2)}\n` }
}

const reason = (group: string, where: string): string =>
  `assignment '${group}' has no \`scope\`, so it is created in the resource group its deployment is run against and ` +
  `names the VM only by \`properties.resourceId\`, while the VM is deployed into ${where}: it assigns the VM only if ` +
  'the two groups are one (set `scope` to the VM)'

describe('an assignment without scope, naming the VM by properties.resourceId', () => {
  it.each([
    ['Bicep', bicepUnscoped(), 'vm-bicep'],
    ['ARM', armUnscoped(), 'vm-arm']
  ])('%s: a VM of the assignment\'s own group has the plan', async (_format, files, vm) => {
    expect(verdicts(await scanFiles(files))).toEqual([`${vm} affected-with-plan:`])
  })

  it.each([
    ['Bicep', bicepVmInAnotherGroup(), 'vm-bicep', 'assign-bicep', 'bicep/main.bicep', 20],
    ['ARM', armUnscoped('rg-app'), 'vm-arm', 'assign-arm', 'arm/main.json', 82]
  ])('%s: a VM of another group is indeterminate, and the reason says why', async (_format, files, vm, assignment, file, line) => {
    const result = await scanFiles(files)
    expect(verdicts(result)).toEqual([`${vm} indeterminate: indeterminate`])
    expect(result.findings.map(finding => finding.message)).toEqual([
      `VM '${vm}' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could not ` +
        `be verified: maintenanceAssignment.target at ${file}:${line}: ${reason(assignment, "resource group 'rg-app'")}. Make ` +
        'these values resolvable (a literal, a parameter default or a parameter file), or exempt the resource with a reason.'
    ])
  })
})

/**
 * A what-if result lists the assignment by its own ID: one of a resource group (`…/resourceGroups/<group>/providers/
 * Microsoft.Maintenance/configurationAssignments/x`) is created there, and its `properties.resourceId` names the VM.
 */
const whatIfAssignmentIn = (group: string): Record<string, string> => {
  const text = readFileSync('__tests__/fixtures/what-if/group/whatif.json', 'utf8')
  const scoped = '/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/vm-web-01/providers/Microsoft.Maintenance/configurationAssignments/'
  if (!text.includes(scoped)) throw new Error('the fixture no longer scopes its assignment to vm-web-01')
  // Its window starts in January 2026: the scan's date (2025-11-03) is in the KB5070881 disruption, whose November and
  // December updates a window must reboot for too. From October, the window is the plan these tests are about.
  const assigned = text.replaceAll(scoped, `/resourceGroups/${group}/providers/Microsoft.Maintenance/configurationAssignments/`)
  return { 'whatif/whatif.json': assigned.replace('"startDateTime": "2026-01-01 22:00"', '"startDateTime": "2025-10-01 22:00"') }
}

describe('a what-if result: an assignment created in a resource group, naming the VM by properties.resourceId', () => {
  const verdictOf = async (group: string): Promise<string | undefined> =>
    verdicts(await scanFiles(whatIfAssignmentIn(group))).find(line => line.startsWith('vm-web-01 '))

  it('in the VM\'s own group: the plan', async () => {
    expect(await verdictOf('rg-web')).toBe('vm-web-01 affected-with-plan:')
  })

  it('in another group: indeterminate', async () => {
    expect(await verdictOf('rg-maint')).toBe('vm-web-01 indeterminate: indeterminate')
  })
})
