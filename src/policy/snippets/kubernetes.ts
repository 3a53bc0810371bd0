import { commentText, yamlString } from './literals.js'
import { kubernetesNameOf, windowNameOf, type SnippetTarget } from './window.js'

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
  if (vm.kind === 'scale-set') {
    // A scale set is never addressed as a VM: provider-upjet-azure has no assignment that takes one.
    return `# A monthly InGuestPatch window that may reboot, for the scale set ${commentText(name)} (Crossplane provider-upjet-azure).
${configuration}
# provider-upjet-azure has no scale set assignment (MaintenanceAssignmentVirtualMachine takes VMs): assign
# ${commentText(name)} to this configuration in Bicep or Terraform (azurerm_maintenance_assignment_virtual_machine_scale_set).
# And in ${commentText(name)}'s spec.forProvider.osProfile.windowsConfiguration (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
# OrchestratedVirtualMachineScaleSet cannot set bypassPlatformSafetyChecksOnUserSchedule: set it outside Crossplane.
`
  }
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
# And in ${commentText(name)}'s spec.forProvider (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   rebootSetting: IfRequired
#   bypassPlatformSafetyChecksOnUserScheduleEnabled: true
`
}
