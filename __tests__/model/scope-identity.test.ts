/**
 * Scope-true identity end to end (issue 9): a plan belongs to a VM by deployment unit, never by a bare name.
 * Fixtures: __tests__/fixtures/scope/ (see each folder's README.md).
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { scan, type ScanResult } from '../../src/scan.js'

const SCOPE = fileURLToPath(new URL('../fixtures/scope/', import.meta.url))
const AS_OF = new Date('2026-11-24T00:00:00Z')

/** `<format> <name> <file>: <verdict> [<evidence>] <rules of findings in its file>` per VM. */
function outcomes(result: ScanResult): string[] {
  return result.assessments.map(({ vm, verdict, evidence }) => {
    const file = vm.reportAt.file
    const rules = result.findings.filter(f => f.resource === vm.displayName && f.location.file === file).map(f => f.ruleId)
    return `${vm.format} ${vm.displayName} ${file}: ${verdict} [${evidence.map(e => `${e.via} ${e.status}`).join(', ')}] ${rules.sort().join(',')}`
  })
}

describe('issue 9 item 1: ARM dc01 in folder a, Terraform dc01 with its own assignment in folder b', () => {
  it('a/dc01 scanned alone has no reboot plan', async () => {
    const result = await scan({ root: join(SCOPE, 'same-name-two-deployments/a'), asOf: AS_OF })
    expect(outcomes(result)).toEqual(['arm dc01 azuredeploy.json: affected-no-plan [] reboot-plan-required'])
  })

  it("scanned beside b, a/dc01 still has none: b's assignment is b's", async () => {
    const result = await scan({ root: join(SCOPE, 'same-name-two-deployments'), asOf: AS_OF })
    expect(outcomes(result)).toEqual([
      'arm dc01 a/azuredeploy.json: affected-no-plan [] reboot-plan-required',
      'terraform dc01 b/main.tf: affected-with-plan [direct valid] '
    ])
  })
})

describe('a monorepo: three teams with VMs dc01 and vm01, only the platform team assigns a valid window', () => {
  it('only the platform team passes', async () => {
    const result = await scan({ root: join(SCOPE, 'monorepo'), asOf: AS_OF })
    expect(outcomes(result)).toEqual([
      'arm dc01 teams/identity/azuredeploy.json: affected-no-plan [] reboot-plan-required',
      'arm vm01 teams/identity/azuredeploy.json: affected-no-plan [] reboot-plan-required',
      'bicep dc01 teams/apps/main.bicep: affected-no-plan [] reboot-plan-required',
      'bicep vm01 teams/apps/main.bicep: affected-no-plan [] reboot-plan-required',
      'terraform dc01 teams/platform/main.tf: affected-with-plan [direct valid] ',
      'terraform vm01 teams/platform/main.tf: affected-with-plan [direct valid] '
    ])
    expect(result.findings.filter(f => f.severity === 'error').map(f => f.location.file).sort()).toEqual([
      'teams/apps/main.bicep',
      'teams/apps/main.bicep',
      'teams/identity/azuredeploy.json',
      'teams/identity/azuredeploy.json'
    ])
  })
})

describe('issue 9 item 7: a Crossplane assignment whose reference names another VM', () => {
  it('does not make an unrelated Windows VM indeterminate', async () => {
    const result = await scan({ root: join(SCOPE, 'crossplane-other-vm'), asOf: AS_OF })
    expect(outcomes(result)).toEqual(['kubernetes app-01 vms.yaml: affected-no-plan [] reboot-plan-required'])
  })
})
