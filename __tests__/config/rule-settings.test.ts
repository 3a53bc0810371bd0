/** Severity settings (src/policy/configuration/rule-settings.ts): platform-reboot, unresolved, rules, and hotpatch-default. */
import { describe, expect, it } from '@jest/globals'
import { lit, model, unknownValue, unset, vm } from '../policy/builders.js'
import { configured, evaluate } from './helpers.js'

const platformVm = vm({ rebootSetting: lit('IfRequired', 25), bypassPlatformSafetyChecksOnUserSchedule: unset() })
const unresolvedVm = vm({ image: { sku: unknownValue(16, "parameter 'vmSku' has no value") } })
const severities = (result: ReturnType<typeof evaluate>): string[] => result.findings.map(f => `${f.ruleId} ${f.severity}`)

describe('platform-reboot', () => {
  it.each([
    [undefined, ['platform-reboot-only warning']],
    ['accept', []],
    ['warn', ['platform-reboot-only warning']],
    ['reject', ['platform-reboot-only error']]
  ])('%s', (setting, expected) => {
    const configuration = setting === undefined ? undefined : configured(`platform-reboot: ${setting}`)
    expect(severities(evaluate(model({ virtualMachines: [platformVm] }), { ...(configuration && { configuration }) }))).toEqual(expected)
  })
})

describe('unresolved', () => {
  it.each([
    [undefined, ['indeterminate warning']],
    ['ignore', []],
    ['warn', ['indeterminate warning']],
    ['fail', ['indeterminate error']]
  ])('%s', (setting, expected) => {
    const configuration = setting === undefined ? undefined : configured(`unresolved: ${setting}`)
    expect(severities(evaluate(model({ virtualMachines: [unresolvedVm] }), { ...(configuration && { configuration }) }))).toEqual(expected)
  })
})

describe('rules', () => {
  it('sets each rule to error, warning, notice or off', () => {
    const vms = [platformVm, unresolvedVm, vm({ image: { version: lit('26100.6584.250910', 17) } })]
    const configuration = configured(
      'rules:',
      '  platform-reboot-only: notice',
      '  indeterminate: error',
      '  unpatched-image: off',
      '  reboot-plan-required: warning'
    )
    expect(severities(evaluate(model({ virtualMachines: vms }), { configuration }))).toEqual([
      'platform-reboot-only notice',
      'indeterminate error',
      'reboot-plan-required warning'
    ])
    expect(severities(evaluate(model({ virtualMachines: vms })))).toEqual([
      'platform-reboot-only warning',
      'indeterminate warning',
      'reboot-plan-required error',
      'unpatched-image warning'
    ])
  })
})

describe('hotpatch-default', () => {
  // Windows Server 2025 Azure Edition, on which hotpatching is on unless turned off, with the flag unset.
  // A Bicep VM: an unset flag is absent (azurerm's provider default false is a known value instead).
  const unsetFlag = vm({ enableHotpatching: unset(23) })

  it.each([
    // Hotpatch is on by default on this image: unset is possibly on.
    [undefined, 'indeterminate'],
    ['on', 'affected-no-plan'],
    ["'off'", 'not-affected'],
    ['unknown', 'indeterminate']
  ])('%s', (setting, verdict) => {
    const configuration = setting === undefined ? undefined : configured(`hotpatch-default: ${setting}`)
    expect(evaluate(model({ virtualMachines: [unsetFlag] }), { ...(configuration && { configuration }) }).assessments[0]?.verdict).toBe(verdict)
  })

  it('gives way to the option a caller passes', () => {
    const result = evaluate(model({ virtualMachines: [unsetFlag] }), { configuration: configured('hotpatch-default: on'), hotpatchDefault: 'off' })
    expect(result.assessments[0]?.verdict).toBe('not-affected')
  })
})
