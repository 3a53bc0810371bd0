/** Unit tests for src/github/anchor.ts: a finding's comment goes where its cause is in the diff. */
import { describe, expect, it } from '@jest/globals'
import { anchorFinding, resourceOf } from '../../src/github/anchor.js'
import { DiffIndex } from '../../src/github/diff.js'
import type { ReportResource } from '../../src/report/json-report.js'
import { FILES, FINDINGS, finding, makeReport } from './scenario.js'

const diff = new DiffIndex({
  complete: true,
  files: FILES.map(file => ({ path: file.filename, status: file.status, ...(file.patch && { patch: file.patch }) }))
})
const report = makeReport()
const anchor = (f: Parameters<typeof anchorFinding>[0]): ReturnType<typeof anchorFinding> =>
  anchorFinding(f, resourceOf(f, report), diff)

describe('anchorFinding', () => {
  it('puts a one-line fix on its line with a suggestion', () => {
    expect(anchor(FINDINGS.webPatchMode)).toEqual({
      kind: 'line',
      path: 'infra/main.bicep',
      line: 18,
      via: 'finding',
      suggestion: "          patchMode: 'AutomaticByPlatform'"
    })
  })

  it("uses the finding's own line when it is in the diff", () => {
    expect(anchor(FINDINGS.webPlan)).toEqual({ kind: 'line', path: 'infra/main.bicep', line: 19, via: 'finding' })
  })

  it('uses the changed line of a related file when the finding is outside the diff', () => {
    expect(anchor(FINDINGS.appPlan)).toEqual({ kind: 'line', path: 'infra/prod.bicepparam', line: 3, via: 'related' })
  })

  it("uses the resource's line when only that is in the diff", () => {
    const f = finding({
      fingerprint: 'a1',
      file: 'infra/main.bicep',
      startLine: 40,
      resourceKey: 'microsoft.compute/virtualmachines/vm-web'
    })
    expect(anchor(f)).toEqual({ kind: 'line', path: 'infra/main.bicep', line: 12, via: 'resource' })
  })

  it('uses a related context line after the resource', () => {
    const f = finding({
      fingerprint: 'a2',
      file: 'infra/other.bicep',
      startLine: 4,
      resource: 'vm-other',
      related: [{ file: 'infra/prod.bicepparam', startLine: 1, role: 'parameter-file' }]
    })
    expect(anchor(f)).toEqual({ kind: 'line', path: 'infra/prod.bicepparam', line: 1, via: 'related' })
  })

  it('falls back to a file comment, then to the summary with the reason', () => {
    expect(anchor(FINDINGS.legacyBlocked)).toEqual({ kind: 'file', path: 'infra/legacy.bicep' })
    expect(anchor(FINDINGS.dbPlan)).toEqual({ kind: 'none', reason: 'its files are not in the diff' })
    const binary = finding({ fingerprint: 'a3', file: 'docs/diagram.png', startLine: 1, resource: 'vm-other' })
    expect(anchor(binary)).toEqual({ kind: 'file', path: 'docs/diagram.png' })
  })

  it('does not suggest a replacement for a line outside the diff, and keeps the cause when both are in it', () => {
    const outside = { ...FINDINGS.webPlan, fix: { replacement: { file: 'infra/main.bicep', line: 40, text: 'x' } } }
    expect(anchor(outside)).toEqual({ kind: 'line', path: 'infra/main.bicep', line: 19, via: 'finding' })
    const elsewhere = { ...FINDINGS.webPlan, fix: { replacement: { file: 'infra/main.bicep', line: 12, text: 'x' } } }
    expect(anchor(elsewhere)).toEqual({ kind: 'line', path: 'infra/main.bicep', line: 19, via: 'finding' })
  })
})

describe('resourceOf', () => {
  it('finds the resource by key, else by a unique name', () => {
    expect(resourceOf(FINDINGS.webPlan, report)?.startLine).toBe(12)
    const { resourceKey: _key, ...unkeyed } = FINDINGS.appPlan
    expect(resourceOf(unkeyed, report)?.name).toBe('vm-app')
    const twins = {
      ...report,
      resources: [...report.resources, { ...(report.resources[0] as ReportResource), key: 'other' }]
    }
    expect(resourceOf(unkeyed, twins)).toBeUndefined()
  })
})
