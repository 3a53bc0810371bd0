import type { DynamicScopeFilter, VirtualMachine } from '../model/resources.js'
import { otherEnvironment, sameSubscription, type Match, type Placed } from '../model/match.js'
import type { Sourced } from '../model/source.js'
import { at, unresolvedInput } from './describe.js'
import type { UnresolvedInput } from './types.js'

export type { Match }

export interface ScopeMatch {
  readonly match: Match
  /** For `unknown`: the filter or VM values that decide it. */
  readonly unresolved: readonly UnresolvedInput[]
}

/** Azure writes locations both as `westeurope` and `West Europe`. */
const normaliseLocation = (location: string): string => location.replaceAll(' ', '').toLowerCase()
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/**
 * Evaluates a dynamic scope's filter against a VM, as Azure Update Manager does: every dimension that is
 * given must match (an empty list places no restriction); tags match with the filter's operator, All or
 * Any (the default). Comparisons are case-insensitive. Values we could not resolve make the match unknown,
 * unless another dimension already rules the VM out. A dynamic scope selects across deployment units and
 * formats (it is how one platform team plans for every team's VMs), but never in another subscription:
 * `from` is the assignment, whose known subscription rules out VMs of another known one.
 */
export function matchDynamicScope(filter: DynamicScopeFilter, vm: VirtualMachine, from: Placed = {}): ScopeMatch {
  if (otherEnvironment(from, vm)) return NO
  let unresolved: UnresolvedInput[] | undefined
  // In this order (the order the unresolved inputs are said in); the first `no` decides. Every VM is matched
  // against every dynamic scope, and most scopes rule most VMs out: nothing is made for the dimensions after it.
  for (let d = 0; d < DIMENSIONS.length; d++) {
    const result = (DIMENSIONS[d] as Dimension)(filter, vm, from)
    if (result.match === 'no') return NO
    if (result.unresolved.length > 0) (unresolved ??= []).push(...result.unresolved)
  }
  return unresolved === undefined ? YES : { match: 'unknown', unresolved }
}

const NONE: readonly UnresolvedInput[] = Object.freeze([])
const YES: ScopeMatch = Object.freeze({ match: 'yes', unresolved: NONE })
const NO: ScopeMatch = Object.freeze({ match: 'no', unresolved: NONE })
const sameLocation = (a: string, b: string): boolean => normaliseLocation(a) === normaliseLocation(b)

type Dimension = (filter: DynamicScopeFilter, vm: VirtualMachine, from: Placed) => ScopeMatch
const DIMENSIONS: readonly Dimension[] = [
  (_, vm, from) => matchSubscription(from, vm),
  (_, vm, from) => matchOwnGroup(from, vm.identity.resourceGroup, vm),
  (filter, vm) => matchList(filter.resourceTypes, 'filter.resourceTypes', vm, typeOf, same),
  (filter, vm) => matchList(filter.resourceGroups, 'filter.resourceGroups', vm, groupOf, same),
  (filter, vm) => matchList(filter.locations, 'filter.locations', vm, locationOf, sameLocation),
  (filter, vm) => matchList(filter.osTypes, 'filter.osTypes', vm, osTypeOf, same),
  (filter, vm) => matchTags(filter, vm)
]

/** Whether a dynamic scope of the VM's own subscription and environment rules it out (`whyNotSelected` gives a reason). */
export function passesOver(filter: DynamicScopeFilter, vm: VirtualMachine, from: Placed = {}): boolean {
  return !otherEnvironment(from, vm) && sameSubscription(from, vm) === 'yes' && matchDynamicScope(filter, vm, from).match === 'no'
}

/**
 * Why a dynamic scope does not select a VM of its own subscription and environment, in words for a finding: the
 * first dimension of its filter (or the resource group it is created at) that rules the VM out. Undefined when it
 * selects the VM, may select it, or is of another subscription or environment (not the VM's to worry about).
 */
