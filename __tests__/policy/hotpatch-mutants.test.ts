/**
 * src/policy/hotpatch.ts under mutation (issue 12, docs/mutation/policy-rest-a.md): the affectedness steps
 * the policy's other suites pass through without telling their outcome apart. Each case is driven through
 * `assessHotpatch` and compared whole (affected, reasons, unresolved inputs, the matched image), and the
 * provider-default flag also through the policy (its verdict).
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../src/model/resources.js'
import { known } from '../../src/model/source.js'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import { assessHotpatch, type HotpatchDefault } from '../../src/policy/hotpatch.js'
import { assessFirst, HOTPATCH_TRUE, IMAGE_2025, summary } from './assess-helpers.js'
import { lit, loc, model, providerDefault, scaleSet, unknownValue, unset, vm } from './builders.js'

const ADVISORIES = getBuiltInAdvisories()
const [BUILT_IN] = ADVISORIES
if (BUILT_IN === undefined) throw new Error('no built-in advisory')

/** The built-in advisory's entry for a SKU of MicrosoftWindowsServer:WindowsServer. */
function listed(sku: string) {
  const image = BUILT_IN?.hotpatchImages.find(entry => entry.offer === 'WindowsServer' && entry.sku === sku)
  if (image === undefined || BUILT_IN === undefined) throw new Error(`${sku} is not listed`)
  return { image, advisory: BUILT_IN }
}

const AZURE_EDITION_2025 = listed('2025-datacenter-azure-edition')
const assess = (machine: VirtualMachine, hotpatchDefault: HotpatchDefault = 'unknown') =>
  assessHotpatch(machine, ADVISORIES, hotpatchDefault)

describe('a known disqualifier after an unresolved input', () => {
  it('is not affected and drops the inputs left open before it', () => {
    const machine = vm({
      osType: unknownValue(20, "parameter 'os' has no value"),
      image: { customImageId: lit('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/images/golden', 18) }
    })
    expect(assess(machine)).toEqual({
      affected: 'no',
      reasons: ['it uses a custom or gallery image (infra/main.bicep:18); hotpatching needs a Marketplace image'],
      unresolved: [],
      match: undefined
    })
  })
})

describe('orchestrationMode of a scale set', () => {
  it('unset: a hotpatch scale set that deploys is Flexible, and the reason says so', () => {
    expect(assess(scaleSet({ orchestrationMode: unset(10) }))).toEqual({
      affected: 'yes',
      reasons: [
        'orchestrationMode is not set; a scale set on a hotpatch image deploys only as Flexible',
        IMAGE_2025,
        HOTPATCH_TRUE
      ],
      unresolved: [],
      match: AZURE_EDITION_2025
    })
  })

  it.each<[string, VirtualMachine['orchestrationMode'], string]>([
    [
      'a provider default the API version decides names the API version',
      known('Flexible', loc(12), 'provider-default', 'the default of API version 2023-09-01'),
      'orchestrationMode is Flexible (the default of API version 2023-09-01, infra/main.bicep:12)'
    ],
    ['a provider default without a detail is named by its line', known('Flexible', loc(12), 'provider-default'), 'orchestrationMode is Flexible (infra/main.bicep:12)'],
    [
      "a parameter's default names the parameter as a default",
      known('Flexible', loc(4), 'default', 'mode'),
      "orchestrationMode is Flexible ('mode' default, infra/main.bicep:4)"
    ]
  ])('%s', (_name, orchestrationMode, reason) => {
    expect(assess(scaleSet({ orchestrationMode })).reasons).toEqual([reason, IMAGE_2025, HOTPATCH_TRUE])
  })
})

describe('unresolved osType and custom image id', () => {
  it('an unresolved osType leaves the VM unknown, naming the input', () => {
    expect(assess(vm({ osType: unknownValue(20, "parameter 'os' has no value") }))).toEqual({
      affected: 'unknown',
      reasons: [IMAGE_2025, HOTPATCH_TRUE],
      unresolved: [{ field: 'osType', reason: "parameter 'os' has no value", location: loc(20) }],
      match: AZURE_EDITION_2025
    })
  })

  it('an unresolved custom image id leaves the VM unknown, naming the input', () => {
    const machine = vm({ image: { customImageId: unknownValue(18, "parameter 'imageId' has no value") } })
    expect(assess(machine)).toEqual({
      affected: 'unknown',
      reasons: [IMAGE_2025, HOTPATCH_TRUE],
      unresolved: [{ field: 'image.customImageId', reason: "parameter 'imageId' has no value", location: loc(18) }],
      match: AZURE_EDITION_2025
    })
  })

  it('an empty custom image id is no custom image: the Marketplace image decides', () => {
    expect(assess(vm({ image: { customImageId: lit('', 18) } }))).toEqual({
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE],
      unresolved: [],
      match: AZURE_EDITION_2025
    })
  })
})

describe('an unset enableHotpatching', () => {
  const NOT_SET_OFF = 'enableHotpatching is not set (off by default)'
  const NOT_SET_ON = 'enableHotpatching is not set; hotpatch is on by default on this image (hotpatch-default: on)'

  it("that is the provider's default false is off, even on an image with hotpatch on by default and hotpatch-default: on", () => {
    const machine = vm({ enableHotpatching: providerDefault(false, 23) })
    expect(assess(machine, 'on')).toEqual({ affected: 'no', reasons: [NOT_SET_OFF, IMAGE_2025], unresolved: [], match: undefined })
    expect(summary(assessFirst(model({ virtualMachines: [machine] }), { hotpatchDefault: 'on' }))).toEqual({
      verdict: 'not-affected',
      affected: 'no',
      reasons: [NOT_SET_OFF, IMAGE_2025],
      unresolved: []
    })
  })

  it('that is a provider default of true is read as unset: hotpatch-default decides', () => {
    const machine = vm({ enableHotpatching: providerDefault(true, 23) })
    expect(assess(machine, 'on')).toEqual({
      affected: 'yes',
      reasons: [IMAGE_2025, NOT_SET_ON],
      unresolved: [],
      match: AZURE_EDITION_2025
    })
    expect(assess(machine, 'off')).toEqual({ affected: 'no', reasons: [NOT_SET_OFF, IMAGE_2025], unresolved: [], match: undefined })
  })

  it('on an image that is only one of several candidates (unresolved SKU): on when any of them has hotpatch on by default', () => {
    const sku = unknownValue<string>(16, "parameter 'sku' has no value")
    const { candidates, ...assessed } = assess(vm({ enableHotpatching: unset(23), image: { sku } }), 'on')
    expect(assessed).toEqual({
      affected: 'unknown',
      reasons: ['image MicrosoftWindowsServer:WindowsServer:? may be hotpatch-capable', NOT_SET_ON],
      unresolved: [{ field: 'image.sku', reason: "parameter 'sku' has no value", location: loc(16) }],
      match: AZURE_EDITION_2025
    })
    // Every image it may be: the policy holds it to the reboot calendar of any of them (src/policy/reboot-calendar.ts).
    expect(candidates?.map(c => c.image.sku)).toEqual([
      '2025-datacenter-azure-edition',
      '2025-datacenter-azure-edition-core',
      '2025-datacenter-azure-edition-smalldisk',
      '2025-datacenter-azure-edition-core-smalldisk',
      '2022-datacenter-azure-edition-core',
      '2022-datacenter-azure-edition-core-smalldisk',
      '2022-datacenter-azure-edition-hotpatch',
      '2022-datacenter-azure-edition-hotpatch-smalldisk'
    ])
  })
})
