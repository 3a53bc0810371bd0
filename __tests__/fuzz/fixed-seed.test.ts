/** The jest setup file __tests__/support/fixed-seed.ts: a property test without a seed of its own is replayable. */
import { expect, it } from '@jest/globals'
import fc from 'fast-check'
import { PROPERTY_SEED } from '../support/fixed-seed.js'

it('property tests run with the fixed seed, FUZZ_SEED when set, and a fresh one only under FUZZ_FRESH_SEED=1', () => {
  const expected =
    process.env.FUZZ_FRESH_SEED === '1' ? undefined : process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : PROPERTY_SEED
  expect(fc.readConfigureGlobal().seed).toBe(expected)
})
