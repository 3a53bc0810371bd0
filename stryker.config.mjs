// Mutation testing of the policy and the gate (issue 12): `npm run test:mutation`, not part of `npm test`.
// The suites that exercise them run under the project's jest configuration (ESM, ts-jest); coverage per
// test lets each mutant run only the tests that reach it.
import baseConfig from './jest.config.js'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    config: {
      ...baseConfig,
      // The conformance test reads the rules' source text, which Stryker instruments: not a behaviour test.
      testPathIgnorePatterns: [...baseConfig.testPathIgnorePatterns, 'rules-conformance'],
      testMatch: [
        '**/__tests__/policy/**/*.test.ts',
        '**/__tests__/config/**/*.test.ts',
        '**/__tests__/parity/**/*.test.ts',
        '**/__tests__/action/scope.test.ts',
        '**/__tests__/github/scope.test.ts',
        '**/__tests__/github/poster-verdict.test.ts',
        '**/__tests__/report/verdict-agreement.test.ts'
      ]
    },
    enableFindRelatedTests: false
  },
  mutate: ['src/policy/**/*.ts', 'src/gate/**/*.ts', '!src/**/*.d.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) rerun every test: most of the time for a handful of mutants.
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
