/**
 * A maintenance configuration's InGuestPatchMode (`extensionProperties.InGuestPatchMode`, azurerm's and
 * Crossplane's `in_guest_user_patch_mode`): only `User` is a customer-managed schedule, so a window in
 * `Platform` mode is no reboot plan, in every format (ARM, Bicep, Pulumi, Terraform, Crossplane) (src/policy/configuration-status.ts `checkPatchMode`).
 * It counted as one, whatever the mode said (a false pass).
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceConfiguration } from '../../src/model/resources.js'
import type { Sourced } from '../../src/model/source.js'
import { configurationStatus } from '../../src/policy/configuration-status.js'
import { HOTPATCH_VM, monthlyConfiguration, scanFiles, verdicts } from '../readers/terraform/scan-files.js'
import { armPlanFiles, bicepPlanFiles, crossplanePlanFiles, pulumiPlanFiles } from '../support/plan-manifests.js'

const AS_OF = new Date('2025-11-03T00:00:00Z')
const at = { file: 'mc.json', line: 7, column: 9 }

/** A monthly InGuestPatch window that allows reboots, with the given mode. */
function configuration(inGuestPatchMode?: Sourced<string>): MaintenanceConfiguration {
  const literal = <T>(value: T): Sourced<T> => ({ value, origin: 'literal', location: at })
  return {
    kind: 'maintenance-configuration',
    format: 'arm',
    identity: { type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'mc' },
    displayName: 'mc',
    reportAt: at,
    declaredAt: at,
    related: [],
    variant: '',
    deployed: literal(true),
    maintenanceScope: literal('InGuestPatch'),
    window: {
      startDateTime: literal('2025-01-15 03:00'),
      expirationDateTime: { value: undefined, origin: 'absent', location: at },
      duration: literal('03:55'),
      timeZone: literal('UTC'),
      recurEvery: literal('Month Second Tuesday Offset1')
    },
    rebootSetting: literal('IfRequired'),
    excludeKbsRequiringReboot: { value: undefined, origin: 'absent', location: at },
    classificationsToInclude: literal(['Critical', 'Security']),
    kbNumbersToInclude: { value: undefined, origin: 'absent', location: at },
    ...(inGuestPatchMode !== undefined && { inGuestPatchMode })
  }
}

describe('configurationStatus', () => {
  const mode = (value: string): Sourced<string> => ({ value, origin: 'literal', location: at })

  it('rules a Platform window out, naming the mode and where it is written', () => {
    expect(configurationStatus(configuration(mode('Platform')), AS_OF)).toEqual({
      status: 'not-in-guest-patch',
      detail: "its InGuestPatchMode is Platform (mc.json:7), not User: Update Manager runs a schedule's patching only in User mode",
      unresolved: []
    })
  })

  it('takes User in any case, and a mode that is not written, as the window they are', () => {
    for (const written of [mode('User'), mode('user'), mode('USER'), { value: undefined, origin: 'absent', location: at } as const, undefined]) {
      expect(configurationStatus(configuration(written), AS_OF).status).toBe('valid')
    }
  })

  it('cannot verify a window whose mode it could not evaluate', () => {
    const status = configurationStatus(configuration({ value: undefined, origin: 'unresolved', location: at, reason: "parameter 'mode' has no value" }), AS_OF)
    expect(status.status).toBe('unverifiable')
    expect(status.unresolved.map(input => input.field)).toEqual(['maintenanceConfiguration.inGuestPatchMode'])
  })

  it('says the scope first: a Host window in Platform mode is ruled out for its scope', () => {
    const host = { ...configuration(mode('Platform')), maintenanceScope: mode('Host') }
    expect(configurationStatus(host, AS_OF).detail).toBe('its maintenanceScope is Host (mc.json:7), not InGuestPatch')
  })
})

