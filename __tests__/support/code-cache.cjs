// V8 code caches for the modules jest compiles again in every test file. Each test file gets a new vm
// context and module registry, so jest compiles src/ (~500 modules), js-yaml, luxon, ajv and its own
// expect and circus anew for each of ~290 files; with the code V8 produced the first time, a later
// compile skips the parse. The cache lives in the worker (the outer realm, where node-environment.cjs
// installs it) and is keyed by the module's path and checked against its whole text.
// Measured, full `npm run jest` on 2 cores, in turns: ~7 % less CPU.
// A text compiled again is compiled from the string kept with its cache, not from the one jest just read: node 20
// never frees a vm.SourceTextModule (its ModuleWrap is a strong handle, nodejs/node#33439, #50113), so every test
// file's context, and every script compiled in it, stays alive to the worker's end. With the kept string, the
// sources of jest's own modules (expect, circus, snapshot, pretty-format...: ~1.2 MB a file) are held once per
// worker, not once per file (report/ and gate/ in band, heap after a forced GC: 4.4 -> 3.1 MB more a file).
const vm = require('node:vm')

// A module that imports dynamically is never built from a cache: node 20's V8 drops the host options of a
// module deserialized from one, and its import() then fails ("A dynamic import callback was not specified").
const DYNAMIC_IMPORT = /\bimport\s*\(/

/** The key of a text: its name, or none when it must be compiled from source. */
const keyOf = (code, name) => (name === undefined || DYNAMIC_IMPORT.test(code) ? undefined : name)

/** A SourceTextModule class whose constructor uses and keeps the code caches of `caches`. */
function cachingSourceTextModule(SourceTextModule, caches = new Map()) {
  return new Proxy(SourceTextModule, {
    construct(target, [code, options = {}], newTarget) {
      const key = keyOf(code, options.identifier)
      const entry = key === undefined ? undefined : caches.get(key)
      if (entry !== undefined && entry.code === code) {
        code = entry.code
        try {
          return Reflect.construct(target, [code, { ...options, cachedData: entry.data }], newTarget)
        } catch {
          // Rejected: produced under other V8 flags (a test may set some). Compiled from source below.
        }
      }
      const module = Reflect.construct(target, [code, options], newTarget)
      if (key !== undefined) caches.set(key, { code, data: module.createCachedData() })
      return module
    }
  })
}

/** A vm.compileFunction that uses and keeps the code caches of `caches` (a rejected one sets cachedDataRejected). */
function cachingCompileFunction(compileFunction, caches = new Map()) {
  return function compileCached(code, params, options = {}) {
    const key = keyOf(code, options.filename)
    if (key === undefined) return compileFunction(code, params, options)
    const entry = caches.get(key)
    if (entry !== undefined && entry.code === code) {
      code = entry.code
      const cached = compileFunction(code, params, { ...options, cachedData: entry.data })
      if (cached.cachedDataRejected !== true) return cached
    }
    const compiled = compileFunction(code, params, { ...options, produceCachedData: true })
    if (compiled.cachedData !== undefined) caches.set(key, { code, data: compiled.cachedData })
    return compiled
  }
}

const INSTALLED = Symbol.for('hotpatch-reboot-gate.codeCaches')

/** Replaces node:vm's SourceTextModule and compileFunction, which jest-runtime looks up on each compile. */
function installCodeCaches() {
  if (vm[INSTALLED] === true) return
  vm[INSTALLED] = true
  if (vm.SourceTextModule !== undefined) vm.SourceTextModule = cachingSourceTextModule(vm.SourceTextModule)
  vm.compileFunction = cachingCompileFunction(vm.compileFunction)
}

module.exports = { cachingCompileFunction, cachingSourceTextModule, installCodeCaches }
