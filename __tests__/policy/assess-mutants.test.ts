/**
 * src/policy/assess.ts under mutation (issue 12, docs/mutation/policy-rest-a.md): what one VM's assessment
 * is made of, driven through `assessVirtualMachine` with plan sources written here (so the baseline months
 * each source is asked for, and the declared plans it returns, are the test's), and through the policy.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../src/model/resources.js'
import type { Advisory } from '../../src/policy/advisory.js'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import { assessVirtualMachine, type PlanSource, type PolicyContext } from '../../src/policy/assess.js'
import type { DeclaredPlan } from '../../src/policy/types.js'
import { assessFirst, DIRECT_VALID, HONOURED, HOTPATCH_TRUE, IMAGE_2025, summary } from './assess-helpers.js'
import { lit, loc, model, unknownValue, vm, withPlan } from './builders.js'

const [BUILT_IN] = getBuiltInAdvisories()
if (BUILT_IN === undefined) throw new Error('no built-in advisory')

const AS_OF = new Date('2026-11-24T00:00:00Z')
/** An advisory that lists no image, first in the list, with other baseline months than the built-in one. */
const UNLISTED: Advisory = { ...BUILT_IN, id: 'unlisted', hotpatchImages: [], baselineMonths: [2, 5, 8, 11] }
const context = (advisories: readonly Advisory[]): PolicyContext => ({ asOf: AS_OF, advisories, hotpatchDefault: 'unknown' })

/** A plan source that finds nothing, and writes down the baseline months it was asked for. */
function recordingSource(): { source: PlanSource; asked: (readonly number[] | undefined)[] } {
  const asked: (readonly number[] | undefined)[] = []
  return { source: (_vm, _model, _asOf, calendar) => (asked.push(calendar?.baselineMonths), { evidence: [], unresolved: [] }), asked }
}

/** A plan source that declares these plans (a window tag, the configuration's `reboot-plans:`). */
const declaring =
  (...declared: DeclaredPlan[]): PlanSource =>
  () => ({ evidence: [], unresolved: [], declared })

const assess = (machine: VirtualMachine, sources: readonly PlanSource[], advisories: readonly Advisory[] = [BUILT_IN]) =>
  assessVirtualMachine(machine, model({ virtualMachines: [machine] }), context(advisories), sources)

const TAG_PLAN: DeclaredPlan = {
  source: 'tag',
  label: 'tag hotpatch-reboot-window',
  window: 'Month Second Sunday 02:00/PT3H',
  owner: 'platform-team',
  ticket: 'CHG-1234',
  location: loc(12)
}
const NO_OWNER: DeclaredPlan = {
  ...TAG_PLAN,
  owner: undefined,
  problem: { kind: 'no-owner', text: 'it names no owner (add hotpatch-reboot-owner)' }
}
const LINUX = 'it runs Linux (infra/main.bicep:20)'
const DECLARED_STANDS = 'the schedule lives outside the scanned files, so the declaration stands for it'

describe('the baseline months a plan source is asked for', () => {
  it("are those of the advisory that lists the VM's image, not of the first advisory", () => {
    const { source, asked } = recordingSource()
    assess(vm(), [source], [UNLISTED, BUILT_IN])
    expect(asked).toEqual([[1, 4, 7, 10]])
  })

  it("are the first advisory's when no advisory lists the VM's image", () => {
    const { source, asked } = recordingSource()
    assess(vm({ osType: lit('Linux', 20) }), [source], [UNLISTED, BUILT_IN])
    expect(asked).toEqual([[2, 5, 8, 11]])
  })

  it('decide the baseline the window is measured against, through the policy', () => {
    const reasons = assessFirst(withPlan(), { advisories: [UNLISTED, BUILT_IN] }).reasons
    expect(reasons).toEqual([IMAGE_2025, HOTPATCH_TRUE, DIRECT_VALID, HONOURED])
  })
})

