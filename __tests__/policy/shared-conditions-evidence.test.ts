/**
 * A maintenance assignment (or configuration) whose condition could not be evaluated is deployed whenever the VM is
 * when the VM's own condition is that same one (model/deployment-condition.ts: the same condition key, e.g. both
 * `if (deployVm)` in one template instance): its window is then verified as any other. Any other unevaluated
 * condition keeps it unverifiable (src/policy/assignment-deployed.ts, plan-configuration.ts). Asserted on
 * `collectPlanEvidence` with models built here; the scans of every format are in shared-conditions.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { deployedWhenever } from '../../src/model/deployment-condition.js'
import type { InfrastructureModel, MaintenanceAssignment, MaintenanceConfiguration, VirtualMachine } from '../../src/model/resources.js'
import { collectPlanEvidence } from '../../src/policy/plans.js'
import { assignment, configuration, lit, model, unknownValue, vm } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
const DEPLOY_VM = 'bicep:main.bicep|if|deployVm'
const DEPLOY_PLAN = 'bicep:main.bicep|if|deployPlan'
const VALID =
  "maintenance configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window') and is an InGuestPatch " +
  'window that allows reboots (rebootSetting IfRequired); next reboot window 2027-01-13 03:00 UTC, 1 day after the January 2027 baseline'
const MAY = "maintenance configuration 'patch-window' may be assigned directly (assignment 'web-01-patch-window')"
const WHETHER =
  "whether assignment 'web-01-patch-window' is deployed could not be evaluated (condition at infra/main.bicep:61: " +
  "parameter 'deployVm' has no value)"

/** A resource whose condition could not be evaluated, with the keys of the conditions it depends on. */
function underCondition<T extends VirtualMachine | MaintenanceAssignment | MaintenanceConfiguration>(resource: T, line: number, keys?: readonly string[]): T {
  const deployed = unknownValue<boolean>(line, "parameter 'deployVm' has no value")
  return keys === undefined ? { ...resource, deployed } : { ...resource, deployed, conditionKeys: keys }
}

function collect(scanned: InfrastructureModel) {
  const target = scanned.virtualMachines[0] as VirtualMachine
  const { evidence, unresolved } = collectPlanEvidence(target, scanned, AS_OF)
  return {
    evidence: evidence.map(e => ({ assignment: e.assignment.displayName, status: e.status, detail: e.detail })),
    unresolved: unresolved.map(u => `${u.field} @${u.location.file}:${u.location.line}: ${u.reason}`)
  }
}

const PLAN = { evidence: [{ assignment: 'web-01-patch-window', status: 'valid', detail: VALID }], unresolved: [] }
const UNVERIFIABLE = {
  evidence: [{ assignment: 'web-01-patch-window', status: 'unverifiable', detail: `${MAY}, but ${WHETHER}` }],
  unresolved: [`maintenanceAssignment.deployed @infra/main.bicep:61: ${WHETHER}`]
}

describe('an assignment whose condition could not be evaluated, for a VM whose condition could not either', () => {
  it('under the VM’s own condition (one key): deployed whenever the VM is, so it is the VM’s plan', () => {
    const scanned = model({
      virtualMachines: [underCondition(vm(), 10, [DEPLOY_VM])],
      maintenanceConfigurations: [configuration()],
      maintenanceAssignments: [underCondition(assignment(), 61, [DEPLOY_VM])]
    })
    expect(collect(scanned)).toEqual(PLAN)
  })

  it('under conditions the VM’s include (an enclosing module’s and its own): the VM’s plan', () => {
    const keys = ['bicep:main.bicep|if|deployStack', DEPLOY_VM]
    const scanned = model({
      virtualMachines: [underCondition(vm(), 10, keys)],
      maintenanceConfigurations: [configuration()],
      maintenanceAssignments: [underCondition(assignment(), 61, [DEPLOY_VM])]
    })
    expect(collect(scanned)).toEqual(PLAN)
  })

  it('under another condition, or one more than the VM’s: unverifiable, as before', () => {
    const other = model({
      virtualMachines: [underCondition(vm(), 10, [DEPLOY_VM])],
      maintenanceConfigurations: [configuration()],
      maintenanceAssignments: [underCondition(assignment(), 61, [DEPLOY_PLAN])]
    })
    expect(collect(other)).toEqual(UNVERIFIABLE)
    const more = model({
      virtualMachines: [underCondition(vm(), 10, [DEPLOY_VM])],
      maintenanceConfigurations: [configuration()],
      maintenanceAssignments: [underCondition(assignment(), 61, [DEPLOY_VM, DEPLOY_PLAN])]
    })
    expect(collect(more)).toEqual(UNVERIFIABLE)
  })

  it('without keys on either (a condition a reader could not key), or for a VM deployed for certain: unverifiable', () => {
    for (const [vmKeys, assignmentKeys] of [[undefined, [DEPLOY_VM]], [[DEPLOY_VM], undefined], [[DEPLOY_VM], []]] as const) {
      const scanned = model({
        virtualMachines: [underCondition(vm(), 10, vmKeys)],
        maintenanceConfigurations: [configuration()],
        maintenanceAssignments: [underCondition(assignment(), 61, assignmentKeys)]
      })
      expect(collect(scanned)).toEqual(UNVERIFIABLE)
    }
    const certain = model({
      virtualMachines: [{ ...vm(), conditionKeys: [DEPLOY_VM] }],
      maintenanceConfigurations: [configuration()],
      maintenanceAssignments: [underCondition(assignment(), 61, [DEPLOY_VM])]
    })
    expect(collect(certain)).toEqual(UNVERIFIABLE)
  })
})

