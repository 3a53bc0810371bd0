/**
 * Crossplane's pause annotation (`crossplane.io/paused: "true"`, crossplane-runtime's meta.IsPaused): the provider
 * does not reconcile a paused managed resource, so the manifest neither creates it nor changes one that exists.
 * A paused maintenance assignment or configuration was counted as a plan in place (a false pass); it leaves the plan
 * unverifiable now, as an observe-only one does, and a paused VM is not deployed by its manifest, as an observed one.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, MaintenanceConfiguration, VirtualMachine } from '../../../src/model/resources.js'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import { scanFiles, verdicts } from '../terraform/scan-files.js'
import { memoryWorkspace, named, readWorkspace, show } from './helpers.js'

/** The pause annotation with its value, or, for `EMPTY_POLICIES`, an empty management policies list (the other pause). */
const paused = (value: string | undefined): string[] =>
  value === undefined || value === EMPTY_POLICIES ? [] : ['  annotations:', `    crossplane.io/paused: ${value}`]
const EMPTY_POLICIES = 'managementPolicies: []'
const policies = (value: string | undefined): string[] => (value === EMPTY_POLICIES ? [`  ${EMPTY_POLICIES}`] : [])

/** A hotpatch WindowsVirtualMachine with the Customer Managed Schedules settings (lines 1-19 unpaused). */
const vm = (pause?: string): string[] => [
  'apiVersion: compute.azure.upbound.io/v1beta2',
  'kind: WindowsVirtualMachine',
  'metadata:',
  '  name: web01',
  ...paused(pause),
  'spec:',
  ...policies(pause),
  '  forProvider:',
  '    location: westeurope',
  '    resourceGroupName: rg-app',
  '    size: Standard_D2s_v5',
  '    adminUsername: azadmin',
  '    sourceImageReference:',
  '      publisher: MicrosoftWindowsServer',
  '      offer: WindowsServer',
  '      sku: 2025-datacenter-azure-edition',
  '      version: latest',
  '    patchMode: AutomaticByPlatform',
  '    hotpatchingEnabled: true',
  '    rebootSetting: IfRequired',
  '    bypassPlatformSafetyChecksOnUserScheduleEnabled: true'
]

/** A monthly InGuestPatch window that may reboot. */
const configuration = (pause?: string): string[] => [
  'apiVersion: maintenance.azure.upbound.io/v1beta2',
  'kind: MaintenanceConfiguration',
  'metadata:',
  '  name: monthly',
  ...paused(pause),
  'spec:',
  ...policies(pause),
  '  forProvider:',
  '    location: westeurope',
  '    resourceGroupName: rg-app',
  '    scope: InGuestPatch',
  '    inGuestUserPatchMode: User',
  '    window: {startDateTime: "2025-10-01 02:00", duration: "03:00", timeZone: UTC, recurEvery: 1Month Second Tuesday Offset4}',
  '    installPatches:',
  '      reboot: IfRequired',
  '      windows: [{classificationsToInclude: [Critical, Security]}]'
]

/** The window assigned to web01 by resource ID. */
const assignment = (pause?: string): string[] => [
  'apiVersion: maintenance.azure.upbound.io/v1beta1',
  'kind: MaintenanceAssignmentVirtualMachine',
  'metadata:',
  '  name: web01-monthly',
  ...paused(pause),
  'spec:',
  ...policies(pause),
  '  forProvider:',
  '    location: westeurope',
  '    maintenanceConfigurationIdRef: {name: monthly}',
  '    virtualMachineId: /subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/web01'
]

const file = (...documents: string[][]): string => `${documents.map(lines => lines.join('\n')).join('\n---\n')}\n`

describe('the reader', () => {
  const read = async (text: string) => (await readWorkspace(kubernetesReader, memoryWorkspace({ 'vm.yaml': text }))).resources

  it('says where a paused plan is paused, and that its manifest deploys nothing; a paused VM is read as written', async () => {
    const resources = await read(file(vm('"true"'), configuration('"true"'), assignment("'true'")))
    const pausedVm = named<VirtualMachine>(resources, 'virtual-machine', 'web01')
    const pausedWindow = named<MaintenanceConfiguration>(resources, 'maintenance-configuration', 'monthly')
    const pausedAssignment = named<MaintenanceAssignment>(resources, 'maintenance-assignment', 'web01-monthly')
    expect([pausedVm, pausedWindow, pausedAssignment].map(resource => [show(resource.deployed), resource.paused])).toEqual([
      ['true literal @1:1', undefined],
      ['false literal crossplane.io/paused @28:27', { file: 'vm.yaml', line: 28, column: 27, endLine: 28, endColumn: 33 }],
      ['false literal crossplane.io/paused @45:27', { file: 'vm.yaml', line: 45, column: 27, endLine: 45, endColumn: 33 }]
    ])
  })

  it('pauses on exactly "true" (meta.IsPaused), also written unquoted, which the API server refuses to apply anyway', async () => {
    const deployed = async (value: string | undefined) => {
      const [resource] = await read(file(assignment(value)))
      return [show(resource!.deployed), Object.hasOwn(resource!, 'paused')]
    }
    expect(await deployed(undefined)).toEqual(['true literal @1:1', false])
    expect(await deployed('"false"')).toEqual(['true literal @1:1', false])
    expect(await deployed('"True"')).toEqual(['true literal @1:1', false])
    expect(await deployed('""')).toEqual(['true literal @1:1', false])
    expect(await deployed('true')).toEqual(['false literal crossplane.io/paused @6:27', true])
  })

  it('leaves an Azure Service Operator object alone: ASO does not read Crossplane\'s annotation', async () => {
    const aso = [
      'apiVersion: compute.azure.com/v1api20220301',
      'kind: VirtualMachine',
      'metadata:',
      '  name: web01',
      ...paused('"true"'),
      'spec:',
      '  location: westeurope'
    ]
    const [resource] = await read(file(aso))
    expect([show(resource!.deployed), Object.hasOwn(resource!, 'paused')]).toEqual(['true literal @1:1', false])
  })
})

