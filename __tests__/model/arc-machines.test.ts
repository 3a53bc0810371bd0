/**
 * Arc machines and their license profiles (issue 17): which profile enrols which machine across readers
 * (`joinArcMachines`), what a profile's features mean (`hotpatchFeature`), and what the policy concludes.
 */
import { describe, expect, it } from '@jest/globals'
import { joinArcMachines } from '../../src/model/arc-machines.js'
import { ARC_MACHINE_TYPE } from '../../src/model/identity.js'
import type { DeploymentUnit, VirtualMachine } from '../../src/model/resources.js'
import { known, type Sourced } from '../../src/model/source.js'
import { assessArcHotpatch } from '../../src/policy/arc.js'
import { checkCustomerManagedSchedule } from '../../src/policy/schedule.js'
import { hotpatchFeature, type ArmPropertySource } from '../../src/readers/shared/azure-compute/index.js'
import { ADVISORY, makeVm } from '../report/builders.js'

const at = (file: string, line: number) => ({ file, line, column: 1 })
const none = <T>(file: string, line: number): Sourced<T> => ({ value: undefined, origin: 'absent', location: at(file, line) })
const unit = (key: string): Sourced<DeploymentUnit> => known({ kind: 'template-deployment', key }, at('x', 1))

interface Spec {
  readonly name: string | undefined
  readonly declaration: 'declared' | 'existing' | 'license-profile'
  readonly file: string
  readonly line: number
  readonly unit: string
  readonly resourceGroup?: string
  readonly license?: boolean
  readonly symbol?: string
  /** False: the deployment removes it (what-if's Delete, a false condition). */
  readonly deployed?: boolean
}

function arc(spec: Spec): VirtualMachine {
  const base = makeVm({ name: spec.name ?? '?', file: spec.file, line: spec.line })
  const license = spec.license === undefined ? none<boolean>(spec.file, spec.line) : known(spec.license, at(spec.file, spec.line + 5))
  return {
    ...base,
    kind: 'arc-machine',
    identity: {
      type: ARC_MACHINE_TYPE,
      name: spec.name,
      ...(spec.resourceGroup !== undefined && { resourceGroup: spec.resourceGroup }),
      ...(spec.symbol !== undefined && { symbol: spec.symbol })
    },
    unit: unit(spec.unit),
    osType: none(spec.file, spec.line),
    enableHotpatching: none(spec.file, spec.line),
    patchMode: none(spec.file, spec.line),
    bypassPlatformSafetyChecksOnUserSchedule: none(spec.file, spec.line),
    arc: { declaration: spec.declaration, hotpatchLicense: license },
    ...(spec.deployed === false && { deployed: known(false, at(spec.file, spec.line)) })
  }
}

const summary = (machines: readonly VirtualMachine[]): string[] =>
  machines.map(m => `${m.kind} ${m.identity.name ?? '?'} ${m.arc?.declaration ?? '-'} ${m.reportAt.file}:${m.reportAt.line} license=${String(m.arc?.hotpatchLicense.value)}`)

