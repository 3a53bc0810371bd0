/**
 * Crossplane's provider-upjet-azure runs azurerm's code: a MaintenanceConfiguration is created, and sent, as
 * azurerm creates and sends an `azurerm_maintenance_configuration` (maintenance_configuration_resource.go). One
 * azurerm refuses to create counted as a plan, and `inGuestUserPatchMode` was read over what `properties` set (two
 * false passes found by probing).
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceConfiguration } from '../../../src/model/resources.js'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import { scanFiles, verdicts } from '../terraform/scan-files.js'
import { memoryWorkspace, named, readWorkspace, show } from './helpers.js'
import { crossplanePlanFiles } from '../../support/plan-manifests.js'

const files = crossplanePlanFiles

const PATCHES = 'installPatches: {reboot: IfRequired, windows: [{classificationsToInclude: [Critical, Security]}]}'
const REFUSED = 'provider-upjet-azure (azurerm) refuses to create an InGuestPatch maintenance configuration without'

const scopeOf = async (written: readonly string[]): Promise<string> => {
  const output = await readWorkspace(kubernetesReader, memoryWorkspace(files(written)))
  return show(named<MaintenanceConfiguration>(output.resources, 'maintenance-configuration', 'mc-xp').maintenanceScope)
}

describe('an InGuestPatch MaintenanceConfiguration azurerm refuses to create', () => {
  it('has its scope unresolved, located at the scope, naming what is missing', async () => {
    expect(await scopeOf([])).toBe(`unresolved @23:12: ${REFUSED} \`installPatches\` and \`inGuestUserPatchMode\`: it is not created`)
    expect(await scopeOf(['inGuestUserPatchMode: User'])).toBe(`unresolved @23:12: ${REFUSED} \`installPatches\`: it is not created`)
    expect(await scopeOf([PATCHES])).toBe(`unresolved @23:12: ${REFUSED} \`inGuestUserPatchMode\`: it is not created`)
    // What azurerm takes as unset: "" (d.GetOk), an empty v1beta1 block list.
    expect(await scopeOf(['inGuestUserPatchMode: ""', 'installPatches: []'])).toBe(
      `unresolved @23:12: ${REFUSED} \`installPatches\` and \`inGuestUserPatchMode\`: it is not created`
    )
  })

  it('is created with both, or with installPatches and the mode in `properties`', async () => {
    expect(await scopeOf(['inGuestUserPatchMode: User', PATCHES])).toBe('"InGuestPatch" literal @23:12')
    expect(await scopeOf(['properties: {InGuestPatchMode: User}', PATCHES])).toBe('"InGuestPatch" literal @23:12')
  })

  it.each([
    ['installPatches', ['inGuestUserPatchMode: User']],
    ['inGuestUserPatchMode', [PATCHES]]
  ])('is no plan without %s: the VM is indeterminate, not passed', async (_, written) => {
    const result = await scanFiles(files(written))
    expect(verdicts(result)).toEqual(['vm-xp indeterminate: indeterminate'])
  })
})

describe('`properties.InGuestPatchMode` and `inGuestUserPatchMode` both written', () => {
  // azurerm sends `properties` as extensionProperties and adds the argument only when they do not set the mode.
  it('the mode `properties` sets is the one Azure receives', async () => {
    const platform = await scanFiles(files(['inGuestUserPatchMode: User', 'properties: {InGuestPatchMode: Platform}', PATCHES]))
    expect(verdicts(platform)).toEqual(['vm-xp affected-no-plan: reboot-plan-required'])
    const [finding] = platform.findings.filter(f => f.ruleId === 'reboot-plan-required')
    expect(finding?.message).toContain('but its InGuestPatchMode is Platform (k8s/vm.yaml:26), not User')
    const user = await scanFiles(files(['inGuestUserPatchMode: Platform', 'properties: {InGuestPatchMode: User}', PATCHES]))
    expect(verdicts(user)).toEqual(['vm-xp affected-with-plan:'])
  })
})
