/**
 * Parity across manifest languages (issue 3): every scenario of ./scenarios.ts is written in each language
 * that can express it (ARM + parameter file, Bicep + .bicepparam, Terraform + .tfvars, a `terraform show
 * -json` plan, Crossplane, Azure Service Operator, Pulumi YAML + stack file, a what-if result), each folder scanned on its own
 * by the whole pipeline. All of them must give the same verdict, rule ids, evidence and unresolved inputs.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import type { ScanResult } from '../../src/scan.js'
import { COLUMNS, FORMAT_OF, SCENARIOS, type Column, type Scenario } from './scenarios.js'
import { onlyVm, outcomeOf, scanFixture, subfolders, type Outcome } from './support.js'

const expressible = (scenario: Scenario): Column[] => COLUMNS.filter(c => scenario.notExpressible?.[c] === undefined)
const inexpressible = (scenario: Scenario): [Column, string][] =>
  COLUMNS.flatMap(column => {
    const reason = scenario.notExpressible?.[column]
    return reason === undefined ? [] : [[column, reason] as [Column, string]]
  })

/** Each folder is scanned once, whichever test asks first. */
const scans = new Map<string, Promise<ScanResult>>()
const scanOnce = (folder: string): Promise<ScanResult> => {
  const cached = scans.get(folder) ?? scanFixture(folder)
  scans.set(folder, cached)
  return cached
}

async function outcomeIn(scenario: Scenario, column: Column): Promise<Outcome> {
  const { assessment, findings } = onlyVm(await scanOnce(`${scenario.id}/${column}`))
  return outcomeOf(assessment, findings)
}

describe.each(SCENARIOS)('$id: $title', scenario => {
  it.each(expressible(scenario))('%s', async column => {
    const result = await scanOnce(`${scenario.id}/${column}`)
    expect(result.model.parseErrors).toEqual([])
    const { assessment, findings } = onlyVm(result)
    expect(assessment.vm.format).toBe(FORMAT_OF[column])
    expect(outcomeOf(assessment, findings)).toEqual(scenario.expected)
    for (const finding of findings) expect(finding.resource).toBe(assessment.vm.displayName)
    if (scenario.because !== undefined) expect(assessment.reasons.at(-1)).toMatch(scenario.because)
    const parameterFile = scenario.parameterFiles?.[column]
    if (parameterFile !== undefined) {
      // The verdict must come from the parameter file, not from the template's default.
      expect(assessment.vm.rebootSetting.origin).toBe('parameter-file')
      expect(assessment.vm.related.map(related => related.file)).toContain(parameterFile)
    }
  })

  const cannot = inexpressible(scenario)
  if (cannot.length > 0) {
    it.each(cannot)('%s: not expressible, %s', column => {
      expect(subfolders(scenario.id)).not.toContain(column)
    })
  }
})

