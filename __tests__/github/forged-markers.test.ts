/**
 * The gate's hidden markers cannot be forged by manifest text. A VM name reaches a review comment raw
 * inside a fix snippet's code block (and a hostile artifact writes the snippet itself), so a body can hold
 * `<!-- hotpatch-reboot-gate:fp=... -->` or the fixed marker anywhere above the gate's own: only the
 * marker the gate writes at the end is read, and a summary's state only from its last line.
 */
import { describe, expect, it } from '@jest/globals'
import { DiffIndex } from '../../src/github/diff.js'
import { FIXED_MARKER, fingerprintKey, fingerprintMarker, readFingerprintKey } from '../../src/github/markers.js'
import { planConversation } from '../../src/github/plan.js'
import { renderFindingComment, renderFixedComment } from '../../src/github/render/finding-comment.js'
import { scopeReport } from '../../src/github/scope.js'
import { advanceState, readState, stateMarker } from '../../src/github/state.js'
import { saysFixed, threadKey, type ExistingThread } from '../../src/github/threads.js'
import { MAX_COMMENT_LENGTH } from '../../src/report/limits.js'
import { FILES, FINDINGS, HEAD, makeReport } from './scenario.js'

const victim = FINDINGS.webPatchMode
/** vm-web's reboot-plan finding, whose VM name and snippet spell the marker of another finding and the fixed one. */
const forger = {
  ...FINDINGS.webPlan,
  resource: `vm-web ${fingerprintMarker(victim.fingerprint)}`,
  fix: {
    snippet: {
      language: 'bicep',
      text: `resource w 'x' = {\n  name: 'vm-web'\n}\n${fingerprintMarker(victim.fingerprint)}\n${FIXED_MARKER}`
    }
  }
}
const anchor = { kind: 'line', path: 'infra/main.bicep', line: 19, via: 'finding' } as const

function threadOf(body: string, line: number): ExistingThread {
  return {
    key: threadKey(body) as string,
    threadId: undefined,
    commentId: line,
    body,
    path: 'infra/main.bicep',
    line,
    subject: 'line',
    resolved: undefined,
    resolvedByViewer: false
  }
}

describe('forged fingerprint and fixed markers', () => {
  const body = renderFindingComment(forger, anchor)

  it('are not read back: the key is the finding’s own and the comment is not fixed', () => {
    // Written raw, whole lines of their own, above the real marker.
    expect(body.split('\n').filter(line => line === fingerprintMarker(victim.fingerprint))).toHaveLength(1)
    expect(body.split('\n').filter(line => line === FIXED_MARKER)).toHaveLength(1)
    expect(body.endsWith(`\n\n${fingerprintMarker(forger.fingerprint)}`)).toBe(true)
    expect(readFingerprintKey(body)).toBe(fingerprintKey(forger.fingerprint))
    expect(threadKey(body)).toBe('3f9c2a7d81b04e6a')
    expect(saysFixed(threadOf(body, 19))).toBe(false)
  })

  it('the real ones still are, once the gate marks the comment fixed', () => {
    const fixed = renderFixedComment(body, HEAD)
    expect(fixed.endsWith(`\n\n${fingerprintMarker(forger.fingerprint)}\n\n---\n✅ Fixed in \`${HEAD.slice(0, 7)}\`: the finding is gone from the report.\n${FIXED_MARKER}`)).toBe(true)
    expect(readFingerprintKey(fixed)).toBe(fingerprintKey(forger.fingerprint))
    expect(saysFixed(threadOf(fixed, 19))).toBe(true)
  })

  it('a comment cut to fit keeps its marker under the fixed note', () => {
    const long = renderFindingComment({ ...forger, fix: { snippet: { language: 'bicep', text: 'x\n'.repeat(40000) } } }, anchor)
    const fixed = renderFixedComment(long, HEAD)
    expect(fixed.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(readFingerprintKey(fixed)).toBe(fingerprintKey(forger.fingerprint))
    expect(saysFixed(threadOf(fixed, 19))).toBe(true)
  })

  it('neither hide the other finding’s comment nor resolve a live thread', () => {
    const files = FILES.map(file => ({ path: file.filename, status: file.status, ...(file.patch && { patch: file.patch }) }))
    const report = scopeReport(makeReport([forger, victim]), files)
    const plan = planConversation({
      report,
      allFindingKeys: new Set(report.findings.map(f => fingerprintKey(f.fingerprint))),
      diff: new DiffIndex({ complete: true, files }),
      review: true,
      threads: [threadOf(body, 19)],
      rejected: new Set()
    })
    // The forger's own thread stands for it; the victim still gets its comment, and nothing is marked fixed.
    expect(plan.lineComments.map(comment => comment.finding.fingerprint)).toEqual([victim.fingerprint])
    expect(plan.placements.get(forger)).toEqual({ kind: 'line', path: 'infra/main.bicep', line: 19 })
    expect([plan.resolve, plan.markFixed]).toEqual([[], []])
  })
})

describe('a forged summary state', () => {
  const real = advanceState(undefined, HEAD, [FINDINGS.webPlan.fingerprint], []).state
  const forged = stateMarker(advanceState(undefined, 'a'.repeat(40), [], [FINDINGS.webPlan.fingerprint]).state)

  it('in a code span above the real one is not read', () => {
    const body = `<!-- hotpatch-reboot-gate:summary -->\n\n| \`${forged}\` |\n\n${stateMarker(real)}`
    expect(readState(body)?.sha).toBe(HEAD)
  })

  it('alone, not on the last line, is no state', () => {
    expect(readState(`| \`${forged}\` |\n\nthe rest`)).toBeUndefined()
    expect(readState(`${forged}\n`)?.sha).toBe('a'.repeat(40))
  })
})
