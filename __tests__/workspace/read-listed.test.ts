/**
 * src/workspace/listed-file.ts readListed: a file read through the shared buffer (smaller than it) or
 * past it (as large or larger) gives the text `decodeText` gives for all of its bytes, one after another
 * (the shared buffer never leaks one file's bytes into the next text).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodeText, encodingsOf } from '../../src/workspace/decode.js'
import { listedFile, readListed } from '../../src/workspace/listed-file.js'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

const KIB = 1024
const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])

describe('readListed', () => {
  it('reads small, exact-size and large files, UTF-16 and broken text as decodeText reads all their bytes', () => {
    const root = mkdtempSync(join(tmpdir(), 'read-listed-'))
    roots.push(root)
    const files: Record<string, Buffer> = {
      'large.json': Buffer.from(`{"a": "${'x'.repeat(200 * KIB)}"}`),
      'small.json': Buffer.from('{"b": 1}'),
      'exact.json': Buffer.from(`"${'y'.repeat(64 * KIB - 2)}"`),
      'one-more.json': Buffer.from(`"${'z'.repeat(64 * KIB - 1)}"`),
      'empty.yaml': Buffer.alloc(0),
      'wide.json': utf16('{"c": "ü"}'),
      'wide.tf': utf16('a = 1\n'),
      'broken.tf': Buffer.concat([Buffer.from('a = "'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]),
      'binary.yaml': Buffer.from('a: 1\n\0\n'),
      'after.json': Buffer.from('{"d": 2}')
    }
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, name), bytes)
    expect(files['exact.json']?.length).toBe(64 * KIB)
    for (const name of Object.keys(files)) {
      const path = join(root, name)
      expect({ name, text: readListed(listedFile(name, path)) }).toEqual({ name, text: decodeText(readFileSync(path), encodingsOf(name)) })
    }
    expect(readListed(listedFile('after.json', join(root, 'after.json')))).toEqual({ ok: true, text: '{"d": 2}' })
  })

  it('says a file over the size limit is not read, and gives undefined for a file gone since the listing', () => {
    const root = mkdtempSync(join(tmpdir(), 'read-listed-'))
    roots.push(root)
    writeFileSync(join(root, 'huge.json'), Buffer.alloc(16 * KIB * KIB + 1, 0x20))
    expect(readListed(listedFile('huge.json', join(root, 'huge.json')))).toEqual({
      ok: false,
      message: 'file is 16.0 MiB, over the 16 MiB limit; not read',
      line: 1,
      column: 1
    })
    expect(readListed(listedFile('gone.json', join(root, 'gone.json')))).toBeUndefined()
  })
})