describe('joinArcMachines', () => {
  it.each<[string, Spec[], string[]]>([
    [
      'a profile enrols the machine declared in its deployment, reported at the machine',
      [
        { name: 'dc-01', declaration: 'declared', file: 'a/main.bicep', line: 1, unit: 'a' },
        { name: 'dc-01', declaration: 'license-profile', file: 'a/main.bicep', line: 20, unit: 'a', license: true }
      ],
      ['arc-machine dc-01 declared a/main.bicep:1 license=true']
    ],
    [
      'an existing machine too',
      [
        { name: 'dc-01', declaration: 'existing', file: 'a/main.bicep', line: 1, unit: 'a' },
        { name: 'dc-01', declaration: 'license-profile', file: 'a/main.bicep', line: 20, unit: 'a', license: false }
      ],
      ['arc-machine dc-01 existing a/main.bicep:1 license=false']
    ],
    [
      'a profile naming its parent by bare name never reaches another deployment: it stays a machine of its own',
      [
        { name: 'dc-01', declaration: 'declared', file: 'a/main.bicep', line: 1, unit: 'a' },
        { name: 'dc-01', declaration: 'license-profile', file: 'b/main.bicep', line: 20, unit: 'b', license: true }
      ],
      ['arc-machine dc-01 declared a/main.bicep:1 license=undefined', 'arc-machine dc-01 license-profile b/main.bicep:20 license=true']
    ],
    [
      'a parent resource ID reaches the machine in that resource group, across deployments',
      [
        { name: 'dc-01', declaration: 'declared', file: 'a/main.tf', line: 1, unit: 'a', resourceGroup: 'rg-onprem' },
        { name: 'dc-01', declaration: 'license-profile', file: 'b/main.tf', line: 20, unit: 'b', resourceGroup: 'rg-onprem', license: true }
      ],
      ['arc-machine dc-01 declared a/main.tf:1 license=true']
    ],
    [
      'but not the machine of that name in another resource group',
      [
        { name: 'dc-01', declaration: 'declared', file: 'a/main.tf', line: 1, unit: 'a', resourceGroup: 'rg-azure' },
        { name: 'dc-01', declaration: 'license-profile', file: 'b/main.tf', line: 20, unit: 'b', resourceGroup: 'rg-onprem', license: true }
      ],
      ['arc-machine dc-01 declared a/main.tf:1 license=undefined', 'arc-machine dc-01 license-profile b/main.tf:20 license=true']
    ],
    [
      'a profile the deployment removes (what-if Delete, a false condition) enrols nothing, though it is joined',
      [
        { name: 'dc-01', declaration: 'declared', file: 'a/whatif.json', line: 1, unit: 'a' },
        { name: 'dc-01', declaration: 'license-profile', file: 'a/whatif.json', line: 20, unit: 'a', license: true, deployed: false }
      ],
      ['arc-machine dc-01 declared a/whatif.json:1 license=undefined']
    ],
    [
      'of two profiles for one machine, the one that enables wins',
      [
        { name: 'dc-01', declaration: 'declared', file: 'a/main.bicep', line: 1, unit: 'a' },
        { name: 'dc-01', declaration: 'license-profile', file: 'a/main.bicep', line: 20, unit: 'a', license: false },
        { name: 'dc-01', declaration: 'license-profile', file: 'a/main.bicep', line: 40, unit: 'a', license: true }
      ],
      ['arc-machine dc-01 declared a/main.bicep:1 license=true']
    ]
  ])('%s', (_, specs, expected) => {
    expect(summary(joinArcMachines(specs.map(arc)))).toEqual(expected)
  })

  it('never joins a profile with an Azure VM of the same name', () => {
    const vm = { ...makeVm({ name: 'dc-01', file: 'a/main.bicep', line: 1 }), unit: unit('a') }
    const profile = arc({ name: 'dc-01', declaration: 'license-profile', file: 'a/main.bicep', line: 20, unit: 'a', license: true })
    expect(summary(joinArcMachines([vm, profile]))).toEqual([
      'virtual-machine dc-01 - a/main.bicep:1 license=undefined',
      'arc-machine dc-01 license-profile a/main.bicep:20 license=true'
    ])
  })
})

/** A source that has only `productFeatures` (or nothing, or no `records` at all). */
function features(value: readonly Record<string, string>[] | undefined | 'unresolved', withRecords = true): ArmPropertySource {
  const where = at('p.json', 3)
  const absent = { value: undefined, origin: 'absent' as const, location: where }
  const records: Sourced<readonly Readonly<Record<string, string>>[]> =
    value === 'unresolved'
      ? { value: undefined, origin: 'unresolved', location: where, reason: "parameters('features') is not known" }
      : value === undefined
        ? absent
        : known(value, where)
  return {
    at: where,
    string: () => absent,
    boolean: () => absent,
    strings: () => absent,
    stringMap: () => absent,
    stringListMap: () => absent,
    written: () => absent,
    ...(withRecords && { records: () => records })
  }
}

