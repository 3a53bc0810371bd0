import { groupBy } from '../model/group-by.js'
import type { VirtualMachine } from '../model/resources.js'
import { resourceKey } from './subject.js'

/**
 * What tells apart VMs that share a resource key (one type and name in one deployment unit's folder, one
 * variant) but are different Azure resources: the same name in two namespaces of one folder of Kubernetes
 * manifests, or in two resource groups of one template's nested deployments. Without it they shared their
 * fingerprint, so a pull request got one review thread for two VMs and code scanning one alert.
 *
 * Only VMs that collide get a label, so every other VM keeps its key and fingerprint; the label names what
 * differs within the group (`namespace=prod`, `resourceGroup=rg-a`, both when both differ) and never the
 * order of the declarations. VMs whose namespace and resource group are the same (one resource declared
 * twice) get none and keep sharing, as the report's `#2` says.
 */
export function identityScopes(vms: readonly VirtualMachine[]): ReadonlyMap<VirtualMachine, string> {
  const labels = new Map<VirtualMachine, string>()
  for (const group of groupBy(vms, vm => resourceKey(vm)).values()) {
    if (group.length < 2) continue
    const byNamespace = varies(group, namespaceOf)
    const byGroup = varies(group, resourceGroupOf)
    for (const vm of group) {
      const parts = [
        ...(byNamespace ? labelled('namespace', namespaceOf(vm)) : []),
        ...(byGroup ? labelled('resourceGroup', resourceGroupOf(vm)) : [])
      ]
      if (parts.length > 0) labels.set(vm, parts.join(','))
    }
  }
  return labels
}

const labelled = (name: string, value: string | undefined): string[] => (value === undefined ? [] : [`${name}=${value}`])

function varies(group: readonly VirtualMachine[], part: (vm: VirtualMachine) => string | undefined): boolean {
  const first = part(group[0] as VirtualMachine)
  return group.some(vm => part(vm) !== first)
}

/** The Kubernetes namespace of a namespaced object's unit (`kubernetes:<namespace>`). */
function namespaceOf(vm: VirtualMachine): string | undefined {
  const unit = vm.unit?.value
  return unit?.kind === 'kubernetes-namespace' ? unit.key.slice(unit.key.indexOf(':') + 1) : undefined
}

/** The resource group, when the manifest names it (Azure compares names case-insensitively). */
function resourceGroupOf(vm: VirtualMachine): string | undefined {
  const group = vm.identity.resourceGroup ?? vm.scope?.resourceGroup.value
  return group?.toLowerCase()
}
