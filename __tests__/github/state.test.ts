/** Unit tests for src/github/state.ts and src/github/markers.ts: what a later run reads back. */
import { describe, expect, it } from '@jest/globals'
import { fingerprintKey, fingerprintMarker, readFingerprintKey } from '../../src/github/markers.js'
import {
  advanceState,
  hashFingerprint,
  readState,
  stateMarker,
  type ConversationState
} from '../../src/github/state.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const h = hashFingerprint

describe('advanceState', () => {
  it('has no changes on the first run', () => {
    const { state, changes } = advanceState(undefined, A, ['f1', 'f2'], [])
    expect(changes).toBeUndefined()
    expect(state).toEqual({
      sha: A,
      fingerprints: new Set([h('f1'), h('f2')]),
      since: undefined,
      rejected: new Set(),
      partial: false
    })
  })

  it('compares with the previous commit, and a re-run on the same commit with the same one', () => {
    const first = advanceState(undefined, A, ['f1', 'f2'], []).state
    const second = advanceState(first, B, ['f2', 'f3', 'f4'], [])
    expect(second.changes).toEqual({ sha: A, added: 2, fixed: 1, unchanged: 1 })
    const rerun = advanceState(second.state, B, ['f2', 'f3', 'f4'], [])
    expect(rerun).toEqual(second)
    // A re-run on the same commit with a different report still compares with the commit before it.
    expect(advanceState(second.state, B, ['f2'], []).changes).toEqual({ sha: A, added: 0, fixed: 1, unchanged: 1 })
  })

  it('keeps refused comments for the same commit and current findings only', () => {
    const first = advanceState(undefined, A, ['f1', 'f2'], ['f1']).state
    expect(first.rejected).toEqual(new Set([h('f1')]))
    expect(advanceState(first, A, ['f1', 'f2'], []).state.rejected).toEqual(new Set([h('f1')]))
    expect(advanceState(first, A, ['f2'], []).state.rejected).toEqual(new Set())
    expect(advanceState(first, B, ['f1', 'f2'], []).state.rejected).toEqual(new Set())
  })

  it('tracks the first 1,000 findings of a larger report', () => {
    const many = Array.from({ length: 1005 }, (_, i) => `f${i}`)
    const { state } = advanceState(undefined, A, many, [])
    expect([state.fingerprints.size, state.partial]).toEqual([1000, true])
  })
})

describe('stateMarker and readState', () => {
  const state: ConversationState = {
    sha: B,
    fingerprints: new Set([h('f2'), h('f3')]),
    since: { sha: A, added: [h('f3')], fixed: [h('f1')] },
    rejected: new Set([h('f2')]),
    partial: false
  }

  it('round-trips through a comment body', () => {
    const body = `## Summary\n\n${stateMarker(state)}`
    expect(readState(body)).toEqual({ ...state, since: { sha: A, added: [h('f3')], fixed: [h('f1')] } })
    expect(stateMarker(state)).toMatch(/^<!-- hotpatch-reboot-gate:state [A-Za-z0-9_-]+ -->$/)
  })

  it('ignores markers it did not write', () => {
    const encode = (value: unknown): string =>
      `<!-- hotpatch-reboot-gate:state ${Buffer.from(JSON.stringify(value)).toString('base64url')} -->`
    expect(readState('no marker')).toBeUndefined()
    expect(readState('<!-- hotpatch-reboot-gate:state !!! -->')).toBeUndefined()
    expect(readState('<!-- hotpatch-reboot-gate:state bm90IGpzb24 -->')).toBeUndefined()
    expect(readState(encode({ v: 2, sha: A, fp: '', rejected: '' }))).toBeUndefined()
    expect(readState(encode({ v: 1, sha: 'not-a-sha', fp: '', rejected: '' }))).toBeUndefined()
    expect(readState(encode({ v: 1, sha: A, fp: 'AAAA', rejected: '' }))).toBeUndefined()
    expect(
      readState(encode({ v: 1, sha: A, fp: '', rejected: '', since: { sha: A, added: 7, fixed: '' } }))
    ).toBeUndefined()
    expect(readState(encode({ v: 1, sha: A, fp: '', rejected: '', __proto__: { polluted: true } }))?.sha).toBe(A)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('fingerprint markers', () => {
  it('stores a plain fingerprint as is and any other as its hash', () => {
    expect(fingerprintMarker('3f9c2a7d81b04e6a')).toBe('<!-- hotpatch-reboot-gate:fp=3f9c2a7d81b04e6a -->')
    expect(fingerprintKey('reboot-plan-required/vm-web')).toBe('reboot-plan-required/vm-web')
    expect(fingerprintKey('rule/vm--x')).toBe('sha256:2b8a539aadd67e9eea631f6706ee9b64f6ab41163d188537a3bf0094ff27a211')
    expect(fingerprintKey('a -->b')).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(fingerprintKey('x'.repeat(201))).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('reads the key back from a comment body', () => {
    expect(readFingerprintKey(`text\n\n${fingerprintMarker('a -->b')}`)).toBe(fingerprintKey('a -->b'))
    expect(readFingerprintKey('<!-- hotpatch-reboot-gate:fp= -->')).toBeUndefined()
  })
})
