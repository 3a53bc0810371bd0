/**
 * The verdict is a function of the findings (issue 9 item 2, issue 13 "certain stays certain"): the lead's
 * decisions, each with its exact verdict, reasons and findings, and src/policy/final-verdict.ts, through
 * which every assessment leaves the policy.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../src/model/resources.js'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import { agrees, finalVerdict } from '../../src/policy/final-verdict.js'
import type { Finding } from '../../src/policy/types.js'
import { assignment, configuration, dynamicScope, lit, loc, model, unknownValue, vm } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
const EXPIRED = { expirationDateTime: lit('2026-06-30 23:59', 45) }
const PLATFORM = { rebootSetting: lit('IfRequired', 25), bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) }
const ASSIGNED = "maintenance configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window')"
const EXPIRED_DETAIL = `${ASSIGNED}, but it expired on 2026-06-30 23:59 (infra/main.bicep:45)`
/** A dynamic scope whose configuration cannot be found: it may be any window. */
const UNKNOWN_SCOPE = {
  ...dynamicScope(),
  configuration: { target: unknownValue<{ type: string; name?: string }>(70, 'parameter mcName has no value') }
} as ReturnType<typeof dynamicScope>

function evaluate(machine: VirtualMachine, options: { expired?: boolean; unknownScope?: boolean } = {}) {
  const windows = options.expired === false ? [configuration()] : [configuration({ window: EXPIRED })]
  const assignments = [assignment(), ...(options.unknownScope === true ? [UNKNOWN_SCOPE] : [])]
  const result = evaluatePolicy(
    model({ virtualMachines: [machine], maintenanceConfigurations: windows, maintenanceAssignments: assignments }),
    { asOf: AS_OF }
  )
  const [assessment] = result.assessments
  return {
    verdict: assessment?.verdict,
    reasons: assessment?.reasons.slice(2),
    findings: result.findings.map(f => `${f.ruleId} ${f.severity}`)
  }
}

describe('a window that does not work on a VM the platform would reboot anyway', () => {
  it('an unhonoured window: the platform picks the time, so the VM has no reboot plan (schedule-prerequisites stands)', () => {
    expect(evaluate(vm(PLATFORM), { expired: false })).toEqual({
      verdict: 'affected-no-plan',
      reasons: [
        `${ASSIGNED} and is an InGuestPatch window that allows reboots (rebootSetting IfRequired); next reboot window ` +
          '2027-01-13 03:00 UTC, 1 day after the January 2027 baseline',
        'the window is not honoured: bypassPlatformSafetyChecksOnUserSchedule is false (infra/main.bicep:26)',
        'rebootSetting is IfRequired on the VM (infra/main.bicep:25): the window is not honoured, so the platform picks the ' +
          'time it reboots the VM, not a planned window'
      ],
      findings: ['schedule-prerequisites error']
    })
  })

  it('an expired window: no window reboots it in time, and the platform picks the time', () => {
    expect(evaluate(vm(PLATFORM))).toEqual({
      verdict: 'affected-no-plan',
      reasons: [
        EXPIRED_DETAIL,
        'rebootSetting is IfRequired on the VM (infra/main.bicep:25): no window reboots it in time, so the platform ' +
          'picks the time it reboots the VM, not a planned window'
      ],
      // Its settings would not honour a renewed window either.
      findings: ['reboot-window-expired error', 'schedule-prerequisites error']
    })
  })

  it('with the bypass flag the platform patches only in a window: no plan, said as before', () => {
    expect(evaluate(vm({ rebootSetting: lit('IfRequired', 25) })).reasons?.at(-1)).toBe(
      'rebootSetting is IfRequired on the VM (infra/main.bicep:25), but with bypassPlatformSafetyChecksOnUserSchedule ' +
        'true the platform only patches it in a maintenance window'
    )
  })

  it('a VM with no window at all is still left to the platform', () => {
    const result = evaluatePolicy(model({ virtualMachines: [vm(PLATFORM)] }), { asOf: AS_OF })
    expect([result.assessments[0]?.verdict, result.findings.map(f => f.ruleId)]).toEqual([
      'affected-platform-reboot',
      ['platform-reboot-only']
    ])
  })
})

