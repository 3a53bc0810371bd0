/**
 * The source cache of this suite's jest environment (source-cache.cjs): a module file read again without
 * options gets the bytes read the first time, unless its size or modification time changed; a read with
 * options, or of a file that is not a module, goes to the file system every time.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// @ts-expect-error -- a CommonJS support file without types
import { cachingReadFileSync } from './source-cache.cjs'

const root = mkdtempSync(join(tmpdir(), 'source-cache-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A file system whose reads are counted, with the real stat. */
function countingFs() {
  const reads: string[] = []
  const fs = {
    readFileSync: (path: string, options?: unknown) => {
      reads.push(path)
      return options === undefined ? Buffer.from(`${reads.length}`) : `${reads.length}`
    },
    statSync: (path: string, options?: { throwIfNoEntry?: boolean }) => statSync(path, options)
  }
  return { fs, reads }
}

type Read = (path: string, options?: unknown) => Buffer | string

describe('cachingReadFileSync', () => {
  it('reads a module file once while it stays the same, and again when its size or time changes', () => {
    const path = join(root, 'module.ts')
    writeFileSync(path, 'export const a = 1\n')
    const { fs, reads } = countingFs()
    const read = cachingReadFileSync(fs) as Read
    const first = read(path)
    expect(read(path)).toBe(first)
    expect(reads).toEqual([path])
    writeFileSync(path, 'export const a = 12\n')
    expect(read(path)).not.toBe(first)
    expect(reads).toHaveLength(2)
    const second = read(path)
    utimesSync(path, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'))
    expect(read(path)).not.toBe(second)
    expect(reads).toHaveLength(3)
  })

  it('keeps a package file without asking for its time, and never keeps other reads', () => {
    const folder = join(root, 'node_modules', 'package')
    mkdirSync(folder, { recursive: true })
    const packageFile = join(folder, 'index.js')
    writeFileSync(packageFile, 'module.exports = 1\n')
    const { fs, reads } = countingFs()
    const stats: string[] = []
    const read = cachingReadFileSync({ ...fs, statSync: (path: string) => (stats.push(path), statSync(path)) }) as Read
    expect(read(packageFile)).toBe(read(packageFile))
    expect(stats).toEqual([])
    const data = join(root, 'data.txt')
    writeFileSync(data, 'x')
    const module = join(root, 'other.js')
    writeFileSync(module, 'x')
    read(data)
    read(data)
    read(module, 'utf8')
    read(module, 'utf8')
    expect(reads).toEqual([packageFile, data, data, module, module])
  })
})
