/**
 * src/policy/configuration-status.ts and src/policy/configuration/* under mutation (issue 12,
 * docs/mutation/policy-rest-b.md): whether a maintenance configuration is a reboot plan, driven directly
 * with exact statuses, details and unresolved inputs; which setting wins when several disqualify or cannot
 * be read; and the configuration's own pieces (rule settings, resource matching, declared plans,
 * exemptions, inline attachment) with the exact values they hand the policy.
 */
import { describe, expect, it } from '@jest/globals'
import { configurationStatus, listInputs } from '../../src/policy/configuration-status.js'
import { baselineCalendar } from '../../src/policy/reboot-calendar.js'
import { matchesResource } from '../../src/policy/configuration/resource-match.js'
import { applyRuleSettings, ruleSettings } from '../../src/policy/configuration/rule-settings.js'
import type { Finding } from '../../src/policy/types.js'
import { configured } from '../config/helpers.js'
import { configuration, DEFAULT_WINDOW_TIMING, lit, unknownValue, unset, vm } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
const status = (overrides: Parameters<typeof configuration>[0], months?: readonly number[]) =>
  configurationStatus(configuration(overrides), AS_OF, months === undefined ? undefined : baselineCalendar(months))
const loc = (line: number) => ({ file: 'infra/main.bicep', line, column: 5 })

const NEXT_JANUARY = 'next reboot window 2027-01-13 03:00 UTC, 1 day after the January 2027 baseline'
describe('configurationStatus: a reboot plan', () => {
  it('an InGuestPatch window that allows reboots, with its timing against the quarterly baselines', () => {
    expect(status({})).toEqual({
      status: 'valid',
      detail: `is an InGuestPatch window that allows reboots (rebootSetting IfRequired); ${NEXT_JANUARY}`,
      unresolved: [],
      timing: DEFAULT_WINDOW_TIMING
    })
  })

  it('names rebootSetting as written, or its API default when unset', () => {
    expect(status({ rebootSetting: lit('Always', 48) }).detail).toBe(
      `is an InGuestPatch window that allows reboots (rebootSetting Always); ${NEXT_JANUARY}`
    )
    expect(status({ rebootSetting: unset(48) }).detail).toBe(
      `is an InGuestPatch window that allows reboots (rebootSetting not set, IfRequired by default); ${NEXT_JANUARY}`
    )
  })

  it('compares maintenanceScope case-insensitively', () => {
    expect(status({ maintenanceScope: lit('inguestpatch', 42) }).status).toBe('valid')
  })

  it('checks the window against the calendar it is given, the quarterly one by default', () => {
    const december = status({}, [3, 6, 9, 12])
    expect([december.detail, december.timing?.covers.map(cover => cover.baseline)]).toEqual([
      'is an InGuestPatch window that allows reboots (rebootSetting IfRequired); next reboot window 2026-12-09 03:00 UTC, ' +
        '1 day after the December 2026 baseline',
      ['December 2026', 'March 2027']
    ])
  })

  it('an expiry on the evaluation date or later is not expired; excludeKbsRequiringReboot false does not block', () => {
    // Ending on the evaluation date, it is not expired but reboots for no baseline ahead.
    expect(status({ window: { expirationDateTime: lit('2026-11-24 00:00', 45) } }).status).toBe('misses-baseline')
    expect(status({ window: { expirationDateTime: lit('2027-12-31 00:00', 45) } }).status).toBe('valid')
    expect(status({ excludeKbsRequiringReboot: lit(false, 49) }).status).toBe('valid')
  })
})

