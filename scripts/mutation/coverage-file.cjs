'use strict'
// CommonJS: jest require()s its `filter`, and Stryker require()s the test environment it wraps.
const path = require('node:path')
/** Where the dry run writes which mutants each test file reaches: in the sandbox Stryker runs jest in. */
exports.COVERAGE_FILE = path.join(process.cwd(), '.mutation-coverage-by-file.json')
