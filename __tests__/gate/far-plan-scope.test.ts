/**
 * `scope: changed` for a plan written far from the VM that still counts for it (src/policy/reach-applies.ts): a
 * platform folder's dynamic scope whose only unknown is its location and whose known resource group filter selects
 * the VM, switched off by a `count` from its tfvars. The report relates the VM's finding to the tfvars line that
 * removed it, as it relates a nearby plan's: a pull request that changes only that file counts the finding, and its
 * review comment can sit on the changed line. Every case scans files written here.
 */
import { describe, expect, it } from '@jest/globals'
import { planFilesOf, scopeCause, scopeFiles, scopeReport } from '../../src/gate/scope.js'
import { buildJsonReport } from '../../src/report/build-report.js'
import { scanTree } from '../support/temporary-tree.js'
import { AS_OF, HOTPATCH_VM } from '../readers/terraform/scan-files.js'

/** The platform team's dynamic scope, switched by `var.enable_window` (platform/terraform.tfvars line 1). */
const SCOPE = `variable "enable_window" { type = bool }
data "azurerm_resource_group" "platform" { name = "rg-platform" }
resource "azurerm_maintenance_assignment_dynamic_scope" "fleet" {
  count                        = var.enable_window ? 1 : 0
  name                         = "fleet"
  maintenance_configuration_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-maint/providers/Microsoft.Maintenance/maintenanceConfigurations/mc-windows"
  filter {
    resource_groups = ["rg-app"]
    locations       = [data.azurerm_resource_group.platform.location]
    os_types        = ["Windows"]
  }
}
`

async function reportOf(files: Readonly<Record<string, string>>) {
  const result = await scanTree(files, { asOf: AS_OF, threads: 1 })
  return buildJsonReport(result, { toolVersion: 'test', asOf: '2025-11-03' })
}

/** The findings a pull request changing only `path` counts, as `rule file related-files`. */
function countedFor(report: Awaited<ReturnType<typeof reportOf>>, path: string): string[] {
  const cause = scopeCause([{ path, status: 'modified', patch: '@@ -1 +1 @@\n-enable_window = true\n+enable_window = false' }], planFilesOf(report))
  return scopeReport(report, scopeFiles(cause)).findings.map(finding => `${finding.ruleId} ${finding.file}`)
}

describe('a far dynamic scope that may select the VM, removed by a value of its own folder', () => {
  it("relates the VM's finding to the line that removed it, and a pull request changing only that file counts the finding", async () => {
    const report = await reportOf({ 'platform/main.tf': SCOPE, 'platform/terraform.tfvars': 'enable_window = false\n', 'workload/vm.tf': HOTPATCH_VM })
    expect(report.resources.map(resource => `${resource.name} ${resource.verdict}`)).toEqual(['vm-app-01 affected-no-plan'])
    const [finding] = report.findings
    expect(finding?.ruleId).toBe('reboot-plan-required')
    expect(finding?.related.filter(related => related.file.startsWith('platform/'))).toEqual([
      { file: 'platform/terraform.tfvars', startLine: 1, role: 'plan-condition' }
    ])
    expect(countedFor(report, 'platform/terraform.tfvars')).toEqual(['reboot-plan-required workload/vm.tf'])
    expect(countedFor(report, 'README.md')).toEqual([])
  })

  it('switched on, the scope leaves the VM indeterminate, and a change to that file counts it', async () => {
    const report = await reportOf({ 'platform/main.tf': SCOPE, 'platform/terraform.tfvars': 'enable_window = true\n', 'workload/vm.tf': HOTPATCH_VM })
    expect(report.resources.map(resource => `${resource.name} ${resource.verdict}`)).toEqual(['vm-app-01 indeterminate'])
    expect(countedFor(report, 'platform/terraform.tfvars')).toEqual(['indeterminate platform/main.tf'])
  })
})
