/**
 * A multi-document file of more documents than a call takes arguments (kubectl or kustomize output of a large
 * cluster, within the 16 MiB file limit): every wanted document is read, and nothing overflows the stack (the
 * documents of a range were pushed with one spread call, which threw past ~120,000). In `npm run test:long`: its
 * nodes take a few hundred MB.
 */
import { describe, expect, it } from '@jest/globals'
import { parseYaml } from '../../src/yaml/parse.js'

describe('parseYaml over 150,000 documents', () => {
  it('reads every wanted document', () => {
    const count = 150_000
    const text = Array.from({ length: count }, (_, i) => `kind: Item\nindex: ${i}\n`).join('---\n')
    const parsed = parseYaml(text, {}, () => true)
    expect(parsed.errors).toEqual([])
    expect(parsed.documents.length).toBe(count)
  })
})
