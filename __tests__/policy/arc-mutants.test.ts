/**
 * src/policy/arc.ts under mutation (issue 12, docs/mutation/policy-rest-a.md): an Arc-enabled server's
 * hotpatch enrolment (issue 17), driven through the policy with Arc machines built here the way the readers
 * map them (no image; `arc.hotpatchLicense` from the license profile), instead of only through reader and
 * fixture tests. Each case is compared whole: the policy's verdict and reasons, and the assessment
 * `assessHotpatch` returns (its unresolved inputs and the advisory it follows).
 */
import { describe, expect, it } from '@jest/globals'
import type { ArcMachineFields, VirtualMachine } from '../../src/model/resources.js'
import type { Advisory } from '../../src/policy/advisory.js'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import { ARC_HOTPATCH_OS, arcImageMatch } from '../../src/policy/arc.js'
import { assessHotpatch } from '../../src/policy/hotpatch.js'
import { assessFirst, summary } from './assess-helpers.js'
import { FILE, lit, loc, model, unknownValue, unset, vm } from './builders.js'

const ADVISORIES = getBuiltInAdvisories()
const [BUILT_IN] = ADVISORIES
if (BUILT_IN === undefined) throw new Error('no built-in advisory')

/** Where the Arc machine below writes each value. */
const ARC = { resource: 30, deployed: 29, osType: 33, enableHotpatching: 35, license: 40 } as const

/**
 * A declared `Microsoft.HybridCompute/machines` as the reader maps it: Windows, no image, no Azure VM
 * settings, neither a license profile nor `enableHotpatching` unless the test writes one.
 */
function arcMachine(overrides: Partial<VirtualMachine> & { readonly license?: ArcMachineFields['hotpatchLicense'] } = {}): VirtualMachine {
  const { license, ...rest } = overrides
  const none = <T>() => unset<T>(ARC.resource)
  return vm({
    kind: 'arc-machine',
    identity: { type: 'Microsoft.HybridCompute/machines', name: 'arc-01', symbol: `${FILE}#arc` },
    displayName: 'arc-01',
    reportAt: loc(ARC.resource),
    declaredAt: loc(ARC.resource),
    orchestrationMode: none(),
    osType: lit('Windows', ARC.osType),
    image: { publisher: none(), offer: none(), sku: none(), version: none(), customImageId: none() },
    patchMode: none(),
    enableHotpatching: none(),
    rebootSetting: none(),
    bypassPlatformSafetyChecksOnUserSchedule: none(),
    arc: { declaration: 'declared', hotpatchLicense: license ?? none() },
    ...rest
  })
}

const LICENSED = lit(true, ARC.license)
const LICENSE_REASON = 'its license profile enables the Hotpatch feature (infra/main.bicep:40)'
const FLAG_REASON = 'enableHotpatching is true (infra/main.bicep:35)'
const NO_PLAN = 'no maintenance configuration is assigned'
const NOT_ENROLLED_ABSENT =
  'no license profile in the repository enables the Hotpatch feature, and enableHotpatching is not true'
const ARC_MATCH = { image: ARC_HOTPATCH_OS, advisory: BUILT_IN }

const verdictOf = (machine: VirtualMachine) => summary(assessFirst(model({ virtualMachines: [machine] })))
const hotpatchOf = (machine: VirtualMachine) => assessHotpatch(machine, ADVISORIES, 'unknown')
const notAffected = (reason: string) => ({ affected: 'no', reasons: [reason], unresolved: [], match: undefined })

describe('an Arc machine ruled out by a known disqualifier, whatever enrols it', () => {
  it.each<[string, VirtualMachine, string]>([
    [
      'not deployed',
      arcMachine({ deployed: lit(false, ARC.deployed), license: LICENSED }),
      'it is not deployed (the condition or loop count at infra/main.bicep:29)'
    ],
    ['Linux', arcMachine({ osType: lit('Linux', ARC.osType), license: LICENSED }), 'it runs Linux (infra/main.bicep:33)']
  ])('%s', (_name, machine, reason) => {
    expect(hotpatchOf(machine)).toEqual(notAffected(reason))
    expect(verdictOf(machine)).toEqual({ verdict: 'not-affected', affected: 'no', reasons: [reason], unresolved: [] })
  })
})

