/**
 * anyCharacter (support.ts) against fast-check's own `binary` unit, which costs ~1 s of CPU to create (its
 * reverse table of 1,112,064 characters): the same strings for the same seeds, the same counterexamples
 * after the same shrinking, and the same answer on which values a shrink may start from.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { anyText } from './support.js'

const SEEDS = [1, 20251023, 20251106]

describe('anyText(n) against fc.string({ unit: "binary", maxLength: n })', () => {
  const binary = fc.string({ unit: 'binary', maxLength: 200 })
  const ours = anyText(200)

  it('draws the same 10,000 strings for each seed', () => {
    for (const seed of SEEDS) {
      expect(fc.sample(ours, { seed, numRuns: 10_000 })).toEqual(fc.sample(binary, { seed, numRuns: 10_000 }))
    }
  })

  it('shrinks a failure to the same counterexample in the same steps', () => {
    // Fails on a text of 6 characters or more holding a character beyond the first plane or a `{`.
    const fails = (text: string): boolean => [...text].length >= 6 && /[\u{10000}-\u{10ffff}{]/u.test(text)
    for (const seed of SEEDS) {
      const run = (arbitrary: fc.Arbitrary<string>) => {
        const { counterexample, numRuns, numShrinks } = fc.check(fc.property(arbitrary, text => !fails(text)), { seed, numRuns: 10_000 })
        return { counterexample, numRuns, numShrinks }
      }
      const expected = run(binary)
      expect(expected.counterexample).not.toBeNull()
      expect(run(ours)).toEqual(expected)
    }
  })

  it('accepts as a shrink start the same values', () => {
    const values = ['', 'a', 'abc', '\ud800', 'x\udfffy', '\u{10ffff}', '__proto__', 'a\u0301', 'é', '\u0000'.repeat(201)]
    expect(values.map(value => ours.canShrinkWithoutContext(value))).toEqual(
      values.map(value => binary.canShrinkWithoutContext(value))
    )
  })
})
