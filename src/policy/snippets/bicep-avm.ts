/**
 * The Bicep fix of a VM deployed through the AVM virtual-machine module (`br/public:avm/res/compute/virtual-machine`,
 * readers/bicep/known-modules/). The VM is the module's, under the module's symbol, which is no resource: neither
 * `scope: <module>` nor `<module>.location` compiles. The configuration is declared beside the call, and the module
 * assigns it through its `maintenanceConfigurationResourceId` param (at every covered version), as it sets the
 * schedule prerequisite through `patchMode`, `rebootSetting` and `bypassPlatformSafetyChecksOnUserSchedule`.
 */
import { bicepConfiguration } from './configuration-blocks.js'
import { bicepString, commentText } from './literals.js'
import { identifierOf, windowNameOf, type SnippetTarget } from './window.js'

export function bicepAvmSnippet({ vm, name, handle, window }: SnippetTarget): string {
  // The module's symbol, or a loop's instance of it (`vms[0]`): the call whose params take the configuration.
  const call = handle ?? 'vm'
  const symbol = /^[A-Za-z_]\w*/.exec(call)?.[0] ?? 'vm'
  // Named after the module's symbol, or (a loop's instance, one fix each) after the VM.
  const base = identifierOf(call === symbol || vm.identity.name === undefined ? symbol : name)
  // The module's `location` param defaults to its resource group's: the VM's own location where it is known.
  const location = vm.location.value === undefined ? 'resourceGroup().location' : bicepString(vm.location.value)
  const file = vm.declaredIn.endsWith('.bicep') ? ` (${commentText(vm.declaredIn)})` : ''
  return `// A monthly InGuestPatch window that may reboot, for the VM of module ${commentText(call)} (br/public:avm/res/compute/virtual-machine).
// Declared beside the module call, in the VM's region: a module is no resource to scope an assignment to, its params take one.
${bicepConfiguration(`${base}RebootConfig`, bicepString(windowNameOf(name)), location, window)}

// And in module ${commentText(symbol)}'s params${file}: the module assigns the configuration to the VM, and sets
// the schedule prerequisite from the other three.
//   maintenanceConfigurationResourceId: ${base}RebootConfig.id
//   patchMode: 'AutomaticByPlatform'
//   rebootSetting: 'IfRequired'
//   bypassPlatformSafetyChecksOnUserSchedule: true
`
}
