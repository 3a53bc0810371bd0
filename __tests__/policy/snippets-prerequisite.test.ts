/**
 * A fix reminds of the schedule prerequisite (patchMode AutomaticByPlatform, the bypass flag) only a VM whose own
 * settings do not meet it: a VM that sets both was told to set them (found on real repositories: every hotpatch VM with
 * the right settings and no assignment got three lines asking for what it already had).
 */
import { describe, expect, it } from '@jest/globals'
import type { ManifestFormat } from '../../src/model/resources.js'
import { rebootPlanSnippet } from '../../src/policy/snippets/index.js'
import { lit, unset, unknownValue, vm, windowed } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
const FORMATS: ManifestFormat[] = ['arm', 'bicep', 'terraform', 'terraform-plan', 'kubernetes', 'pulumi', 'what-if']
const reminds = (format: ManifestFormat, settings: Parameters<typeof vm>[0]): boolean =>
  rebootPlanSnippet(windowed(vm({ format, identity: { type: 'Microsoft.Compute/virtualMachines', name: 'web-01' }, ...settings })), AS_OF).text.includes(
    '(the schedule prerequisite)'
  )

describe('the schedule prerequisite in a fix', () => {
  it.each(FORMATS)('%s: left out for a VM that sets AutomaticByPlatform and the bypass flag', format => {
    expect(reminds(format, {})).toBe(false)
  })

  it.each(FORMATS)('%s: written for a VM without the bypass flag, with it false, or with another patch mode', format => {
    expect(reminds(format, { bypassPlatformSafetyChecksOnUserSchedule: unset() })).toBe(true)
    expect(reminds(format, { bypassPlatformSafetyChecksOnUserSchedule: lit(false, 30) })).toBe(true)
    expect(reminds(format, { patchMode: lit('AutomaticByOS', 22) })).toBe(true)
  })

  it('written when a setting could not be evaluated: it may not be met', () => {
    expect(reminds('bicep', { bypassPlatformSafetyChecksOnUserSchedule: unknownValue(30, "parameter 'bypass' has no value") })).toBe(true)
  })
})
