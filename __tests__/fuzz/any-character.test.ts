/**
 * The fuzz harness's anyCharacter (support.ts) draws what fast-check's `binary` string unit draws: that unit
 * is fast-check's mapToConstant over the code points below and above the surrogates, which is sampled here
 * without building its reverse table (the long test compares the strings of `fc.string({ unit: 'binary' })`
 * themselves, and the shrinking).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { anyCharacter, anyText, characterAt, indexOfCharacter } from './support.js'

/** fast-check's binary unit: its ranges [0, 0xD7FF] and [0xE000, 0x10FFFF], one entry each. */
const binaryUnit = fc.mapToConstant(
  { num: 0xd800, build: index => String.fromCodePoint(index) },
  { num: 0x110000 - 0xe000, build: index => String.fromCodePoint(0xe000 + index) }
)

describe('anyCharacter', () => {
  it('draws the characters of fast-check’s binary unit for the same seed', () => {
    for (const seed of [1, 20251023, 20251106]) {
      expect(fc.sample(anyCharacter, { seed, numRuns: 2000 })).toEqual(fc.sample(binaryUnit, { seed, numRuns: 2000 }))
    }
  })

  it('maps the first and last index of each range, and back', () => {
    const edges: [number, string][] = [
      [0, '\u0000'],
      [0xd7ff, '\ud7ff'],
      [0xd800, '\ue000'],
      [0x110000 - 0x800 - 1, '\u{10ffff}']
    ]
    expect(edges.map(([index]) => characterAt(index))).toEqual(edges.map(([, character]) => character))
    expect(edges.map(([, character]) => indexOfCharacter(character))).toEqual(edges.map(([index]) => index))
    expect(edges.every(([, character]) => anyCharacter.canShrinkWithoutContext(character))).toBe(true)
  })

  it('refuses what fast-check’s unit refuses: surrogates, two characters, nothing, other types', () => {
    const refused = ['\ud800', '\udfff', 'ab', 'a\u0301', '', 1, null, undefined].filter(value =>
      anyCharacter.canShrinkWithoutContext(value)
    )
    expect(refused).toEqual([])
  })

  it('makes strings of at most the given length in characters', () => {
    const texts = fc.sample(anyText(5), { seed: 3, numRuns: 500 })
    expect(texts.filter(text => [...text].length > 5)).toEqual([])
    expect(texts.some(text => /[\u{10000}-\u{10ffff}]/u.test(text))).toBe(true)
  })
})
