/**
 * A Kustomize Component (`kind: Component`, listed under `components:`) renames what the kustomization including it
 * has accumulated when it runs (kustomize's api/internal/target/kusttarget.go, accumulateTarget): the resources of
 * that kustomization (its bases as they build), the resources of the components listed before it and its own, not
 * those of components listed after it; the kustomization's own namePrefix / nameSuffix is outside every component's.
 * It is never a build of its own. The gate renamed a component's own files only, so an overlay whose component
 * renamed the base deployed the VM under a name the gate never judged (src/readers/kubernetes/kustomize-builds.ts).
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from '../terraform/scan-files.js'

/** A Crossplane hotpatch VM `name`, with the Customer Managed Schedules settings, in rg-app. */
const vm = (name: string): string => `apiVersion: compute.azure.upbound.io/v1beta2
kind: WindowsVirtualMachine
metadata:
  name: ${name}
spec:
  forProvider:
    location: westeurope
    resourceGroupName: rg-app
    size: Standard_D2s_v5
    adminUsername: azadmin
    sourceImageReference:
      publisher: MicrosoftWindowsServer
      offer: WindowsServer
      sku: 2025-datacenter-azure-edition
      version: latest
    patchMode: AutomaticByPlatform
    hotpatchingEnabled: true
    rebootSetting: IfRequired
    bypassPlatformSafetyChecksOnUserScheduleEnabled: true
`

/** A monthly window that may reboot, assigned to web01 by resource ID (which kustomize leaves as written). */
const PLAN = `apiVersion: maintenance.azure.upbound.io/v1beta2
kind: MaintenanceConfiguration
metadata:
  name: monthly
  annotations:
    crossplane.io/external-name: monthly
spec:
  forProvider:
    location: westeurope
    resourceGroupName: rg-app
    scope: InGuestPatch
    inGuestUserPatchMode: User
    window: {startDateTime: "2025-10-01 02:00", duration: "03:00", timeZone: UTC, recurEvery: 1Month Second Tuesday Offset4}
    installPatches:
      reboot: IfRequired
      windows: [{classificationsToInclude: [Critical, Security]}]
---
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceAssignmentVirtualMachine
metadata:
  name: web01-monthly
spec:
  forProvider:
    location: westeurope
    maintenanceConfigurationId: /subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Maintenance/maintenanceConfigurations/monthly
    virtualMachineId: /subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/web01
`

const BASE = {
  'base/kustomization.yaml': 'resources:\n  - vm.yaml\n  - plan.yaml\n',
  'base/vm.yaml': vm('web01'),
  'base/plan.yaml': PLAN
}

const component = (lines: string): string => `apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n${lines}`

describe('a kustomize component that renames', () => {
  it("renames the base of the overlay that includes it: its VM is deployed as prod-web01, which the base's plan does not name", async () => {
    const result = await scanFiles({
      ...BASE,
      'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\ncomponents:\n  - ../../components/prod\n',
      'components/prod/kustomization.yaml': component('namePrefix: prod-\n')
    })
    expect(verdicts(result)).toEqual(['web01 affected-with-plan:', 'prod-web01 affected-no-plan: reboot-plan-required'])
    expect(result.assessments[1]?.vm.variant).toBe('overlays/prod')
  })

  it("renames what was accumulated before it and its own resources, not a later component's; the overlay's renaming is outside", async () => {
    const result = await scanFiles({
      'base/kustomization.yaml': 'resources:\n  - vm.yaml\n',
      'base/vm.yaml': vm('web01'),
      'overlays/prod/kustomization.yaml': 'namePrefix: prod-\nresources:\n  - ../../base\ncomponents:\n  - ../../components/a\n  - ../../components/b\n',
      'components/a/kustomization.yaml': component('namePrefix: a-\nnameSuffix: -x\nresources:\n  - vm.yaml\n'),
      'components/a/vm.yaml': vm('web02'),
      'components/b/kustomization.yaml': component('namePrefix: b-\nresources:\n  - vm.yaml\n'),
      'components/b/vm.yaml': vm('web03')
    })
    expect(result.assessments.map(a => a.vm.displayName).sort()).toEqual([
      'prod-b-a-web01-x',
      'prod-b-a-web02-x',
      'prod-b-web03',
      'web01'
    ])
  })

  it('that cannot be read is a doubt of the build, as before', async () => {
    const result = await scanFiles({
      ...BASE,
      'overlays/prod/kustomization.yaml': 'namePrefix: prod-\nresources:\n  - ../../base\ncomponents:\n  - ../../components/missing\n'
    })
    expect(verdicts(result)).toEqual(['web01 affected-with-plan:', 'prod-web01 indeterminate: indeterminate'])
  })
})
