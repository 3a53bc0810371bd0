/** Unit tests for src/github/diff.ts: which lines of a pull request can carry a review comment. */
import { describe, expect, it } from '@jest/globals'
import { DiffIndex, parsePatch } from '../../src/github/diff.js'
import { MAIN_PATCH, PARAM_PATCH } from './scenario.js'

describe('parsePatch', () => {
  it('reads the RIGHT lines of a hunk and the ones it adds', () => {
    expect(parsePatch(MAIN_PATCH)).toEqual([{ start: 10, end: 21, added: new Set([17, 18, 19, 20]) }])
    expect(parsePatch(PARAM_PATCH)).toEqual([{ start: 1, end: 3, added: new Set([3]) }])
  })

  it('reads several hunks, a count-less header, and skips a hunk that only deletes', () => {
    const patch = [
      '@@ -1 +1 @@',
      '-a',
      '+b',
      '@@ -5,2 +4,0 @@',
      '-c',
      '-d',
      '@@ -40,3 +39,4 @@ section',
      ' e',
      '+f',
      ' g',
      ' h',
      '\\ No newline at end of file'
    ].join('\n')
    expect(parsePatch(patch)).toEqual([
      { start: 1, end: 1, added: new Set([1]) },
      { start: 39, end: 42, added: new Set([40]) }
    ])
  })

  it('gives the hunks read so far for malformed text', () => {
    expect(parsePatch('not a diff\n+x')).toEqual([])
    expect(parsePatch('@@ -1,2 +1,2 @@\n+x')).toEqual([{ start: 1, end: 2, added: new Set([1]) }])
  })
})

describe('DiffIndex', () => {
  const diff = new DiffIndex({
    complete: true,
    files: [
      { path: 'infra/main.bicep', status: 'modified', patch: MAIN_PATCH },
      { path: 'infra/old.bicep', status: 'removed', patch: '@@ -1,2 +0,0 @@\n-a\n-b' },
      { path: 'docs/diagram.png', status: 'added' }
    ]
  })

  it('places line comments on added and context lines of a hunk only', () => {
    expect([9, 10, 12, 19, 21, 22].map(line => diff.commentable('infra/main.bicep', line))).toEqual([
      false,
      true,
      true,
      true,
      true,
      false
    ])
    expect([12, 19].map(line => diff.added('infra/main.bicep', line))).toEqual([false, true])
  })

  it('places nothing on removed or unchanged files, and only file comments on files without a patch', () => {
    expect(diff.commentable('infra/old.bicep', 1)).toBe(false)
    expect(diff.fileCommentable('infra/old.bicep')).toBe(false)
    expect(diff.commentable('docs/diagram.png', 1)).toBe(false)
    expect(diff.fileCommentable('docs/diagram.png')).toBe(true)
    expect(diff.fileCommentable('infra/other.bicep')).toBe(false)
  })
})
