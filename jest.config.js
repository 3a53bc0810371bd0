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
  // node 20 never frees a test file's vm context: each vm.SourceTextModule's ModuleWrap is a strong handle
  // (nodejs/node#33439, #50113; in heap snapshots every earlier file's NativeContext, jest Runtime and environment
  // hang from "(Global handles) -> ModuleWrap"), so with it every module a file loaded, and the tree-sitter wasm
  // memories of the files that parse Terraform (outside the heap: 300-500 MB a worker at the end), stay to the
  // worker's end: ~5 MB of heap and ~8 MB of RSS a file, 1.5-1.7 GB a worker at the end of a full run. Node then
  // takes over 500 ms to free that after jest ends the worker, and jest kills it ("A worker process has failed to
  // exit gracefully", every run). A worker whose heap is past 512 MB after a file is ended (SIGTERM, as soon as it
  // answers, before its next file has done more than load) and a fresh one takes the file: 3-4 restarts a run. Full
  // `npm run jest`, in turns on a loaded machine (load 4-8): user + sys 124.3, 125.3, 133.1 s against 123.4, 122.5,
  // 122.6 s (the restarts' cold code caches about pay for the smaller heaps' collections); largest worker RSS
  // 0.92-0.99 GB against 1.60-1.70 GB; the last workers exit by themselves (gone 17-250 ms after jest asks; before,
  // never within 500 ms). With a limit set, jest runs even a single file in a worker (0.5-0.8 s more wall, 0.25 s
  // CPU); `--runInBand` still runs in band.
  workerIdleMemoryLimit: '512MB',
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