export function whyNotSelected(filter: DynamicScopeFilter, vm: VirtualMachine, from: Placed = {}): string | undefined {
  if (otherEnvironment(from, vm) || sameSubscription(from, vm) !== 'yes') return undefined
  // The values the matching compares (matchDynamicScope's dimensions), so the words never name another.
  const group = vm.identity.resourceGroup
  if (matchOwnGroup(from, group, vm).match === 'no') {
    const its = group ?? vm.scope?.resourceGroup.value ?? ''
    return `it is created at resource group '${from.scope?.resourceGroup.value ?? ''}' and selects that group's VMs only, not '${its}'`
  }
  // The list dimensions as matchDynamicScope decides them, each with its words.
  const lists: [Sourced<readonly string[]>, string, (vm: VirtualMachine) => Subject, (a: string, b: string) => boolean][] = [
    [filter.resourceTypes, 'resource types', typeOf, same],
    [filter.resourceGroups, 'resource groups', groupOf, same],
    [filter.locations, 'locations', locationOf, sameLocation],
    [filter.osTypes, 'OS types', osTypeOf, same]
  ]
  for (const [list, label, subjectOf, equal] of lists) {
    if (matchList(list, label, vm, subjectOf, equal).match !== 'no') continue
    const subject = subjectOf(vm)
    return `its filter's ${label} (${(list.value ?? []).join(', ')}) do not include '${'value' in subject ? subject.value : ''}'`
  }
  if (matchTags(filter, vm).match !== 'no') return undefined
  const entries = Object.entries(filter.tags.value ?? {})
  const wanted = entries.map(([key, values]) => (values.length === 0 ? key : `${key}: ${values.join(' or ')}`))
  const all = filter.tagOperator.value !== undefined && same(filter.tagOperator.value, 'All')
  // What the VM has of the tags the filter asks for, so the two spellings are side by side (of a partly known
  // map, its certain keys: one it does not write may come from the part that is not known).
  const tags = Object.entries(vm.tags.value ?? vm.tags.knownEntries ?? {})
  const has = entries.map(([key]) => {
    const found = tags.find(([name]) => same(name, key))
    if (found !== undefined) return `${found[0]}: ${found[1]}`
    return vm.tags.knownEntries !== undefined && vm.tags.value === undefined ? `${key} not known` : `no ${key} tag`
  })
  // Where the VM's tags are written (or, with none, the VM itself): the line to change when the VM is the one to tag.
  const written = at(vm.tags.origin === 'absent' ? vm.reportAt : vm.tags.location)
  return `its tag filter (${all ? 'all of' : 'any of'} ${wanted.join('; ')}) does not match the VM's tags at ${written} (${has.join('; ')})`
}

/** The subscription the dynamic scope is created in against the VM's (`sameSubscription`), said where it is written. */
function matchSubscription(from: Placed, vm: VirtualMachine): ScopeMatch {
  const match = sameSubscription(from, vm)
  if (match !== 'unknown') return { match, unresolved: [] }
  const [own, its] = [from.scope?.subscription, vm.scope?.subscription]
  const where = (subscription: Sourced<string> | undefined, whose: string): string =>
    subscription === undefined || subscription.origin === 'absent'
      ? `${whose} in the subscription its deployment runs against`
      : subscription.value === undefined
        ? `${whose} in a subscription its deployment names but that could not be evaluated (${subscription.reason ?? 'unresolved'})`
        : `${whose} in subscription '${subscription.value}'`
  const reason = `${where(own, 'the dynamic scope is created')} and ${where(its, 'the VM is deployed')}: the same subscription only if the two are one`
  const named = its !== undefined && its.origin !== 'absent' ? its : (own as Sourced<string>)
  return { match: 'unknown', unresolved: [{ field: 'subscription', reason, location: named.location }] }
}

/**
 * A dynamic scope created at a resource group (a module or nested deployment scoped to `rg-maint`, a Pulumi
 * ConfigurationAssignmentsForResourceGroup) selects that group's VMs only: "If you set the scope at the
 * resource group level (for example, RG1), resources from other groups (for example, RG2) will be
 * unassigned" (Azure Update Manager, Manage a dynamic scope). One created at the subscription names no group.
 * One created at the group its deployment is run against (AzureScope.atDeploymentGroup) selects a VM of the
 * group its own deployment is run against, as two subscriptions that deployments run against are taken as one; a VM
 * its deployment puts in a named group (or one not evaluated) only if the two are one: `unknown`.
 */
