/**
 * Which seed a property test runs with, decided in one place for the fast-check tests import
 * (seeded-fast-check.ts) and the fuzz harness (__tests__/fuzz/support.ts): FUZZ_SEED replays a failure fast-check printed; FUZZ_FRESH_SEED=1
 * (`npm run fuzz:long`) leaves fast-check to pick a fresh one (undefined); otherwise the pass's fixed seed.
 */
export function seedFor(fixed: number): number | undefined {
  if (process.env.FUZZ_SEED !== undefined) return Number(process.env.FUZZ_SEED)
  return process.env.FUZZ_FRESH_SEED === '1' ? undefined : fixed
}

/** The seed of every property test without one of its own. */
export const PROPERTY_SEED = 20251206
