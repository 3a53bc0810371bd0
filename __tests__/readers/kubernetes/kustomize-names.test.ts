/**
 * Tests for src/readers/kubernetes/kustomize-builds.ts and built-names.ts: a kustomization's `namePrefix` / `nameSuffix`
 * renames `metadata.name` of every object it builds (kustomize's prefixsuffix filter), and its nameReference
 * configuration rewrites references of built-in kinds only. The renamed objects were judged under their written names:
 * a VM whose plan named it by its written name (a resource ID, a declared plan) passed in an overlay that deploys it
 * under another. Each renaming kustomization is a deployment of its own now, judged apart from the base as written.
 */
import { describe, expect, it } from '@jest/globals'
import { configured } from '../../config/helpers.js'
import { asoVm as sharedAsoVm } from '../../support/manifests.js'
import { scanTree } from '../../support/temporary-tree.js'
import { AS_OF, scanFiles, verdicts, type ScannedFiles } from '../terraform/scan-files.js'

/** A Crossplane hotpatch VM with the Customer Managed Schedules settings, in rg-app (`extra` goes under metadata). */
const vm = (...extra: string[]): string =>
  [
    'apiVersion: compute.azure.upbound.io/v1beta2',
    'kind: WindowsVirtualMachine',
    'metadata:',
    '  name: web01',
    ...extra,
    'spec:',
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
    '    bypassPlatformSafetyChecksOnUserScheduleEnabled: true',
    ''
  ].join('\n')

/** A monthly InGuestPatch window that may reboot. */
const CONFIGURATION = [
  'apiVersion: maintenance.azure.upbound.io/v1beta2',
  'kind: MaintenanceConfiguration',
  'metadata:',
  '  name: monthly',
  'spec:',
  '  forProvider:',
  '    location: westeurope',
  '    resourceGroupName: rg-app',
  '    scope: InGuestPatch',
  '    inGuestUserPatchMode: User',
  '    window: {startDateTime: "2025-10-01 02:00", duration: "03:00", timeZone: UTC, recurEvery: 1Month Second Tuesday Offset4}',
  '    installPatches:',
  '      reboot: IfRequired',
  '      windows: [{classificationsToInclude: [Critical, Security]}]',
  ''
].join('\n')

/** The window assigned to a VM by resource ID (line 10), the configuration by name (line 9). */
const assignment = (vmName = 'web01'): string =>
  [
    'apiVersion: maintenance.azure.upbound.io/v1beta1',
    'kind: MaintenanceAssignmentVirtualMachine',
    'metadata:',
    '  name: web01-monthly',
    'spec:',
    '  forProvider:',
    '    location: westeurope',
    '    maintenanceConfigurationIdRef:',
    '      name: monthly',
    `    virtualMachineId: /subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/${vmName}`,
    ''
  ].join('\n')

const BASE_KUSTOMIZATION = 'resources:\n  - vm.yaml\n  - mc.yaml\n  - assign.yaml\n'
const base = (vmText = vm()) => ({
  'base/kustomization.yaml': BASE_KUSTOMIZATION,
  'base/vm.yaml': vmText,
  'base/mc.yaml': CONFIGURATION,
  'base/assign.yaml': assignment()
})
const PROD = { 'overlays/prod/kustomization.yaml': 'namePrefix: prod-\nresources:\n  - ../../base\n' }

const notices = (result: ScannedFiles): string[] => result.parseErrors.map(e => `${e.file}:${e.line}:${e.column} ${e.severity} ${e.message}`)
const indeterminate = (result: ScannedFiles): string[] =>
  result.findings.filter(f => f.ruleId === 'indeterminate').map(f => `${f.location.file}:${f.location.line} ${f.message}`)

const UNVERIFIABLE = (name: string): string =>
  `VM '${name}' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could not be verified:`
const RESOLVABLE = 'Make these values resolvable (a literal in the manifest, not a reference the cluster resolves), or exempt the resource with a reason.'
const KEEP_AZURE_NAME =
  'kustomize leaves a resource ID as written, so it does not reach that object there: write the name it is deployed as, ' +
  'or keep the Azure name with spec.azureName (Azure Service Operator) or the crossplane.io/external-name annotation'

describe('an overlay that renames a base', () => {
  it('judges the VM as the overlay deploys it, apart from the base as written: the plan that names it by resource ID no longer reaches it', async () => {
    const result = await scanFiles({ ...base(), ...PROD })
    expect(verdicts(result)).toEqual(['web01 affected-with-plan:', 'prod-web01 affected-no-plan: reboot-plan-required'])
    expect(notices(result)).toEqual([
      'base/assign.yaml:10:23 notice In the build of overlays/prod/kustomization.yaml, virtualMachineId of ' +
        'MaintenanceAssignmentVirtualMachine prod-web01-monthly names WindowsVirtualMachine web01 of base/vm.yaml, which ' +
        `that build deploys as prod-web01 (namePrefix 'prod-' at overlays/prod/kustomization.yaml:1); ${KEEP_AZURE_NAME}`
    ])
    const [failed] = result.findings.filter(f => f.ruleId === 'reboot-plan-required')
    expect([failed?.location.file, failed?.location.line, failed?.related[0]]).toEqual([
      'base/vm.yaml',
      1,
      { file: 'overlays/prod/kustomization.yaml', startLine: 1, role: 'kustomization' }
    ])
    const renamed = result.assessments[1]?.vm
    expect([renamed?.variant, renamed?.identity.symbol]).toEqual(['overlays/prod', 'base/vm.yaml#WindowsVirtualMachine/prod-web01@overlays/prod'])
  })

  it('says nothing of a resource ID into another resource group, which names another VM whatever the build', async () => {
    const elsewhere = assignment().replace('resourceGroups/rg-app/', 'resourceGroups/rg-other/')
    const result = await scanFiles({ ...base(), 'base/assign.yaml': elsewhere, ...PROD })
    expect(verdicts(result)).toEqual(['web01 affected-no-plan: reboot-plan-required', 'prod-web01 affected-no-plan: reboot-plan-required'])
    expect(notices(result)).toEqual([])
  })

  it('keeps a VM that keeps its Azure name linked, and a reference by name to a renamed configuration names nothing', async () => {
    const external = vm('  annotations:', '    crossplane.io/external-name: web01')
    const result = await scanFiles({ ...base(external), ...PROD })
    expect(verdicts(result)).toEqual(['web01 affected-with-plan:', 'web01 indeterminate: indeterminate'])
    expect(indeterminate(result)).toEqual([
      `base/assign.yaml:9 ${UNVERIFIABLE('web01')} maintenanceAssignment.configuration at base/assign.yaml:9: ` +
        'maintenanceConfigurationIdRef "monthly" names MaintenanceConfiguration monthly of base/mc.yaml, which ' +
        "overlays/prod/kustomization.yaml deploys as prod-monthly (namePrefix 'prod-' at overlays/prod/kustomization.yaml:1); " +
        'kustomize rewrites no reference a custom resource writes by name (its nameReference configuration covers built-in ' +
        `kinds), so it names no object that build deploys. ${RESOLVABLE}`
    ])
    expect(notices(result)).toEqual([])
  })

  it('resolves a reference to an object no kustomization renames, deployed beside the build', async () => {
    const external = vm('  annotations:', '    crossplane.io/external-name: web01')
    const files = { ...base(external), 'base/kustomization.yaml': 'resources:\n  - vm.yaml\n  - assign.yaml\n', ...PROD }
    const shared = { 'platform/mc.yaml': CONFIGURATION }
    expect(verdicts(await scanFiles({ ...files, ...shared }))).toEqual(['web01 affected-with-plan:', 'web01 affected-with-plan:'])
  })

  it('cannot tell when the build writes what the gate does not apply, which may rewrite the ID or the name', async () => {
    const overlay = (lines: string): Record<string, string> => ({ 'overlays/prod/kustomization.yaml': `namePrefix: prod-\nresources:\n  - ../../base\n${lines}` })
    const replacements = await scanFiles({ ...base(), ...overlay('replacements:\n  - path: vm-name.yaml\n') })
    expect(verdicts(replacements)).toEqual(['web01 affected-with-plan:', 'prod-web01 indeterminate: indeterminate'])
    expect(indeterminate(replacements)).toEqual([
      `base/assign.yaml:10 ${UNVERIFIABLE('prod-web01')} maintenanceAssignment.target at base/assign.yaml:10: ` +
        'virtualMachineId names WindowsVirtualMachine web01 of base/vm.yaml, which overlays/prod/kustomization.yaml ' +
        "deploys as prod-web01 (namePrefix 'prod-' at overlays/prod/kustomization.yaml:1); kustomize leaves a resource ID " +
        'as written, but what that build writes that the gate does not apply may rewrite the ID or the name (replacements ' +
        `at overlays/prod/kustomization.yaml:4): run \`kustomize build overlays/prod\` and scan the output. ${RESOLVABLE}`
    ])
    const doubtOf = async (lines: string) => indeterminate(await scanFiles({ ...base(), ...overlay(lines) }))[0]?.match(/\(([^()]+)\): run/)?.[1]
    expect(await doubtOf('configurations:\n  - name-references.yaml\n')).toBe('configurations at overlays/prod/kustomization.yaml:4')
    expect(await doubtOf('components:\n  - ../../components/names\n')).toBe('components at overlays/prod/kustomization.yaml:4')
    expect(await doubtOf('patches:\n  - path: vm-name.yaml\n')).toBe('patches at overlays/prod/kustomization.yaml:4')
    // A patch of another kind changes no Azure name or reference.
    const deployment = await scanFiles({ ...base(), ...overlay('patches:\n  - path: replicas.yaml\n    target:\n      kind: Deployment\n') })
    expect(verdicts(deployment)).toEqual(['web01 affected-with-plan:', 'prod-web01 affected-no-plan: reboot-plan-required'])
  })

  it("composes a base's own renaming inside its overlay's, and judges each overlay apart", async () => {
    const result = await scanFiles({
      ...base(),
      'base/kustomization.yaml': `namePrefix: app-\n${BASE_KUSTOMIZATION}`,
      ...PROD,
      'overlays/dev/kustomization.yaml': 'nameSuffix: -dev\nresources:\n  - ../../base\n'
    })
    // The base renames its own objects: they are never deployed as written.
    expect(verdicts(result)).toEqual([
      'app-web01 affected-no-plan: reboot-plan-required',
      'app-web01-dev affected-no-plan: reboot-plan-required',
      'prod-app-web01 affected-no-plan: reboot-plan-required'
    ])
    expect(result.parseErrors.map(e => e.message.slice(0, e.message.indexOf(')') + 1))).toEqual([
      'In the build of base/kustomization.yaml, virtualMachineId of MaintenanceAssignmentVirtualMachine app-web01-monthly ' +
        "names WindowsVirtualMachine web01 of base/vm.yaml, which that build deploys as app-web01 (namePrefix 'app-' at base/kustomization.yaml:1)",
      'In the build of overlays/dev/kustomization.yaml, virtualMachineId of MaintenanceAssignmentVirtualMachine ' +
        'app-web01-monthly-dev names WindowsVirtualMachine web01 of base/vm.yaml, which that build deploys as app-web01-dev ' +
        "(nameSuffix '-dev' at overlays/dev/kustomization.yaml:1, namePrefix 'app-' at base/kustomization.yaml:1)",
      'In the build of overlays/prod/kustomization.yaml, virtualMachineId of MaintenanceAssignmentVirtualMachine ' +
        'prod-app-web01-monthly names WindowsVirtualMachine web01 of base/vm.yaml, which that build deploys as prod-app-web01 ' +
        "(namePrefix 'prod-' at overlays/prod/kustomization.yaml:1, namePrefix 'app-' at base/kustomization.yaml:1)"
    ])
  })

  it('passes a plan that names the VM as the kustomization that lists it deploys it', async () => {
    const result = await scanFiles({
      'app/kustomization.yaml': 'nameSuffix: -eu\nresources:\n  - vm.yaml\n  - assign.yaml\n',
      'app/vm.yaml': vm(),
      'app/assign.yaml': assignment('web01-eu'),
      'platform/mc.yaml': CONFIGURATION
    })
    expect(verdicts(result)).toEqual(['web01-eu affected-with-plan:'])
    expect(notices(result)).toEqual([])
  })

  it('leaves the files no renaming kustomization builds as they are', async () => {
    const result = await scanFiles({
      ...base(),
      'overlays/prod/kustomization.yaml': 'namePrefix: prod-\nresources:\n  - ../../web\n',
      'web/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'web/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n'
    })
    expect(verdicts(result)).toEqual(['web01 affected-with-plan:'])
    expect(notices(result)).toEqual([])
  })
})

