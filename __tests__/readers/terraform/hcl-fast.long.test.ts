/**
 * The differential check of hcl-fast.test.ts at volume (`npm run test:long`): 10,000 generated
 * configurations and 10,000 mutated seeds, each read by the fast HCL parser where it can, must give the
 * file tree-sitter's path gives. Fixed seeds (FUZZ_SEED replays a failure, FUZZ_FRESH_SEED=1 explores).
 */
import { describe, expect, it } from '@jest/globals'
import { seedFor } from '../../support/seeds.js'
import { generatedReadLikeTreeSitter, mutatedReadLikeTreeSitter } from './hcl-differential.js'

const RUNS = 10_000

describe('fastParseHcl at volume', () => {
  it(`gives what tree-sitter gives on ${RUNS} generated configurations`, async () => {
    const seed = seedFor(20261207)
    expect(await generatedReadLikeTreeSitter({ numRuns: RUNS, ...(seed !== undefined && { seed }) })).toBeGreaterThan(RUNS / 3)
  }, 600_000)

  it(`gives what tree-sitter gives on ${RUNS} mutated fuzzing seeds`, async () => {
    const seed = seedFor(20261208)
    await mutatedReadLikeTreeSitter({ numRuns: RUNS, ...(seed !== undefined && { seed }) })
  }, 600_000)
})
