/**
 * src/policy/allowed-values.ts under mutation (issue 12, docs/mutation/policy-rest-b.md): pinned values driven
 * directly with a stand-in for the single-VM assessment, so every branch is asserted on exact reasons,
 * unresolved inputs and the values each evaluation is given: one verdict for every allowed value, verdicts
 * that differ, the bound on combinations, and which fields count as pinned.
 */
import { describe, expect, it } from '@jest/globals'
import type { InfrastructureModel, MaintenanceAssignment, MaintenanceConfiguration, VirtualMachine } from '../../src/model/resources.js'
import type { Sourced } from '../../src/model/source.js'
import { assessPinned } from '../../src/policy/allowed-values.js'
import type { Assessment, PlanEvidence, UnresolvedInput, Verdict } from '../../src/policy/types.js'
import { assignment, configuration, dynamicScope, lit, loc, model, vm } from './builders.js'

const pinned = <T>(line: number, allowed: readonly (string | number | boolean)[], detail?: string, column = 5): Sourced<T> => ({
  value: undefined,
  origin: 'unresolved',
  location: { file: 'infra/main.bicep', line, column },
  reason: 'no value',
  allowed,
  ...(detail !== undefined && { detail })
})
const skuInput: UnresolvedInput = { field: 'image.sku', reason: 'no value', location: loc(16) }

/**
 * A stand-in assessment: the VM as written is indeterminate (naming `unresolved`) unless `decided`; each VM
 * tried after it gets the verdict `verdictOf` gives it (indeterminate for none).
 */
function assessor(
  verdictOf: (vm: VirtualMachine) => Verdict | undefined,
  unresolved: readonly UnresolvedInput[] = [skuInput],
  decided = false
) {
  const seen: VirtualMachine[] = []
  const assess = (machine: VirtualMachine): Assessment => {
    seen.push(machine)
    const verdict = seen.length === 1 && !decided ? undefined : verdictOf(machine)
    return {
      vm: machine,
      verdict: verdict ?? 'indeterminate',
      reasons: [verdict === undefined ? 'as written' : `as ${verdict}`],
      affected: 'unknown',
      advisory: undefined,
      evidence: [],
      customerManagedSchedule: true,
      unresolved: verdict === undefined ? unresolved : []
    }
  }
  return { assess, seen }
}
const skuOf = (machine: VirtualMachine) => machine.image.sku.value

