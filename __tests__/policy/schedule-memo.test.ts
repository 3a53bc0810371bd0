/**
 * What src/policy/schedule.ts keeps of its answers: the one of the VM being assessed, asked several times
 * while the policy assesses it, and no other. A table of every VM's answer lived until the last VM was
 * settled, at the scan's peak of memory (issue 18).
 */
import { describe, expect, it } from '@jest/globals'
import { checkCustomerManagedSchedule, releaseScheduleChecks } from '../../src/policy/schedule.js'
import { unset, vm } from './builders.js'

describe('checkCustomerManagedSchedule remembers one VM', () => {
  const bare = (): ReturnType<typeof vm> => vm({ patchMode: unset(10), bypassPlatformSafetyChecksOnUserSchedule: unset(10) })

  it('answers a VM asked again at once with the same answer', () => {
    const one = bare()
    expect(checkCustomerManagedSchedule(one)).toBe(checkCustomerManagedSchedule(one))
  })

  it('keeps no answer of a VM once another is asked about: asked again, it is made anew, equal', () => {
    const [one, two] = [bare(), bare()]
    const first = checkCustomerManagedSchedule(one)
    checkCustomerManagedSchedule(two)
    const again = checkCustomerManagedSchedule(one)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })

  it('keeps none once released', () => {
    const one = bare()
    const first = checkCustomerManagedSchedule(one)
    releaseScheduleChecks()
    const again = checkCustomerManagedSchedule(one)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })
})
