// jest's `filter` for a mutation run (stryker.config.mjs): when Stryker runs a mutant, keep only the test files
// whose tests reached it in the dry run (written by test-environment.cjs). Stryker already runs only those tests
// (by name); this stops jest loading the other related files only to skip all their tests. A mutant reached
// outside any test (static), or one the record does not know, runs every related file as before.
'use strict'
// CommonJS: jest require()s its `filter`, and Stryker require()s the test environment it wraps.
const fs = require('node:fs')
const { COVERAGE_FILE } = require('./coverage-file.cjs')

let coverage

function load() {
  if (coverage === undefined) {
    try {
      const known = JSON.parse(fs.readFileSync(COVERAGE_FILE, 'utf8'))
      coverage = { files: known.files, static: new Set(known.static) }
    } catch {
      coverage = null
    }
  }
  return coverage
}

module.exports = async function filter(testPaths) {
  const mutant = process.env.__STRYKER_ACTIVE_MUTANT__
  const known = mutant === undefined ? null : load()
  if (known === null || known.static.has(mutant)) return { filtered: testPaths }
  const reaching = testPaths.filter(file => (known.files[file] ?? []).includes(mutant))
  const filtered = reaching.length === 0 ? testPaths : reaching
  // MUTATION_FILTER_LOG=<file>: one line per mutant run, to check what the filter kept.
  const log = process.env.MUTATION_FILTER_LOG
  if (log !== undefined) fs.appendFileSync(log, `${mutant} ${filtered.length}/${testPaths.length}\n`)
  return { filtered }
}