describe('hotpatchFeature', () => {
  it.each<[string, ArmPropertySource, boolean | undefined, string]>([
    ['Hotpatch Enable', features([{ name: 'Hotpatch', subscriptionStatus: 'Enable' }]), true, 'literal'],
    ['names compared case-insensitively', features([{ NAME: 'hotpatch', subscriptionstatus: 'enable' }]), true, 'literal'],
    ['Hotpatch Disable', features([{ name: 'Hotpatch', subscriptionStatus: 'Disable' }]), false, 'literal'],
    ['Hotpatch Enabled, as the resource model and what-if write it', features([{ name: 'Hotpatch', subscriptionStatus: 'Enabled' }]), true, 'literal'],
    ['Hotpatch Enabling', features([{ name: 'Hotpatch', subscriptionStatus: 'Enabling' }]), true, 'literal'],
    ['Hotpatch Disabled', features([{ name: 'Hotpatch', subscriptionStatus: 'Disabled' }]), false, 'literal'],
    ['Hotpatch Disabling', features([{ name: 'Hotpatch', subscriptionStatus: 'Disabling' }]), false, 'literal'],
    ['a status that neither enables nor disables', features([{ name: 'Hotpatch', subscriptionStatus: 'Unknown' }]), undefined, 'unresolved'],
    ['a status named like an object member', features([{ name: 'Hotpatch', subscriptionStatus: 'constructor' }]), undefined, 'unresolved'],
    ['features without Hotpatch', features([{ name: 'WindowsServerManagement', subscriptionStatus: 'Enable' }]), false, 'literal'],
    ['no features written', features(undefined), undefined, 'absent'],
    ['Hotpatch without a status', features([{ name: 'Hotpatch' }]), undefined, 'unresolved'],
    ['features not evaluated', features('unresolved'), undefined, 'unresolved'],
    ['a format that cannot read them', features(undefined, false), undefined, 'unresolved']
  ])('%s', (_, source, value, origin) => {
    const feature = hotpatchFeature(source)
    expect([feature.value, feature.origin]).toEqual([value, origin])
  })
})

describe('the policy on an Arc machine', () => {
  const machine = (license: boolean | undefined, flag?: boolean): VirtualMachine => {
    const base = arc({ name: 'dc-01', declaration: 'license-profile', file: 'p.json', line: 5, unit: 'a', ...(license !== undefined && { license }) })
    return flag === undefined ? base : { ...base, enableHotpatching: known(flag, at('p.json', 9)) }
  }

  it.each<[string, VirtualMachine, string, string[]]>([
    ['enrolled by its license profile', machine(true), 'yes', ['its license profile enables the Hotpatch feature (p.json:10)']],
    ['enrolled by enableHotpatching', machine(false, true), 'yes', ['enableHotpatching is true (p.json:9)']],
    ['a profile that does not enable it', machine(false), 'no', ['its license profile does not enable the Hotpatch feature (p.json:10)']],
    [
      'nothing in the repository enables it',
      machine(undefined),
      'no',
      ['no license profile in the repository enables the Hotpatch feature, and enableHotpatching is not true']
    ]
  ])('%s', (_, vm, affected, reasons) => {
    const assessment = assessArcHotpatch(vm, [ADVISORY])
    expect([assessment.affected, assessment.reasons]).toEqual([affected, reasons])
  })

  it('needs no bypass flag and no patch mode for its window; a patch mode written otherwise counts', () => {
    expect(checkCustomerManagedSchedule(machine(true)).state).toBe('yes')
    const byOs = { ...machine(true), patchMode: known('AutomaticByOS', at('m.bicep', 7)) }
    expect(checkCustomerManagedSchedule(byOs).problems.map(p => p.text)).toEqual(['patchMode is AutomaticByOS (m.bicep:7)'])
  })
})

describe('the OS a Hotpatch license implies', () => {
  const windows: Sourced<'Windows' | 'Linux'> = { value: 'Windows', origin: 'provider-default', location: at('a/main.bicep', 25) }
  const profile = (): VirtualMachine => ({
    ...arc({ name: 'dc-01', declaration: 'license-profile', file: 'a/main.bicep', line: 20, unit: 'a', license: true }),
    osType: windows
  })

  it("is the OS of a joined machine that writes none, and never replaces one it writes", () => {
    const referenced = arc({ name: 'dc-01', declaration: 'existing', file: 'a/main.bicep', line: 1, unit: 'a' })
    expect(joinArcMachines([referenced, profile()]).map(machine => machine.osType)).toEqual([windows])
    const linux: Sourced<'Windows' | 'Linux'> = known('Linux', at('a/main.bicep', 3))
    const declared = { ...arc({ name: 'dc-01', declaration: 'declared', file: 'a/main.bicep', line: 1, unit: 'a' }), osType: linux }
    expect(joinArcMachines([declared, profile()]).map(machine => machine.osType)).toEqual([linux])
  })
})
