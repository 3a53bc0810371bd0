// Jest's node environment, with one leak of jest-circus closed and compiled code reused across test files
// (code-cache.cjs). jest-circus creates an AsyncLocalStorage
// for each test file (its test execution context) and never disables it, so node keeps every one of them
// in its list of stores and, for every promise a later test file creates, copies each of them into the
// new promise: a worker that has run 100 files does 100 copies per promise (~20 s of CPU over
// `npm test` in one process, about half of that in two workers). When a file ends, its stores are
// disabled: the next file's circus creates its own.
const { AsyncLocalStorage } = require('node:async_hooks')
const { TestEnvironment } = require('jest-environment-node')
const { installCodeCaches } = require('./code-cache.cjs')
const { installSourceCache } = require('./source-cache.cjs')

// Each test file compiles the same modules again: from the second on, from V8's code cache (code-cache.cjs).
installCodeCaches()
// And reads their bytes once (source-cache.cjs).
installSourceCache()

/** The stores a test file entered (AsyncLocalStorage.run enables a store). */
const entered = new Set()
const run = AsyncLocalStorage.prototype.run
AsyncLocalStorage.prototype.run = function (store, callback, ...args) {
  entered.add(this)
  return run.call(this, store, callback, ...args)
}

/** Disables every store entered since the last call (a disabled store is enabled again by its next run). */
function releaseEnteredStores() {
  for (const storage of entered) storage.disable()
  entered.clear()
}

class NodeEnvironment extends TestEnvironment {
  async teardown() {
    releaseEnteredStores()
    await super.teardown()
  }
}

module.exports = NodeEnvironment
// For node-environment.test.ts: a test file cannot load this file itself (jest would load a second copy in its
// own module registry, and patch the prototype again); it finds the worker's copy through the class.
AsyncLocalStorage[Symbol.for('hotpatch-reboot-gate.releaseEnteredStores')] = releaseEnteredStores
