/**
 * src/gate/verdict.ts under mutation (issue 12, docs/mutation.md): the exact counts and verdict for each
 * fail-on, which findings are counted (exempted ones never, out-of-scope ones not when a scope is given),
 * and the boundary of "any finding fails". The action, the CLI and the fork-safe poster all decide here,
 * so a verdict that ignored fail-on fails the `fail-on` table below.
 */
import { describe, expect, it } from '@jest/globals'
import { decideVerdict, type FailOn } from '../../src/gate/verdict.js'
import type { ReportFinding } from '../../src/report/json-report.js'
import { finding } from '../action/report-builder.js'

const EXEMPTION = { reason: 'decommissioned in Q1', owner: 'platform-team', expires: '2026-03-31', source: '.github/hotpatch-reboot-gate.yml' }

const error = (file = 'infra/vm.json', overrides: Partial<ReportFinding> = {}): ReportFinding =>
  finding({ severity: 'error', file, ...overrides })
const warning = (file = 'infra/vm.json', overrides: Partial<ReportFinding> = {}): ReportFinding =>
  finding({ ruleId: 'reboot-window-late', severity: 'warning', file, ...overrides })
const notice = (file = 'infra/vm.json'): ReportFinding => finding({ ruleId: 'not-evaluated', severity: 'notice', file })

const verdictOf = (findings: readonly ReportFinding[], failOn: FailOn, scope?: ReadonlySet<string>) =>
  decideVerdict({ findings }, failOn, scope)

describe('decideVerdict: fail-on decides which severities fail', () => {
  it.each([
    // fail-on, what the report holds, its findings, the gate's result
    ['error', 'an error and a warning', [error(), warning()], { verdict: 'fail', errors: 1, warnings: 1 }],
    ['warning', 'an error and a warning', [error(), warning()], { verdict: 'fail', errors: 1, warnings: 1 }],
    ['never', 'an error and a warning', [error(), warning()], { verdict: 'pass', errors: 1, warnings: 1 }],
    ['error', 'two warnings', [warning(), warning('infra/b.json')], { verdict: 'pass', errors: 0, warnings: 2 }],
    ['warning', 'one warning', [warning()], { verdict: 'fail', errors: 0, warnings: 1 }],
    ['never', 'one warning', [warning()], { verdict: 'pass', errors: 0, warnings: 1 }],
    ['error', 'one error', [error()], { verdict: 'fail', errors: 1, warnings: 0 }],
    ['warning', 'one error', [error()], { verdict: 'fail', errors: 1, warnings: 0 }],
    ['never', 'two errors', [error(), error('infra/b.json')], { verdict: 'pass', errors: 2, warnings: 0 }]
  ] as const)('fail-on %s with %s', (failOn, _label, findings, expected) => {
    expect(verdictOf(findings, failOn)).toEqual(expected)
  })

  it.each(['error', 'warning', 'never'] as const)('passes with no finding at all (fail-on %s)', failOn => {
    expect(verdictOf([], failOn)).toEqual({ verdict: 'pass', errors: 0, warnings: 0 })
  })

  it('never counts notices, whatever fail-on says', () => {
    for (const failOn of ['error', 'warning'] as const) {
      expect(verdictOf([notice(), notice('infra/b.json')], failOn)).toEqual({ verdict: 'pass', errors: 0, warnings: 0 })
    }
  })
})

describe('decideVerdict: nothing scanned', () => {
  // A wrong argument, not a finding of the manifests: fail-on never does not turn a gate that read nothing green.
  const nothing = (severity: 'error' | 'notice') => finding({ ruleId: 'nothing-scanned', severity, file: 'infra' })

  it.each(['error', 'warning', 'never'] as const)('its error fails whatever fail-on says (fail-on %s)', failOn => {
    expect(verdictOf([nothing('error')], failOn)).toEqual({ verdict: 'fail', errors: 1, warnings: 0 })
  })

  it('as a notice (allow-empty), or exempted, it does not fail', () => {
    expect(verdictOf([nothing('notice')], 'never')).toEqual({ verdict: 'pass', errors: 0, warnings: 0 })
    expect(verdictOf([{ ...nothing('error'), exemption: EXEMPTION }], 'never')).toEqual({ verdict: 'pass', errors: 0, warnings: 0 })
  })
})

describe('decideVerdict: which findings count', () => {
  it('leaves exempted findings out of the counts and the verdict', () => {
    const findings = [error('infra/vm.json', { exemption: EXEMPTION }), warning('infra/vm.json', { exemption: EXEMPTION })]
    expect(verdictOf(findings, 'warning')).toEqual({ verdict: 'pass', errors: 0, warnings: 0 })
    expect(verdictOf([...findings, warning('infra/b.json')], 'warning')).toEqual({ verdict: 'fail', errors: 0, warnings: 1 })
  })

  it('counts every finding when there is no scope', () => {
    expect(verdictOf([error('infra/a.json'), error('infra/b.json'), warning('infra/c.json')], 'error', undefined)).toEqual({
      verdict: 'fail',
      errors: 2,
      warnings: 1
    })
  })

  it('counts only the findings on, or related to, a file of the scope', () => {
    const related = error('infra/main.bicep', {
      related: [{ file: 'infra/prod.bicepparam', startLine: 4, role: 'parameter-file' }]
    })
    const findings = [error('infra/a.json'), related, warning('infra/b.json'), warning('infra/c.json')]
    expect(verdictOf(findings, 'error', new Set(['infra/b.json']))).toEqual({ verdict: 'pass', errors: 0, warnings: 1 })
    expect(verdictOf(findings, 'warning', new Set(['infra/b.json']))).toEqual({ verdict: 'fail', errors: 0, warnings: 1 })
    expect(verdictOf(findings, 'error', new Set(['infra/prod.bicepparam']))).toEqual({ verdict: 'fail', errors: 1, warnings: 0 })
    expect(verdictOf(findings, 'error', new Set<string>())).toEqual({ verdict: 'pass', errors: 0, warnings: 0 })
  })

  it('leaves an exempted finding out even when it is in scope', () => {
    const findings = [error('infra/a.json', { exemption: EXEMPTION })]
    expect(verdictOf(findings, 'error', new Set(['infra/a.json']))).toEqual({ verdict: 'pass', errors: 0, warnings: 0 })
  })
})
