// Jest transform for TypeScript: esbuild strips the types of one file at a time, as ts-jest does under
// `isolatedModules` (tsconfig.json), but in about a millisecond a file instead of tens, and without loading
// the TypeScript compiler into every worker. Types are checked by `tsc` in `npm test`, never here.
const { createHash } = require('node:crypto')
const { readFileSync } = require('node:fs')
const { transformSync, version } = require('esbuild')

// The node that runs the tests: an older target drops syntax it lacks, e.g. `with { type: 'json' }`.
const TARGET = `node${process.versions.node}`

// jest caches each file's output under this key: a new esbuild, node or version of this file is a new key.
const TRANSFORM = `${version}\0${TARGET}\0${readFileSync(__filename, 'utf8')}`

module.exports = {
  getCacheKey(sourceText, sourcePath, options) {
    return createHash('sha256')
      .update(`${TRANSFORM}\0${sourcePath}\0${options.supportsStaticESM}\0${sourceText}`)
      .digest('hex')
  },
  process(sourceText, sourcePath, options) {
    const { code, map } = transformSync(sourceText, {
      loader: 'ts',
      format: options.supportsStaticESM ? 'esm' : 'cjs',
      target: TARGET,
      sourcemap: 'external',
      sourcefile: sourcePath
    })
    return { code, map }
  }
}