function matchOwnGroup(from: Placed, group: string | undefined, vm: VirtualMachine): ScopeMatch {
  const own = from.scope?.resourceGroup.value
  if (own === undefined && from.scope?.atDeploymentGroup === true) return matchDeploymentGroup(group ?? vm.scope?.resourceGroup.value, vm)
  if (own === undefined) return { match: 'yes', unresolved: [] }
  const subject = resourceGroupOf(group ?? vm.scope?.resourceGroup.value, vm)
  if ('value' in subject) return { match: same(subject.value, own) ? 'yes' : 'no', unresolved: [] }
  const reason = `the dynamic scope is created at resource group '${own}', which it alone selects from; the resource group the VM is deployed to is not known from the manifests`
  return { match: 'unknown', unresolved: [{ ...subject.unresolved, reason }] }
}

/** `matchOwnGroup` for a dynamic scope created at the group its deployment is run against. */
function matchDeploymentGroup(group: string | undefined, vm: VirtualMachine): ScopeMatch {
  const its = vm.scope?.resourceGroup
  if (group === undefined && its?.origin !== 'unresolved') return { match: 'yes', unresolved: [] }
  const lead = "the dynamic scope is created at the resource group its deployment is run against and selects that group's VMs only"
  const reason =
    group === undefined
      ? `${lead}, while the VM's resource group could not be evaluated (${its?.reason ?? 'unresolved'}): it selects the VM only if the two are one`
      : `${lead}, while the VM is deployed into resource group '${group}': it selects the VM only if its deployment is run against '${group}'`
  return { match: 'unknown', unresolved: [{ field: 'resourceGroup', reason, location: its?.location ?? vm.reportAt }] }
}

/** Any (the default): one tag that matches is enough; All: every one must. Unknown when the unevaluated ones decide. */
function combine(results: readonly Match[], all: boolean): Match {
  const [decisive, otherwise]: [Match, Match] = all ? ['no', 'yes'] : ['yes', 'no']
  if (results.includes(decisive)) return decisive
  return results.includes('unknown') ? 'unknown' : otherwise
}

/** The VM-side value a dimension compares: known, or the unresolved input that stands in for it. */
type Subject = { readonly value: string } | { readonly unresolved: UnresolvedInput }

function sourcedValue(value: Sourced<string>, field: string): Subject {
  return value.value !== undefined ? { value: value.value } : { unresolved: unresolvedInput(field, value) }
}

function resourceGroupOf(group: string | undefined, vm: VirtualMachine): Subject {
  if (group !== undefined) return { value: group }
  const reason = 'the resource group the VM is deployed to is not known from the manifests'
  return { unresolved: { field: 'resourceGroup', reason, location: vm.reportAt } }
}

/** The VM-side values the list dimensions compare, made only when the filter lists something. */
const typeOf = (vm: VirtualMachine): Subject => ({ value: vm.identity.type })
const groupOf = (vm: VirtualMachine): Subject => resourceGroupOf(vm.identity.resourceGroup, vm)
const locationOf = (vm: VirtualMachine): Subject => sourcedValue(vm.location, 'location')
const osTypeOf = (vm: VirtualMachine): Subject => sourcedValue(vm.osType, 'osType')

function matchList(
  list: Sourced<readonly string[]>,
  field: string,
  vm: VirtualMachine,
  subjectOf: (vm: VirtualMachine) => Subject,
  equal: (a: string, b: string) => boolean
): ScopeMatch {
  if (list.origin === 'unresolved') return { match: 'unknown', unresolved: [unresolvedInput(field, list)] }
  if (list.value === undefined || list.value.length === 0) return YES
  const subject = subjectOf(vm)
  if ('unresolved' in subject) return { match: 'unknown', unresolved: [subject.unresolved] }
  return list.value.some(item => equal(item, subject.value)) ? YES : NO
}

/**
 * The entries of a tag map, made once per map: every VM is matched against every dynamic scope's tags, and an
 * `Object.entries` of both sides per pair was most of the policy's time on a repository of many scopes.
 */
