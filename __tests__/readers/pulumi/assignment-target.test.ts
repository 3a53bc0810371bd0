/**
 * An azure-native `ConfigurationAssignment` is created at its REST path, `resourceGroups/{resourceGroupName}/
 * providers/{providerName}/{resourceType}/{resourceName}`, whose four inputs azure-native requires
 * (src/readers/pulumi/assignment-target.ts). A helper found `resourceName: ${vm.name}` matched to the VM whatever
 * group, provider or type the path names, and a body `resourceId` winning over the path: both false passes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MaintenanceAssignment } from '../../../src/model/resources.js'
import { scan } from '../../../src/scan.js'
import { pulumiReader } from '../../../src/readers/pulumi/pulumi-reader.js'
import { memoryWorkspace, readWorkspace, show } from '../kubernetes/helpers.js'

/** A hotpatch VM `hp01` (with the Customer Managed Schedules flags) in `group`, and a valid monthly window in rg-maint. */
const program = (vmGroup: string, assignment: string, extra = ''): string => `name: paths
runtime: yaml
config:
  maintGroup:
    type: string
resources:
  rg:
    type: azure-native:resources:ResourceGroup
  vm:
    type: azure-native:compute:VirtualMachine
    properties:
      resourceGroupName: ${vmGroup}
      vmName: hp01
      storageProfile:
        imageReference: {publisher: MicrosoftWindowsServer, offer: WindowsServer, sku: 2025-datacenter-azure-edition, version: latest}
      osProfile:
        windowsConfiguration:
          patchSettings:
            patchMode: AutomaticByPlatform
            enableHotpatching: true
            automaticByPlatformSettings: {rebootSetting: IfRequired, bypassPlatformSafetyChecksOnUserSchedule: true}
${extra}  monthly:
    type: azure-native:maintenance:MaintenanceConfiguration
    properties:
      resourceGroupName: rg-maint
      resourceName: monthly
      maintenanceScope: InGuestPatch
      startDateTime: "2025-10-01 02:00"
      duration: "03:00"
      timeZone: UTC
      recurEvery: 1Month Second Tuesday Offset4
      extensionProperties: {InGuestPatchMode: User}
      installPatches:
        rebootSetting: IfRequired
        windowsParameters: {classificationsToInclude: [Critical, Security]}
  assign:
    type: azure-native:maintenance:ConfigurationAssignment
    properties:
      maintenanceConfigurationId: \${monthly.id}
${assignment
  .trim()
  .split('\n')
  .map(line => `      ${line.trim()}`)
  .join('\n')}
`

const path = (group: string, name: string, type = 'virtualMachines', provider = 'Microsoft.Compute'): string =>
  `resourceGroupName: ${group}\nproviderName: ${provider}\nresourceType: ${type}\nresourceName: ${name}`

/** A second hotpatch VM, `hp-b`, in rg-vms. */
const SECOND_VM = `  vmB:
    type: azure-native:compute:VirtualMachine
    properties:
      resourceGroupName: rg-vms
      vmName: hp-b
      storageProfile:
        imageReference: {publisher: MicrosoftWindowsServer, offer: WindowsServer, sku: 2025-datacenter-azure-edition, version: latest}
      osProfile:
        windowsConfiguration:
          patchSettings:
            patchMode: AutomaticByPlatform
            enableHotpatching: true
            automaticByPlatformSettings: {rebootSetting: IfRequired, bypassPlatformSafetyChecksOnUserSchedule: true}
`

/** A second resource group, `mcrg`, which Pulumi names at deployment (no resourceGroupName written). */
const MAINTENANCE_GROUP = `  mcrg:
    type: azure-native:resources:ResourceGroup
`

