/**
 * src/policy/dynamic-scope.ts under mutation (issue 12, docs/mutation/policy-rest-b.md): the exact unresolved
 * inputs each dimension names (filter side and VM side), the subscription a dynamic scope cannot leave, an
 * empty list that restricts nothing, and the tag operator.
 */
import { describe, expect, it } from '@jest/globals'
import type { DynamicScopeFilter } from '../../src/model/resources.js'
import { known } from '../../src/model/source.js'
import { matchDynamicScope } from '../../src/policy/dynamic-scope.js'
import { dynamicScope, lit, loc, unknownValue, unset, vm } from './builders.js'

const filterOf = (filter: Partial<DynamicScopeFilter>): DynamicScopeFilter => dynamicScope(filter).filter as DynamicScopeFilter
const placed = vm({
  identity: { type: 'Microsoft.Compute/virtualMachines', name: 'web-01', resourceGroup: 'rg-web' },
  tags: lit({ Patching: 'Monthly', env: 'prod' }, 12)
})
const subscription = (id: string) => ({
  scope: { subscription: known(id, loc(3)), resourceGroup: known('rg-web', loc(4)) }
})

describe('matchDynamicScope: the subscription', () => {
  it('a scope in another known subscription selects nothing, whatever else is unresolved', () => {
    const inB = { ...placed, ...subscription('sub-b') }
    const unknownTypes = filterOf({ resourceTypes: unknownValue(66, 'x') })
    expect(matchDynamicScope(unknownTypes, inB, subscription('sub-a'))).toEqual({ match: 'no', unresolved: [] })
    expect(matchDynamicScope(filterOf({}), inB, subscription('SUB-B'))).toEqual({ match: 'yes', unresolved: [] })
    // A VM deployed where its deployment runs may or may not be in the subscription the scope names.
    expect(matchDynamicScope(filterOf({}), placed, subscription('sub-a')).match).toBe('unknown')
  })
})

describe('matchDynamicScope: what it cannot decide', () => {
  it('names every unresolved filter dimension, in order', () => {
    const reason = (name: string) => `parameter '${name}' has no value`
    const filter = filterOf({
      resourceTypes: unknownValue(66, reason('types')),
      resourceGroups: unknownValue(67, reason('groups')),
      locations: unknownValue(68, reason('locations')),
      osTypes: unknownValue(69, reason('os')),
      tags: unknownValue(70, reason('tags'))
    })
    expect(matchDynamicScope(filter, placed)).toEqual({
      match: 'unknown',
      unresolved: [
        { field: 'filter.resourceTypes', reason: reason('types'), location: loc(66) },
        { field: 'filter.resourceGroups', reason: reason('groups'), location: loc(67) },
        { field: 'filter.locations', reason: reason('locations'), location: loc(68) },
        { field: 'filter.osTypes', reason: reason('os'), location: loc(69) },
        { field: 'filter.tags', reason: reason('tags'), location: loc(70) }
      ]
    })
  })

  it('names the VM values a given dimension needs: resource group, location, OS type, tags', () => {
    const unplaced = vm({
      location: unknownValue(11, "parameter 'location' has no value"),
      osType: unset<'Windows' | 'Linux'>(13),
      tags: unknownValue(12, "variable 'tags' uses union()")
    })
    const filter = filterOf({
      resourceGroups: lit(['rg-web'], 66),
      locations: lit(['westeurope'], 67),
      osTypes: lit(['Windows'], 68),
      tags: lit({ env: ['prod'] }, 69)
    })
    expect(matchDynamicScope(filter, unplaced)).toEqual({
      match: 'unknown',
      unresolved: [
        {
          field: 'resourceGroup',
          reason: 'the resource group the VM is deployed to is not known from the manifests',
          location: loc(10)
        },
        { field: 'location', reason: "parameter 'location' has no value", location: loc(11) },
        { field: 'osType', reason: 'its value could not be evaluated', location: loc(13) },
        { field: 'tags', reason: "variable 'tags' uses union()", location: loc(12) }
      ]
    })
  })

  it('an empty list, or a dimension not given, restricts nothing and needs no VM value', () => {
    const unplaced = vm({ location: unknownValue(11, 'x'), tags: unknownValue(12, 'y') })
    const empty = filterOf({
      resourceTypes: lit([], 66),
      resourceGroups: lit([], 67),
      locations: lit([], 68),
      osTypes: lit([], 69),
      tags: lit({}, 70)
    })
    expect(matchDynamicScope(empty, unplaced)).toEqual({ match: 'yes', unresolved: [] })
  })

  it('an unresolved operator with several tags is named; with one tag it does not matter', () => {
    const operator = unknownValue<string>(71, "parameter 'op' has no value")
    expect(matchDynamicScope(filterOf({ tags: lit({ env: ['prod'], x: ['y'] }, 70), tagOperator: operator }), placed)).toEqual({
      match: 'unknown',
      unresolved: [{ field: 'filter.tagOperator', reason: "parameter 'op' has no value", location: loc(71) }]
    })
    expect(matchDynamicScope(filterOf({ tags: lit({ env: ['prod'] }, 70), tagOperator: operator }), placed)).toEqual({
      match: 'yes',
      unresolved: []
    })
  })
})

