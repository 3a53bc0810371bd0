// The jest environment of a mutation run (stryker.config.mjs): jest's node environment that, during Stryker's
// dry run with per-test coverage, writes down which mutants each test FILE reaches. test-filter.cjs reads it
// so that a mutant's run loads only the files whose tests reach it (Stryker itself only narrows the test
// NAMES; jest would still load, and evaluate the imports of, every file related to the mutated source).
'use strict'
// CommonJS: jest require()s its `filter`, and Stryker require()s the test environment it wraps.
const fs = require('node:fs')
const { TestEnvironment } = require('jest-environment-node')
const { COVERAGE_FILE } = require('./coverage-file.cjs')

class MutationTestEnvironment extends TestEnvironment {
  #testPath
  #testIds = new Set()

  constructor(config, context) {
    super(config, context)
    this.#testPath = context.testPath
  }

  async handleTestEvent(event) {
    // Stryker's mixin calls this before it clears the id of the test that ends: the id its coverage is kept under.
    const context = this.global[this.global.__strykerGlobalNamespace__ ?? '__stryker__']
    if (event.name === 'test_done' && context && context.currentTestId !== undefined) this.#testIds.add(context.currentTestId)
  }

  async teardown() {
    // Stryker's mixin puts its instrumenter context on the global; mutantCoverage is there only in the dry run.
    const context = this.global[this.global.__strykerGlobalNamespace__ ?? '__stryker__']
    const coverage = context && context.mutantCoverage
    if (coverage && process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) {
      const mutants = new Set()
      for (const id of this.#testIds) for (const mutant of Object.keys(coverage.perTest[id] ?? {})) mutants.add(mutant)
      record(this.#testPath, [...mutants], Object.keys(coverage.static ?? {}))
    }
    await super.teardown()
  }
}

function record(testPath, mutants, staticMutants) {
  let known = { files: {}, static: [] }
  try {
    known = JSON.parse(fs.readFileSync(COVERAGE_FILE, 'utf8'))
  } catch {
    // The first file of the dry run: nothing written yet.
  }
  known.files[testPath] = mutants
  known.static = [...new Set([...known.static, ...staticMutants])]
  fs.writeFileSync(COVERAGE_FILE, JSON.stringify(known))
}

module.exports = MutationTestEnvironment
