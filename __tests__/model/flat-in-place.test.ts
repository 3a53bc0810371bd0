/** flatInPlace gives back the very text it is handed, whatever its characters: it only changes how V8 holds it. */
import { describe, expect, it } from '@jest/globals'
import { flatInPlace } from '../../src/model/flat-in-place.js'

describe('flatInPlace', () => {
  it('returns the same string, code unit for code unit, for concatenations, slices, empty and short texts', () => {
    const name = 'vm-\u00e9t\u00e9-\ud83d\ude00-\ud800'
    const texts = [`// Add to "resources": ${name} and ${name.repeat(40)}\n`, '', 'x', name.slice(3), `${name}#2`]
    for (const text of texts) {
      const codes = Array.from({ length: text.length }, (_, index) => text.charCodeAt(index))
      const flat = flatInPlace(text)
      expect(flat).toBe(text)
      expect(Array.from({ length: flat.length }, (_, index) => flat.charCodeAt(index))).toEqual(codes)
    }
  })
})
