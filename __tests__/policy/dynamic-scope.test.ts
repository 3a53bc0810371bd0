/** Unit tests for src/policy/dynamic-scope.ts */
import { describe, expect, it } from '@jest/globals'
import type { DynamicScopeFilter } from '../../src/model/resources.js'
import { matchDynamicScope, passesOver, whyNotSelected } from '../../src/policy/dynamic-scope.js'
import type { Placed } from '../../src/model/match.js'
import { absent, type Sourced } from '../../src/model/source.js'
import { dynamicScope, lit, loc, unknownValue, vm } from './builders.js'

const filterOf = (filter: Partial<DynamicScopeFilter>): DynamicScopeFilter =>
  dynamicScope(filter).filter as DynamicScopeFilter
const tagged = vm({
  identity: { type: 'Microsoft.Compute/virtualMachines', name: 'web-01', resourceGroup: 'RG-Web' },
  tags: lit({ Patching: 'Monthly', env: 'prod' }, 12)
})
const match = (filter: Partial<DynamicScopeFilter>, machine = tagged) =>
  matchDynamicScope(filterOf(filter), machine).match

describe('matchDynamicScope', () => {
  it('an empty filter selects every VM', () => {
    expect(match({})).toBe('yes')
  })

  it.each<[string, Partial<DynamicScopeFilter>, 'yes' | 'no']>([
    ['resource type, any case', { resourceTypes: lit(['microsoft.compute/virtualmachines'], 66) }, 'yes'],
    ['another resource type', { resourceTypes: lit(['Microsoft.HybridCompute/machines'], 66) }, 'no'],
    ['resource group, any case', { resourceGroups: lit(['rg-web'], 66) }, 'yes'],
    ['another resource group', { resourceGroups: lit(['rg-data'], 66) }, 'no'],
    ['location written as a display name', { locations: lit(['West Europe'], 66) }, 'yes'],
    ['another location', { locations: lit(['eastus'], 66) }, 'no'],
    ['OS type, any case', { osTypes: lit(['windows'], 66) }, 'yes'],
    ['Linux only', { osTypes: lit(['Linux'], 66) }, 'no'],
    ['a tag named in any case, with a matching value', { tags: lit({ patching: ['Monthly'] }, 66) }, 'yes'],
    ['a tag with no values listed matches any value', { tags: lit({ env: [] }, 66) }, 'yes'],
    ['a tag with another value', { tags: lit({ env: ['dev'] }, 66) }, 'no'],
    ['Any (the default): one tag of two is enough', { tags: lit({ env: ['dev'], patching: ['Monthly'] }, 66) }, 'yes'],
    [
      'All: every tag must match',
      { tags: lit({ env: ['dev'], patching: ['monthly'] }, 66), tagOperator: lit('All', 67) },
      'no'
    ],
    [
      'All with every tag matching',
      { tags: lit({ env: ['prod'], patching: ['Monthly'] }, 66), tagOperator: lit('all', 67) },
      'yes'
    ]
  ])('%s', (_name, filter, expected) => {
    expect(match(filter)).toBe(expected)
  })

  it('a tag value the filter lists only in another case is not known to match, and says why at the VM\'s tags', () => {
    // Azure keeps tag values as written (tag names are case-insensitive), and Update Manager does not document
    // whether its filter ignores their case: a window that counts only if it does is no plan for certain.
    expect(matchDynamicScope(filterOf({ tags: lit({ patching: ['monthly'] }, 66) }), tagged)).toEqual({
      match: 'unknown',
      unresolved: [
        {
          field: 'tags',
          reason:
            "its tag 'Patching' is 'Monthly', which the filter lists only as 'monthly': Azure keeps tag values as written, " +
            'and Update Manager does not document whether its tag filter ignores their case',
          location: loc(12)
        }
      ]
    })
  })

  it('a VM without tags is not selected by a tag filter', () => {
    expect(match({ tags: lit({ env: ['prod'] }, 66) }, vm())).toBe('no')
  })

  it('an unresolved filter dimension makes the match unknown, naming it', () => {
    const regions = unknownValue<readonly string[]>(66, "parameter 'regions' has no value")
    const result = matchDynamicScope(filterOf({ locations: regions }), tagged)
    expect(result).toEqual({
      match: 'unknown',
      unresolved: [
        {
          field: 'filter.locations',
          reason: "parameter 'regions' has no value",
          location: { file: 'infra/main.bicep', line: 66, column: 5 }
        }
      ]
    })
  })

  it('a known mismatch wins over an unresolved dimension', () => {
    expect(match({ locations: unknownValue(66, 'unknown'), osTypes: lit(['Linux'], 67) })).toBe('no')
  })

  it('an unknown resource group on the VM makes a resource-group filter unknown', () => {
    expect(match({ resourceGroups: lit(['rg-web'], 66) }, vm())).toBe('unknown')
  })

  it('unresolved VM tags make a tag filter unknown', () => {
    const untagged = vm({ tags: unknownValue(12, "variable 'tags' uses union()") })
    expect(match({ tags: lit({ env: ['prod'] }, 66) }, untagged)).toBe('unknown')
  })

  it('an unresolved operator matters only with more than one tag', () => {
    const operator = unknownValue<string>(67, "parameter 'op' has no value")
    expect(match({ tags: lit({ env: ['prod'] }, 66), tagOperator: operator })).toBe('yes')
    expect(match({ tags: lit({ env: ['prod'], x: ['y'] }, 66), tagOperator: operator })).toBe('unknown')
  })

  describe('where the dynamic scope is created', () => {
    const atGroup = (group: string): Placed => ({ scope: { subscription: absent(loc(60)), resourceGroup: lit(group, 60) } })
    const unitOf = (environment: string): Pick<Placed, 'unit'> => ({ unit: lit({ kind: 'terraform-root' as const, key: 'terraform:infra', environment }, 1) })

    it('at a resource group (a module scoped to it): that group\'s VMs only', () => {
      expect(matchDynamicScope(filterOf({}), tagged, atGroup('rg-web')).match).toBe('yes')
      expect(matchDynamicScope(filterOf({}), tagged, atGroup('rg-maint')).match).toBe('no')
      expect(matchDynamicScope(filterOf({}), vm(), atGroup('rg-maint'))).toEqual({
        match: 'unknown',
        unresolved: [
          {
            field: 'resourceGroup',
            reason:
              "the dynamic scope is created at resource group 'rg-maint', which it alone selects from; the resource group " +
              'the VM is deployed to is not known from the manifests',
            location: vm().reportAt
          }
        ]
      })
    })

    describe('at the resource group its deployment is run against (an ARM or Bicep resource group deployment)', () => {
      const atDeploymentGroup: Placed = { scope: { subscription: absent(loc(60)), resourceGroup: absent(loc(60)), atDeploymentGroup: true } }
      const atSubscription: Placed = { scope: { subscription: absent(loc(60)), resourceGroup: absent(loc(60)) } }
      const machineIn = (resourceGroup: Sourced<string>) => ({
        ...tagged,
        identity: { ...tagged.identity, resourceGroup: resourceGroup.value },
        scope: { subscription: absent<string>(loc(70)), resourceGroup }
      })

      it('a VM its deployment puts in a named group only if the deployment is run against that group: unknown, located where it names it', () => {
        const machine = machineIn(lit('rg-other', 71))
        expect(matchDynamicScope(filterOf({}), machine, atDeploymentGroup)).toEqual({
          match: 'unknown',
          unresolved: [
            {
              field: 'resourceGroup',
              reason:
                "the dynamic scope is created at the resource group its deployment is run against and selects that group's VMs only, " +
                "while the VM is deployed into resource group 'rg-other': it selects the VM only if its deployment is run against 'rg-other'",
              location: loc(71)
            }
          ]
        })
        // Created at the subscription, it selects the VM.
        expect(matchDynamicScope(filterOf({}), machine, atSubscription).match).toBe('yes')
        // A filter that rules the VM out still does.
        expect(matchDynamicScope(filterOf({ resourceGroups: lit(['rg-x'], 66) }), machine, atDeploymentGroup).match).toBe('no')
        expect(whyNotSelected(filterOf({}), machine, atDeploymentGroup)).toBeUndefined()
      })

      it('a VM of a group not evaluated: unknown; one of the group its own deployment is run against: yes', () => {
        const unevaluated = { ...machineIn(unknownValue<string>(72, "parameter 'rg' has no value")), identity: { ...tagged.identity, resourceGroup: undefined } }
        expect(matchDynamicScope(filterOf({}), unevaluated, atDeploymentGroup).unresolved.map(input => [input.reason, input.location.line])).toEqual([
          [
            "the dynamic scope is created at the resource group its deployment is run against and selects that group's VMs only, " +
              "while the VM's resource group could not be evaluated (parameter 'rg' has no value): it selects the VM only if the two are one",
            72
          ]
        ])
        const own = { ...machineIn(absent<string>(loc(73))), identity: { ...tagged.identity, resourceGroup: undefined } }
        expect(matchDynamicScope(filterOf({}), own, atDeploymentGroup)).toEqual({ match: 'yes', unresolved: [] })
      })
    })

    describe('in a subscription', () => {
      const inSubscription = (subscription: Placed['scope'] extends infer S ? S extends { subscription: infer T } ? T : never : never): Placed => ({
        scope: { subscription, resourceGroup: absent(loc(60)) }
      })
      const own = inSubscription(absent(loc(60)))
      const named = (id: string, line: number) => inSubscription(lit(id, line))
      const unevaluated = inSubscription(unknownValue<string>(61, "parameter 'sub' has no value"))
      /** Where its deployment runs, written as `id` (a Terraform root's default provider's subscription_id). */
      const runsIn = (id: string): Placed => ({ scope: { subscription: absent(loc(60)), resourceGroup: absent(loc(60)), runsAgainst: id } })
      const machineIn = (placed: Placed) => ({ ...tagged, scope: placed.scope })

      it.each<[string, Placed, Placed, 'yes' | 'no' | 'unknown']>([
        ['both where their deployments run', own, own, 'yes'],
        ['both the same named one, any case', named('AAAA', 60), named('aaaa', 70), 'yes'],
        ['two named ones that differ', named('aaaa', 60), named('bbbb', 70), 'no'],
        ['the VM in a named one, the scope where its deployment runs', own, named('bbbb', 70), 'unknown'],
        ['the scope in a named one, the VM where its deployment runs', named('aaaa', 60), own, 'unknown'],
        ['the VM in a named one not evaluated', named('aaaa', 60), unevaluated, 'unknown'],
        ['both where their deployments run, written as two', runsIn('aaaa'), runsIn('bbbb'), 'no'],
        ['both where their deployments run, written as one, any case', runsIn('AAAA'), runsIn('aaaa'), 'yes'],
        ['both where their deployments run, written by one only', runsIn('aaaa'), own, 'yes'],
        ['the VM in a named one, the scope where its deployment runs, written as another', runsIn('aaaa'), named('bbbb', 70), 'no'],
        ['the VM in a named one, the scope where its deployment runs, written as it', runsIn('bbbb'), named('BBBB', 70), 'yes'],
        ['the VM in a named one not evaluated, the scope written where it runs', runsIn('aaaa'), unevaluated, 'unknown']
      ])('%s: %s', (_what, from, vmAt, expected) => {
        expect(matchDynamicScope(filterOf({}), machineIn(vmAt), from).match).toBe(expected)
      })

      it('says which subscription each is in, located where the VM\'s is named', () => {
        expect(matchDynamicScope(filterOf({}), machineIn(unevaluated), own).unresolved).toEqual([
          {
            field: 'subscription',
            reason:
              'the dynamic scope is created in the subscription its deployment runs against and the VM is deployed in a ' +
              "subscription its deployment names but that could not be evaluated (parameter 'sub' has no value): the same " +
              'subscription only if the two are one',
            location: loc(61)
          }
        ])
        expect(matchDynamicScope(filterOf({}), machineIn(own), named('aaaa', 60)).unresolved).toEqual([
          {
            field: 'subscription',
            reason:
              "the dynamic scope is created in subscription 'aaaa' and the VM is deployed in the subscription its deployment " +
              'runs against: the same subscription only if the two are one',
            location: loc(60)
          }
        ])
      })

      it('both deployed through one provider configuration whose subscription was not evaluated: yes; through two: unknown', () => {
        const through = (handle: string): Placed => ({ scope: { ...(unevaluated.scope as NonNullable<Placed['scope']>), subscriptionHandle: handle } })
        const spoke = 'infra#provider.azurerm.spoke'
        expect(matchDynamicScope(filterOf({}), machineIn(through(spoke)), through(spoke))).toEqual({ match: 'yes', unresolved: [] })
        expect(matchDynamicScope(filterOf({}), machineIn(through(spoke)), through('infra#provider.azurerm.hub')).match).toBe('unknown')
        expect(matchDynamicScope(filterOf({}), machineIn(through(spoke)), own).match).toBe('unknown')
      })

      it('a filter that rules the VM out decides, whatever the subscriptions', () => {
        expect(matchDynamicScope(filterOf({ osTypes: lit(['Linux'], 66) }), machineIn(unevaluated), own)).toEqual({ match: 'no', unresolved: [] })
      })
    })

    it("in another environment of the VM's unit (prod.tfvars against dev.tfvars): never", () => {
      const machine = { ...tagged, ...unitOf('infra/dev.tfvars') }
      expect(matchDynamicScope(filterOf({}), machine, unitOf('infra/prod.tfvars')).match).toBe('no')
      expect(matchDynamicScope(filterOf({}), machine, unitOf('infra/dev.tfvars')).match).toBe('yes')
    })
  })
})

