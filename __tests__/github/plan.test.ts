/** Unit tests for src/github/plan.ts: what one run decides to write, before any request. */
import { describe, expect, it } from '@jest/globals'
import { DiffIndex } from '../../src/github/diff.js'
import { FIXED_MARKER, fingerprintKey, fingerprintMarker } from '../../src/github/markers.js'
import { planConversation, type PlanInput } from '../../src/github/plan.js'
import { hashFingerprint } from '../../src/github/state.js'
import type { ExistingThread } from '../../src/github/threads.js'
import { scopeReport } from '../../src/github/scope.js'
import { FILES, FINDINGS, makeReport } from './scenario.js'

const changes = {
  complete: true,
  files: FILES.map(file => ({ path: file.filename, status: file.status, ...(file.patch && { patch: file.patch }) }))
}
const report = scopeReport(makeReport(), changes.files)
const input = (overrides: Partial<PlanInput> = {}): PlanInput => ({
  report,
  allFindingKeys: new Set(makeReport().findings.map(f => fingerprintKey(f.fingerprint))),
  diff: new DiffIndex(changes),
  review: true,
  threads: [],
  rejected: new Set(),
  ...overrides
})

function thread(fingerprint: string, overrides: Partial<ExistingThread> = {}): ExistingThread {
  return {
    key: fingerprintKey(fingerprint),
    threadId: `PRRT_${fingerprint}`,
    commentId: 7,
    body: `finding\n\n${fingerprintMarker(fingerprint)}`,
    path: 'infra/main.bicep',
    line: 19,
    subject: 'line',
    resolved: false,
    resolvedByViewer: false,
    ...overrides
  }
}

describe('planConversation', () => {
  it('plans line comments, a file comment, and summary-only entries for exempted findings', () => {
    const plan = planConversation(input())
    expect(plan.lineComments.map(c => [c.path, c.line, c.finding.fingerprint])).toEqual([
      ['infra/prod.bicepparam', 3, FINDINGS.appPlan.fingerprint],
      ['infra/main.bicep', 18, FINDINGS.webPatchMode.fingerprint],
      ['infra/main.bicep', 19, FINDINGS.webPlan.fingerprint]
    ])
    expect(plan.fileComments.map(c => [c.path, c.line])).toEqual([['infra/legacy.bicep', undefined]])
    expect(plan.placements.get(FINDINGS.labPlan)).toEqual({ kind: 'summary', reason: 'exempted' })
    expect(plan.unplaced).toEqual([])
    expect([plan.resolve, plan.markFixed, plan.fileCommentsLeft]).toEqual([[], [], 9])
  })

  it('posts at most maxLineComments new line comments per run; the rest go to the summary, saying why', () => {
    const plan = planConversation(input({ maxLineComments: 2 }))
    expect(plan.lineComments.map(c => c.finding.fingerprint)).toEqual([FINDINGS.appPlan.fingerprint, FINDINGS.webPatchMode.fingerprint])
    expect(plan.placements.get(FINDINGS.webPlan)).toEqual({ kind: 'summary', reason: 'over the budget of 2 review comments per run' })
    expect(plan.unplaced).toEqual([FINDINGS.webPlan])
  })

  it('does not post a finding that has an open thread, or one a reviewer resolved', () => {
    const plan = planConversation(
      input({
        threads: [
          thread(FINDINGS.webPlan.fingerprint),
          thread(FINDINGS.webPatchMode.fingerprint, { line: 18, resolved: true, resolvedByViewer: false })
        ]
      })
    )
    expect(plan.lineComments.map(c => c.line)).toEqual([3])
    expect(plan.placements.get(FINDINGS.webPlan)).toEqual({ kind: 'line', path: 'infra/main.bicep', line: 19 })
    expect(plan.placements.get(FINDINGS.webPatchMode)).toEqual({
      kind: 'line',
      path: 'infra/main.bicep',
      line: 18,
      resolvedByReviewer: true
    })
  })

  it('posts again a finding whose thread the gate resolved, and resolves threads of fixed findings only', () => {
    const plan = planConversation(
      input({
        threads: [
          thread(FINDINGS.webPlan.fingerprint, { resolved: true, resolvedByViewer: true }),
          thread('gone-1'),
          thread('gone-2', { resolved: true, resolvedByViewer: true }),
          thread(FINDINGS.dbPlan.fingerprint, { path: 'infra/db.bicep' })
        ]
      })
    )
    expect(plan.lineComments.map(c => c.line)).toEqual([3, 18, 19])
    // dbPlan is out of scope but still in the report: not fixed, so its thread stays open.
    expect(plan.resolve.map(t => t.threadId)).toEqual(['PRRT_gone-1'])
  })

  it('through REST, counts every comment not marked fixed as open and marks fixed ones', () => {
    const rest = (fingerprint: string, body = `x\n${fingerprintMarker(fingerprint)}`): ExistingThread =>
      thread(fingerprint, { threadId: undefined, resolved: undefined, body })
    const plan = planConversation(
      input({
        threads: [
          rest(FINDINGS.webPlan.fingerprint),
          rest(
            FINDINGS.webPatchMode.fingerprint,
            `x\n${fingerprintMarker(FINDINGS.webPatchMode.fingerprint)}\n${FIXED_MARKER}`
          ),
          rest('gone-1'),
          rest('gone-2', `x\n${fingerprintMarker('gone-2')}\n${FIXED_MARKER}`)
        ]
      })
    )
    expect(plan.lineComments.map(c => c.line)).toEqual([3, 18])
    expect(plan.markFixed.map(t => t.key)).toEqual(['gone-1'])
    expect(plan.resolve).toEqual([])
  })

  it('posts nothing when earlier threads could not be read, and says why', () => {
    const plan = planConversation(input({ threads: undefined }))
    expect([plan.lineComments.length, plan.fileComments.length]).toEqual([0, 0])
    expect(plan.placements.get(FINDINGS.webPlan)).toEqual({
      kind: 'summary',
      reason: 'earlier review comments could not be read'
    })
  })

  it('does not try again a line comment GitHub refused on this commit', () => {
    const plan = planConversation(input({ rejected: new Set([hashFingerprint(FINDINGS.webPlan.fingerprint)]) }))
    expect(plan.placements.get(FINDINGS.webPlan)).toEqual({
      kind: 'summary',
      reason: 'GitHub refused the line comment'
    })
  })

  it('posts one comment for findings that share a fingerprint', () => {
    const twin = { ...FINDINGS.webPlan, ruleId: 'indeterminate' }
    const plan = planConversation(input({ report: { ...report, findings: [FINDINGS.webPlan, twin] } }))
    expect(plan.lineComments).toHaveLength(1)
    expect(plan.placements.get(twin)).toEqual({ kind: 'line', path: 'infra/main.bicep', line: 19 })
  })

  it('lists notices in the summary only', () => {
    const notice = { ...FINDINGS.webPlan, severity: 'notice' as const }
    const plan = planConversation(input({ report: { ...report, findings: [notice] } }))
    expect(plan.placements.get(notice)).toEqual({ kind: 'summary', reason: 'notices are listed here only' })
  })
})
