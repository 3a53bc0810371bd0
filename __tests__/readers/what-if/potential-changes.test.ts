/**
 * What-if `potentialChanges` (src/readers/what-if): changes what-if lists as ones that may or may not be deployed
 * (the resources of a nested deployment it short-circuited). They are read as `changes` are, but not as certain:
 * a machine there is judged as a conditional one is (assumed deployed), a plan there is not a certain plan, and an
 * `Unsupported` entry there is handled as one in `changes`. Before, they were never read: a hotpatch VM without a
 * plan listed only there gave 0 VMs and exit 0.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { scanJson } from '../../support/cli-scan.js'
import { readModel } from '../../../src/scan.js'
import { whatIfResultProbe } from '../../../src/readers/shared/what-if/result-folders.js'
import { whatIfReader } from '../../../src/readers/what-if/what-if-reader.js'
import { Workspace } from '../../../src/workspace/workspace.js'
import { show } from '../terraform/support.js'

const FIXTURES = resolve('__tests__/fixtures/what-if')

const scan = (folder: string) => scanJson(FIXTURES, folder)

const SHORT_CIRCUITED = "Changes to the resource declared at 'vm' cannot be analyzed because its nested deployment was short-circuited"
const MAYBE = (changeType: string) => `what-if lists this ${changeType} among its potential changes, which may or may not be deployed`
const RESOLVE = 'Make these values resolvable (a literal, a parameter default or a parameter file), or exempt the resource with a reason.'

describe('claims and folders', () => {
  it('claims a result whose only list is potentialChanges (changes null)', () => {
    const head = '{\n  "changes": null,\n  "diagnostics": [],\n  "error": null,\n  "potentialChanges": [\n    {\n      "after": {'
    expect(whatIfReader.claims({ path: 'whatif.json', absolutePath: 'whatif.json', size: 1 }, () => head)).toBe(true)
  })

  it('a result listing a VM only among its potential changes stands for the templates beside it', () => {
    const vm = '/subscriptions/1/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1'
    const whole = whatIfResultProbe.whole as (text: string) => boolean
    expect(whole(`{"changes": [], "potentialChanges": [{"after": {}, "changeType": "Create", "resourceId": "${vm}"}]}`)).toBe(true)
    expect(whole(`{"status": "Succeeded", "properties": {"changes": [], "potentialChanges": [{"changeType": "Modify", "resourceId": "${vm}"}]}}`)).toBe(true)
  })
})

describe('a VM among the potential changes (potential-vm/, az CLI)', () => {
  it('is read with its deployment unknown', async () => {
    const model = await readModel(new Workspace(FIXTURES), { paths: ['potential-vm'] })
    expect(model.virtualMachines.map(vm => [vm.displayName, vm.reportAt.line, show(vm.deployed), show(vm.enableHotpatching)])).toEqual([
      ['vm-app-01', 28, `unresolved: ${MAYBE('Create')} @potential-vm/whatif.json:69`, 'true (literal) @potential-vm/whatif.json:48'],
      ['vm-app-02', 74, `unresolved: ${MAYBE('Unsupported')} @potential-vm/whatif.json:77`, 'unresolved: not in the what-if result @potential-vm/whatif.json:74']
    ])
  })

  it('fails without a plan; an Unsupported one is indeterminate; a configuration there is a located notice', async () => {
    const { code, report } = await scan('potential-vm')
    expect(code).toBe(1)
    expect(report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict])).toEqual([
      ['vm-app-01', 'whatif.json:28', 'affected-no-plan'],
      ['vm-app-02', 'whatif.json:74', 'indeterminate']
    ])
    expect(report.findings.map(f => [f.ruleId, f.severity, `${f.file}:${f.startLine}`])).toEqual([
      ['reboot-plan-required', 'error', 'whatif.json:28'],
      ['indeterminate', 'warning', 'whatif.json:74']
    ])
    expect(report.findings[1]?.message).toBe(
      `Could not tell whether VM 'vm-app-02' needs a reboot plan: osType at whatif.json:74: what-if cannot predict it (${SHORT_CIRCUITED}): ` +
        'scan a what-if result of --result-format FullResourcePayloads; image.customImageId at whatif.json:74: not in the what-if result; ' +
        'image.publisher at whatif.json:74: not in the what-if result; image.offer at whatif.json:74: not in the what-if result; image.sku ' +
        'at whatif.json:74: not in the what-if result; enableHotpatching at whatif.json:74: not in the what-if result. ' +
        RESOLVE
    )
    expect(report.parseErrors).toEqual([
      {
        file: 'whatif.json',
        line: 82,
        column: 5,
        message:
          "Microsoft.Maintenance/maintenanceConfigurations 'mc-app-02' (a potential change: it may or may not be deployed) is not checked: " +
          `what-if cannot predict it (${SHORT_CIRCUITED}). Check it once deployed.`,
        severity: 'notice'
      }
    ])
  })
})

describe('a plan among the potential changes (potential-plan/, REST response)', () => {
  it('is not a certain plan: an assignment or a configuration there leaves the VM indeterminate', async () => {
    const { code, report } = await scan('potential-plan')
    expect(code).toBe(0)
    expect(report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict])).toEqual([
      ['vm-app-01', 'whatif-response.json:40', 'indeterminate'],
      ['vm-app-02', 'whatif-response.json:86', 'indeterminate']
    ])
    const lead = (vm: string) => `VM '${vm}' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could not be verified: `
    expect(report.findings.map(f => [f.ruleId, f.severity, `${f.file}:${f.startLine}`, f.message])).toEqual([
      [
        'indeterminate',
        'warning',
        'whatif-response.json:139',
        lead('vm-app-02') +
          "maintenanceAssignment.configuration at whatif-response.json:139: whether maintenance configuration 'mc-app-maybe' is deployed " +
          `could not be evaluated (condition at whatif-response.json:200: ${MAYBE('Create')}). ${RESOLVE}`
      ],
      [
        'indeterminate',
        'warning',
        'whatif-response.json:165',
        lead('vm-app-01') +
          "maintenanceAssignment.deployed at whatif-response.json:165: whether assignment 'vm-app-01-monthly' is deployed could not be " +
          `evaluated (condition at whatif-response.json:165: ${MAYBE('Create')}). ${RESOLVE}`
      ]
    ])
  })
})
