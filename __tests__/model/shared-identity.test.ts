import { describe, expect, it } from '@jest/globals'
import { parseResourceId, releaseSharedIdentities, sharedIdentity, VM_TYPE } from '../../src/model/identity.js'
import { differing } from '../support/many-cases.js'

describe('sharedIdentity', () => {
  it('gives one object for equal identities, in the key order a parsed ID has', () => {
    const vm = sharedIdentity(VM_TYPE, 'vm-web')
    expect(vm).toEqual({ type: VM_TYPE, name: 'vm-web' })
    expect(Object.keys(vm)).toEqual(['type', 'name'])
    expect(sharedIdentity(VM_TYPE, 'vm-web')).toBe(vm)
    // What an assignment's target reads from the VM's ID is the VM's own identity.
    expect(parseResourceId(`/providers/${VM_TYPE}/vm-web`)).toBe(vm)

    const grouped = sharedIdentity(VM_TYPE, 'vm-web', 'rg-a')
    expect(Object.keys(grouped)).toEqual(['type', 'name', 'resourceGroup'])
    expect(parseResourceId(`/subscriptions/{subscriptionId}/resourceGroups/rg-a/providers/${VM_TYPE}/vm-web`)).toBe(grouped)
    // An ID into a named subscription keeps it: an identity of its own.
    expect(parseResourceId(`/subscriptions/s/resourceGroups/rg-a/providers/${VM_TYPE}/vm-web`)).toEqual({ ...grouped, subscription: 's' })
  })

  it('keeps apart identities whose texts join alike', () => {
    const pairs: [string, string, string | undefined][] = [
      ['t', '3:abcrg', undefined],
      ['t', 'abc', 'rg'],
      ['t', 'abc', ''],
      ['t', 'abc', undefined],
      ['t3', ':abc', undefined],
      ['t', '3:abc', undefined]
    ]
    const made = pairs.map(([type, name, group]) => sharedIdentity(type, name, group))
    made.forEach((identity, i) => {
      const [type, name, group] = pairs[i] as [string, string, string | undefined]
      expect(identity).toEqual(group === undefined ? { type, name } : { type, name, resourceGroup: group })
    })
    expect(new Set(made).size).toBe(pairs.length)
  })

  it('gives equal values when its table fills, and new equal ones once released', () => {
    const first = sharedIdentity(VM_TYPE, 'vm-0')
    const { got, want } = differing(10_000, i => sharedIdentity(VM_TYPE, `vm-${i}`), i => ({ type: VM_TYPE, name: `vm-${i}` }))
    expect(got).toEqual(want)
    const kept = sharedIdentity(VM_TYPE, 'vm-kept')
    releaseSharedIdentities()
    const again = sharedIdentity(VM_TYPE, 'vm-kept')
    expect(again).not.toBe(kept)
    expect(again).toEqual(kept)
    expect(sharedIdentity(VM_TYPE, 'vm-0')).toEqual(first)
  })
})
