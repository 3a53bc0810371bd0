/**
 * The registry's lazily loaded readers (src/readers/lazy-reader.ts): the scan sees the claim order, claims and
 * units it saw when every reader was imported at start, and a read goes to the full reader, loaded once.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { bicepReader } from '../../src/readers/bicep/bicep-reader.js'
import { kubernetesReader } from '../../src/readers/kubernetes/kubernetes-reader.js'
import { lazyReader } from '../../src/readers/lazy-reader.js'
import { DEFAULT_LIMITS } from '../../src/readers/limits.js'
import { pulumiReader } from '../../src/readers/pulumi/pulumi-reader.js'
import type { ManifestReader, ReaderOutput } from '../../src/readers/reader.js'
import { readers } from '../../src/readers/registry.js'
import { terraformPlanReader } from '../../src/readers/terraform/plan/terraform-plan-reader.js'
import { terraformReader } from '../../src/readers/terraform/terraform-reader.js'
import { armReader } from '../../src/readers/arm/arm-reader.js'
import { whatIfReader } from '../../src/readers/what-if/what-if-reader.js'
import type { Workspace, WorkspaceFile } from '../../src/workspace/workspace.js'

const output = (manifest: string): ReaderOutput => ({ resources: [], parseErrors: [], manifests: [manifest] })

describe('the registry', () => {
  it('keeps the claim order, with the full readers’ claims and units', () => {
    const full = [terraformPlanReader, whatIfReader, armReader, bicepReader, terraformReader, pulumiReader, kubernetesReader]
    expect(readers.map(reader => reader.format)).toEqual(full.map(reader => reader.format))
    // The same functions (compared, never called here).
    const parts = (reader: ManifestReader): readonly unknown[] => [Reflect.get(reader, 'claims'), Reflect.get(reader, 'units')]
    expect(readers.map(parts)).toEqual(full.map(parts))
    // ARM and what-if are the readers themselves (loaded with the scan); the others are stand-ins.
    expect(readers.map(reader => full.includes(reader))).toEqual([false, true, true, false, false, false, false])
  })
})

describe('lazyReader', () => {
  const file: WorkspaceFile = { path: 'main.x', size: 1 } as WorkspaceFile
  const workspace = {} as Workspace

  /** A full reader whose read and release are mocks (returned beside it). */
  function fullReader(): { full: ManifestReader; read: jest.Mock<ManifestReader['read']>; release: jest.Mock<() => void> } {
    const read = jest.fn<ManifestReader['read']>(files => Promise.resolve(output(files.map(f => f.path).join())))
    const release = jest.fn<() => void>()
    return { full: { format: 'bicep', claims: () => true, read, release }, read, release }
  }

  it('loads the reader on the first read only, and reads with it', async () => {
    const { full, read } = fullReader()
    const load = jest.fn(() => Promise.resolve(full))
    const units = (files: readonly WorkspaceFile[]) => [{ files }]
    const reader = lazyReader({ format: 'bicep', claims: () => false, units }, load)
    expect([reader.format, reader.claims(file, () => ''), Reflect.get(reader, 'units')]).toEqual(['bicep', false, units])
    expect(load).not.toHaveBeenCalled()
    const limits = { ...DEFAULT_LIMITS, instances: 7 }
    expect(await Promise.all([reader.read([file], workspace, limits), reader.read([file], workspace)])).toEqual([output('main.x'), output('main.x')])
    expect(await reader.read([], workspace)).toEqual(output(''))
    expect(load).toHaveBeenCalledTimes(1)
    expect(read.mock.calls).toEqual([[[file], workspace, limits], [[file], workspace, undefined], [[], workspace, undefined]])
  })

  it('passes release on once the reader is loaded, and has no units when its claim has none', async () => {
    const { full, release } = fullReader()
    const reader = lazyReader({ format: 'bicep', claims: () => true }, () => Promise.resolve(full))
    expect('units' in reader).toBe(false)
    reader.release?.()
    expect(release).not.toHaveBeenCalled()
    await reader.read([file], workspace)
    reader.release?.()
    expect(release).toHaveBeenCalledTimes(1)
  })

  it('fails the read (the scan reports it on the unit’s files) when the reader cannot be loaded', async () => {
    const reader = lazyReader({ format: 'bicep', claims: () => true }, () => Promise.reject(new Error('no chunk')))
    await expect(reader.read([file], workspace)).rejects.toThrow('no chunk')
  })
})