describe('matchDynamicScope: tags', () => {
  const tags = (wanted: Record<string, string[]>, operator?: string) =>
    matchDynamicScope(
      filterOf({ tags: lit(wanted, 70), ...(operator !== undefined && { tagOperator: lit(operator, 71) }) }),
      placed
    ).match

  it('a tag name matches in any case, and its value must be one of those listed, as written', () => {
    expect(tags({ ENV: ['prod'] })).toBe('yes')
    // Tag values are kept as written; whether Update Manager's filter ignores their case is not documented.
    expect(tags({ ENV: ['PROD'] })).toBe('unknown')
    expect(tags({ env: ['Prod', 'dev'] })).toBe('unknown')
    expect(tags({ env: ['dev', 'prod'] })).toBe('yes')
    expect(tags({ env: ['dev', 'test'] })).toBe('no')
    expect(tags({ owner: [] })).toBe('no')
  })

  it('Any (written or by default) needs one tag, All needs every one', () => {
    expect(tags({ env: ['prod'], owner: ['ops'] })).toBe('yes')
    expect(tags({ env: ['prod'], owner: ['ops'] }, 'Any')).toBe('yes')
    expect(tags({ env: ['prod'], owner: ['ops'] }, 'All')).toBe('no')
    expect(tags({ env: ['prod'], patching: [] }, 'ALL')).toBe('yes')
    expect(tags({ env: ['dev'], owner: ['ops'] }, 'Any')).toBe('no')
  })

  describe('a tag whose value was not evaluated (tags.unknownKeys)', () => {
    const withOwner = { ...placed, tags: { ...lit({ Patching: 'Monthly' }, 12), unknownKeys: ['Owner'] } }
    const on = (wanted: Record<string, string[]>, operator?: string) =>
      matchDynamicScope(filterOf({ tags: lit(wanted, 70), ...(operator !== undefined && { tagOperator: lit(operator, 71) }) }), withOwner)
    const unknownOwner = { match: 'unknown', unresolved: [{ field: 'tags', reason: "the value of its tag 'owner' could not be evaluated", location: loc(12) }] }

    it.each<[string, Record<string, string[]>, string | undefined, 'yes' | 'no' | 'unknown']>([
      ['a filter on the tags known only: decided by them', { patching: ['Monthly'] }, undefined, 'yes'],
      ['a filter on the tags known only, not matching', { patching: ['weekly'] }, undefined, 'no'],
      ['a filter on a tag the VM does not have', { env: ['prod'] }, undefined, 'no'],
      ['Any: a known tag that matches is enough', { patching: ['Monthly'], owner: ['ops'] }, 'Any', 'yes'],
      ['Any: the known ones do not match, the unknown one may', { patching: ['weekly'], owner: ['ops'] }, 'Any', 'unknown'],
      ['All: a known tag that does not match decides', { patching: ['weekly'], owner: ['ops'] }, 'All', 'no'],
      ['All: the known ones match, the unknown one may not', { patching: ['Monthly'], owner: ['ops'] }, 'All', 'unknown']
    ])('%s', (_what, wanted, operator, expected) => {
      expect(on(wanted, operator).match).toBe(expected)
    })

    it('names the tags that decide, as the filter writes them, at the VM\'s tags', () => {
      expect(on({ owner: ['ops'] })).toEqual(unknownOwner)
    })
  })

  it('a dimension that rules the VM out leaves nothing unresolved', () => {
    const filter = filterOf({ osTypes: lit(['Linux'], 69), locations: unknownValue(68, 'x') })
    expect(matchDynamicScope(filter, placed)).toEqual({ match: 'no', unresolved: [] })
  })

  it('a location filter compares without spaces or case, both ways', () => {
    const inDisplayName = { ...placed, location: lit('West Europe', 11) }
    expect(matchDynamicScope(filterOf({ locations: lit(['westeurope'], 68) }), inDisplayName).match).toBe('yes')
    expect(matchDynamicScope(filterOf({ locations: lit(['WestEurope', 'eastus'], 68) }), placed).match).toBe('yes')
    expect(matchDynamicScope(filterOf({ locations: lit(['west europe 2'], 68) }), placed).match).toBe('no')
  })
})
