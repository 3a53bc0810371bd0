import { CONFIGURATION_NAME, type SnippetTarget } from './window.js'

/**
 * Crossplane (provider-upjet-azure) manifests. Azure Service Operator has no Microsoft.Maintenance resources and
 * no bypassPlatformSafetyChecksOnUserSchedule, so an ASO-managed VM gets its window from these or from Bicep/Terraform.
 */
const SCALE_SET_NOTE =
  '# MaintenanceAssignmentVirtualMachine takes VMs: assign a scale set in Bicep or Terraform, or per instance.\n'

export function kubernetesSnippet({ vm, name, window }: SnippetTarget): string {
  const location = vm.location.value ?? '<vm location>'
  const group = vm.identity.resourceGroup ?? '<resource group>'
  return `# A monthly InGuestPatch window that may reboot, assigned to ${name} (Crossplane provider-upjet-azure).
# Azure Service Operator has no maintenance resources and cannot set bypassPlatformSafetyChecksOnUserSchedule:
# for an ASO VM, declare these next to it with Crossplane, or in Bicep or Terraform.
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceConfiguration
metadata:
  name: ${CONFIGURATION_NAME}
spec:
  forProvider:
    location: ${location}
    resourceGroupName: ${group}
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
  name: ${name}-reboot-window
spec:
  forProvider:
    location: ${location}
    maintenanceConfigurationIdRef:
      name: ${CONFIGURATION_NAME}
    # provider-upjet-azure resolves virtualMachineIdRef/Selector against LinuxVirtualMachine only:
    # a WindowsVirtualMachine is assigned by its Azure resource ID.
    virtualMachineId: /subscriptions/<subscription id>/resourceGroups/${group}/providers/Microsoft.Compute/virtualMachines/${name}
${vm.kind === 'scale-set' ? SCALE_SET_NOTE : ''}# And in ${name}'s spec.forProvider (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   rebootSetting: IfRequired
#   bypassPlatformSafetyChecksOnUserScheduleEnabled: true
`
}
