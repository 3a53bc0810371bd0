/**
 * Nested deployments into another resource group (or subscription): the resources they deploy are scoped to
 * that group, located at the deployment's `resourceGroup`; `resourceGroup()` names it in inner-scope templates
 * only (outer-scope expressions evaluate in the parent's context, as in Azure); an assignment relative to its
 * deployment matches the VM of its own group only; two VMs of one name in two groups get keys of their own.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { MaintenanceAssignment, Resource, VirtualMachine } from '../../../src/model/resources.js'
import { armReader } from '../../../src/readers/arm/arm-reader.js'
import { fingerprintOf } from '../../../src/policy/findings.js'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { scan } from '../../../src/scan.js'
import { Workspace } from '../../../src/workspace/workspace.js'

const FIXTURE = fileURLToPath(new URL('../../fixtures/scope/same-name-two-nested-groups/', import.meta.url))
const AS_OF = new Date('2026-11-24T00:00:00Z')
const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
const KEY = 'microsoft.compute/virtualmachines/web'

type Json = Record<string, unknown>
const folders: string[] = []
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })))

/** A folder holding one template of these resources (each resource on its own lines, as JSON.stringify lays them out). */
function templateFolder(resources: Json[], parameters: Json = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'nested-groups-'))
  folders.push(folder)
  const template = { $schema: SCHEMA, contentVersion: '1.0.0.0', parameters, resources }
  writeFileSync(join(folder, 'azuredeploy.json'), `${JSON.stringify(template, null, 2)}\n`)
  return folder
}

async function readTemplate(resources: Json[], parameters: Json = {}): Promise<readonly Resource[]> {
  const workspace = new Workspace(templateFolder(resources, parameters))
  return (await armReader.read(workspace.list(), workspace)).resources
}

const vm = (name: string): Json => ({ type: 'Microsoft.Compute/virtualMachines', apiVersion: '2024-07-01', name, location: 'westeurope', properties: {} })
const assignment = (name: string, vmName: string): Json => ({
  type: 'Microsoft.Maintenance/configurationAssignments',
  apiVersion: '2023-04-01',
  name,
  scope: `[resourceId('Microsoft.Compute/virtualMachines', '${vmName}')]`,
  properties: { maintenanceConfigurationId: "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc')]" }
})
function deployment(name: string, target: { resourceGroup?: string; subscriptionId?: string }, resources: Json[], inner = false): Json {
  const properties: Json = { mode: 'Incremental', template: { $schema: SCHEMA, contentVersion: '1.0.0.0', resources } }
  if (inner) properties.expressionEvaluationOptions = { scope: 'inner' }
  return { type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name, ...target, properties }
}
async function report(root: string) {
  const result = await scan({ root, asOf: AS_OF, repositoryFolder: '' })
  return { result, report: buildJsonReport(result, { toolVersion: 'test', asOf: '2026-11-24' }) }
}
const vms = (resources: readonly Resource[]) => resources.filter((r): r is VirtualMachine => r.kind === 'virtual-machine')

