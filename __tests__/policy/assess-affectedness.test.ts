/** Unit tests for src/policy/hotpatch.ts: who is affected, and the short-circuit on known disqualifiers. */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../src/model/resources.js'
import { known } from '../../src/model/source.js'
import { lit, loc, model, providerDefault, scaleSet, unknownValue, unset, vm } from './builders.js'
import { assessFirst, HOTPATCH_TRUE, IMAGE_2025, summary } from './assess-helpers.js'

const assess = (machine: VirtualMachine, hotpatchDefault?: 'on' | 'off' | 'unknown') =>
  summary(assessFirst(model({ virtualMachines: [machine] }), hotpatchDefault ? { hotpatchDefault } : {}))

const UNKNOWN_SKU = unknownValue<string>(16, "parameter 'sku' has no value")
const HOTPATCH_FALSE = 'enableHotpatching is false (infra/main.bicep:23)'
const CUSTOM_IMAGE = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/images/golden'

describe('known disqualifiers give not-affected, even with unresolved inputs elsewhere', () => {
  it.each<[string, VirtualMachine, string[]]>([
    ['hotpatch is off', vm({ enableHotpatching: lit(false, 23) }), [HOTPATCH_FALSE, IMAGE_2025]],
    [
      'hotpatch is off, the SKU is unresolved',
      vm({ enableHotpatching: lit(false, 23), image: { sku: UNKNOWN_SKU } }),
      [HOTPATCH_FALSE, 'image MicrosoftWindowsServer:WindowsServer:? may be hotpatch-capable']
    ],
    [
      'the SKU is not hotpatch-capable (2022 Azure Edition with Desktop Experience)',
      vm({ image: { sku: lit('2022-datacenter-azure-edition', 16) } }),
      ['image MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition is not hotpatch-capable']
    ],
    [
      'the publisher rules it out, the SKU is unresolved',
      vm({ image: { publisher: lit('Canonical', 14), sku: UNKNOWN_SKU } }),
      ['image Canonical:WindowsServer:? is not hotpatch-capable']
    ],
    [
      'no image is written at all (a scale set without a VM profile)',
      vm({ image: { publisher: unset(1), offer: unset(1), sku: unset(1) } }),
      ['it names no Marketplace image (no publisher, offer or SKU is written)']
    ],
    [
      'it runs Linux',
      vm({ osType: lit('Linux', 20), image: { sku: UNKNOWN_SKU } }),
      ['it runs Linux (infra/main.bicep:20)']
    ],
    [
      'a custom image',
      vm({ image: { customImageId: lit(CUSTOM_IMAGE, 18) } }),
      ['it uses a custom or gallery image (infra/main.bicep:18); hotpatching needs a Marketplace image']
    ],
    [
      'a resource type that cannot hotpatch',
      vm({ canHotpatch: false, enableHotpatching: unknownValue(23, "parameter 'hotpatch' has no value") }),
      ['its resource type cannot enable hotpatching']
    ],
    [
      'not deployed',
      vm({ deployed: lit(false, 9), image: { sku: UNKNOWN_SKU } }),
      ['it is not deployed (the condition or loop count at infra/main.bicep:9)']
    ],
    [
      'a Uniform scale set',
      scaleSet({ orchestrationMode: lit('Uniform', 12) }),
      ['orchestrationMode is Uniform (infra/main.bicep:12); hotpatching needs Flexible orchestration']
    ],
    [
      // (Server Core images have hotpatch on by default: issue 13 item 5; the Desktop Experience image does not.)
      'hotpatch unset on a Windows Server 2022 Desktop Experience image (off by default whatever hotpatch-default says)',
      vm({ enableHotpatching: providerDefault(false), image: { sku: lit('2022-datacenter-azure-edition-hotpatch', 16) } }),
      [
        'enableHotpatching is not set (off by default)',
        'image MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition-hotpatch is hotpatch-capable ' +
          '(Windows Server 2022 Datacenter: Azure Edition Hotpatch)'
      ]
    ]
  ])('%s', (_name, machine, reasons) => {
    expect(assess(machine, 'on')).toEqual({ verdict: 'not-affected', affected: 'no', reasons, unresolved: [] })
  })
})

