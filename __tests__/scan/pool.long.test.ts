/**
 * The pool against the inline scan on every fixture folder scanned on its own (the metamorphic check
 * of pool.test.ts, folder by folder): same report, byte for byte, with units completing shuffled.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES, outOfOrder, reportOf, shuffled } from './pool-support.js'

const FOLDERS = readdirSync(FIXTURES)
  .filter(name => statSync(join(FIXTURES, name)).isDirectory())
  .flatMap(name => [name, ...readdirSync(join(FIXTURES, name)).filter(sub => statSync(join(FIXTURES, name, sub)).isDirectory()).map(sub => `${name}/${sub}`)])
  .sort()

describe('the scan worker pool, folder by folder', () => {
  it('gives the inline report on every fixture at once, with units completing in reverse', async () => {
    const reversed = (count: number): number[] => shuffled(count, 1).sort((a, b) => b - a)
    expect(await reportOf(FIXTURES, outOfOrder(2, reversed))).toBe(await reportOf(FIXTURES, { threads: 1 }))
  })

  it.each(FOLDERS)('gives the inline report on fixtures/%s', async folder => {
    const root = join(FIXTURES, folder)
    const seed = [...folder].reduce((sum, char) => sum + char.charCodeAt(0), 0)
    expect(await reportOf(root, outOfOrder(3, count => shuffled(count, seed)))).toBe(await reportOf(root, { threads: 1 }))
  })
})