describe('the verdict', () => {
  const scanned = async (text: string) => scanFiles({ 'vm.yaml': text })
  const indeterminate = async (text: string) => {
    const result = await scanned(text)
    expect(verdicts(result)).toEqual(['web01 indeterminate: indeterminate'])
    const [finding] = result.findings.filter(f => f.ruleId === 'indeterminate')
    return { message: finding?.message, at: `${finding?.location.file}:${finding?.location.line}` }
  }
  const ADVICE =
    'Remove the crossplane.io/paused annotation so that its provider creates and manages it as written, or exempt the ' +
    'resource with a reason that names it.'
  const UNVERIFIABLE =
    "VM 'web01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could not be verified:"

  it('counts no plan from a paused assignment: indeterminate, naming the annotation and its line', async () => {
    expect(await indeterminate(file(vm(), configuration(), assignment('"true"')))).toEqual({
      message:
        `${UNVERIFIABLE} maintenanceAssignment at vm.yaml:36: maintenance assignment 'web01-monthly' is paused ` +
        '(crossplane.io/paused at vm.yaml:41): its provider does not reconcile it, so the manifest neither creates it ' +
        `nor changes one that exists in Azure. ${ADVICE}`,
      at: 'vm.yaml:36'
    })
  })

  it('counts no plan from a paused configuration either', async () => {
    expect(await indeterminate(file(vm(), configuration('"true"'), assignment()))).toEqual({
      message:
        `${UNVERIFIABLE} maintenanceAssignment.configuration at vm.yaml:45: maintenance configuration 'monthly' is paused ` +
        '(crossplane.io/paused at vm.yaml:26): its provider does not reconcile it, so the manifest neither creates it ' +
        `nor changes one that exists in Azure. ${ADVICE}`,
      at: 'vm.yaml:45'
    })
  })

  it('counts the plan when the annotation is "false" or absent', async () => {
    expect(verdicts(await scanned(file(vm(), configuration('"false"'), assignment('"false"'))))).toEqual(['web01 affected-with-plan:'])
    expect(verdicts(await scanned(file(vm(), configuration(), assignment())))).toEqual(['web01 affected-with-plan:'])
  })

  it('judges a paused VM as written: a pause holds back changes to a VM that exists (it passed as not deployed)', async () => {
    const result = await scanned(file(vm('"true"')))
    const unpaused = await scanned(file(vm(undefined)))
    expect(verdicts(result)).toEqual(verdicts(unpaused))
    expect(verdicts(result)).toEqual(['web01 affected-no-plan: reboot-plan-required'])
  })

  it('judges a VM paused by an empty managementPolicies list as one paused by the annotation (it passed as not deployed)', async () => {
    const result = await scanned(file(vm(EMPTY_POLICIES)))
    expect(verdicts(result)).toEqual(verdicts(await scanned(file(vm('"true"')))))
    expect(verdicts(result)).toEqual(['web01 affected-no-plan: reboot-plan-required'])
  })

  const EMPTY_LIST_ADVICE =
    'Remove the empty managementPolicies list (or list Create and Update in it) so that its provider creates and manages ' +
    'it as written, or exempt the resource with a reason that names it.'

  it('counts no plan from an assignment paused by an empty managementPolicies list, naming the list and its line', async () => {
    expect(await indeterminate(file(vm(), configuration(), assignment(EMPTY_POLICIES)))).toEqual({
      message:
        `${UNVERIFIABLE} maintenanceAssignment at vm.yaml:36: maintenance assignment 'web01-monthly' is paused ` +
        '(managementPolicies: [] at vm.yaml:41): its provider does not reconcile it, so the manifest neither creates it ' +
        `nor changes one that exists in Azure. ${EMPTY_LIST_ADVICE}`,
      at: 'vm.yaml:36'
    })
  })

  it('counts no plan from a configuration paused by an empty managementPolicies list either', async () => {
    expect(await indeterminate(file(vm(), configuration(EMPTY_POLICIES), assignment()))).toEqual({
      message:
        `${UNVERIFIABLE} maintenanceAssignment.configuration at vm.yaml:44: maintenance configuration 'monthly' is paused ` +
        '(managementPolicies: [] at vm.yaml:26): its provider does not reconcile it, so the manifest neither creates it ' +
        `nor changes one that exists in Azure. ${EMPTY_LIST_ADVICE}`,
      at: 'vm.yaml:44'
    })
  })
})
