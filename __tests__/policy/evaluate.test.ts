/** Unit tests for src/policy/evaluate.ts and src/policy/findings.ts */
import { describe, expect, it } from '@jest/globals'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import { fingerprintOf } from '../../src/policy/findings.js'
import type { RuleModule } from '../../src/policy/types.js'
import { configuration, lit, loc, model, vm, withPlan } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')

describe('evaluatePolicy', () => {
  const fleet = model({
    virtualMachines: [
      vm(),
      vm({
        identity: { type: 'Microsoft.Compute/virtualMachines', name: 'web-02' },
        displayName: 'web-02',
        rebootSetting: lit('Never', 25)
      }),
      vm({
        identity: { type: 'Microsoft.Compute/virtualMachines', name: 'legacy-01' },
        displayName: 'legacy-01',
        enableHotpatching: lit(false, 23),
        image: { sku: lit('2019-datacenter-gensecond', 16), version: lit('17763.7919.251009', 17) }
      })
    ]
  })

  it('assesses every VM and runs every built-in rule, VM by VM in registry order', () => {
    const result = evaluatePolicy(fleet, { asOf: AS_OF })
    expect(result.assessments.map(a => [a.vm.displayName, a.verdict])).toEqual([
      ['web-01', 'affected-no-plan'],
      ['web-02', 'affected-reboot-blocked'],
      ['legacy-01', 'not-affected']
    ])
    expect(result.findings.map(f => [f.resource, f.ruleId, f.severity, f.location.line, f.advisoryId])).toEqual([
      ['web-01', 'reboot-plan-required', 'error', 10, 'wsus-cve-2025-59287'],
      ['web-02', 'reboot-blocked', 'error', 25, 'wsus-cve-2025-59287'],
      ['legacy-01', 'unpatched-image', 'warning', 17, 'wsus-cve-2025-59287']
    ])
  })

  it('runs only the rules it is given, and passes readLine through', () => {
    const blocked = model({ virtualMachines: [vm({ rebootSetting: lit('Never', 25) })] })
    const lines: Record<number, string> = { 25: "          rebootSetting: 'Never'" }
    const result = evaluatePolicy(blocked, {
      asOf: AS_OF,
      rules: [],
      readLine: (_file, line) => lines[line]
    })
    expect(result.findings).toEqual([])
    const withRule = evaluatePolicy(blocked, { asOf: AS_OF, readLine: (_file, line) => lines[line] })
    expect(withRule.findings.map(f => f.fix?.replacement?.text)).toEqual(["          rebootSetting: 'IfRequired'"])
  })

  it('uses the advisories it is given instead of the built-in one', () => {
    const result = evaluatePolicy(fleet, { asOf: AS_OF, advisories: [] })
    expect(result.assessments.map(a => a.verdict)).toEqual(['not-affected', 'not-affected', 'not-affected'])
    expect(result.findings).toEqual([])
  })

  it('copies related locations from the VM onto its findings, then the lines that make it affected', () => {
    const related = [{ file: 'infra/prod.bicepparam', startLine: 3, role: 'parameter-file' }]
    const result = evaluatePolicy(model({ virtualMachines: [vm({ related })] }), { asOf: AS_OF })
    expect(result.findings.map(f => f.related)).toEqual([
      [
        ...related,
        { file: 'infra/main.bicep', startLine: 23, role: 'cause' },
        { file: 'infra/main.bicep', startLine: 16, role: 'cause' }
      ]
    ])
  })

  it('names where an affecting value came from, once, and not an unset one', () => {
    const fromParameterFile = lit(true, 23)
    const hotpatch = { ...fromParameterFile, via: [loc(3, 'infra/prod.bicepparam'), loc(23)] }
    const flagged = vm({ enableHotpatching: hotpatch, image: { ...vm().image, sku: { ...vm().image.sku, origin: 'absent' } } })
    const result = evaluatePolicy(model({ virtualMachines: [flagged] }), { asOf: AS_OF })
    expect(result.findings[0]?.related).toEqual([
      { file: 'infra/main.bicep', startLine: 23, role: 'cause' },
      { file: 'infra/prod.bicepparam', startLine: 3, role: 'cause' }
    ])
  })

  it('reports an undeclared message id as an internal error', () => {
    const broken: RuleModule = {
      meta: { id: 'broken', severity: 'error', description: 'd', docsUrl: 'u', messages: {} },
      check: () => ({ outcome: 'fail', reports: [{ messageId: 'nope' }] })
    }
    expect(() => evaluatePolicy(model(), { asOf: AS_OF, rules: [broken] })).toThrow(
      "rule broken reported undeclared message 'nope'"
    )
  })
})

describe('fingerprints', () => {
  const fingerprint = (overrides: Parameters<typeof vm>[0] = {}) =>
    evaluatePolicy(model({ virtualMachines: [vm(overrides)] }), { asOf: AS_OF }).findings.map(f => f.fingerprint)

  it('are 16 hex characters of sha256(rule, identity, variant)', () => {
    expect(fingerprintOf('reboot-plan-required', vm())).toBe('7d18c074e4322ea3')
    expect(fingerprint()).toEqual(['7d18c074e4322ea3'])
  })

  it('do not change when lines move or the date changes', () => {
    const moved = { reportAt: loc(110), declaredAt: loc(110), enableHotpatching: lit(true, 123) }
    expect(fingerprint(moved)).toEqual(['7d18c074e4322ea3'])
    const earlier = evaluatePolicy(model(), { asOf: new Date('2025-11-05T00:00:00Z') })
    expect(earlier.findings[0]?.fingerprint).toBe('7d18c074e4322ea3')
  })

  it('do not change with the name casing (Azure names are case-insensitive)', () => {
    const shouting = { identity: { type: 'Microsoft.Compute/virtualMachines', name: 'WEB-01' } }
    expect(fingerprint(shouting)).toEqual(['7d18c074e4322ea3'])
  })

  it('differ by resource, by variant and by rule', () => {
    const other = fingerprint({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'web-02' } })
    const variant = fingerprint({ variant: 'prod.bicepparam' })
    const rule = fingerprintOf('platform-reboot-only', vm())
    expect(new Set(['7d18c074e4322ea3', ...other, ...variant, rule]).size).toBe(4)
  })

  it('a window that is fine gives no findings at all', () => {
    const clean = withPlan({ maintenanceConfigurations: [configuration({ rebootSetting: lit('AlwaysReboot', 48) })] })
    expect(evaluatePolicy(clean, { asOf: AS_OF }).findings).toEqual([])
  })
})