describe('whyNotSelected', () => {
  const why = (filter: Partial<DynamicScopeFilter>, from: Placed = {}) => whyNotSelected(filterOf(filter), tagged, from)

  it.each<[string, Partial<DynamicScopeFilter>, string | undefined]>([
    ['it selects the VM', { tags: lit({ patching: ['monthly'] }, 66) }, undefined],
    ['another resource type', { resourceTypes: lit(['Microsoft.HybridCompute/machines'], 66) }, "its filter's resource types (Microsoft.HybridCompute/machines) do not include 'Microsoft.Compute/virtualMachines'"],
    ['another resource group', { resourceGroups: lit(['rg-data', 'rg-app'], 66) }, "its filter's resource groups (rg-data, rg-app) do not include 'RG-Web'"],
    ['another location', { locations: lit(['eastus'], 66) }, "its filter's locations (eastus) do not include 'westeurope'"],
    ['Linux only', { osTypes: lit(['Linux'], 66) }, "its filter's OS types (Linux) do not include 'Windows'"],
    ['a tag value written another way', { tags: lit({ env: ['production'] }, 66) }, "its tag filter (any of env: production) does not match the VM's tags at infra/main.bicep:12 (env: prod)"],
    ['a filter whose value was not evaluated: it may select it', { locations: unknownValue<readonly string[]>(66, 'unknown') }, undefined]
  ])('%s', (_name, filter, expected) => {
    expect(why(filter)).toBe(expected)
    // What only counts a scope says the same as what puts it in words.
    expect(passesOver(filterOf(filter), tagged)).toBe(expected !== undefined)
  })

  it('a tag filter names where the VM has its tags, or, with none, where the VM is written', () => {
    const filter = filterOf({ tags: lit({ UpdateManagement: ['mc-win'] }, 66), tagOperator: lit('All', 67) })
    expect(whyNotSelected(filter, vm())).toBe("its tag filter (all of UpdateManagement: mc-win) does not match the VM's tags at infra/main.bicep:10 (no UpdateManagement tag)")
    expect(whyNotSelected(filter, tagged)).toBe("its tag filter (all of UpdateManagement: mc-win) does not match the VM's tags at infra/main.bicep:12 (no UpdateManagement tag)")
  })

  it('names the resource group a scope is created at; says nothing of a scope of another subscription or environment', () => {
    const atGroup: Placed = { scope: { subscription: absent(loc(60)), resourceGroup: lit('rg-maint', 60) } }
    expect(why({}, atGroup)).toBe("it is created at resource group 'rg-maint' and selects that group's VMs only, not 'RG-Web'")
    const elsewhere: Placed = { scope: { subscription: lit('aaaa', 60), resourceGroup: absent<string>(loc(60)) } }
    const machine = { ...tagged, scope: { subscription: lit('bbbb', 70), resourceGroup: absent<string>(loc(70)) } }
    expect(whyNotSelected(filterOf({ locations: lit(['eastus'], 66) }), machine, elsewhere)).toBeUndefined()
    expect([passesOver(filterOf({}), tagged, atGroup), passesOver(filterOf({ locations: lit(['eastus'], 66) }), machine, elsewhere)]).toEqual([true, false])
  })
})