describe('configurationStatus: not a reboot plan', () => {
  it('another maintenanceScope, written or not', () => {
    expect(status({ maintenanceScope: lit('Host', 42) })).toEqual({
      status: 'not-in-guest-patch',
      detail: 'its maintenanceScope is Host (infra/main.bicep:42), not InGuestPatch',
      unresolved: []
    })
    expect(status({ maintenanceScope: unset(42) })).toEqual({
      status: 'not-in-guest-patch',
      detail: 'its maintenanceScope is not set, not InGuestPatch',
      unresolved: []
    })
  })

  it('expired the day before the evaluation date', () => {
    expect(status({ window: { expirationDateTime: lit('2026-11-23 23:59', 45) } })).toEqual({
      status: 'expired',
      detail: 'it expired on 2026-11-23 23:59 (infra/main.bicep:45)',
      unresolved: []
    })
  })

  it('rebootSetting Never, in any case, or excludeKbsRequiringReboot true', () => {
    expect(status({ rebootSetting: lit('never', 48) })).toEqual({
      status: 'reboot-blocked',
      detail: 'its rebootSetting is never (infra/main.bicep:48)',
      unresolved: []
    })
    // Read in any of its spellings, around spaces too (src/policy/reboot-setting.ts).
    expect(status({ rebootSetting: lit(' NeverReboot ', 48) }).status).toBe('reboot-blocked')
    expect(status({ excludeKbsRequiringReboot: lit(true, 49) })).toEqual({
      status: 'reboot-blocked',
      detail: 'it sets excludeKbsRequiringReboot true (infra/main.bicep:49)',
      unresolved: []
    })
  })

  it('only classifications without a baseline (Definition, Tools) and no KBs of its own: never installs a baseline', () => {
    expect(status({ classificationsToInclude: lit(['Definition', 'Tools'], 50) })).toEqual({
      status: 'reboot-blocked',
      detail: "it installs only Definition, Tools updates (infra/main.bicep:50), never a baseline's Security update",
      unresolved: []
    })
    // Security, in any case; KBs listed beside other classifications; none listed (Update Manager's choice).
    expect(status({ classificationsToInclude: lit(['SECURITY'], 50) }).status).toBe('valid')
    expect(status({ classificationsToInclude: lit(['Critical', 'Security'], 50) }).status).toBe('valid')
    // Critical updates are non-security fixes: the cumulative update is not one of them.
    expect(status({ classificationsToInclude: lit(['Critical', 'Definition'], 50) })).toEqual({
      status: 'reboot-blocked',
      detail: "it installs only Critical, Definition updates (infra/main.bicep:50), never a baseline's Security update",
      unresolved: []
    })
    expect(status({ classificationsToInclude: lit([], 50) }).status).toBe('valid')
    expect(status({ classificationsToInclude: unset(50) }).status).toBe('valid')
    expect(status({ classificationsToInclude: lit([], 50), kbNumbersToInclude: lit([], 51) }).status).toBe('valid')
  })

  it('only the KBs it lists, beside no classification or only ones without a baseline: never installs a later baseline', () => {
    const laterBaselines = "a later baseline's or monthly update's KB is in no fixed list, so it never installs one nor reboots for it"
    // An explicit empty list and an unwritten one select the same: the listed KBs alone.
    expect(status({ classificationsToInclude: lit([], 50), kbNumbersToInclude: lit(['KB5070893'], 51) })).toEqual({
      status: 'reboot-blocked',
      detail: `it installs only the KBs it lists (KB5070893, infra/main.bicep:51) and no update classification: ${laterBaselines}`,
      unresolved: []
    })
    expect(status({ classificationsToInclude: unset(50), kbNumbersToInclude: lit(['KB5070881', 'KB5070893'], 51) })).toEqual({
      status: 'reboot-blocked',
      detail: `it installs only the KBs it lists (KB5070881, KB5070893, infra/main.bicep:51) and no update classification: ${laterBaselines}`,
      unresolved: []
    })
    expect(status({ classificationsToInclude: lit(['Definition'], 50), kbNumbersToInclude: lit(['5070881'], 51) })).toEqual({
      status: 'reboot-blocked',
      detail: `it installs only the KBs it lists (5070881, infra/main.bicep:51) and only Definition updates (infra/main.bicep:50): ${laterBaselines}`,
      unresolved: []
    })
    // With Security listed the KBs are extra: the baselines come with the classification.
    expect(status({ classificationsToInclude: lit(['Security'], 50), kbNumbersToInclude: lit(['KB5070893'], 51) }).status).toBe('valid')
  })

  it('classifications, or the KBs beside other classifications, not evaluated: unverifiable, named', () => {
    const unknown = status({ classificationsToInclude: unknownValue(50, "parameter 'classes' has no value") })
    expect([unknown.status, unknown.unresolved]).toEqual([
      'unverifiable',
      [{ field: 'maintenanceConfiguration.classificationsToInclude', reason: "parameter 'classes' has no value", location: loc(50) }]
    ])
    const kbs = status({ classificationsToInclude: lit(['Definition'], 50), kbNumbersToInclude: unknownValue(51, 'no value') })
    expect(kbs.unresolved).toEqual([{ field: 'maintenanceConfiguration.kbNumbersToInclude', reason: 'no value', location: loc(51) }])
    // With Security listed, the KBs do not matter.
    expect(status({ kbNumbersToInclude: unknownValue(51, 'no value') }).status).toBe('valid')
    // With no classification, a KB list not evaluated may be a window of listed KBs alone.
    const onlyKbs = status({ classificationsToInclude: lit([], 50), kbNumbersToInclude: unknownValue(51, 'no value') })
    expect([onlyKbs.status, onlyKbs.unresolved]).toEqual([
      'unverifiable',
      [{ field: 'maintenanceConfiguration.kbNumbersToInclude', reason: 'no value', location: loc(51) }]
    ])
    expect(status({ classificationsToInclude: unset(50), kbNumbersToInclude: unknownValue(51, 'no value') }).status).toBe('unverifiable')
  })

  it('a malformed window, with the timing that says where', () => {
    expect(status({ window: { duration: lit('9:99', 44) } })).toEqual({
      status: 'malformed-window',
      detail: "its maintenance window is not valid, so Azure rejects it: duration '9:99' is not HH:mm (e.g. 03:55)",
      unresolved: [],
      timing: {
        description: '',
        covers: [],
        misses: [],
        problem: "duration '9:99' is not HH:mm (e.g. 03:55)",
        location: loc(44)
      }
    })
  })

  it('a window that first opens after every checked baseline misses them', () => {
    const late = status({ window: { startDateTime: lit('2028-01-01 03:00', 43) } })
    expect([late.status, late.unresolved, late.timing?.misses, late.timing?.covers]).toEqual([
      'misses-baseline',
      [],
      ['January 2027', 'April 2027'],
      []
    ])
  })
})