describe('assessPinned: nothing to try', () => {
  it('a VM with no pinned value, or one already decided, is assessed once as it is', () => {
    const plain = assessor(() => undefined)
    const result = assessPinned(vm(), plain.assess)
    expect([result.verdict, result.reasons, plain.seen.length]).toEqual(['indeterminate', ['as written'], 1])
    const decided = assessor(() => 'affected-no-plan', [], true)
    const withPin = vm({ image: { sku: pinned(16, ['a', 'b'], 'sku') } })
    expect([assessPinned(withPin, decided.assess).reasons, decided.seen.length]).toEqual([['as affected-no-plan'], 1])
  })

  it('only unresolved values with a non-empty list of allowed values are pinned', () => {
    const notPinned = vm({
      image: { sku: pinned(16, [], 'sku'), version: { ...lit('latest', 17), allowed: ['latest'] } },
      tags: { value: undefined, origin: 'unresolved', location: loc(12), reason: 'x' }
    })
    const stub = assessor(() => undefined)
    expect(assessPinned(notPinned, stub.assess).reasons).toEqual(['as written'])
    expect(stub.seen.length).toBe(1)
  })

  it('more than 64 combinations are not tried; 64 are', () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`)
    const at64 = vm({ image: { offer: pinned(15, values(8)), sku: pinned(16, values(8)) } })
    const stub64 = assessor(() => 'not-affected')
    expect(assessPinned(at64, stub64.assess).verdict).toBe('not-affected')
    expect(stub64.seen.length).toBe(65)
    const at65 = vm({ image: { offer: pinned(15, values(5)), sku: pinned(16, values(13)) } })
    const stub65 = assessor(() => 'not-affected')
    expect(assessPinned(at65, stub65.assess).verdict).toBe('indeterminate')
    expect(stub65.seen.length).toBe(1)
  })
})

describe('assessPinned: every allowed value gives one verdict', () => {
  it('is that verdict, with the same reasons and the image as written, and says why', () => {
    const machine = vm({ image: { sku: pinned(16, ['a', 'b'], 'skuParam') } })
    const stub = assessor(() => 'not-affected')
    const result = assessPinned(machine, stub.assess)
    expect(result.verdict).toBe('not-affected')
    expect(result.reasons).toEqual([
      'as not-affected',
      "image.sku ('skuParam') is not known, but every allowed value gives this verdict"
    ])
    expect(result.vm.image.sku).toBe(machine.image.sku)
    expect(stub.seen.slice(1).map(skuOf)).toEqual(['a', 'b'])
  })

  it('with reasons that differ between the values, keeps the reasons as assessed', () => {
    const machine = vm({ image: { sku: pinned(16, ['a', 'b'], 'skuParam') } })
    let call = 0
    const stub = assessor(() => 'not-affected')
    const assess = (m: VirtualMachine): Assessment => {
      const assessed = stub.assess(m)
      call += 1
      return call === 3 ? { ...assessed, reasons: [] } : assessed
    }
    expect(assessPinned(machine, assess).reasons).toEqual([
      'as written',
      "image.sku ('skuParam') is not known, but every allowed value gives this verdict"
    ])
  })

  it('with reasons as many but worded differently, keeps the reasons as assessed', () => {
    const machine = vm({ image: { sku: pinned(16, ['a', 'b'], 'skuParam') } })
    const stub = assessor(() => 'not-affected')
    const assess = (m: VirtualMachine): Assessment => {
      const assessed = stub.assess(m)
      // The first reason alike, the second not: every reason must be the same, in order.
      return { ...assessed, reasons: [...assessed.reasons, skuOf(m) === 'b' ? 'because of b' : 'because of a'] }
    }
    expect(assessPinned(machine, assess).reasons).toEqual([
      'as written',
      'because of a',
      "image.sku ('skuParam') is not known, but every allowed value gives this verdict"
    ])
  })

  it('several pinned fields "are" not known; a field without detail is named alone; a VM field keeps its tried value', () => {
    const machine = vm({ image: { sku: pinned(16, ['a']) }, patchMode: pinned(22, ['AutomaticByPlatform'], 'mode') })
    const result = assessPinned(machine, assessor(() => 'affected-no-plan').assess)
    expect(result.reasons.at(-1)).toBe("patchMode ('mode'), image.sku are not known, but every allowed value gives this verdict")
    expect(result.vm.patchMode).toEqual({
      value: 'AutomaticByPlatform',
      origin: 'default',
      location: loc(22),
      detail: 'mode: allowed values'
    })
    expect(result.vm.image.sku).toBe(machine.image.sku)
  })

  it('an indeterminate verdict for every value decides nothing', () => {
    const machine = vm({ image: { sku: pinned(16, ['a', 'b'], 'sku') } })
    const result = assessPinned(machine, assessor(() => 'indeterminate').assess)
    expect(result.reasons).toEqual(['as written', 'the allowed values of image.sku (\'sku\') decide: "a" → indeterminate; "b" → indeterminate'])
  })
})

describe('assessPinned: the allowed values decide', () => {
  it('stays as assessed, says which value gives which verdict, and adds it to the deciding input', () => {
    const machine = vm({ image: { sku: pinned(16, ['a', 'b'], 'sku') } })
    const other: UnresolvedInput = { field: 'tags', reason: 'x', location: loc(12) }
    const stub = assessor(m => (skuOf(m) === 'a' ? 'not-affected' : skuOf(m) === 'b' ? 'affected-no-plan' : undefined), [other, skuInput])
    const result = assessPinned(machine, stub.assess)
    const decide = '"a" → not-affected; "b" → affected-no-plan'
    expect([result.verdict, result.reasons, result.unresolved]).toEqual([
      'indeterminate',
      ['as written', `the allowed values of image.sku ('sku') decide: ${decide}`],
      [other, { ...skuInput, reason: `no value; its allowed values decide: ${decide}` }]
    ])
  })

  it('combines the values of several fields in order, written as JSON', () => {
    const machine = vm({
      image: { sku: pinned(16, ['a', 'b']) },
      enableHotpatching: pinned(23, [true, false]),
      bypassPlatformSafetyChecksOnUserSchedule: pinned(26, [1])
    })
    const stub = assessor(m => (m.enableHotpatching.value === true && skuOf(m) === 'a' ? 'affected-no-plan' : 'not-affected'))
    const result = assessPinned(machine, stub.assess)
    expect(result.reasons.at(-1)).toBe(
      'the allowed values of enableHotpatching, bypassPlatformSafetyChecksOnUserSchedule, image.sku decide: ' +
        'true, 1, "a" → affected-no-plan; true, 1, "b" → not-affected; false, 1, "a" → not-affected; false, 1, "b" → not-affected'
    )
  })

  it('with several pinned fields, the input of any one of them is the deciding one', () => {
    const machine = vm({ image: { sku: pinned(16, ['a', 'b']) }, patchMode: pinned(22, ['AutomaticByPlatform'], 'mode') })
    const stub = assessor(m => (skuOf(m) === 'a' ? 'not-affected' : 'affected-no-plan'))
    const decide = '"AutomaticByPlatform", "a" → not-affected; "AutomaticByPlatform", "b" → affected-no-plan'
    expect(assessPinned(machine, stub.assess).unresolved).toEqual([{ ...skuInput, reason: `no value; its allowed values decide: ${decide}` }])
  })

  it('an input at another place, or of another field, is not the deciding one', () => {
    const machine = vm({ image: { sku: pinned(16, ['a', 'b'], undefined, 9) } })
    const elsewhere = [
      { ...skuInput, location: { ...skuInput.location, column: 9, line: 17 } },
      { ...skuInput, location: { ...skuInput.location, column: 9, file: 'other.bicep' } },
      { ...skuInput, location: { ...skuInput.location, column: 5 } },
      { ...skuInput, field: 'image.offer', location: { ...skuInput.location, column: 9 } }
    ]
    const stub = assessor(m => (skuOf(m) === 'a' ? 'not-affected' : skuOf(m) === 'b' ? 'affected-no-plan' : undefined), elsewhere)
    expect(assessPinned(machine, stub.assess).unresolved).toEqual(elsewhere)
  })

  it('each tried value keeps where it was written and how it got there', () => {
    const via = [loc(3, 'main.parameters.json')]
    const machine = vm({ image: { sku: { ...pinned<string>(16, ['a']), via } } })
    const stub = assessor(() => undefined)
    assessPinned(machine, stub.assess)
    expect(stub.seen[1]?.image.sku).toEqual({ value: 'a', origin: 'default', location: loc(16), detail: 'image.sku: allowed values', via })
    expect(stub.seen[1]?.image.offer).toBe(machine.image.offer)
    // A value that came by no other way says nothing of one: no `via` key at all.
    const direct = assessor(() => undefined)
    assessPinned(vm({ image: { sku: pinned<string>(16, ['a']) } }), direct.assess)
    expect(direct.seen[1]?.image.sku).toStrictEqual({ value: 'a', origin: 'default', location: loc(16), detail: 'image.sku: allowed values' })
  })
})

/**
 * The plans' fields: given the scanned model, the pinned fields of the configurations and dynamic scopes the VM's
 * evidence names are tried too, each combination in a model whose resources have its values.
 */
describe('assessPinned: the fields of the plans the evidence names', () => {
  const rebootInput: UnresolvedInput = { field: 'maintenanceConfiguration.rebootSetting', reason: 'no value', location: loc(48) }
  const evidenceOf = (resource: MaintenanceAssignment, window: MaintenanceConfiguration | undefined): PlanEvidence => ({
    assignment: resource,
    configuration: window,
    via: resource.filter === undefined ? 'direct' : 'dynamic-scope',
    status: 'unverifiable',
    detail: 'unverifiable'
  })

  /** A stand-in assessment as above, whose VM as written has this evidence; records the VM and model of each call. */
  function onPlans(evidence: readonly PlanEvidence[], verdictOf: (tried: InfrastructureModel | undefined, machine: VirtualMachine) => Verdict | undefined) {
    const seen: { machine: VirtualMachine; tried: InfrastructureModel | undefined }[] = []
    const assess = (machine: VirtualMachine, tried?: InfrastructureModel): Assessment => {
      seen.push({ machine, tried })
      const verdict = seen.length === 1 ? undefined : verdictOf(tried, machine)
      return {
        vm: machine,
        verdict: verdict ?? 'indeterminate',
        reasons: [verdict === undefined ? 'as written' : `as ${verdict}`],
        affected: 'yes',
        advisory: undefined,
        evidence,
        customerManagedSchedule: true,
        unresolved: verdict === undefined ? [rebootInput] : []
      }
    }
    return { assess, seen }
  }
  const rebootOf = (tried: InfrastructureModel | undefined) => tried?.maintenanceConfigurations[0]?.rebootSetting.value

  it("a configuration's rebootSetting: each value in a model of its own, the rest as scanned; one verdict for all is the verdict", () => {
    const window = configuration({ rebootSetting: pinned(48, ['Never', 'NeverReboot'], 'reboot') })
    const other = configuration({ identity: { type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'other' }, rebootSetting: pinned(48, ['IfRequired']) })
    const scanned = model({ maintenanceConfigurations: [window, other], maintenanceAssignments: [assignment()] })
    const stub = onPlans([evidenceOf(scanned.maintenanceAssignments[0] as MaintenanceAssignment, window)], () => 'affected-reboot-blocked')
    const result = assessPinned(vm(), stub.assess, scanned)
    expect([result.verdict, result.reasons]).toEqual([
      'affected-reboot-blocked',
      ['as affected-reboot-blocked', "maintenanceConfiguration.rebootSetting ('reboot') is not known, but every allowed value gives this verdict"]
    ])
    expect(stub.seen.map(({ tried }) => rebootOf(tried))).toEqual([undefined, 'Never', 'NeverReboot'])
    const [, tried] = stub.seen
    expect(tried?.tried?.maintenanceConfigurations[0]).toEqual({
      ...window,
      rebootSetting: { value: 'Never', origin: 'default', location: { file: 'infra/main.bicep', line: 48, column: 5 }, detail: 'reboot: allowed values' }
    })
    // A configuration no evidence names, the assignments and the VM are the scanned ones.
    expect(tried?.tried?.maintenanceConfigurations[1]).toBe(other)
    expect(tried?.tried?.maintenanceAssignments[0]).toBe(scanned.maintenanceAssignments[0])
    expect(tried?.tried?.virtualMachines).toBe(scanned.virtualMachines)
  })

  it('the values decide: the deciding input is the configuration field’s; without the scanned model nothing is tried', () => {
    const window = configuration({ rebootSetting: pinned(48, ['Never', 'IfRequired'], 'reboot') })
    const scanned = model({ maintenanceConfigurations: [window], maintenanceAssignments: [assignment()] })
    const evidence = [evidenceOf(scanned.maintenanceAssignments[0] as MaintenanceAssignment, window)]
    const stub = onPlans(evidence, tried => (rebootOf(tried) === 'Never' ? 'affected-reboot-blocked' : 'affected-with-plan'))
    const result = assessPinned(vm(), stub.assess, scanned)
    const decide = '"Never" → affected-reboot-blocked; "IfRequired" → affected-with-plan'
    expect([result.verdict, result.reasons, result.unresolved]).toEqual([
      'indeterminate',
      ['as written', `the allowed values of maintenanceConfiguration.rebootSetting ('reboot') decide: ${decide}`],
      [{ ...rebootInput, reason: `no value; its allowed values decide: ${decide}` }]
    ])
    const alone = onPlans(evidence, () => 'affected-with-plan')
    expect([assessPinned(vm(), alone.assess).verdict, alone.seen.length]).toEqual(['indeterminate', 1])
  })

  it('a list field: every list of its allowed values, the empty one first; a window field, in the window', () => {
    const window = configuration({
      classificationsToInclude: pinned(50, ['Definition', 'Critical'], 'classes'),
      window: { duration: pinned(44, ['03:55']) }
    })
    const scanned = model({ maintenanceConfigurations: [window], maintenanceAssignments: [assignment()] })
    const stub = onPlans([evidenceOf(scanned.maintenanceAssignments[0] as MaintenanceAssignment, window)], () => 'affected-reboot-blocked')
    const result = assessPinned(vm(), stub.assess, scanned)
    expect(result.reasons.at(-1)).toBe(
      "maintenanceConfiguration.classificationsToInclude ('classes'), maintenanceConfiguration.window.duration are not known, but " +
        'every allowed value gives this verdict'
    )
    const tried = stub.seen.slice(1).map(({ tried }) => tried?.maintenanceConfigurations[0])
    expect(tried.map(c => c?.classificationsToInclude.value)).toEqual([[], ['Definition'], ['Critical'], ['Definition', 'Critical']])
    expect(tried.map(c => c?.window)).toEqual(Array(4).fill({ ...window.window, duration: { value: '03:55', origin: 'default', location: loc(44), detail: 'maintenanceConfiguration.window.duration: allowed values' } }))
  })

  it("a dynamic scope's filter; each resource once, however many entries name it", () => {
    const scope = dynamicScope({ locations: pinned(66, ['westeurope'], 'regions'), tagOperator: pinned(67, ['All']) })
    const scanned = model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [scope] })
    const twice = [evidenceOf(scope, scanned.maintenanceConfigurations[0]), evidenceOf(scope, scanned.maintenanceConfigurations[0])]
    const stub = onPlans(twice, () => 'affected-with-plan')
    expect(assessPinned(vm(), stub.assess, scanned).reasons.at(-1)).toBe(
      "filter.locations ('regions'), filter.tagOperator are not known, but every allowed value gives this verdict"
    )
    expect(stub.seen.slice(1).map(({ tried }) => [tried?.maintenanceAssignments[0]?.filter?.locations.value, tried?.maintenanceAssignments[0]?.filter?.tagOperator.value])).toEqual([
      [[], 'All'],
      [['westeurope'], 'All']
    ])
  })

  it('with the VM’s own fields: the VM tried has its values, the model its plans’; VMs share the models they try', () => {
    const window = configuration({ rebootSetting: pinned(48, ['Never'], 'reboot') })
    const scanned = model({ maintenanceConfigurations: [window], maintenanceAssignments: [assignment()] })
    const evidence = [evidenceOf(scanned.maintenanceAssignments[0] as MaintenanceAssignment, window)]
    const first = onPlans(evidence, () => 'affected-reboot-blocked')
    const result = assessPinned(vm({ image: { sku: pinned(16, ['a']) } }), first.assess, scanned)
    expect(result.reasons.at(-1)).toBe("image.sku, maintenanceConfiguration.rebootSetting ('reboot') are not known, but every allowed value gives this verdict")
    // As written: the SKU unknown, the scanned model; then the SKU and the configuration tried together.
    expect(first.seen.map(({ machine, tried }) => [skuOf(machine), rebootOf(tried)])).toEqual([
      [undefined, undefined],
      ['a', 'Never']
    ])
    const second = onPlans(evidence, () => 'affected-reboot-blocked')
    assessPinned(vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'web-02' } }), second.assess, scanned)
    expect(second.seen[1]?.tried).toBe(first.seen[1]?.tried)
  })
})