describe('an Azure Service Operator VM a reboot-plans entry names', () => {
  /** An ASO hotpatch VM, its Azure name set or not. */
  const asoVm = (azureName?: string): string => sharedAsoVm('vm-app-01', azureName === undefined ? '' : `  azureName: ${azureName}\n`)
  const PLANS = configured('reboot-plans:', '  - resource: vm-app-01', '    window: R/2025-10-15T02:00Z/P1M', '    owner: team-app')

  const judged = async (vmText: string): Promise<string[]> => {
    const files = { 'base/kustomization.yaml': 'resources:\n  - vm.yaml\n', 'base/vm.yaml': vmText, ...PROD }
    const result = await scanTree(files, { asOf: AS_OF, threads: 1, configuration: PLANS })
    return result.assessments.map(({ vm: machine, verdict }) => `${machine.displayName} ${machine.variant} ${verdict}`.replace('  ', ' '))
  }

  it('names the VM the overlay deploys (prod-vm-app-01) no more, unless spec.azureName keeps its Azure name', async () => {
    expect(await judged(asoVm())).toEqual(['vm-app-01 affected-with-plan', 'prod-vm-app-01 overlays/prod affected-no-plan'])
    expect(await judged(asoVm('vm-app-01'))).toEqual(['vm-app-01 affected-with-plan', 'vm-app-01 overlays/prod affected-with-plan'])
  })
})