describe('the parity table', () => {
  it('has a fixture folder for exactly the expressible cells, and no other scenario folder', () => {
    // The suites of evidence across files (cross-format.test.ts), detection and environments keep folders of their own here.
    expect(subfolders('').filter(folder => !['cross', 'detection', 'environments'].includes(folder))).toEqual(
      SCENARIOS.map(s => s.id).sort()
    )
    for (const scenario of SCENARIOS) expect(subfolders(scenario.id)).toEqual([...expressible(scenario)].sort())
  })

  it('gives each scenario one outcome in every language that can express it', async () => {
    const lines: string[] = []
    for (const scenario of SCENARIOS) {
      const byOutcome = new Map<string, Column[]>()
      for (const column of expressible(scenario)) {
        const text = render(await outcomeIn(scenario, column))
        byOutcome.set(text, [...(byOutcome.get(text) ?? []), column])
      }
      for (const [text, columns] of byOutcome) lines.push(`${scenario.id}: ${text} in ${columns.join(', ')}`)
      const cannot = inexpressible(scenario).map(([column]) => column)
      if (cannot.length > 0) lines.push(`${scenario.id}: not expressible in ${cannot.join(', ')}`)
    }
    const every = 'arm, bicep, terraform, terraform-plan, crossplane, aso, pulumi, what-if'
    const allButAso = 'arm, bicep, terraform, terraform-plan, crossplane, pulumi, what-if'
    const noKubernetes = 'arm, bicep, terraform, terraform-plan, pulumi, what-if'
    expect(lines).toEqual([
      `no-plan: affected-no-plan [reboot-plan-required] in ${every}`,
      `platform-reboot-only: affected-platform-reboot [platform-reboot-only] in ${every}`,
      `reboot-never: affected-reboot-blocked [reboot-blocked] in ${every}`,
      `valid-window: affected-with-plan [] (direct valid) in ${allButAso}`,
      'valid-window: not expressible in aso',
      `expired-window: affected-no-plan [reboot-window-expired] (direct expired) in ${allButAso}`,
      'expired-window: not expressible in aso',
      `window-blocks-reboots: affected-reboot-blocked [reboot-blocked] (direct reboot-blocked) in ${allButAso}`,
      'window-blocks-reboots: not expressible in aso',
      `window-listed-kbs: affected-reboot-blocked [reboot-blocked] (direct reboot-blocked) in ${allButAso}`,
      'window-listed-kbs: not expressible in aso',
      `window-misses-baseline: affected-no-plan [reboot-window-misses-baseline] (direct misses-baseline) in ${allButAso}`,
      'window-misses-baseline: not expressible in aso',
      `window-late: affected-with-plan [reboot-window-late, reboot-window-late] (direct valid) in ${allButAso}`,
      'window-late: not expressible in aso',
      `window-malformed: affected-no-plan [reboot-window-misses-baseline] (direct malformed-window) in ${allButAso}`,
      'window-malformed: not expressible in aso',
      `dynamic-scope-match: affected-with-plan [] (dynamic-scope valid) in ${noKubernetes}`,
      'dynamic-scope-match: not expressible in crossplane, aso',
      `dynamic-scope-no-match: affected-no-plan [reboot-plan-required] in ${noKubernetes}`,
      'dynamic-scope-no-match: not expressible in crossplane, aso',
      'parameter-file: affected-reboot-blocked [reboot-blocked] in arm, bicep, terraform, terraform-plan, pulumi',
      'parameter-file: not expressible in crossplane, aso, what-if',
      `unresolved-value: indeterminate [indeterminate] unresolved enableHotpatching in ${every}`,
      `unaffected-image: not-affected [] in ${every}`,
      `uniform-scale-set: not-affected [] in ${every}`,
      'not-deployed: not-affected [] in arm, bicep, terraform, terraform-plan, crossplane, aso',
      'not-deployed: not expressible in pulumi, what-if'
    ])
  })
})

function render(outcome: Outcome): string {
  const evidence = outcome.evidence.length === 0 ? '' : ` (${outcome.evidence.join(', ')})`
  const unresolved = outcome.unresolved.length === 0 ? '' : ` unresolved ${outcome.unresolved.join(', ')}`
  return `${outcome.verdict} [${outcome.rules.join(', ')}]${evidence}${unresolved}`
}

const SHORT: Readonly<Record<Column, string>> = {
  arm: 'arm',
  bicep: 'bcp',
  terraform: 'tf',
  'terraform-plan': 'plan',
  crossplane: 'xp',
  aso: 'aso',
  pulumi: 'pul',
  'what-if': 'wif'
}

afterAll(() => {
  // The table and the reasons for its empty cells, for whoever reads the test log.
  const rows = SCENARIOS.map(scenario => {
    const cells = COLUMNS.map(column => (scenario.notExpressible?.[column] === undefined ? 'x' : '-'))
    return `${scenario.id.padEnd(24)} ${cells.map(cell => cell.padEnd(5)).join('')} ${render(scenario.expected)}`
  })
  const reasons = SCENARIOS.flatMap(scenario =>
    inexpressible(scenario).map(([column, reason]) => `${scenario.id} × ${column}: not expressible: ${reason}`)
  )
  const header = `${'scenario'.padEnd(24)} ${COLUMNS.map(c => SHORT[c].padEnd(5)).join('')} expected`
  console.info(['Parity table (x: fixture, -: not expressible)', header, ...rows, '', ...reasons].join('\n'))
})
