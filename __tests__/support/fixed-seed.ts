/**
 * Jest setup file: every property test without a seed of its own draws the same inputs on every run and
 * every machine, so a required check never fails on an input nobody can replay (seeds.ts: FUZZ_SEED and
 * FUZZ_FRESH_SEED change it). A test's own `seed` (the fuzz harness's parametersFor) still wins.
 */
import fc from 'fast-check'
import { PROPERTY_SEED, seedFor } from './seeds.js'

const seed = seedFor(PROPERTY_SEED)
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed })
