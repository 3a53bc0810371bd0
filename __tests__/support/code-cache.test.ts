/**
 * The code caches of this suite's jest environment (code-cache.cjs): a text compiled again under the same
 * name is compiled with the code V8 produced the first time, never for another text, never for one that
 * imports dynamically, and from source when V8 rejects the cache.
 */
import { describe, expect, it } from '@jest/globals'
import vm from 'node:vm'
// @ts-expect-error -- a CommonJS support file without types
import { cachingCompileFunction, cachingSourceTextModule } from './code-cache.cjs'

interface Compiled {
  readonly code: string
  readonly cachedData: unknown
}

/** A stand-in SourceTextModule that records what it was built with, and rejects what `reject` says. */
function recordingModuleClass(reject: (data: unknown) => boolean = () => false) {
  const built: Compiled[] = []
  let produced = 0
  class Module {
    constructor(code: string, options: { cachedData?: unknown } = {}) {
      if (options.cachedData !== undefined && reject(options.cachedData)) throw new Error('cachedData buffer was rejected')
      built.push({ code, cachedData: options.cachedData })
    }
    createCachedData(): string {
      produced += 1
      return `cache ${produced}`
    }
  }
  return { Module, built }
}

type ModuleClass = new (code: string, options?: { identifier?: string }) => object

it('is installed in the environment jest runs this suite in', () => {
  expect((vm as unknown as Record<symbol, unknown>)[Symbol.for('hotpatch-reboot-gate.codeCaches')]).toBe(true)
})

describe('cachingSourceTextModule', () => {
  it('builds a text named again from the code cache the first build produced', () => {
    const { Module, built } = recordingModuleClass()
    const Caching = cachingSourceTextModule(Module) as ModuleClass
    const first = new Caching('export const a = 1', { identifier: '/src/a.ts' })
    new Caching('export const a = 1', { identifier: '/src/a.ts' })
    expect(first).toBeInstanceOf(Module)
    expect(built).toEqual([
      { code: 'export const a = 1', cachedData: undefined },
      { code: 'export const a = 1', cachedData: 'cache 1' }
    ])
  })

  it('compiles another text under the same name from source, and keeps its cache instead', () => {
    const { Module, built } = recordingModuleClass()
    const Caching = cachingSourceTextModule(Module) as ModuleClass
    new Caching('export const a = 1', { identifier: '/src/a.ts' })
    new Caching('export const a = 2', { identifier: '/src/a.ts' })
    new Caching('export const a = 2', { identifier: '/src/a.ts' })
    expect(built.map(build => build.cachedData)).toEqual([undefined, undefined, 'cache 2'])
  })

  it('never caches a text that imports dynamically, or one without a name', () => {
    const { Module, built } = recordingModuleClass()
    const Caching = cachingSourceTextModule(Module) as ModuleClass
    for (let i = 0; i < 2; i++) new Caching("export const load = () => import('x')", { identifier: '/src/load.ts' })
    for (let i = 0; i < 2; i++) new Caching('export const b = 1')
    expect(built.map(build => build.cachedData)).toEqual([undefined, undefined, undefined, undefined])
  })

  it('compiles from source when V8 rejects the cache, and uses the new one next time', () => {
    const { Module, built } = recordingModuleClass(data => data === 'cache 1')
    const Caching = cachingSourceTextModule(Module) as ModuleClass
    for (let i = 0; i < 3; i++) new Caching('export const a = 1', { identifier: '/src/a.ts' })
    expect(built.map(build => build.cachedData)).toEqual([undefined, undefined, 'cache 2'])
  })

  it("builds node's modules that link and evaluate from a real cache", async () => {
    const Caching = cachingSourceTextModule(vm.SourceTextModule) as typeof vm.SourceTextModule
    const values: unknown[] = []
    for (let i = 0; i < 2; i++) {
      const module = new Caching('export const value = [1, 2].map(n => n * 3)', { identifier: '/src/value.ts' })
      await module.link(() => {
        throw new Error('imports nothing')
      })
      await module.evaluate()
      values.push((module.namespace as { value: unknown }).value)
    }
    expect(values).toEqual([
      [3, 6],
      [3, 6]
    ])
  })
})

describe('cachingCompileFunction', () => {
  type Options = { filename?: string; cachedData?: Buffer; produceCachedData?: boolean }
  /** vm.compileFunction, recording whether each call was given a cache and whether V8 rejected it. */
  function recordingCompile() {
    const calls: { cached: boolean; rejected: boolean | undefined }[] = []
    const compile = (code: string, params: string[], options: Options) => {
      const fn = vm.compileFunction(code, params, options)
      const cached = options.cachedData !== undefined
      calls.push({ cached, rejected: cached ? fn.cachedDataRejected : undefined })
      return fn
    }
    return { compile, calls }
  }

  it('compiles a text named again with the code V8 produced the first time, and V8 takes it', () => {
    const { compile, calls } = recordingCompile()
    const caching = cachingCompileFunction(compile)
    const results = [0, 1].map(() => caching('return a * 2', ['a'], { filename: '/m.js' })(21))
    expect(results).toEqual([42, 42])
    expect(calls).toEqual([
      { cached: false, rejected: undefined },
      { cached: true, rejected: false }
    ])
  })

  it('compiles from source when V8 rejects the cache', () => {
    const { compile, calls } = recordingCompile()
    const caching = cachingCompileFunction(compile, new Map([['/m.js', { code: 'return 1', data: Buffer.from('junk') }]]))
    expect(caching('return 1', [], { filename: '/m.js' })()).toBe(1)
    expect(calls).toEqual([
      { cached: true, rejected: true },
      { cached: false, rejected: undefined }
    ])
  })

  it('never caches a text that imports dynamically', () => {
    const { compile, calls } = recordingCompile()
    const caching = cachingCompileFunction(compile)
    for (let i = 0; i < 2; i++) caching("return () => import('x')", [], { filename: '/load.js' })
    expect(calls.map(call => call.cached)).toEqual([false, false])
  })
})