const CASES = {
  // Defect 1 and its controls.
  'literal name, the VM\'s group': program('rg-vms', path('rg-vms', 'hp01')),
  'literal name, another group': program('rg-vms', path('rg-maint', 'hp01')),
  '${vm.name}, the VM\'s group': program('rg-vms', path('rg-vms', '${vm.name}')),
  '${vm.name}, the VM\'s group in other case': program('rg-vms', path('RG-VMS', '${vm.name}', 'virtualmachines', 'microsoft.compute')),
  '${vm.name}, another group': program('rg-vms', path('rg-maint', '${vm.name}')),
  '${vm.name}, a scale set type': program('rg-vms', path('rg-vms', '${vm.name}', 'virtualMachineScaleSets')),
  '${vm.name}, another provider': program('rg-vms', path('rg-vms', '${vm.name}', 'virtualMachines', 'Microsoft.HybridCompute')),
  '${vm.name}, a group not evaluated': program('rg-vms', path('${maintGroup}', '${vm.name}')),
  '${vm.name}, ${rg.name} of an auto-named group on both': program('${rg.name}', path('${rg.name}', '${vm.name}')),
  '${vm.name}, a written group beside ${rg.name} of an auto-named one': program('${rg.name}', path('rg-vms', '${vm.name}')),
  // Two auto-named groups: Pulumi names each by its logical name and a random suffix, so they are never one group.
  '${vm.name}, ${mcrg.name} of another auto-named group': program('${rg.name}', path('${mcrg.name}', '${vm.name}'), MAINTENANCE_GROUP),
  'literal name, ${mcrg.name} of another auto-named group': program('${rg.name}', path('${mcrg.name}', 'hp01'), MAINTENANCE_GROUP),
  'literal name, ${rg.name} of the VM\'s auto-named group': program('${rg.name}', path('${rg.name}', 'hp01'), MAINTENANCE_GROUP),
  '${vm.name}, ${mcrg.name} under pulumi:autonaming': program('${rg.name}', path('${mcrg.name}', '${vm.name}'), MAINTENANCE_GROUP).replace(
    'config:\n',
    'config:\n  pulumi:autonaming:\n    value: {mode: verbatim}\n'
  ),
  // Defect 2 and its controls: the path decides, resourceId places nothing.
  'path names another VM, resourceId this one': program('rg-vms', `${path('rg-vms', 'hp-b')}\nresourceId: \${vm.id}`, SECOND_VM),
  'path and resourceId agree': program('rg-vms', `${path('rg-vms', '${vm.name}')}\nresourceId: \${vm.id}`),
  'resourceId alone': program('rg-vms', 'resourceGroupName: rg-vms\nresourceId: ${vm.id}')
} as const

type Case = keyof typeof CASES

let root: string
const verdicts = new Map<string, string>()
const doubts = new Map<string, string[]>()
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pulumi-assignment-path-'))
  // One scan per case: an assignment that names its resource group reaches a VM of that name in any project.
  for (const [name, text] of Object.entries(CASES)) {
    const folder = join(root, `case-${verdicts.size}`)
    mkdirSync(folder)
    writeFileSync(join(folder, 'Pulumi.yaml'), text)
    const result = await scan({ root: folder, asOf: new Date('2025-11-03T00:00:00Z') })
    for (const assessment of result.assessments) verdicts.set(`${name} ${assessment.vm.identity.name ?? '?'}`, assessment.verdict)
    for (const { vm, unresolved } of result.assessments) {
      doubts.set(`${name} ${vm.identity.name ?? '?'}`, unresolved.map(u => `${u.field} @${u.location.line}:${u.location.column}: ${u.reason}`))
    }
  }
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

const verdictOf = (name: Case, vm = 'hp01'): string | undefined => verdicts.get(`${name} ${vm}`)
/** The values the verdict depended on that could not be resolved, where and why. */
const doubtOf = (name: Case): string[] | undefined => doubts.get(`${name} hp01`)

async function targetOf(name: Case): Promise<string> {
  const output = await readWorkspace(pulumiReader, memoryWorkspace({ 'Pulumi.yaml': CASES[name] }))
  const assignment = output.resources.find(r => r.identity.symbol === 'Pulumi.yaml#assign') as MaintenanceAssignment
  return show(assignment.target?.target)
}