describe('an Arc machine enrolled', () => {
  it('by its license profile: affected, following the advisory of its build family', () => {
    const machine = arcMachine({ license: LICENSED, enableHotpatching: lit(false, ARC.enableHotpatching) })
    expect(hotpatchOf(machine)).toEqual({ affected: 'yes', reasons: [LICENSE_REASON], unresolved: [], match: ARC_MATCH })
    expect(verdictOf(machine)).toEqual({
      verdict: 'affected-no-plan',
      affected: 'yes',
      reasons: [LICENSE_REASON, NO_PLAN],
      unresolved: []
    })
    expect(assessFirst(model({ virtualMachines: [machine] })).advisory).toBe(BUILT_IN)
  })

  it('by enableHotpatching, without a license profile', () => {
    const machine = arcMachine({ enableHotpatching: lit(true, ARC.enableHotpatching) })
    expect(hotpatchOf(machine)).toEqual({ affected: 'yes', reasons: [FLAG_REASON], unresolved: [], match: ARC_MATCH })
    expect(verdictOf(machine)).toEqual({ verdict: 'affected-no-plan', affected: 'yes', reasons: [FLAG_REASON, NO_PLAN], unresolved: [] })
  })

  it('with an unresolved deployment condition: assumed deployed, and the reason says so', () => {
    const machine = arcMachine({ deployed: unknownValue(ARC.deployed, "parameter 'deploy' has no value"), license: LICENSED })
    expect(hotpatchOf(machine)).toEqual({
      affected: 'yes',
      reasons: ['its deployment condition could not be evaluated (infra/main.bicep:29); assuming it is deployed', LICENSE_REASON],
      unresolved: [],
      match: ARC_MATCH
    })
  })

  it.each<[string, Partial<VirtualMachine> & { license?: VirtualMachine['enableHotpatching'] }, string]>([
    ['by its license profile', { license: LICENSED }, LICENSE_REASON],
    ['by enableHotpatching', { enableHotpatching: lit(true, ARC.enableHotpatching) }, FLAG_REASON]
  ])('%s, with an unresolved osType: unknown, naming the osType', (_name, overrides, reason) => {
    const machine = arcMachine({ osType: unknownValue(ARC.osType, "parameter 'os' has no value"), ...overrides })
    const osType = { field: 'osType', reason: "parameter 'os' has no value", location: loc(ARC.osType) }
    expect(hotpatchOf(machine)).toEqual({ affected: 'unknown', reasons: [reason], unresolved: [osType], match: ARC_MATCH })
    expect(verdictOf(machine)).toEqual({
      verdict: 'indeterminate',
      affected: 'unknown',
      reasons: [reason, NO_PLAN, "osType could not be resolved (infra/main.bicep:33): parameter 'os' has no value"],
      unresolved: ["osType @33: parameter 'os' has no value"]
    })
  })

  it('by its license profile with no advisory given: affected, with no advisory to follow', () => {
    expect(assessHotpatch(arcMachine({ license: LICENSED }), [], 'unknown')).toEqual({
      affected: 'yes',
      reasons: [LICENSE_REASON],
      unresolved: [],
      match: undefined
    })
  })
})

