/** Unit tests for src/config/glob.ts: the configuration's path and resource-name globs. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { matchGlob, matchPathGlob } from '../../src/config/glob.js'

describe('matchGlob', () => {
  it.each([
    ['infra/**', 'infra/web/main.bicep', true],
    ['infra/**', 'infra', true],
    ['infra/**', 'other/infra/main.bicep', false],
    ['**/dev/*.bicepparam', 'env/dev/app.bicepparam', true],
    ['**/dev/*.bicepparam', 'dev/app.bicepparam', true],
    ['**/dev/*.bicepparam', 'env/dev/sub/app.bicepparam', false],
    ['infra/*/main.tf', 'infra/app/main.tf', true],
    ['infra/*/main.tf', 'infra/app/x/main.tf', false],
    ['vm-?', 'vm-1', true],
    ['vm-?', 'vm-12', false],
    ['a**b', 'axyzb', true],
    ['*.tf', 'main.tf', true],
    ['*.tf', '.tf', true],
    ['', '', true],
    ['**', '', true]
  ])('%s on %s: %s', (pattern, text, expected) => {
    expect(matchGlob(pattern, text)).toBe(expected)
  })

  it('treats regular-expression characters as literal text', () => {
    expect(matchGlob('vm-(web)+.[0-9]', 'vm-(web)+.[0-9]')).toBe(true)
    expect(matchGlob('vm-(web)+.[0-9]', 'vm-webweb-1')).toBe(false)
    expect(matchGlob('^$|\\', '^$|\\')).toBe(true)
  })

  it('compares case-insensitively when asked (resource names)', () => {
    expect(matchGlob('VM-Web-*', 'vm-web-01', { ignoreCase: true })).toBe(true)
    expect(matchGlob('VM-Web-*', 'vm-web-01')).toBe(false)
  })

  it('stays fast on patterns built to backtrack', () => {
    const text = 'a'.repeat(4000)
    expect(matchGlob(`${'*a'.repeat(200)}b`, text)).toBe(false)
    expect(matchGlob(`${'**/'.repeat(200)}x`, `${'d/'.repeat(2000)}y`)).toBe(false)
  })

  it('agrees with a reference implementation on random inputs', () => {
    const alphabet = fc.constantFrom('a', 'b', '/', '*', '?')
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b', '/'), maxLength: 8 }), (pattern, text) => {
        expect(matchGlob(pattern, text)).toBe(reference(pattern, text))
      }),
      { numRuns: 2000 }
    )
  })
})

describe('matchPathGlob', () => {
  it('matches a pattern without / against the file name in any folder', () => {
    expect(matchPathGlob('*.test.bicep', 'infra/web/main.test.bicep')).toBe(true)
    expect(matchPathGlob('*.test.bicep', 'infra/web/main.bicep')).toBe(false)
  })

  it('matches a pattern with / against the whole path, a leading ./ ignored', () => {
    expect(matchPathGlob('./legacy/**', 'legacy/old.bicep')).toBe(true)
    expect(matchPathGlob('legacy/*', 'infra/legacy/old.bicep')).toBe(false)
  })
})

/** The same semantics by exhaustive recursion: `**` as a whole segment spans segments, else `*` and `?` stay in one. */
function reference(pattern: string, text: string): boolean {
  const segments = pattern.split('/')
  const parts = text.split('/')
  const go = (i: number, j: number): boolean => {
    if (i === segments.length) return j === parts.length
    if (segments[i] === '**') {
      for (let k = j; k <= parts.length; k++) if (go(i + 1, k)) return true
      return false
    }
    return j < parts.length && segment(segments[i] as string, parts[j] as string) && go(i + 1, j + 1)
  }
  const segment = (p: string, t: string): boolean => {
    if (p === '') return t === ''
    if (p[0] === '*') return segment(p.slice(1), t) || (t !== '' && segment(p, t.slice(1)))
    return t !== '' && (p[0] === '?' || p[0] === t[0]) && segment(p.slice(1), t.slice(1))
  }
  return go(0, 0)
}
