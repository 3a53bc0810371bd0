import { describe, expect, it } from '@jest/globals'
import { runInNewContext } from 'node:vm'
import {
  collectBetweenPhases,
  collectionPays,
  FULL_COLLECTION_FILES,
  FULL_COLLECTION_HEAP_BYTES
} from '../../src/scan/full-collection.js'

describe('collectBetweenPhases', () => {
  it('collects after a large scan and leaves no context with a gc function', async () => {
    const ref = new WeakRef({ items: Array.from({ length: 1000 }, (_, i) => ({ i })) })
    // A WeakRef keeps its target alive until the job that made it ends.
    await new Promise(resolve => setImmediate(resolve))
    collectBetweenPhases(FULL_COLLECTION_FILES, () => FULL_COLLECTION_HEAP_BYTES)
    expect(ref.deref()).toBeUndefined()
    // --expose-gc is set only while the collector's own context is made.
    expect(runInNewContext('typeof gc')).toBe('undefined')
  })

  it('does nothing for a small scan', () => {
    expect(() => collectBetweenPhases(FULL_COLLECTION_FILES - 1)).not.toThrow()
    expect(runInNewContext('typeof gc')).toBe('undefined')
  })
})

describe('collectionPays', () => {
  it.each([
    [FULL_COLLECTION_FILES, FULL_COLLECTION_HEAP_BYTES, true],
    [FULL_COLLECTION_FILES, 200 * 1024 * 1024, true],
    [FULL_COLLECTION_FILES, FULL_COLLECTION_HEAP_BYTES - 1, false],
    [10_000, 17 * 1024 * 1024, false],
    [FULL_COLLECTION_FILES - 1, 200 * 1024 * 1024, false]
  ])('%d files read, %d bytes of heap used: %s', (files, heap, pays) => {
    expect(collectionPays(files, () => heap)).toBe(pays)
  })

  it('asks for the heap only of a large scan (the question costs a call into V8)', () => {
    let asked = 0
    collectionPays(FULL_COLLECTION_FILES - 1, () => ++asked)
    expect(asked).toBe(0)
    collectionPays(FULL_COLLECTION_FILES, () => ++asked)
    expect(asked).toBe(1)
  })
})
