/**
 * The fake GitHub's patches must be the ones GitHub would serve, or review comments land on lines
 * the real diff does not have. Expected values are `git diff --no-index -U3` output (hunk headers
 * without the section heading git appends).
 */
import { describe, expect, it } from '@jest/globals'
import { unifiedPatch } from './unified-diff.js'

const text = (...lines: string[]): string => `${lines.join('\n')}\n`
const LETTERS = 'abcdefghijklmnop'.split('')

describe('unifiedPatch', () => {
  it('gives an added file one hunk of added lines', () => {
    expect(unifiedPatch(undefined, text('x', 'y'))).toBe('@@ -0,0 +1,2 @@\n+x\n+y')
  })

  it('splits changes more than six lines apart into hunks, and counts a removed last line', () => {
    const after = LETTERS.slice(0, 15).map(letter => (letter === 'b' ? 'B' : letter))
    expect(unifiedPatch(text(...LETTERS), text(...after))).toBe(
      ['@@ -1,5 +1,5 @@', ' a', '-b', '+B', ' c', ' d', ' e', '@@ -13,4 +13,3 @@', ' m', ' n', ' o', '-p'].join('\n')
    )
  })

  it('joins changes six lines apart into one hunk', () => {
    const before = LETTERS.slice(0, 11)
    const after = before.map(letter => (letter === 'b' || letter === 'i' ? letter.toUpperCase() : letter))
    expect(unifiedPatch(text(...before), text(...after)).split('\n')).toEqual([
      '@@ -1,11 +1,11 @@',
      ' a',
      '-b',
      '+B',
      ...['c', 'd', 'e', 'f', 'g', 'h'].map(letter => ` ${letter}`),
      '-i',
      '+I',
      ' j',
      ' k'
    ])
  })

  it('writes a one-line range without its count, as git does', () => {
    expect(unifiedPatch(text('x'), text('x', 'y'))).toBe('@@ -1 +1,2 @@\n x\n+y')
  })
})
