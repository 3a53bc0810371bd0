/**
 * Issue 13 item 5: a custom advisory's short OS label stays with the VMs it is about. A custom advisory for
 * Windows Server 2025 (label `WS2025`, in force) beside the built-in one: a Windows Server 2022 VM keeps the
 * built-in label and no disruption sentence; a VM whose SKU is pinned to allowed values of both OSes is named by
 * every label it may be, whichever allowed value comes first, and no one advisory's family is blamed.
 */
import { describe, expect, it } from '@jest/globals'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import type { Advisory } from '../../src/policy/advisory.js'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import type { VirtualMachine } from '../../src/model/resources.js'
import { lit, model, unknownValue, vm } from './builders.js'

const BUILT_IN = getBuiltInAdvisories()[0] as Advisory
const CUSTOM: Advisory = {
  ...BUILT_IN,
  id: 'next-oob-ws2025',
  cves: ['CVE-2026-99999'],
  disruption: { start: '2026-11-01', end: '2027-01-12', description: 'WS2025 machines reboot monthly' },
  families: [{ os: 'WS2025', build: 26100, fixedRevision: 9999, kb: 'KB5999999', breaksHotpatch: true }],
  hotpatchImages: [
    {
      publisher: 'MicrosoftWindowsServer',
      offer: 'WindowsServer',
      sku: '2025-datacenter-azure-edition',
      os: 'WS2025',
      build: 26100,
      hotpatchOnByDefault: true,
      preview: false
    }
  ]
}
const CALENDAR =
  'Hotpatch machines still restart for every baseline update (January, April, July, October); the next baseline is ' +
  'January 2027 (Patch Tuesday 2027-01-12).'
const TAIL =
  "A reboot plan is an InGuestPatch maintenance configuration assigned to the VM that allows reboots (rebootSetting " +
  "IfRequired or Always) and opens between a baseline's release and the next one's, with patchMode AutomaticByPlatform " +
  'and bypassPlatformSafetyChecksOnUserSchedule true on the VM. Add one: the suggested fix shows how in Bicep.'
const noPlan = (name: string, os: string, cause: string): string =>
  `VM '${name}' has hotpatching enabled on ${os} but no reboot plan: no maintenance configuration is assigned to it. ` +
  `${cause} ${TAIL}`

const named = (name: string, overrides: Parameters<typeof vm>[0]): VirtualMachine =>
  vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name }, ...overrides })
const pinned = (name: string, allowed: readonly string[]): VirtualMachine =>
  named(name, { image: { sku: { ...unknownValue<string>(16, "parameter 'sku' has no value"), allowed } } })

function messages(machines: readonly VirtualMachine[], advisories: readonly Advisory[] = [CUSTOM, BUILT_IN]): string[] {
  const result = evaluatePolicy(model({ virtualMachines: machines }), { asOf: new Date('2026-11-24T00:00:00Z'), advisories })
  return result.findings.filter(f => f.ruleId === 'reboot-plan-required').map(f => f.message)
}

describe('a custom advisory for one OS beside the built-in one', () => {
  it('names each VM by its own image: the custom label and disruption for WS2025 only', () => {
    const ws2025 = named('ws2025', {})
    const ws2022 = named('ws2022', { image: { sku: lit('2022-datacenter-azure-edition-hotpatch', 16) } })
    expect(messages([ws2025, ws2022])).toEqual([
      noPlan(
        'ws2025',
        'WS2025',
        'WS2025 hotpatch machines that installed KB5999999 (the CVE-2026-99999 out-of-band update) take a ' +
          `reboot-requiring update every month until the January 2027 baseline. ${CALENDAR}`
      ),
      noPlan('ws2022', 'Windows Server 2022 Datacenter: Azure Edition Hotpatch', CALENDAR)
    ])
  })

  it.each([
    ['2025 first', ['2025-datacenter-azure-edition', '2022-datacenter-azure-edition-hotpatch']],
    ['2022 first', ['2022-datacenter-azure-edition-hotpatch', '2025-datacenter-azure-edition']]
  ])('a SKU pinned to both OSes (%s) is named by both labels, and no family is blamed', (_order, allowed) => {
    expect(messages([pinned('either', allowed)])).toEqual([
      noPlan('either', 'WS2025 or Windows Server 2022 Datacenter: Azure Edition Hotpatch', CALENDAR)
    ])
  })

  it('a SKU pinned to two images of one build family names both, and that family’s disruption', () => {
    expect(messages([pinned('one', ['2025-datacenter-azure-edition', '2025-datacenter-azure-edition-core'])])).toEqual([
      noPlan(
        'one',
        'WS2025 or Windows Server 2025 Datacenter: Azure Edition Core',
        'WS2025 hotpatch machines that installed KB5999999 (the CVE-2026-99999 out-of-band update) take a ' +
          `reboot-requiring update every month until the January 2027 baseline. ${CALENDAR}`
      )
    ])
  })
})
