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
  for (const group of sharingKeys(vms)) {
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

/**
 * The groups of two or more VMs that share a resource key. Two VMs with one key have one lower-cased name (or
 * symbol): the keys (five pieces each) are built only for VMs that share that, a handful of the thousands a
 * large repository has, where building every VM's key was most of the policy's cost here.
 */
function sharingKeys(vms: readonly VirtualMachine[]): VirtualMachine[][] {
  const byHandle = new Map<string, VirtualMachine | VirtualMachine[]>()
  for (let v = 0; v < vms.length; v++) {
    const vm = vms[v] as VirtualMachine
    const handle = (vm.identity.name ?? vm.identity.symbol ?? '?').toLowerCase()
    const known = byHandle.get(handle)
    if (known === undefined) byHandle.set(handle, vm)
    else if (Array.isArray(known)) known.push(vm)
    else byHandle.set(handle, [known, vm])
  }
  const groups: VirtualMachine[][] = []
  for (const candidates of byHandle.values()) {
    if (!Array.isArray(candidates)) continue
    for (const group of groupBy(candidates, vm => resourceKey(vm)).values()) if (group.length > 1) groups.push(group)
  }
  return groups
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