describe('a configuration whose condition could not be evaluated', () => {
  const unverified =
    "assignment 'web-01-patch-window' targets it directly, but its maintenance configuration cannot be verified (whether " +
    "maintenance configuration 'patch-window' is deployed could not be evaluated (condition at infra/main.bicep:40: parameter " +
    "'deployVm' has no value))"

  it('under the VM’s own condition, with the assignment: the VM’s plan (a module called with one `if` holding all three)', () => {
    const scanned = model({
      virtualMachines: [underCondition(vm(), 10, [DEPLOY_VM])],
      maintenanceConfigurations: [underCondition(configuration(), 40, [DEPLOY_VM])],
      maintenanceAssignments: [underCondition(assignment(), 61, [DEPLOY_VM])]
    })
    expect(collect(scanned)).toEqual(PLAN)
  })

  it('under another condition: cannot be verified, as before', () => {
    const scanned = model({
      virtualMachines: [underCondition(vm(), 10, [DEPLOY_VM])],
      maintenanceConfigurations: [underCondition(configuration(), 40, [DEPLOY_PLAN])],
      maintenanceAssignments: [assignment()]
    })
    expect(collect(scanned)).toEqual({
      evidence: [{ assignment: 'web-01-patch-window', status: 'unverifiable', detail: unverified }],
      unresolved: [
        "maintenanceAssignment.configuration @infra/main.bicep:64: whether maintenance configuration 'patch-window' is deployed " +
          "could not be evaluated (condition at infra/main.bicep:40: parameter 'deployVm' has no value)"
      ]
    })
  })

  it('of two declarations of its name, the one under the VM’s condition (the other may be deployed instead: its own)', () => {
    const scanned = model({
      virtualMachines: [underCondition(vm(), 10, [DEPLOY_VM])],
      maintenanceConfigurations: [
        underCondition(configuration({ rebootSetting: lit('Never', 48) }), 40, [DEPLOY_PLAN]),
        underCondition(configuration(), 40, [DEPLOY_VM])
      ],
      maintenanceAssignments: [underCondition(assignment(), 61, [DEPLOY_VM])]
    })
    expect(collect(scanned)).toEqual(PLAN)
  })
})

describe('deployedWhenever (model/deployment-condition.ts)', () => {
  const resource = (keys?: readonly string[], deployed = unknownValue<boolean>(5, 'x')) =>
    keys === undefined ? { deployed } : { deployed, conditionKeys: keys }

  it('holds when every key of the resource is one of the anchor’s, and both are unresolved', () => {
    expect(deployedWhenever(resource(['a']), resource(['a']))).toBe(true)
    expect(deployedWhenever(resource(['a', 'b']), resource(['b', 'c', 'a']))).toBe(true)
    expect(deployedWhenever(resource(['a', 'b']), resource(['a']))).toBe(false)
    expect(deployedWhenever(resource(['a']), resource(['b']))).toBe(false)
    expect(deployedWhenever(resource([]), resource(['a']))).toBe(false)
    expect(deployedWhenever(resource(), resource(['a']))).toBe(false)
    expect(deployedWhenever(resource(['a']), resource())).toBe(false)
    expect(deployedWhenever(resource(['a'], lit(true, 5)), resource(['a']))).toBe(false)
    expect(deployedWhenever(resource(['a']), resource(['a'], lit(true, 5)))).toBe(false)
  })
})