describe('what the assessment says besides the verdict', () => {
  it('an affected Arc machine without any advisory: no advisory named', () => {
    const arc = vm({
      kind: 'arc-machine',
      identity: { type: 'Microsoft.HybridCompute/machines', name: 'arc-01' },
      arc: { declaration: 'declared', hotpatchLicense: lit(true, 40) }
    })
    const assessment = assess(arc, [], [])
    expect([assessment.affected, assessment.verdict, assessment.advisory]).toEqual(['yes', 'affected-no-plan', undefined])
  })

  it('customerManagedSchedule is whether the Customer Managed Schedules settings hold', () => {
    expect(assessFirst(model()).customerManagedSchedule).toBe(true)
    expect(assessFirst(model({ virtualMachines: [vm({ patchMode: lit('AutomaticByOS', 22) })] })).customerManagedSchedule).toBe(false)
  })

  it('has no declaredPlans when no plan is declared', () => {
    expect(assessFirst(model())).not.toHaveProperty('declaredPlans')
    expect(assess(vm(), [declaring()])).not.toHaveProperty('declaredPlans')
  })
})

describe('a declared reboot plan', () => {
  it('is not read on a VM that is not affected: no reason about it, but it is kept', () => {
    const assessment = assess(vm({ osType: lit('Linux', 20) }), [declaring(NO_OWNER)])
    expect([assessment.verdict, assessment.reasons, assessment.declaredPlans]).toEqual(['not-affected', [LINUX], [NO_OWNER]])
  })

  it('that does not count is named, and the verdict stays', () => {
    const assessment = assess(vm(), [declaring(NO_OWNER)])
    expect(summary(assessment)).toEqual({
      verdict: 'affected-no-plan',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        HOTPATCH_TRUE,
        'no maintenance configuration is assigned',
        'the reboot plan declared in tag hotpatch-reboot-window does not count: it names no owner (add hotpatch-reboot-owner)'
      ],
      unresolved: []
    })
  })

  it('that is valid stands for a reboot plan, naming its owner and ticket', () => {
    expect(summary(assess(vm(), [declaring(TAG_PLAN)]))).toEqual({
      verdict: 'affected-with-plan',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        HOTPATCH_TRUE,
        'no maintenance configuration is assigned',
        'a reboot plan is declared in tag hotpatch-reboot-window (infra/main.bicep:12): window Month Second Sunday ' +
          `02:00/PT3H, owner platform-team, ticket CHG-1234; ${DECLARED_STANDS}`
      ],
      unresolved: []
    })
  })

  it('without a ticket or an owner says so with no ticket and a question mark', () => {
    const plan: DeclaredPlan = { ...TAG_PLAN, owner: undefined, ticket: undefined }
    expect(assess(vm(), [declaring(plan)]).reasons.at(-1)).toBe(
      `a reboot plan is declared in tag hotpatch-reboot-window (infra/main.bicep:12): window Month Second Sunday 02:00/PT3H, owner ?; ${DECLARED_STANDS}`
    )
  })

  it('applies to a VM that may not be affected, but does not override rebootSetting Never on it', () => {
    const maybe = { image: { sku: unknownValue<string>(16, "parameter 'sku' has no value") } }
    expect(assess(vm(maybe), [declaring(TAG_PLAN)]).verdict).toBe('affected-with-plan')
    const never = vm({ ...maybe, rebootSetting: lit('Never', 25) })
    const without = assess(never, [])
    const assessment = assess(never, [declaring(TAG_PLAN)])
    expect(summary(without)).toEqual({
      verdict: 'indeterminate',
      affected: 'unknown',
      reasons: [
        'image MicrosoftWindowsServer:WindowsServer:? may be hotpatch-capable',
        HOTPATCH_TRUE,
        'no maintenance configuration is assigned',
        "image.sku could not be resolved (infra/main.bicep:16): parameter 'sku' has no value"
      ],
      unresolved: ["image.sku @16: parameter 'sku' has no value"]
    })
    expect(summary(assessment)).toEqual(summary(without))
    expect(assessment.declaredPlans).toEqual([TAG_PLAN])
  })
})
