import { match, sameSubscription, sameUnit } from '../model/match.js'
import type { MaintenanceAssignment, ResourceIdentity, VirtualMachine } from '../model/resources.js'
import { at } from './describe.js'
import { CANDIDATES_NAMED } from './plan-configuration.js'
import type { Match } from './dynamic-scope.js'
import type { UnresolvedInput } from './types.js'

/**
 * Why an assignment whose resource ID fits the VM may still not be its plan; undefined when it is. An ID names one
 * Azure resource, and `match` says `yes` to every declaration that ID may be by the usual reading (a VM deployed into
 * the group its deployment is run against fits an ID into any group). When several declarations of that name fit
 * (two folders' templates each declaring `vm-web01`, a Bicep and a Terraform copy, one template deployed with two
 * parameter files) and the manifests do not say they are one resource, the ID names at most one of them: giving the
 * plan to each passed VMs it does not reach. The VM keeps it only when its own scope pins it to the ID (its resource
 * group is written, so it is the resource the ID names, as far as the subscriptions tell), or when every other
 * declaration is provably the same resource (the same group, or one deployment's own group, in one subscription).
 *
 * A reference without a resource group (a symbol, `resourceId()` of a name) is relative to its own deployment and
 * names its declaration there: never tied.
 */
export function tiedTargetDoubt(
  assignment: MaintenanceAssignment,
  vm: VirtualMachine,
  vms: readonly VirtualMachine[]
): UnresolvedInput | undefined {
  const target = assignment.target?.target
  const reference = target?.value
  if (target === undefined || reference === undefined || reference.resourceGroup === undefined || reference.name === undefined) return undefined
  if (reference.symbol !== undefined && reference.symbol === vm.identity.symbol) return undefined
  const namesakes = VmNames.of(vms).named(reference)
  // Most IDs fit one declaration: nothing else is compared.
  if (namesakes.length < 2) return undefined
  const fitting = namesakes.filter(other => !isItself(other, vm) && other.deployed.value !== false && match(reference, assignment, other) !== 'no')
  const others = fitting.filter(other => !sameResource(vm, other))
  if (others.length === 0 || pinned(vm, fitting)) return undefined
  return { field: 'maintenanceAssignment.target', reason: tiedReason(reference, others), location: target.location }
}

/**
 * A direct target that fits the VM and other declarations the manifests do not tell apart from it: `unknown`, and
 * counted wherever it is written (it names this very VM, or one of its namesakes).
 */
export function untied<R extends { readonly via: string; readonly match: Match; readonly unresolved: readonly UnresolvedInput[]; readonly reachesAfar?: true }>(
  reach: R | undefined,
  assignment: MaintenanceAssignment,
  vm: VirtualMachine,
  vms: readonly VirtualMachine[]
): R | undefined {
  if (reach?.match !== 'yes' || reach.via !== 'direct') return reach
  const tie = tiedTargetDoubt(assignment, vm, vms)
  return tie === undefined ? reach : { ...reach, match: 'unknown', unresolved: [tie], reachesAfar: true }
}

/** The VM itself, or a copy of it with values tried (allowed-values.ts): one declaration, one variant. */
const isItself = (other: VirtualMachine, vm: VirtualMachine): boolean =>
  other === vm || (other.reportAt === vm.reportAt && other.declaredAt === vm.declaredAt && other.variant === vm.variant)

/** The resource group a VM is deployed into, when the manifests name it. */
const groupOf = (vm: VirtualMachine): string | undefined => vm.identity.resourceGroup ?? vm.scope?.resourceGroup.value

/**
 * Whether the VM is the resource the ID names whichever the others are: its resource group is written (and fits, as
 * `match` said), and no other fitting declaration of that group is in a subscription known to differ from its own (the
 * ID's subscription, unwritten, would decide between them).
 */
function pinned(vm: VirtualMachine, fitting: readonly VirtualMachine[]): boolean {
  if (groupOf(vm) === undefined) return false
  return !fitting.some(other => groupOf(other) !== undefined && sameSubscription(vm, other) === 'no')
}

/**
 * Whether two declarations are provably one Azure resource (both then get the plan): one subscription as far as the
 * manifests say (match.ts `sameSubscription`), and one written resource group, or both in the group one deployment
 * (one unit, one environment) is run against.
 */
function sameResource(a: VirtualMachine, b: VirtualMachine): boolean {
  if (sameSubscription(a, b) !== 'yes') return false
  const [x, y] = [groupOf(a), groupOf(b)]
  if (x !== undefined && y !== undefined) return x.toLowerCase() === y.toLowerCase()
  const inRunAgainstGroup = (vm: VirtualMachine): boolean => vm.scope?.resourceGroup.origin === 'absent' && vm.identity.resourceGroup === undefined
  return inRunAgainstGroup(a) && inRunAgainstGroup(b) && sameUnit(a, b) === 'yes'
}

/** `it names 'rg-app/vm-web01', which may be this VM or another declaration ...: team-b/vm.json:5; ...`, five named at most. */
function tiedReason(reference: ResourceIdentity, others: readonly VirtualMachine[]): string {
  const shown = others.slice(0, CANDIDATES_NAMED).map(other => `${at(other.reportAt)}${other.variant === '' ? '' : ` [${other.variant}]`}`)
  const more = others.length - shown.length
  const list = more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ')
  const which = others.length === 1 ? 'another declaration' : `any of ${others.length} other declarations`
  return (
    `it names '${String(reference.resourceGroup)}/${String(reference.name)}', which may be this VM or ${which} of that ` +
    `name the manifests do not tell apart from it: ${list}; the deployment decides which one it names`
  )
}

/**
 * The model's VMs by type and lower-cased name, built on the first ID that needs it: the few declarations an ID may
 * name, where comparing it with every VM grew with the repository. Rebuilt for a list that is not the one it was built
 * on (or has grown since).
 */
class VmNames {
  private readonly byName = new Map<string, VirtualMachine[]>()
  private readonly length: number

  private constructor(private readonly vms: readonly VirtualMachine[]) {
    this.length = vms.length
    for (let v = 0; v < vms.length; v++) {
      const vm = vms[v] as VirtualMachine
      if (vm.identity.name === undefined) continue
      const key = keyOf(vm.identity.type, vm.identity.name)
      const list = this.byName.get(key)
      if (list === undefined) this.byName.set(key, [vm])
      else list.push(vm)
    }
  }

  static of(vms: readonly VirtualMachine[]): VmNames {
    const cached = INDEXES.get(vms)
    if (cached !== undefined && cached.length === cached.vms.length) return cached
    const index = new VmNames(vms)
    INDEXES.set(vms, index)
    return index
  }

  /** The declarations of the reference's type and name, in model order. */
  named(reference: ResourceIdentity): readonly VirtualMachine[] {
    return reference.name === undefined ? [] : (this.byName.get(keyOf(reference.type, reference.name)) ?? [])
  }
}

const keyOf = (type: string, name: string): string => `${type.toLowerCase()}/${name.toLowerCase()}`

const INDEXES = new WeakMap<readonly VirtualMachine[], VmNames>()
