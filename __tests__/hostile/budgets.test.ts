/**
 * Budgets and unreadable files through scan(): the configuration's `limits:` moves where a declaration stops
 * being evaluated, the rules' severities are configurable, and a parse error fails the run only in a file that
 * may declare what the policy reads.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { parseConfiguration } from '../../src/config/parse-config.js'
import { scan } from '../../src/scan.js'
import { terraformVm } from './manifests.js'
import { createRepository, type TempRepository } from './support.js'

let repository: TempRepository | undefined
afterEach(() => {
  repository?.remove()
  repository = undefined
})

let parseErrors: string[] = []

async function findingsOf(files: Record<string, string>, configuration = ''): Promise<string[]> {
  repository = createRepository(files)
  const parsed = parseConfiguration(configuration, { file: '.github/hotpatch-reboot-gate.yml', directory: repository.root })
  const result = await scan({ root: repository.root, asOf: new Date('2025-11-03T00:00:00Z'), configuration: parsed })
  parseErrors = result.model.parseErrors.map(e => `${e.file}:${e.line}:${e.column} ${e.severity} ${e.message}`)
  return result.findings.map(f => `${f.ruleId} ${f.severity} ${f.location.file}:${f.location.line} ${f.message}`).sort()
}

const fleet = (count: number): Record<string, string> => ({
  'main.tf': `module "fleet" {\n  source = "./fleet"\n  count  = 5\n}\n`,
  'fleet/main.tf': terraformVm('"vm-${count.index}"').replace('{\n', `{\n  count = ${count}\n`)
})

describe('limits.instances', () => {
  it('evaluates a declaration whose multiplied instances fit the configured budget', async () => {
    const findings = await findingsOf(fleet(4), 'limits:\n  instances: 20\n')
    expect(findings.map(line => line.split(' ').slice(0, 3).join(' '))).toEqual(Array(20).fill('reboot-plan-required error main.tf:1'))
  })

  it('reports one not-evaluated error at the declaration past it, naming the budget and how to raise it', async () => {
    expect(await findingsOf(fleet(5), 'limits:\n  instances: 20\n')).toEqual([
      'not-evaluated error fleet/main.tf:1 Not evaluated: azurerm_windows_virtual_machine.web would expand to 25 instances ' +
        '(5 × 5 through nested loops), over the instance budget of 20 per declaration (raise limits.instances in the ' +
        'configuration to evaluate it). What it declares was not checked, so the gate cannot pass it. Reduce the ' +
        'expansion, or raise the budget in the configuration (`limits:`, see docs/limits.md).'
    ])
  })

  it('lets the configuration set the rule’s severity like any other rule', async () => {
    const findings = await findingsOf(fleet(5), 'limits:\n  instances: 20\nrules:\n  not-evaluated: warning\n')
    expect(findings.map(line => line.split(' ').slice(0, 3).join(' '))).toEqual(['not-evaluated warning fleet/main.tf:1'])
  })
})

describe('unreadable-manifest', () => {
  const SCHEMA = '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"'
  const BROKEN_VM = `{\n  ${SCHEMA},\n  "resources": [{ "type": "Microsoft.Compute/virtualMachines" "name": "vm" }]\n}\n`
  const BROKEN_SETTINGS = `{\n  ${SCHEMA},\n  "resources": [{ "type": "Microsoft.Storage/storageAccounts" "name": "st" }]\n}\n`
  const ERROR = "invalid JSON: expected ',', found '\"name\"'"

  it('fails the run on a parse error in a file that may declare a VM', async () => {
    expect(await findingsOf({ 'arm/vm.json': BROKEN_VM })).toEqual([
      `unreadable-manifest error arm/vm.json:3 Could not read arm/vm.json, which may declare VMs or their maintenance, or the values ` +
        `they are deployed with: ${ERROR}. What it holds was not all read (a verdict may rest on what the reader recovered, or on ` +
        'defaults it would have replaced), so the gate cannot pass it. Fix the file, or exclude it in the configuration if it is not deployed.'
    ])
    expect(parseErrors).toEqual([`arm/vm.json:3:63 error ${ERROR}`])
  })

  it('skips a broken file that cannot declare what the policy reads (the content prefilter): a counted notice, not a finding', async () => {
    expect(await findingsOf({ 'arm/storage.json': BROKEN_SETTINGS })).toEqual([])
    expect(parseErrors).toEqual([
      '.:1:1 notice 1 file checked without parsing: it declares no VM, scale set, Arc machine or maintenance resource and calls no module, nested deployment or Pulumi component with a hotpatch input'
    ])
  })

  it('can be turned off in the configuration', async () => {
    expect(await findingsOf({ 'arm/vm.json': BROKEN_VM }, 'rules:\n  unreadable-manifest: off\n')).toEqual([])
  })
})