describe('affected', () => {
  it('compares publisher, offer and SKU case-insensitively', () => {
    const shouting = vm({
      image: {
        publisher: lit('microsoftwindowsserver', 14),
        offer: lit('WINDOWSSERVER', 15),
        sku: lit('2025-Datacenter-Azure-Edition-Core', 16)
      }
    })
    expect(assess(shouting).reasons[0]).toBe(
      'image microsoftwindowsserver:WINDOWSSERVER:2025-Datacenter-Azure-Edition-Core is hotpatch-capable ' +
        '(Windows Server 2025 Datacenter: Azure Edition Core)'
    )
  })

  it('names a preview offer', () => {
    const preview = vm({
      image: {
        offer: lit('WindowsServerHotpatch-previews', 15),
        sku: lit('windows-server-2022-azure-edition-hotpatch', 16)
      }
    })
    expect(assess(preview).reasons[0]).toBe(
      'image MicrosoftWindowsServer:WindowsServerHotpatch-previews:windows-server-2022-azure-edition-hotpatch is ' +
        'hotpatch-capable (Windows Server 2022 Datacenter: Azure Edition Hotpatch (preview), preview offer)'
    )
  })

  it('hotpatch unset on a Windows Server 2022 Azure Edition Server Core image: on by default (issue 13 item 5)', () => {
    const core = vm({ enableHotpatching: unset(23), image: { sku: lit('2022-datacenter-azure-edition-core', 16) } })
    expect(assess(core, 'on')).toEqual({
      verdict: 'affected-no-plan',
      affected: 'yes',
      reasons: [
        'image MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition-core is hotpatch-capable ' +
          '(Windows Server 2022 Datacenter: Azure Edition Core)',
        'enableHotpatching is not set; hotpatch is on by default on this image (hotpatch-default: on)',
        'no maintenance configuration is assigned'
      ],
      unresolved: []
    })
  })

  it('a Flexible scale set', () => {
    expect(assess(scaleSet())).toEqual({
      verdict: 'affected-no-plan',
      affected: 'yes',
      reasons: [
        'orchestrationMode is Flexible (infra/main.bicep:12)',
        IMAGE_2025,
        HOTPATCH_TRUE,
        'no maintenance configuration is assigned'
      ],
      unresolved: []
    })
  })

  it('an unresolved deployment condition is assumed deployed', () => {
    expect(assess(vm({ deployed: unknownValue(9, "parameter 'deployVm' has no value") })).reasons).toEqual([
      'its deployment condition could not be evaluated (infra/main.bicep:9); assuming it is deployed',
      IMAGE_2025,
      HOTPATCH_TRUE,
      'no maintenance configuration is assigned'
    ])
  })

  it('enableHotpatching from a parameter default says so', () => {
    const fromDefault = vm({ enableHotpatching: known(true, loc(4), 'default', 'hotpatch') })
    expect(assess(fromDefault).reasons[1]).toBe("enableHotpatching is true ('hotpatch' default, infra/main.bicep:4)")
  })
})

describe('hotpatch-default on Windows Server 2025 Azure Edition (hotpatch on by default)', () => {
  const unsetFlag = vm({ enableHotpatching: unset(10) })

  it("says 'some of the images it may be' when the SKU is unresolved and only some candidates default to on", () => {
    const unknownImage = vm({ enableHotpatching: unset(10), image: { sku: UNKNOWN_SKU } })
    expect(assess(unknownImage).unresolved).toContain(
      'enableHotpatching @10: not set, and hotpatch is on by default on some of the images it may be (hotpatch-default: unknown): set enableHotpatching on the VM, or hotpatch-default in the configuration'
    )
  })

  it("the default is 'unknown': unset is possibly on, so the VM is indeterminate", () => {
    expect(assess(unsetFlag)).toMatchObject({
      verdict: 'indeterminate',
      affected: 'unknown',
      unresolved: [
        'enableHotpatching @10: not set, and hotpatch is on by default on this image (hotpatch-default: unknown): set enableHotpatching on the VM, or hotpatch-default in the configuration'
      ]
    })
  })

  it("'off' reads an unset flag as false", () => {
    expect(assess(unsetFlag, 'off')).toEqual({
      verdict: 'not-affected',
      affected: 'no',
      reasons: ['enableHotpatching is not set (off by default)', IMAGE_2025],
      unresolved: []
    })
  })

  it("'on' reads it as true", () => {
    expect(assess(unsetFlag, 'on')).toEqual({
      verdict: 'affected-no-plan',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        'enableHotpatching is not set; hotpatch is on by default on this image (hotpatch-default: on)',
        'no maintenance configuration is assigned'
      ],
      unresolved: []
    })
  })

  it("'unknown' makes it indeterminate", () => {
    expect(assess(unsetFlag, 'unknown')).toMatchObject({
      verdict: 'indeterminate',
      affected: 'unknown',
      unresolved: [
        'enableHotpatching @10: not set, and hotpatch is on by default on this image (hotpatch-default: unknown): set enableHotpatching on the VM, or hotpatch-default in the configuration'
      ]
    })
  })
})
