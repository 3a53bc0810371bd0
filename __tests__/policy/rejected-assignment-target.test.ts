/**
 * An assignment whose target is known in full but is one Azure rejects (an ARM `scope` built without the `/` between
 * the type and the name, a legacy `<vm>/Microsoft.Maintenance` name without the assignment's own segment): its
 * deployment fails, so it assigns nothing. Nothing is left unevaluated, so the VM it was written for is certain to
 * have no plan from it (`affected-no-plan`), and the finding says why, quoting the value; a target that could not be
 * evaluated stays `indeterminate`. Every case scans files written here and asserts the exact outcome.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts, type ScannedFiles } from '../readers/terraform/scan-files.js'
import { armTemplate, armVm, armWindow, SCHEDULED_ARM_SETTINGS } from '../support/manifests.js'
import { crossplanePlanFiles, scheduledBicepWindow } from '../support/plan-manifests.js'

const template = (parameters: object, resources: readonly object[]): string => armTemplate(resources, { parameters })

/** A hotpatch VM named by parameter vmName, and a monthly InGuestPatch window mc-monthly that reboots. */
const VM_AND_WINDOW = [
  armVm("[parameters('vmName')]", { location: 'westeurope' }, SCHEDULED_ARM_SETTINGS),
  armWindow('mc-monthly', { start: '2025-01-01 02:00', recurEvery: 'Month Second Tuesday Offset4' })
]
const MC_ID = "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc-monthly')]"

/** An assignment of mc-monthly whose `scope` is `scope` (its `scope` at line 71 of the template). */
const scoped = (scope: string) => ({
  type: 'Microsoft.Maintenance/configurationAssignments',
  apiVersion: '2023-04-01',
  name: 'assign1',
  location: 'westeurope',
  scope,
  properties: { maintenanceConfigurationId: MC_ID }
})

/** A legacy assignment of mc-monthly named `name` (its `name` at line 69 of the template). */
const legacy = (name: string) => ({
  type: 'Microsoft.Compute/virtualMachines/providers/configurationAssignments',
  apiVersion: '2023-04-01',
  name,
  location: 'westeurope',
  properties: { maintenanceConfigurationId: MC_ID }
})

const VM_NAME = { vmName: { type: 'string', defaultValue: 'vm-hp-01' } }
const UNSET_VM_NAME = { vmName: { type: 'string' } }

const planRequired = (result: ScannedFiles) => result.findings.filter(f => f.ruleId === 'reboot-plan-required').map(f => [`${f.location.file}:${f.location.line}`, f.message])
const unresolved = (result: ScannedFiles) => result.assessments.flatMap(a => a.unresolved.map(u => `${u.field} @${u.location.file}:${u.location.line}: ${u.reason}`))

/** A message up to the end of its first sentence (what was found), with the stop. */
const firstSentence = (message: string): string => message.slice(0, message.indexOf('. ') + 2)

/** The opening of reboot-plan-required's message for vm-hp-01, up to what it says was found. */
const NO_PLAN = "VM 'vm-hp-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan: no maintenance configuration is assigned to it"

describe('an ARM assignment whose scope is known but not a resource ID', () => {
  it('assigns nothing: the VM has no plan, and the finding quotes the scope ARM rejects', async () => {
    const files = { 'app/main.json': template(VM_NAME, [...VM_AND_WINDOW, scoped("[concat('Microsoft.Compute/virtualMachines', parameters('vmName'))]")]) }
    const result = await scanFiles(files)
    expect(verdicts(result)).toEqual(['vm-hp-01 affected-no-plan: reboot-plan-required'])
    expect(unresolved(result)).toEqual([])
    const [[location, message]] = planRequired(result) as [[string, string]]
    expect(location).toBe('app/main.json:11')
    expect(firstSentence(message)).toBe(`${NO_PLAN}; assignment 'assign1' (app/main.json:71) assigns nothing: its scope 'Microsoft.Compute/virtualMachinesvm-hp-01' is not a resource ID, which Azure rejects. `)
  })

  it('is a plan when the scope is the relative ID ARM takes', async () => {
    const files = { 'app/main.json': template(VM_NAME, [...VM_AND_WINDOW, scoped("[concat('Microsoft.Compute/virtualMachines/', parameters('vmName'))]")]) }
    expect(verdicts(await scanFiles(files))).toEqual(['vm-hp-01 affected-with-plan:'])
  })

  it('stays indeterminate when the scope is built from a parameter that has no value', async () => {
    const files = { 'app/main.json': template(UNSET_VM_NAME, [...VM_AND_WINDOW, scoped("[concat('Microsoft.Compute/virtualMachines', parameters('vmName'))]")]) }
    const result = await scanFiles(files)
    expect(verdicts(result)).toEqual(['app/main.json#resources[0] indeterminate: indeterminate'])
  })
})

