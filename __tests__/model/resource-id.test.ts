/**
 * parseResourceId reads segments in one pass (no lower-cased copy of every segment, no slices of them):
 * the same identities as the reading it replaced, on generated IDs of every shape.
 */
import { describe, it } from '@jest/globals'
import fc from 'fast-check'
import { parseResourceId } from '../../src/model/identity.js'
import { expectEqual } from '../support/many-cases.js'

/** The reading before issue 18's session 14, as it was written, and the subscription of a leading `subscriptions/<id>` (session 19). */
function reference(id: string): { type: string; name: string | undefined; resourceGroup?: string; subscription?: string } | undefined {
  const parts = id.split('/').filter(part => part !== '')
  const providers = parts.map(p => p.toLowerCase()).lastIndexOf('providers')
  if (providers < 0 || providers + 3 > parts.length) return undefined
  const namespace = parts[providers + 1] as string
  const rest = parts.slice(providers + 2)
  const types: string[] = []
  let name: string | undefined
  for (let i = 0; i < rest.length; i += 2) {
    types.push(rest[i] as string)
    name = rest[i + 1]
  }
  const rgIndex = parts.findIndex(p => p.toLowerCase() === 'resourcegroups')
  const resourceGroup = rgIndex >= 0 && rgIndex < providers ? parts[rgIndex + 1] : undefined
  const placeholder = (segment: string): boolean => segment.startsWith('{') || segment.includes('[')
  const type = `${namespace}/${types.join('/')}`
  const kept = name === undefined || placeholder(name) ? undefined : name
  const identity = resourceGroup !== undefined && !placeholder(resourceGroup) ? { type, name: kept, resourceGroup } : { type, name: kept }
  const subscription = parts[0]?.toLowerCase() === 'subscriptions' && providers > 1 ? parts[1] : undefined
  return subscription === undefined || placeholder(subscription) ? identity : { ...identity, subscription }
}

const SEGMENTS = ['', 'subscriptions', 's', 'resourceGroups', 'RESOURCEGROUPS', 'rg', '{resourceGroup}', '[rg]', 'providers', 'Providers', 'PROVIDERS',
  'Microsoft.Compute', 'virtualMachines', 'vm-1', '{s0:vm}', 'extensions', 'ext', '\u212Aelvin', 'provider\u0130']

describe('parseResourceId', () => {
  it('gives the identity the previous reading gave, keys in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SEGMENTS), { maxLength: 12 }), fc.boolean(), (segments, leading) => {
        const id = `${leading ? '/' : ''}${segments.join('/')}`
        const parsed = parseResourceId(id)
        const expected = reference(id)
        expectEqual({ identity: parsed, keys: Object.keys(parsed ?? {}) }, { identity: expected, keys: Object.keys(expected ?? {}) })
      }),
      { numRuns: 2000 }
    )
  })
})
