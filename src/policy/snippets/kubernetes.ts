import { commentText, yamlString } from './literals.js'
import { kubernetesNameOf, unlessMet, windowNameOf, type SnippetTarget } from './window.js'

/**
 * Crossplane (provider-upjet-azure) manifests. An Azure Service Operator VM gets none: ASO has no Microsoft.Maintenance
 * resources and cannot set bypassPlatformSafetyChecksOnUserSchedule, so its findings advise instead (rule-support.ts).
 */
export function kubernetesSnippet({ vm, name, window }: SnippetTarget): string {
  const location = yamlString(vm.location.value ?? '<vm location>')
  const group = vm.identity.resourceGroup ?? '<resource group>'
  const objectName = kubernetesNameOf(windowNameOf(name))
  const configuration = `apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceConfiguration
metadata:
  name: ${objectName}
spec:
  forProvider:
    location: ${location}
    resourceGroupName: ${yamlString(group)}
    scope: InGuestPatch
    inGuestUserPatchMode: User
    window:
      - startDateTime: '${window.startDateTime}'
        duration: '${window.duration}'
        timeZone: ${window.timeZone}
        recurEvery: ${window.recurEvery}
    installPatches:
      - reboot: IfRequired
        windows:
          - classificationsToInclude: [Critical, Security]`
  const vmId = `/subscriptions/<subscription id>/resourceGroups/${group}/providers/Microsoft.Compute/virtualMachines/${name}`
  return `# A monthly InGuestPatch window that may reboot, assigned to ${commentText(name)} (Crossplane provider-upjet-azure).
${configuration}
---
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceAssignmentVirtualMachine
metadata:
  name: ${objectName}
spec:
  forProvider:
    location: ${location}
    maintenanceConfigurationIdRef:
      name: ${objectName}
    # provider-upjet-azure resolves virtualMachineIdRef/Selector against LinuxVirtualMachine only:
    # a WindowsVirtualMachine is assigned by its Azure resource ID.
    virtualMachineId: ${yamlString(vmId)}
${unlessMet(vm, `# And in ${commentText(name)}'s spec.forProvider (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   rebootSetting: IfRequired
#   bypassPlatformSafetyChecksOnUserScheduleEnabled: true
`)}`
}