describe('configurationStatus: values that cannot be read', () => {
  const SCOPE = unknownValue<string>(42, "parameter 'scope' has no value")

  it('each unreadable setting is named once, in the order checked, and listed in the detail', () => {
    const result = status({
      maintenanceScope: SCOPE,
      rebootSetting: unknownValue(48, "parameter 'reboot' has no value"),
      excludeKbsRequiringReboot: unknownValue(49, "parameter 'exclude' has no value")
    })
    expect(result).toEqual({
      status: 'unverifiable',
      detail:
        "it cannot be verified (maintenanceConfiguration.maintenanceScope: parameter 'scope' has no value; " +
        "maintenanceConfiguration.rebootSetting: parameter 'reboot' has no value; " +
        "maintenanceConfiguration.excludeKbsRequiringReboot: parameter 'exclude' has no value)",
      unresolved: [
        { field: 'maintenanceConfiguration.maintenanceScope', reason: "parameter 'scope' has no value", location: loc(42) },
        { field: 'maintenanceConfiguration.rebootSetting', reason: "parameter 'reboot' has no value", location: loc(48) },
        {
          field: 'maintenanceConfiguration.excludeKbsRequiringReboot',
          reason: "parameter 'exclude' has no value",
          location: loc(49)
        }
      ]
    })
  })

  it('an unresolved expiry is named once, though the timing check names it too', () => {
    expect(status({ window: { expirationDateTime: unknownValue(45, "parameter 'end' has no value") } })).toEqual({
      status: 'unverifiable',
      detail: "it cannot be verified (maintenanceConfiguration.window.expirationDateTime: parameter 'end' has no value)",
      unresolved: [
        { field: 'maintenanceConfiguration.window.expirationDateTime', reason: "parameter 'end' has no value", location: loc(45) }
      ]
    })
  })

  it('an unresolved expiry is named by the expiry check, in its place, whether or not the timing is checked', () => {
    const end = unknownValue<string>(45, "parameter 'end' has no value")
    const reboot = unknownValue<string>(48, "parameter 'reboot' has no value")
    expect(status({ window: { expirationDateTime: end }, rebootSetting: reboot }).unresolved.map(input => input.field)).toEqual([
      'maintenanceConfiguration.window.expirationDateTime',
      'maintenanceConfiguration.rebootSetting'
    ])
    expect(status({ maintenanceScope: SCOPE, window: { expirationDateTime: end } }).unresolved.map(input => input.field)).toEqual([
      'maintenanceConfiguration.maintenanceScope',
      'maintenanceConfiguration.window.expirationDateTime'
    ])
  })

  it('an unresolved start is named by the timing check', () => {
    expect(status({ window: { startDateTime: unknownValue(43, "parameter 'start' has no value") } })).toEqual({
      status: 'unverifiable',
      detail: "it cannot be verified (maintenanceConfiguration.window.startDateTime: parameter 'start' has no value)",
      unresolved: [
        { field: 'maintenanceConfiguration.window.startDateTime', reason: "parameter 'start' has no value", location: loc(43) }
      ]
    })
  })

  it('an expiry or rebootSetting that is not a value of its kind', () => {
    // An expiry that is no date makes the window malformed; with the scope unread, the timing is not checked.
    expect(status({ maintenanceScope: SCOPE, window: { expirationDateTime: lit('soon', 45) } })).toEqual({
      status: 'unverifiable',
      detail:
        "it cannot be verified (maintenanceConfiguration.maintenanceScope: parameter 'scope' has no value; " +
        "maintenanceConfiguration.window.expirationDateTime: 'soon' is not a date)",
      unresolved: [
        { field: 'maintenanceConfiguration.maintenanceScope', reason: "parameter 'scope' has no value", location: loc(42) },
        { field: 'maintenanceConfiguration.window.expirationDateTime', reason: "'soon' is not a date", location: loc(45) }
      ]
    })
    // `Unknown` is how the VM model writes an unset value: not a setting a configuration can hold.
    expect(status({ rebootSetting: lit('Unknown', 48) }).unresolved.map(input => input.reason)).toEqual([
      "'Unknown' is not a reboot setting (IfRequired, Never or Always)"
    ])
    expect(status({ rebootSetting: lit('Sometimes', 48) })).toEqual({
      status: 'unverifiable',
      detail:
        "it cannot be verified (maintenanceConfiguration.rebootSetting: 'Sometimes' is not a reboot setting (IfRequired, Never or Always))",
      unresolved: [
        {
          field: 'maintenanceConfiguration.rebootSetting',
          reason: "'Sometimes' is not a reboot setting (IfRequired, Never or Always)",
          location: loc(48)
        }
      ]
    })
  })

  it('a known disqualifier wins over values that cannot be read, and the first one checked wins', () => {
    expect(status({ maintenanceScope: SCOPE, rebootSetting: lit('Never', 48) })).toEqual({
      status: 'reboot-blocked',
      detail: 'its rebootSetting is Never (infra/main.bicep:48)',
      unresolved: []
    })
    expect(
      status({ maintenanceScope: lit('Host', 42), window: { expirationDateTime: lit('2020-01-01 00:00', 45) } }).status
    ).toBe('not-in-guest-patch')
    expect(status({ window: { expirationDateTime: lit('2020-01-01 00:00', 45) }, rebootSetting: lit('Never', 48) }).status).toBe(
      'expired'
    )
  })

  it('the timing of a window whose scope cannot be read is not checked', () => {
    expect(status({ maintenanceScope: SCOPE, window: { duration: lit('9:99', 44) } })).toEqual({
      status: 'unverifiable',
      detail: "it cannot be verified (maintenanceConfiguration.maintenanceScope: parameter 'scope' has no value)",
      unresolved: [{ field: 'maintenanceConfiguration.maintenanceScope', reason: "parameter 'scope' has no value", location: loc(42) }]
    })
  })

  it('listInputs joins field and reason pairs', () => {
    expect(
      listInputs([
        { field: 'patchMode', reason: 'a', location: loc(1) },
        { field: 'tags', reason: 'b', location: loc(2) }
      ])
    ).toBe('patchMode: a; tags: b')
  })
})