describe('certain stays certain: an indeterminate VM whose window has expired', () => {
  it('fails under every value of its unresolved reboot setting: it keeps the error and gets the failing verdict', () => {
    expect(evaluate(vm({ rebootSetting: unknownValue(25, 'parameter rebootSetting has no value') }))).toEqual({
      verdict: 'affected-no-plan',
      reasons: [
        EXPIRED_DETAIL,
        'rebootSetting could not be resolved (infra/main.bicep:25), but no value gives the VM a window that reboots it in time'
      ],
      findings: ['reboot-window-expired error']
    })
  })

  it('fails whatever an unverifiable assignment is when the VM honours no window (Customer Managed Schedules off)', () => {
    const result = evaluate(vm({ patchMode: lit('AutomaticByOS', 22) }), { unknownScope: true })
    expect([result.verdict, result.findings]).toEqual([
      'affected-no-plan',
      ['reboot-window-expired error', 'schedule-prerequisites error']
    ])
    expect(result.reasons?.at(-1)).toBe(
      'maintenanceAssignment.configuration could not be resolved (infra/main.bicep:70), but no value gives the VM a ' +
        'window that reboots it in time'
    )
  })

  it('stays indeterminate when the unverifiable assignment may be a window that works: the indeterminate finding names the expired one', () => {
    const result = evaluatePolicy(
      model({
        maintenanceConfigurations: [configuration({ window: EXPIRED })],
        maintenanceAssignments: [assignment(), UNKNOWN_SCOPE]
      }),
      { asOf: AS_OF }
    )
    expect(result.assessments[0]?.verdict).toBe('indeterminate')
    expect(result.findings.map(f => [f.ruleId, f.severity, f.message])).toEqual([
      [
        'indeterminate',
        'warning',
        "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could " +
          'not be verified: maintenanceAssignment.configuration at infra/main.bicep:70: parameter mcName has no value. ' +
          `Whatever they resolve to, this window does not reboot it in time: ${EXPIRED_DETAIL}. Make these values ` +
          'resolvable (a literal, a parameter default or a parameter file), or exempt the resource with a reason.'
      ]
    ])
  })

  it('stays indeterminate when it may not be affected at all, and says the window would not count', () => {
    const result = evaluatePolicy(
      model({
        virtualMachines: [vm({ image: { sku: unknownValue(16, 'parameter sku has no value') } })],
        maintenanceConfigurations: [configuration({ window: EXPIRED })],
        maintenanceAssignments: [assignment()]
      }),
      { asOf: AS_OF }
    )
    expect(result.assessments[0]?.verdict).toBe('indeterminate')
    expect(result.findings.map(f => f.message)).toEqual([
      "Could not tell whether VM 'web-01' needs a reboot plan: image.sku at infra/main.bicep:16: parameter sku has no " +
        `value. Whatever they resolve to, this window does not reboot it in time: ${EXPIRED_DETAIL}. Make these values ` +
        'resolvable (a literal, a parameter default or a parameter file), or exempt the resource with a reason.'
    ])
  })
})