describe('resourceName: ${vm.name} is the VM only where the path is its own', () => {
  it('credits the VM in its own group, type and provider; no plan where the path names another group, type or provider', () => {
    const cases: Case[] = [
      'literal name, the VM\'s group',
      'literal name, another group',
      '${vm.name}, the VM\'s group',
      '${vm.name}, the VM\'s group in other case',
      '${vm.name}, another group',
      '${vm.name}, a scale set type',
      '${vm.name}, another provider',
      '${vm.name}, ${rg.name} of an auto-named group on both'
    ]
    expect(cases.map(name => [name, verdictOf(name)])).toEqual([
      ['literal name, the VM\'s group', 'affected-with-plan'],
      ['literal name, another group', 'affected-no-plan'],
      ['${vm.name}, the VM\'s group', 'affected-with-plan'],
      ['${vm.name}, the VM\'s group in other case', 'affected-with-plan'],
      ['${vm.name}, another group', 'affected-no-plan'],
      ['${vm.name}, a scale set type', 'affected-no-plan'],
      ['${vm.name}, another provider', 'affected-no-plan'],
      ['${vm.name}, ${rg.name} of an auto-named group on both', 'affected-with-plan']
    ])
  })

  it('targets what the path names: the VM (its symbol) when it agrees, else the resource of that name in the path\'s group', async () => {
    expect(await targetOf('${vm.name}, the VM\'s group')).toBe(
      '{"type":"Microsoft.Compute/virtualMachines","name":"hp01","symbol":"Pulumi.yaml#vm","resourceGroup":"rg-vms"} expression vm @43:21'
    )
    expect(await targetOf('${vm.name}, another group')).toBe(
      '{"type":"Microsoft.Compute/virtualMachines","name":"hp01","resourceGroup":"rg-maint"} expression vm @43:21'
    )
    expect(await targetOf('${vm.name}, a scale set type')).toBe(
      '{"type":"Microsoft.Compute/virtualMachineScaleSets","name":"hp01","resourceGroup":"rg-vms"} expression vm @43:21'
    )
  })

  it('leaves the VM indeterminate when the path\'s group is not evaluated, or may be another group than its own', async () => {
    expect(verdictOf('${vm.name}, a group not evaluated')).toBe('indeterminate')
    expect(await targetOf('${vm.name}, a group not evaluated')).toBe(
      'unresolved @40:26: config "maintGroup" has no value without a stack settings file and no default'
    )
    expect(verdictOf('${vm.name}, a written group beside ${rg.name} of an auto-named one')).toBe('indeterminate')
    expect(doubtOf('${vm.name}, a group not evaluated')).toEqual([
      'maintenanceAssignment.target @40:26: config "maintGroup" has no value without a stack settings file and no default'
    ])
    // The VM's group is the name azure-native gives rg: maybe rg-vms, maybe not.
    expect(doubtOf('${vm.name}, a written group beside ${rg.name} of an auto-named one')).toEqual([
      "maintenanceAssignment.target @43:21: the assignment is deployed into resource group 'rg-vms' and names 'rg-vms/hp01', " +
        "while the VM is in the group its deployment is run against: the same VM only if that group is 'rg-vms'"
    ])
  })
})

describe('groups Pulumi auto-names: one group is itself, two are never one', () => {
  it('gives no plan to the VM of ${rg.name} when the path is in ${mcrg.name}, by ${vm.name} or by its name', () => {
    const cases: Case[] = [
      '${vm.name}, ${mcrg.name} of another auto-named group',
      'literal name, ${mcrg.name} of another auto-named group',
      'literal name, ${rg.name} of the VM\'s auto-named group'
    ]
    expect(cases.map(name => [name, verdictOf(name)])).toEqual([
      ['${vm.name}, ${mcrg.name} of another auto-named group', 'affected-no-plan'],
      ['literal name, ${mcrg.name} of another auto-named group', 'affected-no-plan'],
      ['literal name, ${rg.name} of the VM\'s auto-named group', 'affected-with-plan']
    ])
  })

  it('targets the resource of that name in the stand-in of the other group', async () => {
    expect(await targetOf('${vm.name}, ${mcrg.name} of another auto-named group')).toBe(
      '{"type":"Microsoft.Compute/virtualMachines","name":"hp01","resourceGroup":"${Pulumi.yaml#mcrg.name}"} expression vm @45:21'
    )
  })

  it('under pulumi:autonaming (a pattern may make two names one) the VM stays indeterminate, saying who names the group', () => {
    expect(verdictOf('${vm.name}, ${mcrg.name} under pulumi:autonaming')).toBe('indeterminate')
    expect(doubtOf('${vm.name}, ${mcrg.name} under pulumi:autonaming')).toEqual([
      'maintenanceAssignment.target @44:26: ${mcrg.name} is known only after deployment: Pulumi auto-names resource group mcrg then ' +
        '(its logical name and a random suffix)'
    ])
  })
})

describe('the path decides; resourceId places nothing', () => {
  it('gives no plan to the VM a disagreeing resourceId names, credits it when they agree, and none to a resourceId alone', () => {
    const cases: [Case, string][] = [
      ['path names another VM, resourceId this one', 'hp01'],
      ['path names another VM, resourceId this one', 'hp-b'],
      ['path and resourceId agree', 'hp01'],
      ['resourceId alone', 'hp01']
    ]
    expect(cases.map(([name, vm]) => [name, vm, verdictOf(name, vm)])).toEqual([
      ['path names another VM, resourceId this one', 'hp01', 'affected-no-plan'],
      ['path names another VM, resourceId this one', 'hp-b', 'affected-with-plan'],
      ['path and resourceId agree', 'hp01', 'affected-with-plan'],
      // azure-native requires providerName, resourceType and resourceName: the assignment is never created.
      ['resourceId alone', 'hp01', 'affected-no-plan']
    ])
  })

  it('reads the target from the path, never from resourceId', async () => {
    expect(await targetOf('path names another VM, resourceId this one')).toBe(
      '{"type":"Microsoft.Compute/virtualMachines","name":"hp-b","resourceGroup":"rg-vms"} literal @56:21'
    )
    expect(await targetOf('resourceId alone')).toBe('absent @36:3')
  })
})
