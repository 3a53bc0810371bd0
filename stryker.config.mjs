// Mutation testing of the policy and the gate (issue 12): `npm run test:mutation`, not part of `npm test`.
// Sized for a 2-core machine shared with other work: one jest process (concurrency 1), per-test coverage
// so each mutant reruns only the tests that reach it, only the suites that exercise policy and the gate,
// and incremental mode: reports/stryker-incremental.json is committed, so a rerun tests only the mutants
// whose code or covering tests changed. Results and their reading: docs/mutation.md and docs/mutation/.
import { fileURLToPath } from 'node:url'
import baseConfig from './jest.config.js'

const here = file => fileURLToPath(new URL(file, import.meta.url))

/** The suites that exercise src/policy and src/gate (see docs/mutation.md and docs/mutation/ for why these and no others). */
const MUTATION_SUITES = [
  '**/__tests__/policy/**/*.test.ts',
  '**/__tests__/gate/**/*.test.ts',
  // Exemptions, declared plans and rule settings are policy (src/policy/configuration); their tests live in config/.
  '**/__tests__/config/declared-plans.test.ts',
  '**/__tests__/config/exemptions.test.ts',
  '**/__tests__/config/rule-settings.test.ts',
  '**/__tests__/action/scope.test.ts',
  '**/__tests__/github/scope.test.ts',
  '**/__tests__/github/poster-verdict.test.ts',
  '**/__tests__/report/verdict*.test.ts'
]

/**
 * MUTATION_FAST=1 leaves out the two suites that run the whole policy many times over for every mutant of
 * it (every fixture folder scanned; property runs): a policy chunk then takes minutes, not hours, on a
 * loaded machine. A mutant only they would kill shows as survived, never the other way round.
 */
const SLOW_SUITES = process.env.MUTATION_FAST === '1' ? ['verdict-agreement', 'certain-stays-certain'] : []

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    config: {
      ...baseConfig,
      maxWorkers: 1,
      // The conformance test reads the rules' source text, which Stryker instruments: not a behaviour test.
      testPathIgnorePatterns: [...baseConfig.testPathIgnorePatterns, 'rules-conformance', ...SLOW_SUITES],
      testMatch: MUTATION_SUITES,
      // Only the folders a mutation run reads: jest maps every file under its roots on every run (no watchman here).
      roots: ['<rootDir>/src', '<rootDir>/__tests__'],
      watchman: false,
      // The dry run writes down which test files reach each mutant; a mutant's run loads only those (see the files).
      testEnvironment: here('./scripts/mutation/test-environment.cjs'),
      filter: here('./scripts/mutation/test-filter.cjs')
    },
    // A mutant run loads only the test files that import the mutated file (jest --findRelatedTests), then
    // runs only the tests that covered the mutant: without it, every run loads every suite (the fixture
    // and property suites import all readers), seconds per mutant before a single test runs.
    enableFindRelatedTests: true
  },
  // Every source file of the gate and the policy. Left out, as noise: the advisory index (a table of
  // imported YAML, src/policy/advisories/index.ts) and the declaration shim of `*.yml` imports.
  mutate: ['src/gate/**/*.ts', 'src/policy/**/*.ts', '!src/**/*.d.ts', '!src/policy/advisories/index.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants: the gate's plan-line patterns, rule metadata) rerun every
  // test; they are few in the gate, so they run. `npm run test:mutation:policy` may skip them with
  // --ignoreStatic when time is short (docs/mutation.md and docs/mutation/ says which runs did).
  ignoreStatic: false,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 1,
  // jest under --experimental-vm-modules keeps every run's modules alive (about 180 MB and a growing share of
  // garbage collection per run): a fresh test runner process every few mutants costs less than the growth.
  maxTestRunnerReuse: 5,
  // Generous: the machine is shared, and a run slowed by load must not pass for a mutant that hangs.
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  // A chunk run with its own --tempDirName must not copy another run's sandbox into its own.
  ignorePatterns: ['/.stryker-tmp*'],
  cleanTempDir: 'always'
}
