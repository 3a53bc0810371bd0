/**
 * src/policy/schedule.ts under mutation (issue 12, docs/mutation.md): the exact check of Customer Managed
 * Schedules for a VM (both settings, each problem's text, location and whether it is written, unresolved
 * inputs) and for an Arc-enabled server (only a patch mode written otherwise counts).
 */
import { describe, expect, it } from '@jest/globals'
import { known } from '../../src/model/source.js'
import { checkCustomerManagedSchedule } from '../../src/policy/schedule.js'
import { lit, loc, providerDefault, unknownValue, unset, vm } from './builders.js'

const MODE_UNSET = { setting: 'patchMode', text: 'patchMode is not set (AutomaticByOS by default)', location: loc(10), written: false }
const BYPASS_UNSET = {
  setting: 'bypassPlatformSafetyChecksOnUserSchedule',
  text: 'bypassPlatformSafetyChecksOnUserSchedule is not set (false by default)',
  location: loc(10),
  written: false
}

describe('checkCustomerManagedSchedule on a VM', () => {
  it('holds with patchMode AutomaticByPlatform, in any case, and the bypass flag true', () => {
    expect(checkCustomerManagedSchedule(vm())).toEqual({ state: 'yes', problems: [], unresolved: [] })
    expect(checkCustomerManagedSchedule(vm({ patchMode: lit('automaticbyplatform', 22) }))).toEqual({ state: 'yes', problems: [], unresolved: [] })
  })

  it('names both settings when neither is written', () => {
    const bare = vm({ patchMode: unset(10), bypassPlatformSafetyChecksOnUserSchedule: unset(10) })
    expect(checkCustomerManagedSchedule(bare)).toEqual({ state: 'no', problems: [MODE_UNSET, BYPASS_UNSET], unresolved: [] })
  })

  it('treats a provider default as not written', () => {
    const defaulted = vm({ bypassPlatformSafetyChecksOnUserSchedule: providerDefault(false) })
    expect(checkCustomerManagedSchedule(defaulted)).toEqual({ state: 'no', problems: [BYPASS_UNSET], unresolved: [] })
  })

  it('names a written value with where it comes from', () => {
    const written = vm({
      patchMode: lit('AutomaticByOS', 22),
      bypassPlatformSafetyChecksOnUserSchedule: known(false, loc(3, 'infra/prod.bicepparam'), 'parameter-file')
    })
    expect(checkCustomerManagedSchedule(written)).toEqual({
      state: 'no',
      problems: [
        { setting: 'patchMode', text: 'patchMode is AutomaticByOS (infra/main.bicep:22)', location: loc(22), written: true },
        {
          setting: 'bypassPlatformSafetyChecksOnUserSchedule',
          text: 'bypassPlatformSafetyChecksOnUserSchedule is false (from infra/prod.bicepparam:3)',
          location: loc(3, 'infra/prod.bicepparam'),
          written: true
        }
      ],
      unresolved: []
    })
  })

  it('is unknown when a setting is unresolved and nothing else fails', () => {
    const unknownMode = vm({ patchMode: unknownValue(22, "parameter 'mode' has no value") })
    expect(checkCustomerManagedSchedule(unknownMode)).toEqual({
      state: 'unknown',
      problems: [],
      unresolved: [{ field: 'patchMode', reason: "parameter 'mode' has no value", location: loc(22) }]
    })
  })

  it('is no, without unresolved inputs, when one setting fails and the other is unresolved', () => {
    const mixed = vm({ patchMode: unknownValue(22, "parameter 'mode' has no value"), bypassPlatformSafetyChecksOnUserSchedule: unset(10) })
    expect(checkCustomerManagedSchedule(mixed)).toEqual({ state: 'no', problems: [BYPASS_UNSET], unresolved: [] })
  })
})

describe('checkCustomerManagedSchedule on an Arc-enabled server', () => {
  const arc = (patchMode = unset<string>(10)) =>
    vm({ kind: 'arc-machine', patchMode, bypassPlatformSafetyChecksOnUserSchedule: unset(10) })

  it('holds without a patch mode or bypass flag, and with AutomaticByPlatform in any case', () => {
    expect(checkCustomerManagedSchedule(arc())).toEqual({ state: 'yes', problems: [], unresolved: [] })
    expect(checkCustomerManagedSchedule(arc(lit('AUTOMATICBYPLATFORM', 22)))).toEqual({ state: 'yes', problems: [], unresolved: [] })
  })

  it('fails on a patch mode written otherwise', () => {
    expect(checkCustomerManagedSchedule(arc(lit('AutomaticByOS', 22)))).toEqual({
      state: 'no',
      problems: [{ setting: 'patchMode', text: 'patchMode is AutomaticByOS (infra/main.bicep:22)', location: loc(22), written: true }],
      unresolved: []
    })
  })

  it('is unknown when the patch mode is unresolved', () => {
    expect(checkCustomerManagedSchedule(arc(unknownValue(22, "parameter 'mode' has no value")))).toEqual({
      state: 'unknown',
      problems: [],
      unresolved: [{ field: 'patchMode', reason: "parameter 'mode' has no value", location: loc(22) }]
    })
  })
})