describe('the resource group of a nested deployment', () => {
  it('scopes an outer-scope deployment’s VM to its literal group, located at the deployment’s resourceGroup', async () => {
    // Located at the key (as every value): the deployment opens on line 6, its resourceGroup is on 10.
    const [machine] = vms(await readTemplate([deployment('to-a', { resourceGroup: 'rg-a', subscriptionId: 'sub-1' }, [vm('web')])]))
    expect(machine?.identity).toEqual({ type: 'Microsoft.Compute/virtualMachines', name: 'web', resourceGroup: 'rg-a' })
    expect(machine?.scope).toEqual({
      subscription: { value: 'sub-1', origin: 'literal', location: { file: 'azuredeploy.json', line: 11, column: 7 } },
      resourceGroup: { value: 'rg-a', origin: 'literal', location: { file: 'azuredeploy.json', line: 10, column: 7 } }
    })
  })

  it('takes subscription().subscriptionId, written or as a parameter’s default, for the subscription the deployment runs against', async () => {
    const resources = await readTemplate(
      [
        deployment('written', { resourceGroup: 'rg-a', subscriptionId: '[subscription().subscriptionId]' }, [vm('written')]),
        deployment('defaulted', { resourceGroup: 'rg-b', subscriptionId: "[parameters('sub')]" }, [vm('defaulted')]),
        deployment('unset', { resourceGroup: 'rg-c', subscriptionId: "[parameters('other')]" }, [vm('unset')])
      ],
      { sub: { type: 'string', defaultValue: '[subscription().subscriptionId]' }, other: { type: 'string' } }
    )
    expect(vms(resources).map(machine => [machine.displayName, machine.scope?.subscription.origin, machine.scope?.subscription.reason])).toEqual([
      ['written', 'absent', undefined],
      ['defaulted', 'absent', undefined],
      ['unset', 'unresolved', "parameter 'other' has no default value and no parameter file sets it"]
    ])
  })

  it('evaluates the group from a parameter, with its provenance (the parameter’s default)', async () => {
    const resources = await readTemplate([deployment('to-b', { resourceGroup: "[parameters('group')]" }, [vm('web')], true)], {
      group: { type: 'string', defaultValue: 'rg-b' }
    })
    const [machine] = vms(resources)
    expect(machine?.identity.resourceGroup).toBe('rg-b')
    expect(machine?.scope?.resourceGroup).toEqual({
      value: 'rg-b',
      origin: 'default',
      detail: 'group',
      location: { file: 'azuredeploy.json', line: 15, column: 7 },
      via: [{ file: 'azuredeploy.json', line: 7, column: 7 }],
      defaultAt: { file: 'azuredeploy.json', line: 7, column: 7 }
    })
  })

  it('is inherited by nested deployments inside, and names resourceGroup() in inner scope only (as ARM evaluates)', async () => {
    const inner = deployment('inner', {}, [vm("[concat(resourceGroup().name, '-inner')]")], true)
    const resources = await readTemplate([deployment('outer', { resourceGroup: 'rg-x' }, [inner, vm("[concat(resourceGroup().name, '-outer')]")])])
    expect(vms(resources).map(machine => [machine.displayName, machine.identity.resourceGroup, machine.scope?.resourceGroup.location.line])).toEqual([
      // The inner template deploys into rg-x (the nearest group set) and resourceGroup() names it there.
      ['rg-x-inner', 'rg-x', 10],
      // Outer scope: resourceGroup() is the parent's (the template's own deployment decides it: unknown).
      ['azuredeploy.json#resources[0]/resources[1]', 'rg-x', 10]
    ])
  })

  it('is unresolved (never a guess) when not evaluated; the report still tells two such VMs apart (#2)', async () => {
    const unknown = (name: string) => deployment(name, { resourceGroup: `[reference('${name}').outputs.group.value]` }, [vm('dup')])
    const resources = await readTemplate([unknown('one'), unknown('two')])
    const [first] = vms(resources)
    expect(first?.identity).toEqual({ type: 'Microsoft.Compute/virtualMachines', name: 'dup' })
    expect(first?.scope?.resourceGroup).toEqual({
      value: undefined,
      origin: 'unresolved',
      reason: "reference() is only known at deployment",
      location: { file: 'azuredeploy.json', line: 10, column: 7 }
    })
    const { report: json } = await report(templateFolder([unknown('one'), unknown('two')]))
    expect(json.resources.map(resource => resource.key)).toEqual(['microsoft.compute/virtualmachines/dup', 'microsoft.compute/virtualmachines/dup#2'])
  })

  it('matches an assignment with the VM of its own group only; its configuration ID names its template’s group', async () => {
    const configuration = { type: 'Microsoft.Maintenance/maintenanceConfigurations', apiVersion: '2023-04-01', name: 'mc', properties: {} }
    const template = (inner: boolean) => [
      deployment('c', { resourceGroup: 'rg-c' }, [configuration, assignment('web-c', 'web')], inner),
      deployment('a', { resourceGroup: 'rg-a' }, [configuration, vm('web'), assignment('web-a', 'web')], inner)
    ]
    const evidenceOf = async (inner: boolean) =>
      (await report(templateFolder(template(inner)))).result.assessments.map(a => a.evidence.map(e => [e.assignment.displayName, e.configuration?.identity.resourceGroup]))
    // rg-c's assignment is not the VM's (an extension resource's scope is in the group it is deployed into). In
    // inner scope rg-a's names rg-a's configuration 'mc', not rg-c's (declared first); in outer scope (the default)
    // resourceId() resolves to the parent's group, where no 'mc' is declared: the configuration is not resolved.
    expect(await evidenceOf(true)).toEqual([[['web-a', 'rg-a']]])
    expect(await evidenceOf(false)).toEqual([[['web-a', undefined]]])
    const resources = await readTemplate(template(false))
    const targets = resources
      .filter((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment')
      .map(r => [r.displayName, r.target?.target.value])
    expect(targets).toEqual([
      ['web-c', { type: 'Microsoft.Compute/virtualMachines', name: 'web', resourceGroup: 'rg-c' }],
      ['web-a', { type: 'Microsoft.Compute/virtualMachines', name: 'web', resourceGroup: 'rg-a' }]
    ])
  })

  it('leaves resources of no nested deployment as they were: no group, scope absent', async () => {
    const [machine] = vms(await readTemplate([vm('web')]))
    expect(machine?.identity).toEqual({ type: 'Microsoft.Compute/virtualMachines', name: 'web' })
    expect(machine?.scope?.resourceGroup.origin).toBe('absent')
  })
})

describe('one VM name in two nested deployments’ groups (fixture same-name-two-nested-groups)', () => {
  it('gives each VM its key, fingerprint and verdict; rg-b’s assignment covers rg-b’s VM only, rg-c’s none', async () => {
    const { result, report: json } = await report(FIXTURE)
    expect(json.resources.map(r => [r.key, r.startLine, r.verdict, r.evidence.map(e => [e.kind, e.startLine, e.status])])).toEqual([
      [`${KEY}#resourceGroup=rg-a`, 25, 'affected-no-plan', []],
      [`${KEY}#resourceGroup=rg-b`, 124, 'affected-with-plan', [['maintenance-assignment', 167, 'valid']]]
    ])
    expect(json.findings.map(f => [f.ruleId, f.resourceKey, f.startLine])).toEqual([['reboot-plan-required', `${KEY}#resourceGroup=rg-a`, 25]])
    // The two VMs' fingerprints (rg-b's would be its finding's, had it one) differ, and neither is the one they shared.
    const [a, b] = result.assessments.map(assessment => fingerprintOf('reboot-plan-required', assessment.vm, 0, '', assessment.identityScope))
    const shared = result.assessments.map(assessment => fingerprintOf('reboot-plan-required', assessment.vm))
    expect([a, b === a, shared[0] === shared[1], shared.includes(a ?? ''), shared.includes(b ?? '')]).toEqual([json.findings[0]?.fingerprint, false, true, false, false])
  })

  it('scopes each VM to its deployment’s group, located at its resourceGroup with provenance', async () => {
    const { result } = await report(FIXTURE)
    const machines = result.model.virtualMachines.map(machine => [machine.identity.resourceGroup, machine.scope?.resourceGroup.origin, machine.scope?.resourceGroup.location.line])
    const template = JSON.parse(readFileSync(join(FIXTURE, 'azuredeploy.json'), 'utf8')) as { resources: Json[] }
    expect(template.resources.map(r => r.resourceGroup)).toEqual(['rg-a', "[parameters('groupB')]", 'rg-c'])
    expect(machines).toEqual([
      ['rg-a', 'literal', 18],
      ['rg-b', 'default', 73]
    ])
  })
})
