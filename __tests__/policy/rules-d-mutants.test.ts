/**
 * invalid-exemption, invalid-vm-name and nothing-scanned under mutation (issue 12, docs/mutation/policy-rules.md,
 * part d2): the cases their own tables left out and a surviving mutant showed: fingerprints that tell
 * exemptions apart (and stay what they were), an Arc-enabled server's name, a workspace scan that read nothing.
 */
import { describe, expect, it } from '@jest/globals'
import type { InfrastructureModel, InlineExemption } from '../../src/model/resources.js'
import type { ScanRequest } from '../../src/model/scan-request.js'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import { rule as invalidExemption } from '../../src/policy/rules/invalid-exemption.js'
import { rule as invalidVmName, vmNameProblem } from '../../src/policy/rules/invalid-vm-name.js'
import { rule as nothingScanned } from '../../src/policy/rules/nothing-scanned.js'
import { FILE, loc, model, vm } from './builders.js'
import { runRuleTests } from './rule-tester.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
/** A file that declares no resource: a comment in it sits on nothing. */
const NETWORK = 'infra/network.bicep'

const withComments = (...comments: [file: string, line: number, text: string][]): InfrastructureModel => ({
  ...model(),
  inlineExemptions: comments.map(([file, line, text]): InlineExemption => ({ location: loc(line, file), text }))
})

const invalidExemptionFindings = (scanned: InfrastructureModel) =>
  evaluatePolicy(scanned, { asOf: AS_OF, rules: [invalidExemption] }).findings

describe('invalid-exemption fingerprints', () => {
  it('tell two invalid exemptions on one VM apart (an expiry that is no date, a lifetime too long)', () => {
    const findings = invalidExemptionFindings(
      withComments(
        [FILE, 8, 'rule=reboot-plan-required reason=x owner=ops expires=next-month'],
        [FILE, 9, 'rule=* reason=x owner=ops expires=2027-06-30']
      )
    )
    expect(findings.map(f => [f.resource, `${f.location.file}:${f.location.line}`, f.message])).toEqual([
      [
        'web-01',
        'infra/main.bicep:8',
        "VM 'web-01' has an exemption that cannot be read (the inline exemption at infra/main.bicep:8): " +
          'expires=next-month is not a date (YYYY-MM-DD). It exempts nothing until it is fixed.'
      ],
      [
        'web-01',
        'infra/main.bicep:9',
        "VM 'web-01' is exempted from every rule by the inline exemption at infra/main.bicep:9 (owner ops), but the " +
          'exemption is not applied: it expires on 2027-06-30, 218 days after the evaluation date 2026-11-24; ' +
          'exemptions may last at most 90 days (max-exemption-days). Set an earlier expiry date, and renew it when ' +
          'it runs out.'
      ]
    ])
    expect(new Set(findings.map(f => f.fingerprint)).size).toBe(2)
  })

  it('tell two exemptions on no VM apart by their rule', () => {
    const findings = invalidExemptionFindings(
      withComments(
        [NETWORK, 3, 'rule=* reason=lab owner=ops expires=2026-12-01'],
        [NETWORK, 7, 'rule=reboot-plan-required reason=lab owner=ops expires=2026-12-01']
      )
    )
    expect(findings.map(f => `${f.location.file}:${f.location.line}`)).toEqual([`${NETWORK}:3`, `${NETWORK}:7`])
    expect(new Set(findings.map(f => f.fingerprint)).size).toBe(2)
  })

  it('tell two unreadable exemptions on no VM apart by their problem (neither says its rule or reason)', () => {
    const findings = invalidExemptionFindings(
      withComments(
        [NETWORK, 3, 'rule=* reason="lab owner=ops expires=2026-12-01'],
        [NETWORK, 7, 'rule=* reason=lab expires=2026-12-01']
      )
    )
    expect(findings.map(f => f.message)).toEqual([
      'The inline exemption at infra/network.bicep:3 is not on a VM or scale set, so it exempts nothing. Put it on ' +
        "the line above the VM's declaration, or inside its block.",
      'The inline exemption at infra/network.bicep:7 is not on a VM or scale set, so it exempts nothing. Put it on ' +
        "the line above the VM's declaration, or inside its block."
    ])
    expect(new Set(findings.map(f => f.fingerprint)).size).toBe(2)
  })

  // A fingerprint is how a baseline, a SARIF upload and the pull request conversation recognise a finding
  // from one run to the next: the recipe of one already reported must not change (its file, reason, rule
  // and, when it has none, an empty problem). The value is the recipe's output since the rule was written.
  it('keeps the fingerprint of a readable exemption on no VM', () => {
    const findings = invalidExemptionFindings(withComments([NETWORK, 3, 'rule=* reason=lab owner=ops expires=2026-12-01']))
    expect(findings.map(f => [f.ruleId, f.resource, f.fingerprint])).toEqual([
      ['invalid-exemption', 'inline exemption', PINNED_UNATTACHED]
    ])
  })
})

