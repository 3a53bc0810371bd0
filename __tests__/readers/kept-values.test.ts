/** Unit tests for keptText (src/model/intern.ts) and src/readers/shared/resource-shape.ts: what the readers keep in the model. */
import { describe, expect, it } from '@jest/globals'
import { keptText } from '../../src/model/intern.js'
import { onFrame } from '../../src/readers/shared/resource-shape.js'

describe('keptText', () => {
  const file = `apiVersion: compute.azure.com/v1api20220301\nkind: VirtualMachine\nmetadata:\n  name: vm-\u00e9-\ud83d\ude00-\ud800-"quoted"\\\n${'#'.repeat(200)}\n`

  it('gives back the same text for a slice of a file, short or long', () => {
    const name = file.slice(file.indexOf('vm-'), file.indexOf('\n', file.indexOf('vm-')))
    expect(keptText(name)).toBe('vm-\u00e9-\ud83d\ude00-\ud800-"quoted"\\')
    expect(keptText(file.slice(0, 96))).toBe(file.slice(0, 96))
    expect(keptText(file.slice(0, 97))).toBe(file.slice(0, 97))
    expect(keptText(file)).toBe(file)
    expect(keptText('')).toBe('')
  })

  it('gives back the same text for a concatenation of slices', () => {
    const symbol = `${file.slice(0, 20)}#${file.slice(21, 40)}/${'x'.repeat(120)}`
    expect(keptText(symbol)).toBe(symbol)
  })
})

describe('onFrame', () => {
  const frame = () => ({ format: 'kubernetes', identity: { type: 't', name: 'n' }, displayName: 'n', variant: '' })

  it('has the keys, order and values of the spread', () => {
    const fields = { kind: 'virtual-machine', canHotpatch: true, tags: { a: 'b' } }
    const spread = { ...frame(), ...fields }
    const built = onFrame(frame(), fields)
    expect(Object.keys(built)).toEqual(['format', 'identity', 'displayName', 'variant', 'kind', 'canHotpatch', 'tags'])
    expect(JSON.stringify(built)).toBe(JSON.stringify(spread))
  })

  it('keeps the place of a frame field the fields write again, with the later value', () => {
    const built = onFrame(frame(), { kind: 'maintenance-assignment', displayName: 'machine' })
    expect(Object.entries(built)).toEqual([
      ['format', 'kubernetes'],
      ['identity', { type: 't', name: 'n' }],
      ['displayName', 'machine'],
      ['variant', ''],
      ['kind', 'maintenance-assignment']
    ])
  })

  it('builds on the frame it is given (the caller gives a fresh one)', () => {
    const own = frame()
    expect(onFrame(own, { kind: 'x' })).toBe(own)
  })
})
