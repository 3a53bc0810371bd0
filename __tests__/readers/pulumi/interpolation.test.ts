/**
 * Unit tests for src/readers/pulumi/interpolation.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { parseInterpolation } from '../../../src/readers/pulumi/interpolation.js'

describe('parseInterpolation', () => {
  it('splits text and accesses with properties, indexes and quoted keys', () => {
    expect(parseInterpolation('/subscriptions/${sub}/vm/${vm.name}')).toEqual([
      { text: '/subscriptions/' },
      { access: { root: 'sub', path: [], text: 'sub' } },
      { text: '/vm/' },
      { access: { root: 'vm', path: ['name'], text: 'vm.name' } }
    ])
    expect(parseInterpolation('${ res.outputs[0]["a.b"].id }')).toEqual([
      { access: { root: 'res', path: ['outputs', 0, 'a.b', 'id'], text: 'res.outputs[0]["a.b"].id' } }
    ])
  })

  it('keeps $${ as a literal ${', () => {
    expect(parseInterpolation('cost: $${price}')).toEqual([{ text: 'cost: ${price}' }])
  })

  it('names what is malformed', () => {
    expect(parseInterpolation('${vm.name')).toEqual({ error: 'unterminated "${" in "${vm.name"' })
    expect(parseInterpolation('${}')).toEqual({ error: 'expected a name in "${}"' })
    expect(parseInterpolation('${vm..id}')).toEqual({ error: 'cannot read "..id" in "${vm..id}"' })
  })
})
