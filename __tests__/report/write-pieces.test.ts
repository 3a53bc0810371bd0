/** writePieces writes exactly the concatenation of its pieces as UTF-8, whatever their sizes. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { batchedPieces, writePieces } from '../../src/report/write-pieces.js'

const folder = mkdtempSync(join(tmpdir(), 'write-pieces-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const written = (name: string, pieces: readonly string[]): string => {
  const path = join(folder, 'nested', name)
  writePieces(path, pieces)
  return readFileSync(path, 'utf8')
}

describe('writePieces', () => {
  it('writes nothing for no pieces, and creates the folder', () => {
    expect(written('empty.txt', [])).toBe('')
  })

  it('writes multi-byte characters and surrogate pairs as UTF-8', () => {
    const pieces = ['{"name": "Zoë", ', '"note": "日本語", ', '"icon": "\u{1F512}"}', '\n']
    expect(written('utf8.json', pieces)).toBe(pieces.join(''))
  })

  it('writes many pieces across the 1 MB batches, a piece larger than a batch, and multi-byte text at the edges', () => {
    const pieces: string[] = []
    for (let i = 0; i < 40_000; i++) pieces.push(i % 7 === 0 ? `é${i}€\n` : `piece ${i} `.repeat(3))
    pieces.splice(20_000, 0, 'x'.repeat(1_500_000), 'ü'.repeat(400_000))
    const text = written('large.txt', pieces)
    expect(text.length).toBe(pieces.join('').length)
    expect(text).toBe(pieces.join(''))
  })
})

describe('batchedPieces', () => {
  it('joins whole pieces up to the batch size, a longer piece alone, and gives nothing for no text', () => {
    expect([...batchedPieces(['ab', 'cd', 'e', 'fghijk', '', 'l'], 4)]).toEqual(['abcd', 'e', 'fghijk', 'l'])
    expect([...batchedPieces(['', ''], 4)]).toEqual([])
    expect([...batchedPieces([], 4)]).toEqual([])
  })
})
