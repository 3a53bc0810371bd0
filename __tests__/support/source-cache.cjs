// The bytes of the modules jest reads again for every test file. Each test file's runtime has a file cache of
// its own, so jest-runtime reads src/ (~500 modules) and the packages it loads (js-yaml, luxon, ajv, jest's own
// expect and circus) from disk anew for each of ~370 files: an open, a stat, a read and a close each. This keeps
// the bytes in the worker (the outer realm, where node-environment.cjs installs it), for the reads jest makes
// through graceful-fs (its copy of node:fs; the tests' own node:fs is not touched). A file outside
// node_modules/ is read again when its size or modification time changed (jest's watch mode reuses workers).
const gracefulFs = require('graceful-fs')

/** Module sources: JavaScript, TypeScript and JSON files. */
const SOURCE = /\.(?:[cm]?js|ts|json)$/
const PACKAGE = /[\\/]node_modules[\\/]/

/** A readFileSync that keeps the bytes of source files read without options (`bytes` maps a path to them). */
function cachingReadFileSync(fs, bytes = new Map()) {
  const readFileSync = fs.readFileSync
  return function readFileCached(path, options) {
    if (options !== undefined || typeof path !== 'string' || !SOURCE.test(path)) return readFileSync.apply(this, arguments)
    const stat = PACKAGE.test(path) ? undefined : fs.statSync(path, { throwIfNoEntry: false })
    const entry = bytes.get(path)
    if (entry !== undefined && (stat === undefined || (entry.size === stat.size && entry.mtimeMs === stat.mtimeMs))) return entry.bytes
    const read = readFileSync.call(this, path)
    bytes.set(path, { bytes: read, size: stat?.size, mtimeMs: stat?.mtimeMs })
    return read
  }
}

const INSTALLED = Symbol.for('hotpatch-reboot-gate.sourceCache')

/** Replaces graceful-fs's readFileSync, which jest-runtime reads module sources with. */
function installSourceCache(fs = gracefulFs) {
  if (fs[INSTALLED] === true) return
  fs[INSTALLED] = true
  fs.readFileSync = cachingReadFileSync(fs)
}

module.exports = { cachingReadFileSync, installSourceCache }
