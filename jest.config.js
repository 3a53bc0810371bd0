/** @type {import('jest').Config} */
export default {
  // jest's node environment, with jest-circus's per-file async context released after each file (see the file).
  testEnvironment: '<rootDir>/__tests__/support/node-environment.cjs',
  // Only the tests and the sources are crawled for jest's file map: `npm run bench` leaves ~100,000 generated
  // files in bench/out/, whose crawl cost every later run ~9 s of CPU (imports from elsewhere still resolve).
  roots: ['<rootDir>/__tests__', '<rootDir>/src'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  // `*.long.test.ts` (volume fuzzing, timing-heavy and install tests) run in `npm run test:long` only.
  // A mutation run's sandboxes (.stryker-tmp/) hold a copy of every test: never collect or map them here.
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.long\\.test\\.ts$', '<rootDir>/\\.stryker-tmp'],
  modulePathIgnorePatterns: ['<rootDir>/\\.stryker-tmp'],
  // Two cores are the floor this suite is sized for; jest's default (cores - 1) would run one file at a time.
  // `npm run jest` starts jest (and so its workers, which inherit node's flags) with:
  // - `--max-semi-space-size=32`: a worker builds each test file's module registry anew, and a larger young
  //   generation (V8's default stops at 16 MB) collects it less often (readers + policy in band, in turns,
  //   5 pairs: 1-3 s less CPU of ~30 s each);
  // - `--no-opt`: most of a test file's code runs a few times (module bodies, one test's inputs), so what
  //   TurboFan compiles on the second core is rarely paid back (full `npm run jest`, 4 pairs in turns: 2-14 %
  //   less CPU, median ~10 %). `npm run test:long`'s fuzzing at volume keeps it (`jest:optimized`: 13 % less
  //   CPU there, FUZZ_RUNS=2000);
  // - `--single-threaded-gc`: V8's parallel scavenges and concurrent marking hand work to helper threads,
  //   whose start-up and synchronisation cost CPU that, on two cores busy with both workers and the
  //   type-check, nothing idle absorbs (full `npm run jest`, 3 pairs in turns: user + sys 103.4, 104.0, 100.1 s against
  //   110.8, 117.1, 102.7 s, median 7 % less).
  maxWorkers: 2,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    // fast-check with the fixed seed of property tests without one of their own (FUZZ_SEED, FUZZ_FRESH_SEED
    // change it), loaded only by the files that import it.
    '^fast-check$': '<rootDir>/__tests__/support/seeded-fast-check.ts',
    // NodeNext wants ".js" on relative imports; jest resolves them to the .ts sources.
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: {
    // esbuild strips types file by file (tsc checks them): ~11 s less CPU than ts-jest on a cold cache.
    '^.+\\.ts$': '<rootDir>/__tests__/ts-transform.cjs',
    '\\.yml$': '<rootDir>/__tests__/yml-transform.cjs'
  },
  // The suites that wait (on child processes, on a fake GitHub) start first, whatever jest remembers.
  testSequencer: '<rootDir>/__tests__/test-sequencer.cjs',
  clearMocks: true,
  testTimeout: 30000
}