describe('a partly known tag map (Sourced.knownEntries: keys written after a map that is not known)', () => {
  const base = "parameter 'baseTags' has no value"
  const partlyKnown = (knownEntries: Readonly<Record<string, string>>) =>
    vm({ tags: { ...unknownValue<Readonly<Record<string, string>>>(12, base), knownEntries } })
  const patchGroupB = partlyKnown({ PatchGroup: 'B' })
  const all = lit('All', 67)

  it.each<[string, Partial<DynamicScopeFilter>, Readonly<Record<string, string>>, 'yes' | 'no' | 'unknown']>([
    ['a certain key with another value', { tags: lit({ patchgroup: ['A'] }, 66) }, { PatchGroup: 'B' }, 'no'],
    ['a certain key, named in any case, with the value asked for', { tags: lit({ patchgroup: ['B'] }, 66) }, { PatchGroup: 'B' }, 'yes'],
    ['a certain key with the value asked for in another case only', { tags: lit({ patchgroup: ['b'] }, 66) }, { PatchGroup: 'B' }, 'unknown'],
    ['a certain key, any value asked for', { tags: lit({ PatchGroup: [] }, 66) }, { PatchGroup: 'B' }, 'yes'],
    ['a key the unknown map alone may hold', { tags: lit({ env: ['prod'] }, 66) }, { PatchGroup: 'B' }, 'unknown'],
    ['All: one certain mismatch rules it out', { tags: lit({ env: ['prod'], PatchGroup: ['A'] }, 66), tagOperator: all }, { PatchGroup: 'B' }, 'no'],
    ['All: a certain match waits for the unknown key', { tags: lit({ env: ['prod'], PatchGroup: ['B'] }, 66), tagOperator: all }, { PatchGroup: 'B' }, 'unknown'],
    ['Any: one certain match is enough', { tags: lit({ env: ['prod'], PatchGroup: ['B'] }, 66) }, { PatchGroup: 'B' }, 'yes'],
    ['Any: a certain mismatch waits for the unknown key', { tags: lit({ env: ['prod'], PatchGroup: ['A'] }, 66) }, { PatchGroup: 'B' }, 'unknown'],
    ['Any: every key certain and none matching', { tags: lit({ env: ['prod'], PatchGroup: ['A'] }, 66) }, { PatchGroup: 'B', Env: 'test' }, 'no']
  ])('%s', (_name, filter, knownEntries, expected) => {
    expect(match(filter, partlyKnown(knownEntries))).toBe(expected)
  })

  it('names the unknown map once when it decides, and says what is certain when it does not select', () => {
    const filter = filterOf({ tags: lit({ env: ['prod'], team: ['web'] }, 66) })
    expect(matchDynamicScope(filter, patchGroupB)).toEqual({
      match: 'unknown',
      unresolved: [{ field: 'tags', reason: base, location: loc(12) }]
    })
    const allOf = filterOf({ tags: lit({ PatchGroup: ['A'], env: ['prod'] }, 66), tagOperator: all })
    expect(whyNotSelected(allOf, patchGroupB)).toBe("its tag filter (all of PatchGroup: A; env: prod) does not match the VM's tags at infra/main.bicep:12 (PatchGroup: B; env not known)")
  })
})