describe('finalVerdict', () => {
  const platformVm = vm(PLATFORM)
  const settle = (configured: Parameters<typeof evaluatePolicy>[1]['configuration']) => {
    const result = evaluatePolicy(model({ virtualMachines: [platformVm] }), { asOf: AS_OF, configuration: configured })
    return [result.assessments[0]?.verdict, result.assessments[0]?.reasons.at(-1), result.findings.map(f => `${f.ruleId} ${f.severity}`)]
  }
  const configured = (extra: Record<string, unknown>) =>
    ({ file: '.github/hotpatch-reboot-gate.yml', rules: new Map(), exemptions: [], rebootPlans: [], ...extra }) as never

  it('turns a verdict that asks for no action into a failing one when the configuration makes a finding on it an error', () => {
    expect(settle(configured({ platformReboot: 'reject' }))).toEqual([
      'affected-no-plan',
      'platform-reboot-only is an error on it in this configuration, so it needs action',
      ['platform-reboot-only error']
    ])
  })

  it('keeps the verdict when the error is exempted, or a warning', () => {
    expect(settle(configured({ platformReboot: 'warn' }))[0]).toBe('affected-platform-reboot')
    const [finding] = evaluatePolicy(model({ virtualMachines: [platformVm] }), { asOf: AS_OF }).findings
    const assessment = evaluatePolicy(model({ virtualMachines: [platformVm] }), { asOf: AS_OF }).assessments[0]
    if (finding === undefined || assessment === undefined) throw new Error('no finding')
    const error: Finding = { ...finding, severity: 'error' }
    const exempted: Finding = { ...error, exemption: { reason: 'r', owner: 'o', expires: '2026-12-01', source: 's' } }
    expect(finalVerdict(assessment, [exempted]).verdict).toBe('affected-platform-reboot')
    expect(finalVerdict(assessment, [error]).verdict).toBe('affected-no-plan')
    // An error on another resource does not touch this one.
    const elsewhere: Finding = { ...error, subject: { ...error.subject, instance: vm() } as Finding['subject'] }
    expect(finalVerdict(assessment, [elsewhere])).toBe(assessment)
  })

  it('names reboots blocked when reboot-blocked is among the errors', () => {
    const assessment = evaluatePolicy(model({ virtualMachines: [platformVm] }), { asOf: AS_OF }).assessments[0]
    const [finding] = evaluatePolicy(model({ virtualMachines: [platformVm] }), { asOf: AS_OF }).findings
    if (finding === undefined || assessment === undefined) throw new Error('no finding')
    const blocked: Finding = { ...finding, ruleId: 'reboot-blocked', severity: 'error' }
    const other: Finding = { ...finding, ruleId: 'unpatched-image', severity: 'error' }
    expect(finalVerdict(assessment, [other, blocked])).toMatchObject({
      verdict: 'affected-reboot-blocked',
      reasons: [...assessment.reasons, 'reboot-blocked, unpatched-image are errors on it in this configuration, so it needs action']
    })
  })

  it('agrees: errors need a verdict that asks for action; indeterminate errors alone (unresolved: fail) keep indeterminate', () => {
    expect(agrees('affected-with-plan', [])).toBe(true)
    expect(agrees('affected-no-plan', ['reboot-plan-required'])).toBe(true)
    expect(agrees('affected-reboot-blocked', ['reboot-blocked'])).toBe(true)
    expect(agrees('affected-platform-reboot', ['schedule-prerequisites'])).toBe(false)
    expect(agrees('affected-with-plan', ['invalid-reboot-plan'])).toBe(false)
    expect(agrees('indeterminate', ['indeterminate'])).toBe(true)
    expect(agrees('indeterminate', ['indeterminate', 'reboot-window-expired'])).toBe(false)
    expect(agrees('not-affected', ['indeterminate'])).toBe(false)
    expect(settle(configured({ unresolved: 'fail' }))[0]).toBe('affected-platform-reboot')
  })
})

describe('findings about an entry that names the VM', () => {
  it('an exemption that cannot be honoured is about the exemption; the VM it names is a related location', () => {
    const comment = { location: loc(9), text: 'rule=* reason="Until the migration" owner=team-web expires=2027-06-30' }
    const result = evaluatePolicy({ ...model(), inlineExemptions: [comment] }, { asOf: AS_OF })
    const invalid = result.findings.filter(f => f.ruleId === 'invalid-exemption')
    expect(invalid.map(f => [f.subject.kind, f.resource, f.location.line, f.related])).toEqual([
      ['workspace', 'web-01', 9, [{ file: 'infra/main.bicep', startLine: 10, role: 'exempted-resource' }]]
    ])
    expect(result.assessments[0]?.verdict).toBe('affected-no-plan')
  })
})
