/**
 * src/policy/verdict.ts under mutation (issue 12, docs/mutation.md): the branches the verdict table in
 * assess-verdicts.test.ts leaves to the golden reports, asserted here on the model with exact reasons and
 * unresolved inputs: the platform's own reboots with and without the bypass flag, a VM rebootSetting that
 * is not a reboot setting, and the order of the checks when the VM may be affected.
 */
import { describe, expect, it } from '@jest/globals'
import { assessFirst, DIRECT_VALID, HONOURED, HOTPATCH_TRUE, IMAGE_2025, summary } from './assess-helpers.js'
import { assignment, configuration, lit, model, unknownValue, unset, vm, withPlan } from './builders.js'

const NO_PLAN = 'no maintenance configuration is assigned'
const UNKNOWN_SKU = unknownValue<string>(16, "parameter 'sku' has no value")
const MAY_BE_CAPABLE = 'image MicrosoftWindowsServer:WindowsServer:? may be hotpatch-capable'
const SKU_UNRESOLVED = "image.sku could not be resolved (infra/main.bicep:16): parameter 'sku' has no value"

describe('the platform’s own reboots (rebootSetting IfRequired or Always on the VM, no plan)', () => {
  it.each(['IfRequired', 'Always'])('%s without the bypass flag: the platform reboots it', setting => {
    const platform = vm({ rebootSetting: lit(setting, 25), bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) })
    expect(summary(assessFirst(model({ virtualMachines: [platform] })))).toEqual({
      verdict: 'affected-platform-reboot',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        HOTPATCH_TRUE,
        NO_PLAN,
        `rebootSetting is ${setting} on the VM (infra/main.bicep:25): the platform reboots it when an update needs it, ` +
          'at a time Azure chooses'
      ],
      unresolved: []
    })
  })

  it('IfRequired with the bypass flag on: the platform waits for a window that does not exist', () => {
    const waiting = vm({ rebootSetting: lit('IfRequired', 25) })
    expect(summary(assessFirst(model({ virtualMachines: [waiting] })))).toEqual({
      verdict: 'affected-no-plan',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        HOTPATCH_TRUE,
        NO_PLAN,
        'rebootSetting is IfRequired on the VM (infra/main.bicep:25), but with bypassPlatformSafetyChecksOnUserSchedule ' +
          'true the platform only patches it in a maintenance window'
      ],
      unresolved: []
    })
  })

  it('IfRequired with an unresolved bypass flag: indeterminate, naming the flag', () => {
    const unknownBypass = vm({
      rebootSetting: lit('IfRequired', 25),
      bypassPlatformSafetyChecksOnUserSchedule: unknownValue(26, "parameter 'bypass' has no value")
    })
    expect(summary(assessFirst(model({ virtualMachines: [unknownBypass] })))).toEqual({
      verdict: 'indeterminate',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        HOTPATCH_TRUE,
        NO_PLAN,
        "bypassPlatformSafetyChecksOnUserSchedule could not be resolved (infra/main.bicep:26): parameter 'bypass' has no value"
      ],
      unresolved: ["bypassPlatformSafetyChecksOnUserSchedule @26: parameter 'bypass' has no value"]
    })
  })
})

describe('the VM’s rebootSetting as written', () => {
  it('a value that is no reboot setting makes the verdict indeterminate, naming the value', () => {
    const odd = vm({ rebootSetting: lit('Sometimes', 25) })
    expect(summary(assessFirst(withPlan({ virtualMachines: [odd] })))).toEqual({
      verdict: 'indeterminate',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        HOTPATCH_TRUE,
        DIRECT_VALID,
        "rebootSetting could not be resolved (infra/main.bicep:25): 'Sometimes' is not a reboot setting (IfRequired, Never or Always)"
      ],
      unresolved: ["rebootSetting @25: 'Sometimes' is not a reboot setting (IfRequired, Never or Always)"]
    })
  })

  it('the API’s Unknown reads as unset: no plan, no platform reboot', () => {
    const unknownSetting = vm({ rebootSetting: lit('Unknown', 25) })
    expect(summary(assessFirst(model({ virtualMachines: [unknownSetting] })))).toEqual({
      verdict: 'affected-no-plan',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, NO_PLAN],
      unresolved: []
    })
  })

  it('an unset rebootSetting with a valid, honoured window is a plan', () => {
    expect(summary(assessFirst(withPlan({ virtualMachines: [vm({ rebootSetting: unset(25) })] })))).toEqual({
      verdict: 'affected-with-plan',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, DIRECT_VALID, HONOURED],
      unresolved: []
    })
  })
})

