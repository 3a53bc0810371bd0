/**
 * What-if results (src/readers/what-if): claims, the az CLI and REST shapes, change types (Delete is not
 * deployed, Ignore'd VMs are not this deployment's, Unsupported is a located notice), expressions what-if
 * leaves unevaluated, resources reported at their declaration in a `.bicep` file beside the result (which
 * the Bicep reader then leaves alone), and the verdicts of a scan as of 2026-11-24.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { scanJson } from '../../support/cli-scan.js'
import type { InfrastructureModel } from '../../../src/model/resources.js'
import { readModel } from '../../../src/scan.js'
import { whatIfResultProbe } from '../../../src/readers/shared/what-if/result-folders.js'
import { whatIfReader } from '../../../src/readers/what-if/what-if-reader.js'
import { Workspace } from '../../../src/workspace/workspace.js'
import { show } from '../terraform/support.js'
import { scanFiles, verdicts } from '../terraform/scan-files.js'

const FIXTURES = resolve('__tests__/fixtures/what-if')
const read = (folder: string): Promise<InfrastructureModel> => readModel(new Workspace(FIXTURES), { paths: [folder] })

describe('claims', () => {
  const claims = (path: string, head: string) => whatIfReader.claims({ path, absolutePath: path, size: 1 }, () => head)

  it.each([
    ['az CLI (sorted keys)', 'whatif.json', '{\n  "changes": [\n    {\n      "after": {', true],
    ['REST response', 'response.json', '{"status":"Succeeded","properties":{"changes":[{"resourceId":"/subscriptions/x"', true],
    ['no changes', 'whatif.json', '{"changes": [], "error": null, "status": "Succeeded"}', true],
    ['newer API fields first', 'wi.json', '{"changes":[{"deploymentId":"/x","symbolicName":"vm"', true],
    ['ARM template', 'azuredeploy.json', '{"$schema":"https://schema.management.azure.com/x/deploymentTemplate.json#","resources":[]}', false],
    ['a changelog', 'changes.json', '{"changes":[{"version":"1.0.0","notes":"x"}]}', false],
    ['not JSON by name', 'whatif.txt', '{"changes":[{"after":{}}]}', false]
  ])('%s: %s -> %s', (_case, path, head, expected) => {
    expect(claims(path, head)).toBe(expected)
  })
})

describe('a result beside the Bicep file it was run for (group/)', () => {
  it('reports declared resources at their Bicep line, values at their line in the result', async () => {
    const model = await read('group')
    const vms = model.virtualMachines.map(vm => ({
      name: vm.displayName,
      format: vm.format,
      reportAt: vm.reportAt,
      related: vm.related,
      hotpatch: show(vm.enableHotpatching),
      sku: show(vm.image.sku),
      deployed: show(vm.deployed),
      unit: vm.unit?.value,
      subscription: vm.scope?.subscription.value,
      group: vm.scope?.resourceGroup.value
    }))
    const common = { format: 'what-if', unit: { kind: 'template-deployment', key: 'what-if:group/whatif.json' }, subscription: '11111111-2222-3333-4444-555555555555', group: 'rg-web' }
    expect(vms).toEqual([
      {
        ...common,
        name: 'vm-web-01',
        // The name parameter defaults to the VM's name: its declaration in main.bicep.
        reportAt: { file: 'group/main.bicep', line: 25, column: 1 },
        related: [{ file: 'group/whatif.json', startLine: 40, role: 'what-if' }],
        hotpatch: 'true (literal) @group/whatif.json:61',
        sku: '"2025-datacenter-azure-edition" (literal) @group/whatif.json:71',
        deployed: 'true (literal:changeType Create) @group/whatif.json:83'
      },
      {
        ...common,
        name: 'vm-web-02',
        // From the registry module: main.bicep does not declare it, so it is reported in the result.
        reportAt: { file: 'group/whatif.json', line: 140, column: 5 },
        related: [],
        hotpatch: 'true (literal) @group/whatif.json:161',
        sku: '"2025-datacenter-azure-edition" (literal) @group/whatif.json:171',
        deployed: 'true (literal:changeType Create) @group/whatif.json:183'
      },
      {
        ...common,
        name: 'vm-old',
        // Complete mode deletes it: read from `before`, not deployed, never paired with a declaration.
        reportAt: { file: 'group/whatif.json', line: 188, column: 5 },
        related: [],
        hotpatch: 'true (literal) @group/whatif.json:210',
        sku: '"2022-datacenter-azure-edition-hotpatch" (literal) @group/whatif.json:220',
        deployed: 'false (literal:changeType Delete) @group/whatif.json:231'
      },
      {
        ...common,
        name: 'vm-web-03',
        // A change what-if cannot predict: deployed, nothing of it known (its verdict is indeterminate).
        reportAt: { file: 'group/whatif.json', line: 284, column: 5 },
        related: [],
        hotpatch: 'unresolved: not in the what-if result @group/whatif.json:284',
        sku: 'unresolved: not in the what-if result @group/whatif.json:284',
        deployed: 'true (literal:changeType Unsupported) @group/whatif.json:287'
      }
    ])
    expect(model.maintenanceConfigurations.map(c => [c.displayName, c.reportAt.line, show(c.window.recurEvery)])).toEqual([
      ['mc-web', 6, '"Month Second Tuesday Offset4" (literal) @group/whatif.json:26']
    ])
    const [assignment] = model.maintenanceAssignments
    expect([assignment?.displayName, assignment?.reportAt.line, assignment?.target?.target.value, assignment?.configuration.target.value?.symbol]).toEqual([
      'vm-web-01-patch',
      53,
      {
        type: 'Microsoft.Compute/virtualMachines',
        name: 'vm-web-01',
        resourceGroup: 'rg-web',
        subscription: '11111111-2222-3333-4444-555555555555',
        symbol: 'group/whatif.json#/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-web/providers/microsoft.compute/virtualmachines/vm-web-01'
      },
      'group/whatif.json#/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-web/providers/microsoft.maintenance/maintenanceconfigurations/mc-web'
    ])
  })

  it('says what it could not check, where', async () => {
    expect((await read('group')).parseErrors).toEqual([
      {
        file: 'group/main.bicep',
        line: 1,
        column: 1,
        message:
          'not read: the what-if result group/whatif.json in its folder is read instead (the resources it lists, as Azure ' +
          'evaluated them); a resource this file declares that the result does not list is not checked',
        severity: 'notice'
      },
      { file: 'group/whatif.json', line: 292, column: 5, message: 'a change without a `resourceId` and a known `changeType` is not read', severity: 'notice' }
    ])
  })
})

describe('whatIfResultProbe.whole: whether a result stands for the templates beside it', () => {
  const change = (resourceId: string, changeType = 'Create', extra = '') =>
    `{"after": {${extra}}, "changeType": "${changeType}", "resourceId": "${resourceId}"}`
  const result = (...changes: string[]) => `{"changes": [${changes.join(', ')}], "status": "Succeeded"}`
  const SUB = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg'
  const whole = whatIfResultProbe.whole as (text: string) => boolean

  it.each<[string, string, boolean]>([
    ['a VM it deploys', result(change(`${SUB}/providers/Microsoft.Compute/virtualMachines/vm1`)), true],
    ['an assignment (an extension resource of a VM)', result(change(`${SUB}/providers/Microsoft.Compute/virtualMachines/vm1/providers/Microsoft.Maintenance/configurationAssignments/a`)), true],
    ['a REST response\'s properties.changes', `{"status": "Succeeded", "properties": {"changes": [${change(`${SUB}/providers/Microsoft.Maintenance/maintenanceConfigurations/mc`, 'NoChange')}]}}`, true],
    ['a storage account tagged for maintenance', result(change(`${SUB}/providers/Microsoft.Storage/storageAccounts/st`, 'Create', '"tags": {"note": "maintenance logs"}')), false],
    ['a NIC whose payload names its VM', result(change(`${SUB}/providers/Microsoft.Network/networkInterfaces/nic`, 'Create', `"virtualMachine": {"id": "${SUB}/providers/Microsoft.Compute/virtualMachines/vm1"}`)), false],
    ['a VM the deployment does not declare (Ignore)', result(change(`${SUB}/providers/Microsoft.Compute/virtualMachines/vm1`, 'Ignore')), false],
    ['a trailing comma, as the what-if reader reads it', `{"changes": [${change(`${SUB}/providers/Microsoft.Compute/virtualMachines/vm1`)},],}`, true]
  ])('%s: %s', (_what, text, expected) => {
    expect(whole(text)).toBe(expected)
  })
})

describe('a what-if result of another deployment beside a template (other-deployment/)', () => {
  it('lists no resource the policy reads: the template beside it is read, without a notice', async () => {
    const model = await read('other-deployment')
    expect(model.virtualMachines.map(vm => [vm.format, vm.displayName, vm.reportAt.file])).toEqual([['bicep', 'vm-app-01', 'other-deployment/main.bicep']])
    expect(model.parseErrors.filter(error => error.message.startsWith('not read'))).toEqual([])
  })
})

describe('a REST whatIf response of a dynamic scope and its VMs (rest/)', () => {
  it('leaves a value what-if shows as an expression unresolved', async () => {
    const vm = (await read('rest')).virtualMachines.find(candidate => candidate.displayName === 'vm-app-04')
    expect(vm && show(vm.enableHotpatching)).toBe(
      "unresolved: what-if leaves it as the expression '[reference(resourceId('Microsoft.Resources/deployments', 'settings'), " +
        "'2022-09-01').outputs.hotpatch.value]': it is known only at deployment @rest/whatif-response.json:245"
    )
  })
})

const scan = (folder: string) => scanJson(FIXTURES, folder)

const CAUSE =
  'Hotpatch machines still restart for every baseline update (January, April, July, October); the next baseline is ' +
  'January 2027 (Patch Tuesday 2027-01-12).'
const PLAN =
  "A reboot plan is an InGuestPatch maintenance configuration assigned to the VM that allows reboots (rebootSetting IfRequired or Always) and opens between a baseline's release and the next one's, with patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true on the VM."
const noPlan = (vm: string, passedOver = '') =>
  `VM '${vm}' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan: no maintenance configuration is assigned to it${passedOver}. ${CAUSE} ${PLAN} Add one: the suggested fix shows how in ARM template JSON.`

describe('verdicts end to end', () => {
  it('group/: the module VM without a plan fails the build; the Bicep file is not read twice', async () => {
    const { code, report } = await scan('group')
    expect(code).toBe(1)
    expect(report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict])).toEqual([
      ['vm-web-01', 'main.bicep:25', 'affected-with-plan'],
      ['vm-web-02', 'whatif.json:140', 'affected-no-plan'],
      ['vm-old', 'whatif.json:188', 'not-affected'],
      ['vm-web-03', 'whatif.json:284', 'indeterminate']
    ])
    expect(report.findings.map(f => [f.ruleId, f.severity, `${f.file}:${f.startLine}`])).toEqual([
      ['reboot-plan-required', 'error', 'whatif.json:140'],
      ['indeterminate', 'warning', 'whatif.json:284']
    ])
    expect(report.findings[0]?.message).toBe(noPlan('vm-web-02'))
    expect(report.findings[1]?.message).toBe(
      "Could not tell whether VM 'vm-web-03' needs a reboot plan: osType at whatif.json:284: what-if cannot predict it (The resource " +
        'name could not be computed because it depends on a runtime value (reference())): scan a what-if result of --result-format ' +
        'FullResourcePayloads; image.customImageId at whatif.json:284: not in the what-if result; image.publisher at whatif.json:284: ' +
        'not in the what-if result; image.offer at whatif.json:284: not in the what-if result; image.sku at whatif.json:284: not in ' +
        'the what-if result; enableHotpatching at whatif.json:284: not in the what-if result. Make these values resolvable (a ' +
        'literal, a parameter default or a parameter file), or exempt the resource with a reason.'
    )
  })

  it('arc/: an Arc machine and its license profile are read (they were passed over); an assignment into another subscription is not this VM\'s', async () => {
    const { code, report } = await scan('arc')
    expect(code).toBe(1)
    expect(report.resources.map(r => [r.name, r.startLine, r.verdict])).toEqual([
      ['dc-onprem-01', 4, 'affected-no-plan'],
      ['vm-app-01', 45, 'affected-no-plan']
    ])
    expect(report.findings.map(f => [f.ruleId, f.startLine])).toEqual([
      ['reboot-plan-required', 4],
      ['reboot-plan-required', 45]
    ])
  })

  it('arc-ignored/: an Arc machine and license profile the deployment does not declare (Ignore) are not its machines', async () => {
    const { code, report } = await scan('arc-ignored')
    expect([code, report.resources, report.findings]).toEqual([0, [], []])
  })

  it('rest/: a dynamic scope selects by tag; a VM outside the Customer Managed Schedules prerequisites keeps its error', async () => {
    const { code, report } = await scan('rest')
    expect(code).toBe(1)
    expect(report.resources.map(r => [r.name, r.startLine, r.verdict])).toEqual([
      ['vm-app-01', 71, 'affected-with-plan'],
      ['vm-app-02', 120, 'affected-no-plan'],
      // Its window is not honoured, so the platform picks the time it reboots: no reboot plan (the lead's decision).
      ['vm-app-03', 169, 'affected-no-plan'],
      // enableHotpatching is known only at deployment, and a reboot plan applies either way.
      ['vm-app-04', 218, 'affected-with-plan']
    ])
    expect(report.findings.map(f => [f.ruleId, f.severity, f.message, `${f.file}:${f.startLine}`])).toEqual([
      [
        'reboot-plan-required',
        'error',
        noPlan(
          'vm-app-02',
          "; dynamic scope 'wave-1' (whatif-response.json:40) does not select it: its tag filter (any of patch-group: wave-1) " +
            "does not match the VM's tags at whatif-response.json:129 (patch-group: wave-2)"
        ),
        'whatif-response.json:120'
      ],
      [
        'schedule-prerequisites',
        'error',
        "VM 'vm-app-03' is assigned maintenance configuration 'mc-app', but the window will not be honoured: " +
          'bypassPlatformSafetyChecksOnUserSchedule is false (whatif-response.json:193). Azure Update Manager runs windows only ' +
          'on machines set up for Customer Managed Schedules (patchMode AutomaticByPlatform and ' +
          'bypassPlatformSafetyChecksOnUserSchedule true); otherwise the schedule fails its prerequisite check and the VM is ' +
          'patched outside the window. Set bypassPlatformSafetyChecksOnUserSchedule to true.',
        'whatif-response.json:193'
      ]
    ])
  })
})

describe('a result without payloads (--result-format ResourceIdOnly)', () => {
  it('makes a VM it deploys indeterminate, saying how to judge it; one it deletes stays a note', async () => {
    const change = (name: string, changeType: string) =>
      `{"after": null, "before": null, "changeType": "${changeType}", "delta": null, "resourceId": "/subscriptions/22222222-0000-0000-0000-000000000002/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/${name}", "unsupportedReason": null}`
    const result = `{"changes": [${change('vm-new', 'Create')}, ${change('vm-gone', 'Delete')}], "error": null, "status": "Succeeded"}\n`
    const scanned = await scanFiles({ 'app/whatif.json': result })
    expect(verdicts(scanned)).toEqual(['vm-new indeterminate: indeterminate'])
    expect(scanned.findings[0]?.message).toContain('osType at app/whatif.json:1: the result holds no payload for it: scan a what-if result of --result-format FullResourcePayloads')
    expect(scanned.parseErrors.map(error => error.message)).toEqual([
      "Microsoft.Compute/virtualMachines 'vm-gone' is not checked: the result holds no payload for it. Check it once deployed."
    ])
  })
})
