/**
 * The seed policy (__tests__/support/seeds.ts) and the fast-check every test file imports, which applies it
 * (__tests__/support/seeded-fast-check.ts).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { PROPERTY_SEED, seedFor } from '../support/seeds.js'

describe('seedFor', () => {
  const saved = { seed: process.env.FUZZ_SEED, fresh: process.env.FUZZ_FRESH_SEED }
  const set = (name: string, value: string | undefined) => {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  afterEach(() => {
    set('FUZZ_SEED', saved.seed)
    set('FUZZ_FRESH_SEED', saved.fresh)
  })

  it('the fixed seed; FUZZ_SEED replays, also over FUZZ_FRESH_SEED; FUZZ_FRESH_SEED=1 alone is fresh', () => {
    const cases: [string | undefined, string | undefined, number | undefined][] = [
      [undefined, undefined, 5],
      ['7', undefined, 7],
      ['7', '1', 7],
      [undefined, '1', undefined],
      [undefined, '0', 5]
    ]
    expect(
      cases.map(([seed, fresh]) => {
        set('FUZZ_SEED', seed)
        set('FUZZ_FRESH_SEED', fresh)
        return seedFor(5)
      })
    ).toEqual(cases.map(([, , expected]) => expected))
  })
})

it('fast-check comes with the seed of property tests', () => {
  expect(fc.readConfigureGlobal().seed).toBe(seedFor(PROPERTY_SEED))
})
