/**
 * A table-driven tester for policy rules (after ESLint's RuleTester): `valid` cases must pass or be not
 * applicable, as stated; `invalid` cases must fail with exactly the findings listed (message, location, fix).
 */
import { describe, expect, it } from '@jest/globals'
import type { InfrastructureModel } from '../../src/model/resources.js'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import type { Fix, RuleModule } from '../../src/policy/types.js'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import { model as buildModel } from './builders.js'

interface Case {
  readonly name: string
  /** Default: the default VM, no plan. The first VM is the one the rule is checked on. */
  readonly model?: InfrastructureModel
  /** YYYY-MM-DD; default 2026-11-24. */
  readonly asOf?: string
  readonly hotpatchDefault?: 'on' | 'off' | 'unknown'
  /** Source lines by `file:line`, for one-line fixes. */
  readonly lines?: Readonly<Record<string, string>>
}

export interface ValidCase extends Case {
  readonly outcome: 'pass' | 'not-applicable'
}

export interface ExpectedFinding {
  readonly message: string
  readonly file: string
  readonly line: number
  /** Checked when given; `null` asserts that there is no fix. */
  readonly fix?: Fix | null
}

export interface InvalidCase extends Case {
  readonly findings: readonly ExpectedFinding[]
}

export function runRuleTests(
  rule: RuleModule,
  tests: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] }
): void {
  if (tests.invalid.length === 0) throw new Error(`${rule.meta.id}: a rule test needs at least one invalid case`)
  const names = [...tests.valid, ...tests.invalid].map(test => test.name)
  if (new Set(names).size !== names.length) throw new Error(`${rule.meta.id}: duplicate test case names`)

  describe(rule.meta.id, () => {
    describe('valid', () => {
      it.each(tests.valid.map(test => [test.name, test] as const))('%s', (_name, test) => {
        const { outcome, findings } = evaluate(rule, test)
        expect(outcome).toBe(test.outcome)
        expect(findings).toEqual([])
      })
    })
    describe('invalid', () => {
      it.each(tests.invalid.map(test => [test.name, test] as const))('%s', (_name, test) => {
        const { outcome, findings } = evaluate(rule, test)
        expect(outcome).toBe('fail')
        const actual = findings.map((finding, index) => {
          const expected = test.findings[index]
          const { message, location } = finding
          const shown: Record<string, unknown> = { message, file: location.file, line: location.line }
          if (expected?.fix !== undefined) shown.fix = finding.fix ?? null
          return shown
        })
        expect(actual).toEqual(test.findings)
        for (const finding of findings) {
          expect(finding.ruleId).toBe(rule.meta.id)
          expect(finding.severity).toBe(rule.meta.severity)
          expect(finding.docsUrl).toBe(rule.meta.docsUrl)
        }
      })
    })
  })
}

function evaluate(rule: RuleModule, test: Case) {
  const model = test.model ?? buildModel()
  const asOf = new Date(`${test.asOf ?? '2026-11-24'}T00:00:00Z`)
  const lines = test.lines ?? {}
  const readLine = (file: string, line: number): string | undefined => lines[`${file}:${line}`]
  const hotpatchDefault = test.hotpatchDefault === undefined ? {} : { hotpatchDefault: test.hotpatchDefault }
  const options = { asOf, rules: [rule], readLine, ...hotpatchDefault }
  const result = evaluatePolicy(model, options)
  const assessment = result.assessments[0]
  if (assessment === undefined) throw new Error('the test model has no VM')
  const context = { assessment, model, asOf, advisories: getBuiltInAdvisories(), readLine }
  // A per-workspace report (a file not read or not evaluated, an exemption on no VM) is on no VM: every
  // finding counts.
  const workspaceReports = rule.checkWorkspace?.({ model, asOf, unattachedExemptions: [] }) ?? []
  if (workspaceReports.length > 0) return { outcome: 'fail', findings: result.findings }
  const findings = result.findings.filter(finding => finding.resource === assessment.vm.displayName)
  return { outcome: rule.check(context).outcome, findings }
}