describe('an Arc machine whose enrolment could not be read', () => {
  const LICENSE_OPEN = unknownValue<boolean>(ARC.license, 'the Hotpatch feature has no known subscriptionStatus')
  const FLAG_OPEN = unknownValue<boolean>(ARC.enableHotpatching, "parameter 'hotpatch' has no value")
  const licenseInput = { field: 'licenseProfile.Hotpatch', reason: 'the Hotpatch feature has no known subscriptionStatus', location: loc(ARC.license) }
  const flagInput = { field: 'enableHotpatching', reason: "parameter 'hotpatch' has no value", location: loc(ARC.enableHotpatching) }
  const osInput = { field: 'osType', reason: "parameter 'os' has no value", location: loc(ARC.osType) }

  it.each<[string, VirtualMachine, (typeof licenseInput)[]]>([
    ['an unresolved license feature', arcMachine({ license: LICENSE_OPEN }), [licenseInput]],
    ['an unresolved enableHotpatching', arcMachine({ enableHotpatching: FLAG_OPEN }), [flagInput]],
    ['both', arcMachine({ license: LICENSE_OPEN, enableHotpatching: FLAG_OPEN }), [licenseInput, flagInput]],
    [
      'both, and the osType (named first)',
      arcMachine({ license: LICENSE_OPEN, enableHotpatching: FLAG_OPEN, osType: unknownValue(ARC.osType, "parameter 'os' has no value") }),
      [osInput, licenseInput, flagInput]
    ],
    ['an unresolved enableHotpatching, the license profile saying no', arcMachine({ license: lit(false, ARC.license), enableHotpatching: FLAG_OPEN }), [flagInput]]
  ])('%s: unknown, naming what could not be read', (_name, machine, unresolved) => {
    expect(hotpatchOf(machine)).toEqual({ affected: 'unknown', reasons: [], unresolved, match: ARC_MATCH })
  })

  it('is indeterminate in the policy, with the reason for each input', () => {
    expect(verdictOf(arcMachine({ license: LICENSE_OPEN }))).toEqual({
      verdict: 'indeterminate',
      affected: 'unknown',
      reasons: [NO_PLAN, 'licenseProfile.Hotpatch could not be resolved (infra/main.bicep:40): the Hotpatch feature has no known subscriptionStatus'],
      unresolved: ['licenseProfile.Hotpatch @40: the Hotpatch feature has no known subscriptionStatus']
    })
  })
})

describe('an Arc machine not enrolled', () => {
  it.each<[string, VirtualMachine, string]>([
    ['no license profile, enableHotpatching not written', arcMachine(), NOT_ENROLLED_ABSENT],
    ['no license profile, enableHotpatching false', arcMachine({ enableHotpatching: lit(false, ARC.enableHotpatching) }), NOT_ENROLLED_ABSENT],
    ['no Arc fields at all (no license profile known)', arcMachine({ arc: undefined }), NOT_ENROLLED_ABSENT],
    [
      'a license profile without the Hotpatch feature',
      arcMachine({ license: lit(false, ARC.license) }),
      'its license profile does not enable the Hotpatch feature (infra/main.bicep:40)'
    ]
  ])('%s: not affected, saying why', (_name, machine, reason) => {
    expect(hotpatchOf(machine)).toEqual(notAffected(reason))
    expect(verdictOf(machine)).toEqual({ verdict: 'not-affected', affected: 'no', reasons: [reason], unresolved: [] })
  })
})

describe('the advisory an Arc machine follows (arcImageMatch)', () => {
  /** The built-in advisory under another id, without the Windows Server 2025 build family (26100). */
  const WITHOUT_2025: Advisory = { ...BUILT_IN, id: 'without-2025', families: BUILT_IN.families.filter(f => f.build !== 26100) }
  const OTHER_WITHOUT_2025: Advisory = { ...WITHOUT_2025, id: 'other-without-2025' }

  it('is the first that lists build 26100 among its families, not the first given', () => {
    expect(WITHOUT_2025.families.length).toBeGreaterThan(0)
    expect(BUILT_IN.families.some(f => f.build !== 26100)).toBe(true)
    expect(arcImageMatch([WITHOUT_2025, BUILT_IN])).toEqual({ image: ARC_HOTPATCH_OS, advisory: BUILT_IN })
    const policy = assessFirst(model({ virtualMachines: [arcMachine({ license: LICENSED })] }), { advisories: [WITHOUT_2025, BUILT_IN] })
    expect(policy.advisory?.id).toBe(BUILT_IN.id)
  })

  it('is the first given when none lists build 26100', () => {
    expect(arcImageMatch([WITHOUT_2025, OTHER_WITHOUT_2025])).toEqual({ image: ARC_HOTPATCH_OS, advisory: WITHOUT_2025 })
  })

  it('is none without advisories', () => {
    expect(arcImageMatch([])).toBeUndefined()
  })

  it('stands for Windows Server 2025 through Azure Arc, build 26100, with no image of its own', () => {
    expect(ARC_HOTPATCH_OS).toEqual({
      publisher: '',
      offer: '',
      sku: '',
      os: 'Windows Server 2025 (Azure Arc-enabled)',
      build: 26100,
      hotpatchOnByDefault: false,
      preview: false
    })
  })
})
