/**
 * Jest setup file: every property test without a seed of its own draws the same inputs on every run and
 * every machine, so a required check never fails on an input nobody can replay. FUZZ_SEED sets another seed
 * (to replay one fast-check printed); FUZZ_FRESH_SEED=1 (`npm run fuzz:long`) leaves fast-check to pick one.
 * A test's own `seed` (the fuzz harness's parametersFor) still wins.
 */
import fc from 'fast-check'

export const PROPERTY_SEED = 20251206

if (process.env.FUZZ_FRESH_SEED !== '1') {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(process.env.FUZZ_SEED ?? PROPERTY_SEED) })
}
