import { commentText, yamlString } from './literals.js'
import { kubernetesNameOf, windowNameOf, type SnippetTarget } from './window.js'

/**
 * Crossplane (provider-upjet-azure) manifests. Azure Service Operator has no Microsoft.Maintenance resources and
 * no bypassPlatformSafetyChecksOnUserSchedule, so an ASO-managed VM gets its window from these or from Bicep/Terraform.
 */
const SCALE_SET_NOTE =
  '# MaintenanceAssignmentVirtualMachine takes VMs: assign a scale set in Bicep or Terraform, or per instance.\n'

export function kubernetesSnippet({ vm, name, window }: SnippetTarget): string {
  const location = yamlString(vm.location.value ?? '<vm location>')
  const group = vm.identity.resourceGroup ?? '<resource group>'
  const objectName = kubernetesNameOf(windowNameOf(name))
  const vmId = `/subscriptions/<subscription id>/resourceGroups/${group}/providers/Microsoft.Compute/virtualMachines/${name}`
  return `# A monthly InGuestPatch window that may reboot, assigned to ${commentText(name)} (Crossplane provider-upjet-azure).
# Azure Service Operator has no maintenance resources and cannot set bypassPlatformSafetyChecksOnUserSchedule:
# for an ASO VM, declare these next to it with Crossplane, or in Bicep or Terraform.
apiVersion: maintenance.azure.upbound.io/v1beta1
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
          - classificationsToInclude: [Critical, Security]
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
${vm.kind === 'scale-set' ? SCALE_SET_NOTE : ''}# And in ${commentText(name)}'s spec.forProvider (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   rebootSetting: IfRequired
#   bypassPlatformSafetyChecksOnUserScheduleEnabled: true
`
}
