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

  it('reads a quoted root key, escaped quotes, and `}` `.` `[` inside a quoted key (Pulumi property paths)', () => {
    // The form the gate's own fix snippets write for a logical name with a dot (src/policy/snippets/pulumi.ts).
    expect(parseInterpolation('${["web.vm"].location}')).toEqual([
      { access: { root: 'web.vm', path: ['location'], text: '["web.vm"].location' } }
    ])
    expect(parseInterpolation('${["a \\"b\\" }"][0]} and ${vm["x.y"].tags["k[1]"]}')).toEqual([
      { access: { root: 'a "b" }', path: [0], text: '["a \\"b\\" }"][0]' } },
      { text: ' and ' },
      { access: { root: 'vm', path: ['x.y', 'tags', 'k[1]'], text: 'vm["x.y"].tags["k[1]"]' } }
    ])
  })

  it('reads $$ as a literal $, so $${ as a literal ${ (as pulumi-yaml does)', () => {
    expect(parseInterpolation('cost: $${price}')).toEqual([{ text: 'cost: ${price}' }])
    expect(parseInterpolation('P@$$w0rd costs $5, $$$${x}')).toEqual([{ text: 'P@$w0rd costs $5, $${x}' }])
  })

  it('names what is malformed', () => {
    expect(parseInterpolation('${vm.name')).toEqual({ error: 'unterminated "${" in "${vm.name"' })
    expect(parseInterpolation('${}')).toEqual({ error: 'expected a name in "${}"' })
    expect(parseInterpolation('${vm..id}')).toEqual({ error: 'cannot read "..id" in "${vm..id}"' })
    expect(parseInterpolation('${[0].id}')).toEqual({ error: 'expected a name in "${[0].id}"' })
    expect(parseInterpolation('${vm .id}')).toEqual({ error: 'cannot read " .id" in "${vm .id}"' })
    expect(parseInterpolation('${["web.vm].id}')).toEqual({ error: 'missing closing quote in "${["web.vm].id}"' })
    expect(parseInterpolation('${["web"}')).toEqual({ error: 'missing closing bracket after "web" in "${["web"}"' })
    expect(parseInterpolation('${["web"]')).toEqual({ error: 'unterminated "${" in "${["web"]"' })
  })
})