/** fingerprint('invalid-exemption', ['infra/network.bicep', 'lab', '*', '']) (src/policy/findings.ts). */
const PINNED_UNATTACHED = 'e0fb569866b58ca0'

const ARC_IDENTITY = { type: 'Microsoft.HybridCompute/machines', name: 'dc-01.' }
const VM_IDENTITY = { type: 'Microsoft.Compute/virtualMachines', name: 'dc-01.', symbol: `${FILE}#vm` }

runRuleTests(invalidVmName, {
  valid: [
    {
      // An Arc-enabled server is not deployed by Azure under the Microsoft.Compute naming rules: its name is the machine's.
      name: "an Arc-enabled server's name is not judged by the Microsoft.Compute rules",
      model: model({ virtualMachines: [vm({ kind: 'arc-machine', identity: ARC_IDENTITY, displayName: 'dc-01.' })] }),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'the same name on a VM is reported',
      model: model({ virtualMachines: [vm({ identity: VM_IDENTITY, displayName: 'dc-01.' })] }),
      findings: [
        {
          message:
            "The VM name \"dc-01.\" is not a valid Azure VM name: it ends with '.'. Azure will refuse to deploy it; " +
            'the gate reports it as written.',
          file: FILE,
          line: 10
        }
      ]
    }
  ]
})

describe('vmNameProblem counts characters, not UTF-16 units', () => {
  // U+20000 (CJK Extension B) is one character written with two UTF-16 units.
  const wide = '\u{20000}'

  it('a name of 40 characters outside the Basic Multilingual Plane (80 units) is within the 64', () => {
    expect(vmNameProblem(wide.repeat(40))).toBeUndefined()
  })

  it('a name of 65 of them is over, counted as 65', () => {
    expect(vmNameProblem(wide.repeat(65))).toBe('it has 65 characters, over the 64 Azure allows')
  })
})

describe('nothing-scanned on the whole workspace', () => {
  const request: ScanRequest = {
    origin: 'the `path` input',
    paths: [{ path: '.', written: '.', exists: true }],
    allowEmpty: false,
    accept: 'Set `allow-empty: true` if that is expected.',
    setting: '`allow-empty: true`'
  }

  it('a workspace where nothing was read, checked or failed to parse holds no manifest', () => {
    const scanned: InfrastructureModel = { ...model({ virtualMachines: [] }), files: [], request }
    const findings = evaluatePolicy(scanned, { asOf: AS_OF, rules: [nothingScanned] }).findings
    expect(findings.map(f => [f.severity, f.message, f.location.file])).toEqual([
      [
        'error',
        'path `.` (the `path` input) holds no manifest the gate reads (ARM, Bicep, Terraform, plan/what-if JSON, ' +
          'Kubernetes, Pulumi YAML): nothing was checked. Set `allow-empty: true` if that is expected.',
        '.'
      ]
    ])
  })

  it('a workspace where the prefilter passed over a file was looked at', () => {
    const scanned: InfrastructureModel = {
      ...model({ virtualMachines: [] }),
      files: [],
      checkedWithoutParsing: ['storage/account.json'],
      request
    }
    expect(evaluatePolicy(scanned, { asOf: AS_OF, rules: [nothingScanned] }).findings).toEqual([])
  })
})
