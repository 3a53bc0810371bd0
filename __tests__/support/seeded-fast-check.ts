/**
 * fast-check as every test file gets it (jest.config.js maps `fast-check` to this file): every property test
 * without a seed of its own draws the same inputs on every run and every machine, so a required check never
 * fails on an input nobody can replay (seeds.ts: FUZZ_SEED and FUZZ_FRESH_SEED change it). A test's own
 * `seed` (the fuzz harness's parametersFor) still wins. Only the files that import fast-check load it: as a
 * setup file it was loaded into each of the ~240 test files (jest gives each file its own modules).
 */
import fc from '../../node_modules/fast-check/lib/fast-check.js'
import { PROPERTY_SEED, seedFor } from './seeds.js'

const seed = seedFor(PROPERTY_SEED)
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed })

export * from '../../node_modules/fast-check/lib/fast-check.js'
export default fc