describe('a VM that may be affected', () => {
  it('is indeterminate without a plan, listing what is unresolved', () => {
    expect(summary(assessFirst(model({ virtualMachines: [vm({ image: { sku: UNKNOWN_SKU } })] })))).toEqual({
      verdict: 'indeterminate',
      affected: 'unknown',
      reasons: [MAY_BE_CAPABLE, HOTPATCH_TRUE, NO_PLAN, SKU_UNRESOLVED],
      unresolved: ["image.sku @16: parameter 'sku' has no value"]
    })
  })

  it('is indeterminate with a valid window when its rebootSetting Never would block it', () => {
    const never = vm({ image: { sku: UNKNOWN_SKU }, rebootSetting: lit('Never', 25) })
    expect(summary(assessFirst(withPlan({ virtualMachines: [never] })))).toEqual({
      verdict: 'indeterminate',
      affected: 'unknown',
      reasons: [MAY_BE_CAPABLE, HOTPATCH_TRUE, DIRECT_VALID, SKU_UNRESOLVED],
      unresolved: ["image.sku @16: parameter 'sku' has no value"]
    })
  })

  it('is indeterminate with a valid window when its rebootSetting is unresolved', () => {
    const unknownReboot = vm({ image: { sku: UNKNOWN_SKU }, rebootSetting: unknownValue(25, "parameter 'reboot' has no value") })
    expect(summary(assessFirst(withPlan({ virtualMachines: [unknownReboot] }))).verdict).toBe('indeterminate')
  })

  it('is indeterminate with a valid window that is not honoured', () => {
    const byOs = vm({ image: { sku: UNKNOWN_SKU }, patchMode: lit('AutomaticByOS', 22) })
    expect(summary(assessFirst(withPlan({ virtualMachines: [byOs] })))).toEqual({
      verdict: 'indeterminate',
      affected: 'unknown',
      reasons: [MAY_BE_CAPABLE, HOTPATCH_TRUE, DIRECT_VALID, SKU_UNRESOLVED],
      unresolved: ["image.sku @16: parameter 'sku' has no value"]
    })
  })
})

describe('a valid window whose schedule settings are unresolved', () => {
  it('is indeterminate, naming the unresolved setting', () => {
    const unknownMode = vm({ patchMode: unknownValue(22, "parameter 'mode' has no value") })
    expect(summary(assessFirst(withPlan({ virtualMachines: [unknownMode] })))).toEqual({
      verdict: 'indeterminate',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        HOTPATCH_TRUE,
        DIRECT_VALID,
        "patchMode could not be resolved (infra/main.bicep:22): parameter 'mode' has no value"
      ],
      unresolved: ["patchMode @22: parameter 'mode' has no value"]
    })
  })
})

describe('an Arc-enabled server with a valid window', () => {
  it('is covered by the plan with no Customer Managed Schedules settings, and says so', () => {
    const identity = { type: 'Microsoft.HybridCompute/machines', name: 'web-01' }
    const arc = vm({ kind: 'arc-machine', identity, bypassPlatformSafetyChecksOnUserSchedule: unset(10) })
    const assessment = assessFirst(withPlan({ virtualMachines: [arc], maintenanceAssignments: [assignment(lit(identity, 63))] }))
    expect(summary(assessment)).toEqual({
      verdict: 'affected-with-plan',
      affected: 'yes',
      reasons: [
        HOTPATCH_TRUE,
        DIRECT_VALID,
        'an Arc-enabled server needs no Customer Managed Schedules settings, so the window is honoured'
      ],
      unresolved: []
    })
  })
})

describe('the reasons and the plan that count', () => {
  it('a VM that may be affected, whose only window blocks reboots, is indeterminate, not covered', () => {
    const blocked = withPlan({
      virtualMachines: [vm({ image: { sku: UNKNOWN_SKU } })],
      maintenanceConfigurations: [configuration({ rebootSetting: lit('NeverReboot', 48) })]
    })
    expect(summary(assessFirst(blocked)).verdict).toBe('indeterminate')
  })

  it('a window not honoured for two reasons names both, separated by a semicolon', () => {
    const neither = vm({ patchMode: lit('AutomaticByOS', 22), bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) })
    expect(summary(assessFirst(withPlan({ virtualMachines: [neither] }))).reasons.at(-1)).toBe(
      'the window is not honoured: patchMode is AutomaticByOS (infra/main.bicep:22); ' +
        'bypassPlatformSafetyChecksOnUserSchedule is false (infra/main.bicep:26)'
    )
  })
})
