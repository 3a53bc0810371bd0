// Jest's order of test files, with the suites that wait first. Without timings from an earlier run (a clean
// clone, as CI has), jest runs the largest files first, so the small suites that spawn dist/ or wait on a
// fake server (faults, e2e, hostile, the conversation) would run last, one core idle while they wait. Run
// first, their waits overlap the type-check and the linter that `npm test` runs beside jest.
const Sequencer = require('@jest/test-sequencer').default

/** Suites that spend their time in child processes or waiting, in the order they should start. */
const WAITING_FIRST = [
  // Not a waiting suite: it asks V8 for a full collection of its worker's whole heap, which grows by every test
  // file the worker has run (node 20 keeps each file's vm context alive through its modules): 1.3 s of CPU
  // in a worker's 190th file, ~30 ms as its first (it never waits, so the next one starts at once).
  /\/__tests__\/scan\/full-collection\.test\.ts$/,
  /\/__tests__\/faults\//,
  /\/__tests__\/hostile\/cli(\.long)?\.test\.ts$/,
  /\/__tests__\/github\/conversation\.test\.ts$/,
  /\/__tests__\/e2e\//,
  /\/__tests__\/hostile\//
]

const rank = path => {
  const index = WAITING_FIRST.findIndex(pattern => pattern.test(path))
  return index < 0 ? WAITING_FIRST.length : index
}

class WaitingFirstSequencer extends Sequencer {
  sort(tests) {
    const order = new Map(super.sort(tests).map((test, index) => [test, index]))
    return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || order.get(a) - order.get(b))
  }
}

module.exports = WaitingFirstSequencer