describe('an ARM legacy assignment whose name is known but of the wrong shape', () => {
  it('assigns nothing without the assignment-name segment: the VM has no plan, and the finding quotes the name', async () => {
    const files = { 'app/main.json': template(VM_NAME, [...VM_AND_WINDOW, legacy("[concat(parameters('vmName'), '/Microsoft.Maintenance')]")]) }
    const result = await scanFiles(files)
    expect(verdicts(result)).toEqual(['vm-hp-01 affected-no-plan: reboot-plan-required'])
    const [[location, message]] = planRequired(result) as [[string, string]]
    expect(location).toBe('app/main.json:11')
    expect(firstSentence(message)).toBe(`${NO_PLAN}; assignment 'Microsoft.Maintenance' (app/main.json:69) assigns nothing: its name 'vm-hp-01/Microsoft.Maintenance' is not of the form '<resource>/Microsoft.Maintenance/<assignment>', which Azure rejects. `)
  })

  it('is a plan with its three segments', async () => {
    const files = { 'app/main.json': template(VM_NAME, [...VM_AND_WINDOW, legacy("[concat(parameters('vmName'), '/Microsoft.Maintenance/weekly')]")]) }
    expect(verdicts(await scanFiles(files))).toEqual(['vm-hp-01 affected-with-plan:'])
  })
})

/** A Bicep hotpatch VM vm-hp-01 (line 1), the window, and `assignment`. */
const bicep = (assignment: string): string => `resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: 'vm-hp-01'
  location: 'westeurope'
  properties: {
    storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' } }
    osProfile: { windowsConfiguration: { patchSettings: { patchMode: 'AutomaticByPlatform', enableHotpatching: true, automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true } } } }
  }
}
${scheduledBicepWindow({ name: 'mc-monthly' })}${assignment}`

const bicepLegacy = (name: string): string => `resource mca 'Microsoft.Compute/virtualMachines/providers/configurationAssignments@2023-04-01' = {
  name: '${name}'
  location: 'westeurope'
  properties: { maintenanceConfigurationId: mc.id }
}
`

describe('a Bicep legacy assignment whose name is known but of the wrong shape', () => {
  it('assigns nothing without the assignment-name segment: the VM has no plan, and the finding quotes the name', async () => {
    const result = await scanFiles({ 'app/main.bicep': bicep(bicepLegacy('${vm.name}/Microsoft.Maintenance')) })
    expect(verdicts(result)).toEqual(['vm-hp-01 affected-no-plan: reboot-plan-required'])
    const [[location, message]] = planRequired(result) as [[string, string]]
    expect(location).toBe('app/main.bicep:1')
    expect(firstSentence(message)).toBe(`${NO_PLAN}; assignment 'Microsoft.Maintenance' (app/main.bicep:20) assigns nothing: its name 'vm-hp-01/Microsoft.Maintenance' is not of the form '<resource>/Microsoft.Maintenance/<assignment>', which Azure rejects. `)
  })

  it('is a plan with its three segments', async () => {
    const result = await scanFiles({ 'app/main.bicep': bicep(bicepLegacy('${vm.name}/Microsoft.Maintenance/weekly')) })
    expect(verdicts(result)).toEqual(['vm-hp-01 affected-with-plan:'])
  })
})

describe('a Bicep assignment whose scope is a string known in full that is not a resource ID', () => {
  it('assigns nothing: the VM has no plan, and the finding quotes the scope', async () => {
    const assignment = `resource mca 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'assign1'
  location: 'westeurope'
  scope: 'Microsoft.Compute/virtualMachines\${vm.name}'
  properties: { maintenanceConfigurationId: mc.id }
}
`
    const result = await scanFiles({ 'app/main.bicep': bicep(assignment) })
    expect(verdicts(result)).toEqual(['vm-hp-01 affected-no-plan: reboot-plan-required'])
    const [[, message]] = planRequired(result) as [[string, string]]
    expect(firstSentence(message)).toBe(`${NO_PLAN}; assignment 'assign1' (app/main.bicep:22) assigns nothing: its scope 'Microsoft.Compute/virtualMachinesvm-hp-01' is not a resource ID, which Azure rejects. `)
  })
})

