/**
 * src/policy/allowed-values.ts under mutation (issue 12, docs/mutation/policy-rest-b.md): pinned values driven
 * directly with a stand-in for the single-VM assessment, so every branch is asserted on exact reasons,
 * unresolved inputs and the values each evaluation is given: one verdict for every allowed value, verdicts
 * that differ, the bound on combinations, and which fields count as pinned.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../src/model/resources.js'
import type { Sourced } from '../../src/model/source.js'
import { assessPinned } from '../../src/policy/allowed-values.js'
import type { Assessment, UnresolvedInput, Verdict } from '../../src/policy/types.js'
import { lit, loc, vm } from './builders.js'

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
