/**
 * A dynamic scope that may select the VM (its tags are not known) and whose configuration would be no reboot plan
 * if it did (src/policy/broken-if-applied.ts): the verdict stays as it was (certain stays certain), and its reasons
 * name the scope and why its window does not work, not "no maintenance configuration is assigned". Inputs that
 * several scopes share are said once.
 */
import { describe, expect, it } from '@jest/globals'
import { assessFirst, DIRECT_VALID, HONOURED, HOTPATCH_TRUE, IMAGE_2025, summary } from './assess-helpers.js'
import { assignment, configuration, dynamicScope, lit, model, unknownValue, vm } from './builders.js'

const UNKNOWN_TAGS = vm({ tags: unknownValue(12, "parameter 'tags' has no value") })
const SCOPE_A = dynamicScope({ tags: lit({ PatchGroup: ['A'] }, 66) }, 'ds-a')
const FIFTH_TUESDAY = configuration({ window: { recurEvery: lit('Month Fifth Tuesday', 47) } })
const MAY_BE_FIFTH_TUESDAY =
  "maintenance configuration 'patch-window' may be assigned by dynamic scope (assignment 'ds-a'), but its " +
  'maintenance window is not valid, so Azure rejects it: expected day numbers (day23,day24) or First, Second, ' +
  "Third, Fourth or Last after the month, got 'Fifth', so it is no reboot plan whether it applies or not (tags: " +
  "parameter 'tags' has no value)"

describe('an assignment that may apply, whose window would not work if it did', () => {
  it('is named in the reasons with why its window does not work, and the verdict stays affected-no-plan', () => {
    const assessed = assessFirst(
      model({ virtualMachines: [UNKNOWN_TAGS], maintenanceConfigurations: [FIFTH_TUESDAY], maintenanceAssignments: [SCOPE_A] })
    )
    expect(summary(assessed)).toEqual({
      verdict: 'affected-no-plan',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, MAY_BE_FIFTH_TUESDAY],
      unresolved: []
    })
    // Not evidence: the rules about a window assigned for certain do not report it.
    expect(assessed.evidence).toEqual([])
    expect(assessed.brokenIfApplied?.map(e => [e.status, e.assignment.displayName])).toEqual([['malformed-window', 'ds-a']])
  })

  it('is named alongside a window that works, which still makes the plan', () => {
    const fifth = configuration({ identity: { type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'fifth' }, displayName: 'fifth', window: { recurEvery: lit('Month Fifth Tuesday', 47) } })
    const scope = { ...SCOPE_A, configuration: { target: lit({ type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'fifth' }, 64) } }
    const assessed = assessFirst(
      model({ virtualMachines: [UNKNOWN_TAGS], maintenanceConfigurations: [configuration(), fifth], maintenanceAssignments: [assignment(), scope] })
    )
    expect(summary(assessed)).toEqual({
      verdict: 'affected-with-plan',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, DIRECT_VALID, MAY_BE_FIFTH_TUESDAY.replace("'patch-window'", "'fifth'"), HONOURED],
      unresolved: []
    })
  })
})

describe('unresolved inputs several scopes share', () => {
  it('are said once in the reasons and the unresolved list', () => {
    const scopeB = dynamicScope({ tags: lit({ PatchGroup: ['B'] }, 66) }, 'ds-b')
    const assessed = assessFirst(
      model({ virtualMachines: [UNKNOWN_TAGS], maintenanceConfigurations: [configuration()], maintenanceAssignments: [SCOPE_A, scopeB] })
    )
    const mayBe = (name: string) =>
      `maintenance configuration 'patch-window' may be assigned by dynamic scope (assignment '${name}'), but whether it ` +
      "applies cannot be verified (tags: parameter 'tags' has no value)"
    expect(summary(assessed)).toEqual({
      verdict: 'indeterminate',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, mayBe('ds-a'), mayBe('ds-b'), "tags could not be resolved (infra/main.bicep:12): parameter 'tags' has no value"],
      unresolved: ["tags @12: parameter 'tags' has no value"]
    })
  })
})