describe('ruleSettings and applyRuleSettings', () => {
  const finding = (ruleId: string): Finding => ({
    ruleId,
    severity: 'error',
    message: 'm',
    location: { file: 'infra/main.bicep', line: 10, column: 5 },
    resource: 'web-01',
    subject: { kind: 'workspace' },
    fingerprint: 'f',
    docsUrl: 'u',
    related: []
  })

  it('holds only what the configuration sets: platform-reboot, unresolved, then the rules map', () => {
    expect([...ruleSettings(undefined)]).toEqual([])
    expect([...ruleSettings(configured('rules:', '  unpatched-image: notice'))]).toEqual([['unpatched-image', 'notice']])
    expect([...ruleSettings(configured('platform-reboot: accept', 'unresolved: fail', 'rules:', '  unpatched-image: off'))]).toEqual([
      ['platform-reboot-only', 'off'],
      ['indeterminate', 'error'],
      ['unpatched-image', 'off']
    ])
  })

  it('leaves a finding of a rule it does not name as it is, changes the severity of one it names, drops an off one', () => {
    const settings = new Map([
      ['indeterminate', 'notice' as const],
      ['unpatched-image', 'off' as const]
    ])
    const findings = [finding('reboot-plan-required'), finding('indeterminate'), finding('unpatched-image')]
    expect(applyRuleSettings(findings, settings).map(f => [f.ruleId, f.severity])).toEqual([
      ['reboot-plan-required', 'error'],
      ['indeterminate', 'notice']
    ])
    expect(applyRuleSettings(findings, new Map())).toEqual(findings)
  })
})

describe('matchesResource', () => {
  const named = (name: string | undefined, displayName: string) =>
    vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name, resourceGroup: 'rg-web' }, displayName })

  it('a name glob matches the Azure name or the display name, in any case', () => {
    const terraform = named('web-01', 'azurerm_windows_virtual_machine.web')
    expect(['WEB-*', 'azurerm_windows_virtual_machine.*', 'app-*'].map(pattern => matchesResource(pattern, terraform))).toEqual([true, true, false])
    expect(matchesResource('web-*', named(undefined, 'web-01'))).toBe(true)
  })

  it('a resource ID matches on type, resource group and name; one that is not an ID matches nothing', () => {
    const id = (group: string, name: string) => `/subscriptions/0/resourceGroups/${group}/providers/Microsoft.Compute/virtualMachines/${name}`
    const web = named('web-01', 'web-01')
    expect([id('RG-WEB', 'WEB-01'), id('rg-other', 'web-01'), id('rg-web', 'web-02')].map(pattern => matchesResource(pattern, web))).toEqual([
      true,
      false,
      false
    ])
    expect(matchesResource('/web-01', web)).toBe(false)
  })
})
