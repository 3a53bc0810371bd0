/**
 * The scan's worker pool (issue 18): reading the units in worker threads gives the inline scan's report,
 * byte for byte, whatever the order the units complete in. The workers run the bundle
 * (dist/scan-worker.js), as the action and the CLI do. pool.long.test.ts repeats the comparison on every
 * fixture folder on its own.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DEFAULT_LIMITS } from '../../src/readers/limits.js'
import { startWorkers } from '../../src/scan/pool-workers.js'
import { POOL_MIN_CORES, POOL_THRESHOLD_BYTES, POOL_THRESHOLD_FILES, readUnitsInPool, scanThreads, workerScript, type PoolRun } from '../../src/scan/pool.js'
import { FIXTURES, outOfOrder, reportOf, shuffled } from './pool-support.js'
import { armTemplate, armVm } from '../support/manifests.js'

const roots: string[] = []
afterAll(() => roots.forEach(root => rmSync(root, { recursive: true, force: true })))

/** Templates that link others by templateLink.relativePath across folders, beside folders of their own. */
function linkedRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'pool-linked-'))
  roots.push(root)
  const link = (relativePath: string, vmName: string) => ({
    type: 'Microsoft.Resources/deployments',
    apiVersion: '2022-09-01',
    name: vmName,
    properties: { mode: 'Incremental', templateLink: { relativePath }, parameters: { vmName: { value: vmName } } }
  })
  const files: Record<string, string> = {
    'app/main.json': armTemplate([link('../modules/vm.json', 'vm-app'), link('../modules/vm.json', 'vm-app-2')]),
    'modules/vm.json': armTemplate([armVm("[parameters('vmName')]")], { parameters: { vmName: { type: 'string', defaultValue: 'vm-default' } } }),
    'other/main.json': armTemplate([link('nested/vm.json', 'vm-other')]),
    'other/nested/vm.json': armTemplate([armVm("[parameters('vmName')]")], { parameters: { vmName: { type: 'string', defaultValue: 'vm-nested-default' } } })
  }
  for (let i = 0; i < 6; i++) files[`plain${i}/main.json`] = armTemplate([armVm(`vm-plain-${i}`)])
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

describe('the scan worker pool', () => {
  it('has its worker bundled next to the entry points', () => {
    // Without it the pool would quietly read inline and the comparison below would hold trivially.
    expect(workerScript()?.pathname.endsWith('/dist/scan-worker.js')).toBe(true)
  })

  it('gives the inline report on every fixture at once, with units completing shuffled', async () => {
    const inline = await reportOf(FIXTURES, { threads: 1 })
    expect(await reportOf(FIXTURES, outOfOrder(3, count => shuffled(count, 18)))).toBe(inline)
  })

  it('gives the inline report when templateLink.relativePath links join folders into one unit', async () => {
    const root = linkedRepository()
    const inline = await reportOf(root, { threads: 1 })
    const resources = (JSON.parse(inline) as { resources: { name: string; file: string; startLine: number }[] }).resources
    // Each linked VM at the deployment that links it, with the name it passes; never on its own with its default.
    expect(resources.map(r => `${r.name} ${r.file}:${r.startLine}`)).toEqual([
      'vm-app app/main.json:5',
      'vm-app-2 app/main.json:21',
      'vm-other other/main.json:5',
      ...Array.from({ length: 6 }, (_, i) => `vm-plain-${i} plain${i}/main.json:5`)
    ])
    expect(await reportOf(root, outOfOrder(2, count => shuffled(count, 7)))).toBe(inline)
  })

  it('reads inline below the threshold or on fewer than three cores, and in the pool above it or when asked', () => {
    const variable = process.env.HOTPATCH_REBOOT_GATE_SCAN_THREADS
    delete process.env.HOTPATCH_REBOOT_GATE_SCAN_THREADS
    try {
      const files = (count: number, bytes: number) => Array.from({ length: count }, () => ({ size: Math.ceil(bytes / count) }))
      expect(scanThreads(files(POOL_THRESHOLD_FILES - 1, POOL_THRESHOLD_BYTES * 2), undefined, 4)).toBe(1)
      expect(scanThreads(files(POOL_THRESHOLD_FILES, POOL_THRESHOLD_BYTES / 2), undefined, 4)).toBe(1)
      expect(scanThreads(files(POOL_THRESHOLD_FILES, POOL_THRESHOLD_BYTES), undefined, 4)).toBe(4)
      expect(scanThreads(files(POOL_THRESHOLD_FILES, POOL_THRESHOLD_BYTES), undefined, POOL_MIN_CORES)).toBe(POOL_MIN_CORES)
      expect(scanThreads(files(POOL_THRESHOLD_FILES, POOL_THRESHOLD_BYTES), undefined, 2)).toBe(1)
      expect(scanThreads(files(POOL_THRESHOLD_FILES, POOL_THRESHOLD_BYTES), undefined, 1)).toBe(1)
      expect(scanThreads(files(POOL_THRESHOLD_FILES, POOL_THRESHOLD_BYTES))).toBe(availableParallelism() < POOL_MIN_CORES ? 1 : availableParallelism())
      expect(scanThreads(files(10, 10), 3)).toBe(3)
      process.env.HOTPATCH_REBOOT_GATE_SCAN_THREADS = '2'
      expect(scanThreads(files(10, 10))).toBe(2)
      expect(scanThreads(files(10, 10), 1)).toBe(1)
    } finally {
      if (variable === undefined) delete process.env.HOTPATCH_REBOOT_GATE_SCAN_THREADS
      else process.env.HOTPATCH_REBOOT_GATE_SCAN_THREADS = variable
    }
  })
})

describe('the scan worker pool when a worker stops', () => {
  it('reads the tasks of a worker that stopped on the scan thread: every unit is read, none failed', async () => {
    const planned = Array.from({ length: 7 }, (_, index) => ({
      reader: 0,
      unit: { files: [{ path: `unit-${index}.json`, absolutePath: `/nowhere/unit-${index}.json`, size: 1 }] }
    }))
    const readHere: PoolRun['readHere'] = units =>
      Promise.resolve(units.map(({ index }) => ({ index, result: { kind: 'skipped' as const, files: [`read here ${index}`] } })))
    const script = new URL('./support/stopping-worker.mjs', import.meta.url)
    const run = { root: '/nowhere', planned, limits: DEFAULT_LIMITS, prefilter: true, taskFiles: 1, readHere }
    const results = await readUnitsInPool(run, startWorkers(script, '/nowhere', 2))
    expect(results).toEqual(planned.map((_, index) => ({ kind: 'skipped', files: [`read here ${index}`] })))
  })
})
