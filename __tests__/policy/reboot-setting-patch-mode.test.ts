/**
 * The VM model's `automaticByPlatformSettings.rebootSetting` "applies to all AutomaticByPlatform patch installations"
 * (the compute API's description): under another patch mode (AutomaticByOS, Azure's default on Windows, or Manual)
 * Azure ignores it. A hotpatch VM whose rebootSetting IfRequired was written without patchMode AutomaticByPlatform
 * (hotpatch inferred from an Azure Edition image, where it is on by default) counted as rebooted by the platform, a
 * `platform-reboot-only` warning, where it has no reboot plan at all; a Never it ignores blocked reboots, and an
 * unresolved one it ignores made the VM indeterminate. With the patch mode unresolved, the platform's reboots are.
 */
import { describe, expect, it } from '@jest/globals'
import { scanTree } from '../support/temporary-tree.js'
import { hotpatchVm } from '../readers/terraform/scan-files.js'
import { assessFirst, IMAGE_2025, summary } from './assess-helpers.js'
import { lit, model, providerDefault, unknownValue, unset, vm } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
const NOT_SET_ON = 'enableHotpatching is not set; hotpatch is on by default on this image (hotpatch-default: on)'
const NONE_ASSIGNED = 'no maintenance configuration is assigned'
const APPLIES_ONLY = 'Azure applies rebootSetting only to AutomaticByPlatform patch installations'

/** A hotpatch VM inferred from its image (enableHotpatching unset), no window, no bypass flag. */
const inferred = (overrides: Parameters<typeof vm>[0]) =>
  assessFirst(model({ virtualMachines: [vm({ enableHotpatching: unset(23), bypassPlatformSafetyChecksOnUserSchedule: unset(26), ...overrides })] }), {
    hotpatchDefault: 'on'
  })

describe('a rebootSetting Azure does not apply: the patch mode is not AutomaticByPlatform', () => {
  it('IfRequired under the default AutomaticByOS: no platform reboot plan, and the reason says why', () => {
    expect(summary(inferred({ patchMode: providerDefault('AutomaticByOS', 22), rebootSetting: lit('IfRequired', 25) }))).toEqual({
      verdict: 'affected-no-plan',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        NOT_SET_ON,
        NONE_ASSIGNED,
        `rebootSetting is IfRequired on the VM (infra/main.bicep:25), but it does not apply: patchMode is not set (AutomaticByOS by default), and ${APPLIES_ONLY}`
      ],
      unresolved: []
    })
  })

  it('Always under a written Manual, on a scale set', () => {
    const scaleSet = { kind: 'scale-set', orchestrationMode: lit('Flexible', 12) } as const
    expect(summary(inferred({ ...scaleSet, patchMode: lit('Manual', 22), rebootSetting: lit('Always', 25) }))).toEqual({
      verdict: 'affected-no-plan',
      affected: 'yes',
      reasons: [
        'orchestrationMode is Flexible (infra/main.bicep:12)',
        IMAGE_2025,
        NOT_SET_ON,
        NONE_ASSIGNED,
        `rebootSetting is Always on the scale set (infra/main.bicep:25), but it does not apply: patchMode is Manual (infra/main.bicep:22), and ${APPLIES_ONLY}`
      ],
      unresolved: []
    })
  })

  it('Never under AutomaticByOS blocks nothing: no plan, not reboot-blocked', () => {
    const assessment = inferred({ patchMode: lit('AutomaticByOS', 22), rebootSetting: lit('Never', 25) })
    expect([assessment.verdict, assessment.reasons.at(-1)]).toEqual([
      'affected-no-plan',
      `rebootSetting is Never on the VM (infra/main.bicep:25), but it does not apply: patchMode is AutomaticByOS (infra/main.bicep:22), and ${APPLIES_ONLY}`
    ])
  })

  it('an unresolved one under AutomaticByOS: no plan whatever its value, not indeterminate', () => {
    const assessment = inferred({ patchMode: providerDefault('AutomaticByOS', 22), rebootSetting: unknownValue(25, 'a parameter') })
    expect([assessment.verdict, assessment.unresolved, assessment.reasons.at(-1)]).toEqual([
      'affected-no-plan',
      [],
      `rebootSetting on the VM could not be resolved (infra/main.bicep:25), but whatever its value it does not apply: patchMode is not set (AutomaticByOS by default), and ${APPLIES_ONLY}`
    ])
  })
})

