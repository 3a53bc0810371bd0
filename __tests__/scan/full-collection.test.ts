import { describe, expect, it } from '@jest/globals'
import { runInNewContext } from 'node:vm'
import { collectBetweenPhases, FULL_COLLECTION_FILES } from '../../src/scan/full-collection.js'

describe('collectBetweenPhases', () => {
  it('collects after a large scan and leaves no context with a gc function', () => {
    expect(() => collectBetweenPhases(FULL_COLLECTION_FILES)).not.toThrow()
    // --expose-gc is set only while the collector's own context is made.
    expect(runInNewContext('typeof gc')).toBe('undefined')
  })

  it('does nothing for a small scan', () => {
    expect(() => collectBetweenPhases(FULL_COLLECTION_FILES - 1)).not.toThrow()
    expect(runInNewContext('typeof gc')).toBe('undefined')
  })
})