/** The same in Terraform, the mode written by the argument or, without it, by `properties`. */
const terraformFiles = (mode: string, by: 'argument' | 'properties'): Record<string, string> => {
  const written =
    by === 'argument' ? `in_guest_user_patch_mode = "${mode}"` : `in_guest_user_patch_mode = null\n  properties = { InGuestPatchMode = "${mode}" }`
  return {
    'tf/main.tf': [
      HOTPATCH_VM,
      monthlyConfiguration().replace('in_guest_user_patch_mode = "User"', written),
      'resource "azurerm_maintenance_assignment_virtual_machine" "a" {',
      '  location                     = "westeurope"',
      '  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id',
      '  virtual_machine_id           = azurerm_windows_virtual_machine.vm.id',
      '}',
      ''
    ].join('\n')
  }
}

/** The same with Crossplane's provider-upjet-azure kinds. */
const crossplaneFiles = (mode: string): Record<string, string> =>
  crossplanePlanFiles([`inGuestUserPatchMode: ${mode}`, 'installPatches:', '  reboot: IfRequired', '  windows: [{classificationsToInclude: [Critical, Security]}]'])

describe('a hotpatch VM whose only window is in Platform mode', () => {
  const cases: readonly (readonly [string, (mode: string) => Record<string, string>, string, string])[] = [
    ['ARM', mode => armPlanFiles({ mode }), 'vm-arm', 'arm/main.json:41'],
    ['Bicep', mode => bicepPlanFiles({ mode }), 'vm-bicep', 'bicep/main.bicep:23'],
    ['Pulumi', mode => pulumiPlanFiles({ mode }), 'vm-pulumi', 'pulumi/Pulumi.yaml:26'],
    ['Terraform (in_guest_user_patch_mode)', mode => terraformFiles(mode, 'argument'), 'vm-app-01', 'tf/main.tf:30'],
    ['Terraform (properties)', mode => terraformFiles(mode, 'properties'), 'vm-app-01', 'tf/main.tf:31'],
    ['Crossplane', crossplaneFiles, 'vm-xp', 'k8s/vm.yaml:25']
  ]

  it.each(cases)('%s: has no reboot plan, and the finding names the mode where it is written', async (_format, files, vm, modeAt) => {
    const result = await scanFiles(files('Platform'))
    expect(result.parseErrors).toEqual([])
    expect(verdicts(result)).toEqual([`${vm} affected-no-plan: reboot-plan-required`])
    const [finding] = result.findings.filter(f => f.ruleId === 'reboot-plan-required')
    expect(finding?.message).toContain(`but its InGuestPatchMode is Platform (${modeAt}), not User: Update Manager runs a schedule's patching only in User mode.`)
  })

  it.each(cases)('%s: with the mode User, the same window is the VM’s plan', async (_format, files, vm) => {
    const result = await scanFiles(files('User'))
    expect(verdicts(result)).toEqual([`${vm} affected-with-plan:`])
  })
})

describe('azurerm: `properties` and in_guest_user_patch_mode both written', () => {
  // azurerm sends `properties` as extensionProperties and adds the argument only when they do not set the mode.
  const files = (argument: string, properties: string, variable = ''): Record<string, string> => ({
    'tf/main.tf': [
      variable,
      HOTPATCH_VM,
      monthlyConfiguration().replace('in_guest_user_patch_mode = "User"', `in_guest_user_patch_mode = "${argument}"\n  properties = ${properties}`),
      'resource "azurerm_maintenance_assignment_virtual_machine" "a" {',
      '  location                     = "westeurope"',
      '  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id',
      '  virtual_machine_id           = azurerm_windows_virtual_machine.vm.id',
      '}',
      ''
    ].join('\n')
  })

  it('the mode `properties` sets is the one Azure receives', async () => {
    const platform = await scanFiles(files('User', '{ InGuestPatchMode = "Platform" }'))
    expect(verdicts(platform)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    const user = await scanFiles(files('Platform', '{ InGuestPatchMode = "User" }'))
    expect(verdicts(user)).toEqual(['vm-app-01 affected-with-plan:'])
  })

  it('`properties` not evaluated may set it: the plan cannot be verified', async () => {
    const result = await scanFiles(files('User', 'var.extra_properties', 'variable "extra_properties" {}\n'))
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })
})