describe('a rebootSetting IfRequired whose patch mode is unresolved', () => {
  it('is indeterminate: the platform reboots the VM only if the patch mode is AutomaticByPlatform', () => {
    const assessment = inferred({ patchMode: unknownValue(22, 'a parameter'), rebootSetting: lit('IfRequired', 25) })
    expect(summary(assessment)).toEqual({
      verdict: 'indeterminate',
      affected: 'yes',
      reasons: [IMAGE_2025, NOT_SET_ON, NONE_ASSIGNED, 'patchMode could not be resolved (infra/main.bicep:22): a parameter'],
      unresolved: ['patchMode @22: a parameter']
    })
  })

  it('with the bypass flag true has no plan whatever the patch mode (the platform waits for a window)', () => {
    const assessment = inferred({ patchMode: unknownValue(22, 'a parameter'), rebootSetting: lit('IfRequired', 25), bypassPlatformSafetyChecksOnUserSchedule: lit(true, 26) })
    expect([assessment.verdict, assessment.unresolved]).toEqual(['affected-no-plan', []])
  })
})

describe('under AutomaticByPlatform, as before', () => {
  it('IfRequired: the platform reboots the VM', () => {
    expect(inferred({ patchMode: lit('AutomaticByPlatform', 22), rebootSetting: lit('IfRequired', 25) }).verdict).toBe('affected-platform-reboot')
  })

  it('Never: reboots are blocked', () => {
    expect(inferred({ patchMode: lit('AutomaticByPlatform', 22), rebootSetting: lit('Never', 25) }).verdict).toBe('affected-reboot-blocked')
  })
})

/** An ARM template of one Windows Server 2025 Azure Edition VM or Flexible scale set with these patch settings. */
function armTemplate(type: 'virtualMachines' | 'virtualMachineScaleSets', patchSettings: Record<string, unknown>): string {
  const image = { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }
  const profile = { storageProfile: { imageReference: image }, osProfile: { windowsConfiguration: { patchSettings } } }
  const properties = type === 'virtualMachines' ? profile : { orchestrationMode: 'Flexible', virtualMachineProfile: profile }
  return JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { mode: { type: 'string' } },
    resources: [{ type: `Microsoft.Compute/${type}`, apiVersion: '2024-07-01', name: 'web-01', location: 'westeurope', properties }]
  })
}

/** A Terraform VM with reboot_setting but no patch_mode (the provider's AutomaticByOS) and no bypass flag. */
const AZURE_TF = hotpatchVm({ name: '"web-01"', settings: '  hotpatching_enabled   = true\n  reboot_setting        = "IfRequired"\n' })

/** `<verdict>: <rule ids>` of the one VM the files declare, scanned with hotpatch-default on. */
async function verdictOf(files: Readonly<Record<string, string>>): Promise<string> {
  const result = await scanTree(files, { asOf: AS_OF, threads: 1, hotpatchDefault: 'on' })
  const [assessment] = result.assessments
  const rules = result.findings.filter(f => f.subject.kind === 'resource').map(f => f.ruleId)
  return `${String(assessment?.verdict)}: ${[...new Set(rules)].sort().join(' ')}`
}

describe('as the readers model the patch mode', () => {
  const reboot = { automaticByPlatformSettings: { rebootSetting: 'IfRequired' } }

  it.each([
    ['an ARM VM with no patchMode (AutomaticByOS by default)', armTemplate('virtualMachines', reboot)],
    ['an ARM VM with patchMode AutomaticByOS', armTemplate('virtualMachines', { patchMode: 'AutomaticByOS', ...reboot })],
    ['an ARM Flexible scale set with no patchMode', armTemplate('virtualMachineScaleSets', reboot)]
  ])('%s: no reboot plan, an error', async (_case, template) => {
    expect(await verdictOf({ 'arm/main.json': template })).toBe('affected-no-plan: reboot-plan-required')
  })

  it("a Terraform VM with no patch_mode (the provider's AutomaticByOS): no reboot plan", async () => {
    expect(await verdictOf({ 'main.tf': AZURE_TF })).toBe('affected-no-plan: reboot-plan-required')
  })

  it("an ARM VM whose patchMode is a parameter with no value: indeterminate", async () => {
    const template = armTemplate('virtualMachines', { patchMode: "[parameters('mode')]", ...reboot })
    expect(await verdictOf({ 'arm/main.json': template })).toBe('indeterminate: indeterminate')
  })

  it('an ARM VM with patchMode AutomaticByPlatform: the platform reboots it, a warning as before', async () => {
    const template = armTemplate('virtualMachines', { patchMode: 'AutomaticByPlatform', ...reboot })
    expect(await verdictOf({ 'arm/main.json': template })).toBe('affected-platform-reboot: platform-reboot-only')
  })
})
