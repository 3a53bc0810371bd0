// Jest transform for TypeScript: esbuild strips the types of one file at a time, as ts-jest does under
// `isolatedModules` (tsconfig.json), but in about a millisecond a file instead of tens, and without loading
// the TypeScript compiler into every worker. Types are checked by `tsc` in `npm test`, never here.
const { createHash } = require('node:crypto')
const { transformSync, version } = require('esbuild')

module.exports = {
  getCacheKey(sourceText, sourcePath, options) {
    return createHash('sha256')
      .update(`${version}\0${sourcePath}\0${options.supportsStaticESM}\0${sourceText}`)
      .digest('hex')
  },
  process(sourceText, sourcePath, options) {
    const { code, map } = transformSync(sourceText, {
      loader: 'ts',
      format: options.supportsStaticESM ? 'esm' : 'cjs',
      target: 'node20',
      sourcemap: 'external',
      sourcefile: sourcePath
    })
    return { code, map }
  }
}