const ENTRIES = new WeakMap<object, readonly (readonly [string, unknown])[]>()
function entriesOf<T>(map: Readonly<Record<string, T>> | undefined): readonly (readonly [string, T])[] {
  if (map === undefined) return []
  let entries = ENTRIES.get(map)
  if (entries === undefined) ENTRIES.set(map, (entries = Object.entries(map)))
  return entries as readonly (readonly [string, T])[]
}

function matchTags(filter: DynamicScopeFilter, vm: VirtualMachine): ScopeMatch {
  const wanted = filter.tags
  if (wanted.origin === 'unresolved') return { match: 'unknown', unresolved: [unresolvedInput('filter.tags', wanted)] }
  const entries = entriesOf(wanted.value)
  if (entries.length === 0) return YES
  // A map built on one that is not known (`merge(var.base, {...})`) still decides on the keys written after it.
  const { knownEntries } = vm.tags
  if (vm.tags.origin === 'unresolved' && knownEntries === undefined) return { match: 'unknown', unresolved: [unresolvedInput('tags', vm.tags)] }
  const operator = filter.tagOperator
  if (operator.origin === 'unresolved' && entries.length > 1) {
    return { match: 'unknown', unresolved: [unresolvedInput('filter.tagOperator', operator)] }
  }
  const tags = entriesOf(vm.tags.value ?? knownEntries)
  const unknownKeys = vm.tags.unknownKeys ?? []
  const othersUnknown = knownEntries !== undefined && vm.tags.value === undefined
  // A tag the VM has but whose value was not evaluated may or may not be one of those listed; so may a tag of
  // the unknown part of a partly known map, but a key written after that part has its value whatever it holds
  // (Azure keeps one tag per name whatever its case: a base spelling it otherwise is not taken to stand beside it).
  const hasTag = ([key, values]: readonly [string, readonly string[]]): Match => {
    const byValue = tagValueMatch(tags, key, values)
    if (byValue !== 'no') return byValue
    return unknownKeys.some(name => same(name, key)) || (othersUnknown && !tags.some(([name]) => same(name, key))) ? 'unknown' : 'no'
  }
  const results = entries.map(hasTag)
  const match = combine(results, operator.value !== undefined && same(operator.value, 'All'))
  if (match !== 'unknown') return { match, unresolved: [] }
  // The part that is not known is said once, however many of the filter's keys it may hold.
  const base = unresolvedInput('tags', vm.tags)
  const unresolved = entries
    .filter((_, i) => results[i] === 'unknown')
    .map(([key, values]) => {
      if (unknownKeys.some(name => same(name, key))) return { field: 'tags', reason: `the value of its tag '${key}' could not be evaluated`, location: vm.tags.location }
      const other = otherCase(tags, key, values)
      return other === undefined ? base : { field: 'tags', reason: other, location: vm.tags.location }
    })
  return { match: 'unknown', unresolved: [...new Set(unresolved)] }
}

/**
 * Whether the VM has the tag with one of the values (any value for none listed). Tag names are case-insensitive in
 * Azure, but tag values are kept and compared as written, and Update Manager does not document how its tag filter
 * compares them: a value the filter lists only in another case (`Prod` for `prod`) is `unknown`, never a match.
 */
function tagValueMatch(tags: readonly (readonly [string, string])[], key: string, values: readonly string[]): Match {
  if (tags.some(([name, value]) => same(name, key) && (values.length === 0 || values.includes(value)))) return 'yes'
  return otherCase(tags, key, values) === undefined ? 'no' : 'unknown'
}

/** Why a tag value the filter lists only in another case is not known to match (see tagValueMatch), or undefined. */
function otherCase(tags: readonly (readonly [string, string])[], key: string, values: readonly string[]): string | undefined {
  for (const [name, value] of tags) {
    const listed = same(name, key) ? values.find(v => v !== value && same(v, value)) : undefined
    if (listed !== undefined) {
      return `its tag '${name}' is '${value}', which the filter lists only as '${listed}': Azure keeps tag values as written, and Update Manager does not document whether its tag filter ignores their case`
    }
  }
  return undefined
}