describe('a Crossplane assignment whose virtualMachineIdRef or Selector selects a WindowsVirtualMachine', () => {
  /** A working window (InGuestPatch, User mode, reboots IfRequired) assigned to vm-xp by the target lines given. */
  const files = (target: readonly string[]): Record<string, string> => {
    const written = crossplanePlanFiles(['inGuestUserPatchMode: User', 'installPatches:', '  reboot: IfRequired', '  windows: [{classificationsToInclude: [Critical, Security]}]'])
    const vm = written['k8s/vm.yaml'] as string
    const literal = '    virtualMachineId: /subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-xp'
    return { 'k8s/vm.yaml': vm.replace('  name: vm-xp\n', '  name: vm-xp\n  labels: {role: files}\n').replace(literal, target.map(line => `    ${line}`).join('\n')) }
  }
  const NO_XP_PLAN = "VM 'vm-xp' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan: no maintenance configuration is assigned to it"
  const why = (field: string, line: number) =>
    `assignment 'vm-xp-monthly' (k8s/vm.yaml:${line}) assigns nothing: ${field} selects WindowsVirtualMachine "vm-xp", a virtualMachineId reference ` +
    'resolved against LinuxVirtualMachine only (set virtualMachineId to the VM resource ID), which provider-upjet-azure rejects. '

  // provider-upjet-azure's generated resolver looks the reference up among LinuxVirtualMachines: it never resolves to
  // the Windows VM, so the assignment is never created. It was an unresolved value, which made the VM indeterminate.
  it.each([
    // Located at the reference, or at the selector's labels.
    ['virtualMachineIdRef', ['virtualMachineIdRef: {name: vm-xp}'], 39],
    ['virtualMachineIdSelector', ['virtualMachineIdSelector:', '  matchLabels: {role: files}'], 40]
  ])('%s assigns nothing: the VM has no plan, and the finding says why the assignment does not count', async (field, target, line) => {
    const result = await scanFiles(files(target))
    expect(verdicts(result)).toEqual(['vm-xp affected-no-plan: reboot-plan-required'])
    expect(unresolved(result)).toEqual([])
    const [[location, message]] = planRequired(result) as [[string, string]]
    expect(location).toBe('k8s/vm.yaml:1')
    expect(firstSentence(message)).toBe(`${NO_XP_PLAN}; ${why(field, line)}`)
  })

  it('leaves the VM its plan from another assignment that names it by resource ID (control)', async () => {
    const written = files(['virtualMachineIdRef: {name: vm-xp}'])
    const other = (written['k8s/vm.yaml'] as string).replace('virtualMachineIdRef: {name: vm-xp}', 'virtualMachineId: /subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-xp')
    const second = other.slice(other.lastIndexOf('---')).replace('name: vm-xp-monthly', 'name: vm-xp-by-id')
    expect(verdicts(await scanFiles({ 'k8s/vm.yaml': `${written['k8s/vm.yaml'] as string}${second}` }))).toEqual(['vm-xp affected-with-plan:'])
  })

  it("tells only the VM the reference selects: another VM of the folder without a plan is not told of it", async () => {
    const written = files(['virtualMachineIdRef: {name: vm-xp}'])
    const vm = written['k8s/vm.yaml'] as string
    const other = vm.slice(0, vm.indexOf('---')).replace('name: vm-xp\n', 'name: vm-other\n').replace('role: files', 'role: other')
    const result = await scanFiles({ ...written, 'k8s/other.yaml': other })
    expect(verdicts(result)).toEqual(['vm-other affected-no-plan: reboot-plan-required', 'vm-xp affected-no-plan: reboot-plan-required'])
    const messages = planRequired(result).map(([location, message]) => [location, firstSentence(message as string)])
    expect(messages).toEqual([
      ['k8s/other.yaml:1', `${NO_XP_PLAN.replace("'vm-xp'", "'vm-other'")}. `],
      ['k8s/vm.yaml:1', `${NO_XP_PLAN}; ${why('virtualMachineIdRef', 39)}`]
    ])
  })

  it('is a plan with virtualMachineId, the VM resource ID (control)', async () => {
    const result = await scanFiles(files(['virtualMachineId: /subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-xp']))
    expect(verdicts(result)).toEqual(['vm-xp affected-with-plan:'])
  })
})
