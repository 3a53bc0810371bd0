/**
 * src/policy/plans.ts under mutation (issue 12, docs/mutation/policy-plans.md): which assignments count as
 * reboot-plan evidence for a VM, and in what words, asserted on `collectPlanEvidence` and `mayReach` with
 * models built here: exact evidence (assignment, via, status, detail), the inputs behind `unverifiable`
 * evidence, and the cases the verdict suites reach only through the fixture and property runs (an
 * assignment that may reach the VM from nearby, from another folder or from another deployment unit).
 */
import { describe, expect, it } from '@jest/globals'
import type {
  InfrastructureModel,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  ResourceIdentity,
  VirtualMachine
} from '../../src/model/resources.js'
import type { Sourced } from '../../src/model/source.js'
import { collectPlanEvidence, mayReach } from '../../src/policy/plans.js'
import {
  assignment,
  configuration,
  dynamicScope,
  lit,
  loc,
  model,
  unknownValue,
  unset,
  vm
} from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
const VM_ID: ResourceIdentity = { type: 'Microsoft.Compute/virtualMachines', name: 'web-01' }

/** The default VM's window, valid as of 2026-11-24. */
const VALID =
  'is an InGuestPatch window that allows reboots (rebootSetting IfRequired); next reboot window 2027-01-13 03:00 UTC, ' +
  '1 day after the January 2027 baseline'
const CONFIGURATION_DIRECT = "maintenance configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window')"
const NOT_DECLARED = "maintenance configuration 'patch-window' is not declared in the scanned files"
const NAME_NOT_EVALUATED = 'its name could not be evaluated, so it cannot be matched to a declared configuration'
const TARGET_NOT_EVALUATED = 'the target resource is named by a value that could not be evaluated'

/** A resource reported in another file (the assignment builders write infra/main.bicep). */
const reportedIn = <T extends MaintenanceAssignment | MaintenanceConfiguration | VirtualMachine>(resource: T, file: string): T => ({
  ...resource,
  reportAt: loc(resource.reportAt.line, file),
  declaredAt: loc(resource.declaredAt.line, file)
})

/** A resource of the deployment unit with this key (a template deployment). */
const inUnit = <T extends MaintenanceAssignment | MaintenanceConfiguration | VirtualMachine>(resource: T, key: string): T => ({
  ...resource,
  unit: lit({ kind: 'template-deployment' as const, key }, 1)
})

/** A dynamic scope whose location filter is a parameter that has no value: it may or may not select the VM. */
const unevaluatedScope = (file: string): MaintenanceAssignment =>
  reportedIn(dynamicScope({ locations: unknownValue(66, "parameter 'regions' has no value", file) }, 'regional-scope'), file)

/** An assignment whose target is a parameter that has no value (it is only known at deployment). */
const unevaluatedTarget = (file: string): MaintenanceAssignment =>
  reportedIn(assignment(unknownValue<ResourceIdentity>(63, "parameter 'vmId' has no value", file)), file)

/** A resource ID whose name could not be evaluated but whose resource group is written. */
const partlyKnownTarget = (file: string): MaintenanceAssignment =>
  reportedIn(
    assignment(known<ResourceIdentity>({ type: 'Microsoft.Compute/virtualMachines', name: undefined, resourceGroup: 'rg-web' }, 63, file)),
    file
  )

function known<T>(value: T, line: number, file: string): Sourced<T> {
  return { value, origin: 'expression', location: loc(line, file) }
}

/** The evidence for the model's first VM, in the words the report shows, and the inputs behind it. */
function collect(scanned: InfrastructureModel) {
  const target = scanned.virtualMachines[0]
  if (target === undefined) throw new Error('the model has no VM')
  const { evidence, unresolved } = collectPlanEvidence(target, scanned, AS_OF)
  return {
    evidence: evidence.map(e => ({ assignment: e.assignment.displayName, via: e.via, status: e.status, detail: e.detail })),
    unresolved: unresolved.map(u => `${u.field} @${u.location.file}:${u.location.line}: ${u.reason}`)
  }
}

const NONE = { evidence: [], unresolved: [] }

describe('an assignment that may reach the VM counts only from its neighbourhood', () => {
  it('a dynamic scope with an unevaluated filter in a folder above the VM makes its plan unverifiable', () => {
    const scanned = model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [unevaluatedScope('scopes.bicep')] })
    expect(collect(scanned)).toEqual({
      evidence: [
        {
          assignment: 'regional-scope',
          via: 'dynamic-scope',
          status: 'unverifiable',
          detail:
            "maintenance configuration 'patch-window' may be assigned by dynamic scope (assignment 'regional-scope'), but " +
            "whether it applies cannot be verified (filter.locations: parameter 'regions' has no value)"
        }
      ],
      unresolved: ["filter.locations @scopes.bicep:66: parameter 'regions' has no value"]
    })
  })

  it('not from a sibling folder whose name starts with the VM folder’s (infra-old beside infra)', () => {
    const scanned = model({
      maintenanceConfigurations: [configuration()],
      maintenanceAssignments: [unevaluatedScope('infra-old/scopes.bicep')]
    })
    expect(collect(scanned)).toEqual(NONE)
  })

  it('an assignment that does select the VM counts from any folder', () => {
    const platform = reportedIn(dynamicScope({}, 'all-windows'), 'platform/scopes.bicep')
    expect(collect(model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [platform] }))).toEqual({
      evidence: [
        {
          assignment: 'all-windows',
          via: 'dynamic-scope',
          status: 'valid',
          detail: `maintenance configuration 'patch-window' is assigned by dynamic scope (assignment 'all-windows') and ${VALID}`
        }
      ],
      unresolved: []
    })
  })
})

describe('an assignment that may reach the VM counts only if it could change the verdict', () => {
  it('not on a VM whose windows are not honoured anyway (patchMode AutomaticByOS)', () => {
    const byOs = vm({ patchMode: lit('AutomaticByOS', 22) })
    const scanned = model({
      virtualMachines: [byOs],
      maintenanceConfigurations: [configuration()],
      maintenanceAssignments: [unevaluatedScope('infra/scopes.bicep')]
    })
    expect(collect(scanned)).toEqual(NONE)
  })

  it('a target not evaluated at all names a VM of its own deployment unit only', () => {
    const scanned = model({
      virtualMachines: [inUnit(vm(), 'bicep:infra/main.bicep')],
      maintenanceConfigurations: [configuration()],
      maintenanceAssignments: [inUnit(unevaluatedTarget('infra/plan.bicep'), 'bicep:infra/plan.bicep')]
    })
    expect(collect(scanned)).toEqual(NONE)
  })

  it('a target not evaluated at all, in the VM’s own unit, makes the plan unverifiable', () => {
    const scanned = model({
      virtualMachines: [inUnit(vm(), 'bicep:infra')],
      maintenanceConfigurations: [configuration()],
      maintenanceAssignments: [inUnit(unevaluatedTarget('infra/plan.bicep'), 'bicep:infra')]
    })
    expect(collect(scanned)).toEqual({
      evidence: [
        {
          assignment: 'web-01-patch-window',
          via: 'direct',
          status: 'unverifiable',
          detail:
            "maintenance configuration 'patch-window' may be assigned directly (assignment 'web-01-patch-window'), but " +
            "whether it applies cannot be verified (maintenanceAssignment.target: parameter 'vmId' has no value)"
        }
      ],
      unresolved: ["maintenanceAssignment.target @infra/plan.bicep:63: parameter 'vmId' has no value"]
    })
  })

  it('a dynamic scope selects across units: one of another unit nearby still makes the plan unverifiable', () => {
    const scanned = model({
      virtualMachines: [inUnit(vm(), 'bicep:infra/main.bicep')],
      maintenanceConfigurations: [configuration()],
      maintenanceAssignments: [inUnit(unevaluatedScope('infra/scopes.bicep'), 'bicep:infra/scopes.bicep')]
    })
    expect(collect(scanned).evidence.map(e => [e.assignment, e.via, e.status])).toEqual([
      ['regional-scope', 'dynamic-scope', 'unverifiable']
    ])
  })

  it('a resource ID of another unit whose name was not evaluated may be the VM: unverifiable, directly', () => {
    const scanned = model({
      virtualMachines: [inUnit(vm(), 'bicep:infra/main.bicep')],
      maintenanceConfigurations: [configuration()],
      maintenanceAssignments: [inUnit(partlyKnownTarget('infra/plan.bicep'), 'bicep:infra/plan.bicep')]
    })
    expect(collect(scanned)).toEqual({
      evidence: [
        {
          assignment: 'web-01-patch-window',
          via: 'direct',
          status: 'unverifiable',
          detail:
            "maintenance configuration 'patch-window' may be assigned directly (assignment 'web-01-patch-window'), but " +
            `whether it applies cannot be verified (maintenanceAssignment.target: ${TARGET_NOT_EVALUATED})`
        }
      ],
      unresolved: [`maintenanceAssignment.target @infra/plan.bicep:63: ${TARGET_NOT_EVALUATED}`]
    })
  })
})

describe('the configuration of an assignment that may reach the VM', () => {
  const nearby = unevaluatedScope('infra/scopes.bicep')

  it('not declared: the assignment is kept, unverifiable, in its own name', () => {
    const scanned = model({ maintenanceAssignments: [unevaluatedTarget('infra/plan.bicep')] })
    expect(collect(scanned)).toEqual({
      evidence: [
        {
          assignment: 'web-01-patch-window',
          via: 'direct',
          status: 'unverifiable',
          detail:
            "assignment 'web-01-patch-window' targets it directly, but whether it applies cannot be verified " +
            "(maintenanceAssignment.target: parameter 'vmId' has no value)"
        }
      ],
      unresolved: ["maintenanceAssignment.target @infra/plan.bicep:63: parameter 'vmId' has no value"]
    })
  })

  it('itself unverifiable (its rebootSetting is a parameter): kept, it could be a reboot plan', () => {
    const window = configuration({ rebootSetting: unknownValue(48, "parameter 'reboot' has no value") })
    const scanned = model({ maintenanceConfigurations: [window], maintenanceAssignments: [nearby] })
    expect(collect(scanned)).toEqual({
      evidence: [
        {
          assignment: 'regional-scope',
          via: 'dynamic-scope',
          status: 'unverifiable',
          detail:
            "maintenance configuration 'patch-window' may be assigned by dynamic scope (assignment 'regional-scope'), but " +
            "whether it applies cannot be verified (filter.locations: parameter 'regions' has no value)"
        }
      ],
      unresolved: ["filter.locations @infra/scopes.bicep:66: parameter 'regions' has no value"]
    })
  })

  it('expired: dropped, it could not be a reboot plan even if it applied', () => {
    const expired = configuration({ window: { expirationDateTime: lit('2026-01-01 00:00', 45) } })
    expect(collect(model({ maintenanceConfigurations: [expired], maintenanceAssignments: [nearby] }))).toEqual(NONE)
  })
})

describe('an assignment that reaches the VM, and its configuration', () => {
  it('not declared: unverifiable, naming the configuration that is missing', () => {
    expect(collect(model({ maintenanceAssignments: [assignment()] }))).toEqual({
      evidence: [
        {
          assignment: 'web-01-patch-window',
          via: 'direct',
          status: 'unverifiable',
          detail: `assignment 'web-01-patch-window' targets it directly, but its maintenance configuration cannot be verified (${NOT_DECLARED})`
        }
      ],
      unresolved: [`maintenanceAssignment.configuration @infra/main.bicep:64: ${NOT_DECLARED}`]
    })
  })

  it('not declared, by dynamic scope', () => {
    const scope = dynamicScope({}, 'all-windows')
    expect(collect(model({ maintenanceAssignments: [scope] })).evidence).toEqual([
      {
        assignment: 'all-windows',
        via: 'dynamic-scope',
        status: 'unverifiable',
        detail: `assignment 'all-windows' selects it by dynamic scope, but its maintenance configuration cannot be verified (${NOT_DECLARED})`
      }
    ])
  })

  it('declared, but its condition removes it (an if, a condition, count = 0): unverifiable, saying where', () => {
    const removed = configuration({ deployed: lit(false, 39) })
    expect(collect(model({ maintenanceConfigurations: [removed], maintenanceAssignments: [assignment()] })).unresolved).toEqual([
      "maintenanceAssignment.configuration @infra/main.bicep:64: maintenance configuration 'patch-window' is not deployed (condition at infra/main.bicep:39)"
    ])
  })

  it('only observed (Crossplane managementPolicies: [Observe]): it exists in Azure with settings not its manifest\'s', () => {
    const observed = configuration({ deployed: lit(false, 39), observedOnly: loc(39) })
    const scanned = model({ maintenanceConfigurations: [observed], maintenanceAssignments: [assignment()] })
    // The inputs as the policy keeps them: the indeterminate rule words a plan left unknown by them alone.
    expect(collectPlanEvidence(scanned.virtualMachines[0] as VirtualMachine, scanned, AS_OF).unresolved).toEqual([
      {
        field: 'maintenanceAssignment.configuration',
        reason:
          "maintenance configuration 'patch-window' is only observed (managementPolicies at infra/main.bicep:39): it exists in " +
          'Azure, managed elsewhere, and its settings there are not the ones the manifest writes',
        location: loc(64),
        observed: true
      }
    ])
  })

  it('an assignment only observed (managementPolicies: [Observe]): it may assign the VM, which cannot be verified', () => {
    const observed = assignment(undefined, { deployed: lit(false, 66), observedOnly: loc(66) })
    const scanned = model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [observed] })
    const collected = collectPlanEvidence(scanned.virtualMachines[0] as VirtualMachine, scanned, AS_OF)
    expect(collected.evidence.map(e => e.status)).toEqual(['unverifiable'])
    expect(collected.unresolved).toEqual([
      {
        field: 'maintenanceAssignment',
        reason:
          "maintenance assignment 'web-01-patch-window' is only observed (managementPolicies at infra/main.bicep:66): it exists in " +
          'Azure, managed elsewhere, and what it assigns there is not what the manifest writes',
        location: observed.reportAt,
        observed: true
      }
    ])
    // One whose manifest names another VM is not this VM's.
    const elsewhere = assignment(lit({ type: 'Microsoft.Compute/virtualMachines', name: 'other', resourceGroup: 'rg' }, 64), { observedOnly: loc(66) })
    expect(collect(model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [elsewhere] })).unresolved).toEqual([])
  })

  it('an assignment paused (crossplane.io/paused: "true"), observed or not: it may assign the VM, which cannot be verified', () => {
    const paused = assignment(undefined, { deployed: lit(false, 67), paused: loc(67), observedOnly: loc(66) })
    const scanned = model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [paused] })
    const collected = collectPlanEvidence(scanned.virtualMachines[0] as VirtualMachine, scanned, AS_OF)
    expect(collected.evidence.map(e => e.status)).toEqual(['unverifiable'])
    // The pause comes first: its provider looks at nothing else of the object.
    expect(collected.unresolved).toEqual([
      {
        field: 'maintenanceAssignment',
        reason:
          "maintenance assignment 'web-01-patch-window' is paused (crossplane.io/paused at infra/main.bicep:67): its provider " +
          'does not reconcile it, so the manifest neither creates it nor changes one that exists in Azure',
        location: paused.reportAt,
        paused: 'crossplane.io/paused'
      }
    ])
  })

  it('declared under a condition that could not be evaluated: unverifiable, with the reason', () => {
    const conditional = configuration({ deployed: unknownValue(39, "parameter 'withWindow' has no value") })
    expect(collect(model({ maintenanceConfigurations: [conditional], maintenanceAssignments: [assignment()] })).unresolved).toEqual([
      'maintenanceAssignment.configuration @infra/main.bicep:64: whether maintenance configuration ' +
        "'patch-window' is deployed could not be evaluated (condition at infra/main.bicep:39: parameter 'withWindow' has no value)"
    ])
  })

  it('referenced by an ID whose name was not evaluated: it cannot be matched', () => {
    const reference = { target: lit<ResourceIdentity>({ type: 'Microsoft.Maintenance/maintenanceConfigurations', name: undefined }, 64) }
    const scanned = model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [assignment(undefined, { configuration: reference })] })
    expect(collect(scanned).unresolved).toEqual([`maintenanceAssignment.configuration @infra/main.bicep:64: ${NAME_NOT_EVALUATED}`])
  })

  it('named, beside a configuration whose own name was not evaluated (it may be that one)', () => {
    const unnamed = configuration({ identity: { type: 'Microsoft.Maintenance/maintenanceConfigurations', name: undefined }, displayName: '?' })
    const scanned = model({ maintenanceConfigurations: [unnamed], maintenanceAssignments: [assignment()] })
    expect(collect(scanned).unresolved).toEqual([`maintenanceAssignment.configuration @infra/main.bicep:64: ${NAME_NOT_EVALUATED}`])
  })

  it('named, beside a configuration of another unit whose name was not evaluated (it cannot be that one)', () => {
    const unnamed = inUnit(configuration({ identity: { type: 'Microsoft.Maintenance/maintenanceConfigurations', name: undefined }, displayName: '?' }), 'bicep:other')
    const scanned = model({ maintenanceConfigurations: [unnamed], maintenanceAssignments: [inUnit(assignment(), 'bicep:infra')] })
    expect(collect(scanned).unresolved).toEqual([`maintenanceAssignment.configuration @infra/main.bicep:64: ${NOT_DECLARED}`])
  })

  it('two configurations of that name: the one of the assignment’s own unit, not the first', () => {
    const otherTeams = inUnit(configuration({ rebootSetting: lit('Never', 48) }), 'bicep:other')
    const own = inUnit(configuration(), 'bicep:infra')
    const scanned = model({
      virtualMachines: [inUnit(vm(), 'bicep:infra')],
      maintenanceConfigurations: [otherTeams, own],
      maintenanceAssignments: [inUnit(assignment(), 'bicep:infra')]
    })
    expect(collect(scanned)).toEqual({
      evidence: [{ assignment: 'web-01-patch-window', via: 'direct', status: 'valid', detail: `${CONFIGURATION_DIRECT} and ${VALID}` }],
      unresolved: []
    })
  })
})

describe('an assignment that names the VM but whose own condition could not be evaluated', () => {
  const conditional = assignment(undefined, { deployed: unknownValue(61, "parameter 'withPlan' has no value") })
  const WHETHER =
    "whether assignment 'web-01-patch-window' is deployed could not be evaluated (condition at infra/main.bicep:61: " +
    "parameter 'withPlan' has no value)"
  const MAY = "maintenance configuration 'patch-window' may be assigned directly (assignment 'web-01-patch-window')"

  it('a window that works: unverifiable, naming the condition and where it is (known true, the plan; known false, none)', () => {
    const deployed = assignment(undefined, { deployed: lit(true, 61) })
    expect(collect(model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [deployed] })).evidence.map(e => e.status)).toEqual(['valid'])
    const removed = assignment(undefined, { deployed: lit(false, 61) })
    expect(collect(model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [removed] }))).toEqual(NONE)
    expect(collect(model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [conditional] }))).toEqual({
      evidence: [{ assignment: 'web-01-patch-window', via: 'direct', status: 'unverifiable', detail: `${MAY}, but ${WHETHER}` }],
      unresolved: [`maintenanceAssignment.deployed @infra/main.bicep:61: ${WHETHER}`]
    })
  })

  it('a configuration that cannot be verified either: both unknowns', () => {
    const window = configuration({ rebootSetting: unknownValue(48, "parameter 'reboot' has no value") })
    expect(collect(model({ maintenanceConfigurations: [window], maintenanceAssignments: [conditional] }))).toEqual({
      evidence: [
        {
          assignment: 'web-01-patch-window',
          via: 'direct',
          status: 'unverifiable',
          detail: `${MAY}, but ${WHETHER}, and it cannot be verified (maintenanceConfiguration.rebootSetting: parameter 'reboot' has no value)`
        }
      ],
      unresolved: [
        `maintenanceAssignment.deployed @infra/main.bicep:61: ${WHETHER}`,
        "maintenanceConfiguration.rebootSetting @infra/main.bicep:48: parameter 'reboot' has no value"
      ]
    })
    expect(collect(model({ maintenanceAssignments: [conditional] }))).toEqual({
      evidence: [
        {
          assignment: 'web-01-patch-window',
          via: 'direct',
          status: 'unverifiable',
          detail:
            `assignment 'web-01-patch-window' targets it directly, but ${WHETHER}, and its maintenance configuration cannot be ` +
            `verified (${NOT_DECLARED})`
        }
      ],
      unresolved: [`maintenanceAssignment.deployed @infra/main.bicep:61: ${WHETHER}`, `maintenanceAssignment.configuration @infra/main.bicep:64: ${NOT_DECLARED}`]
    })
  })

  it('a window that blocks reboots keeps its status: the VM fails whether it is deployed or not', () => {
    const never = configuration({ rebootSetting: lit('Never', 48) })
    expect(collect(model({ maintenanceConfigurations: [never], maintenanceAssignments: [conditional] }))).toEqual({
      evidence: [
        {
          assignment: 'web-01-patch-window',
          via: 'direct',
          status: 'reboot-blocked',
          detail: `${MAY}, but its rebootSetting is Never (infra/main.bicep:48); ${WHETHER}`
        }
      ],
      unresolved: []
    })
  })

  it('a window the VM would not honour (patchMode AutomaticByOS) stays valid: the VM fails either way', () => {
    const byOs = vm({ patchMode: lit('AutomaticByOS', 22) })
    const scanned = model({ virtualMachines: [byOs], maintenanceConfigurations: [configuration()], maintenanceAssignments: [conditional] })
    const collected = collectPlanEvidence(byOs, scanned, AS_OF)
    expect(collect(scanned)).toEqual({
      evidence: [{ assignment: 'web-01-patch-window', via: 'direct', status: 'valid', detail: `${MAY} and ${VALID}; ${WHETHER}` }],
      unresolved: []
    })
    expect(collected.evidence[0]?.timing?.next).toBe('2026-12-09 03:00 UTC')
  })

  it('one whose target may be the VM: both unknowns', () => {
    const both = { ...unevaluatedTarget('infra/main.bicep'), deployed: unknownValue<boolean>(61, "parameter 'withPlan' has no value") }
    expect(collect(model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [both] }))).toEqual({
      evidence: [
        {
          assignment: 'web-01-patch-window',
          via: 'direct',
          status: 'unverifiable',
          detail: `${MAY}, but whether it applies cannot be verified (maintenanceAssignment.target: parameter 'vmId' has no value; maintenanceAssignment.deployed: ${WHETHER})`
        }
      ],
      unresolved: [
        "maintenanceAssignment.target @infra/main.bicep:63: parameter 'vmId' has no value",
        `maintenanceAssignment.deployed @infra/main.bicep:61: ${WHETHER}`
      ]
    })
  })
})

describe('the shape of plan evidence', () => {
  // The evidence is built field by field in one key order (plans.ts): a window without timing has no
  // `timing` key at all, not one set to undefined.
  it('a window that is not a reboot plan (expired) has no timing', () => {
    const expired = configuration({ window: { expirationDateTime: lit('2026-01-01 00:00', 45) } })
    const [evidence] = collectPlanEvidence(vm(), model({ maintenanceConfigurations: [expired], maintenanceAssignments: [assignment()] }), AS_OF).evidence
    expect(evidence === undefined ? [] : Object.keys(evidence)).toEqual(['assignment', 'configuration', 'via', 'status', 'detail'])
    expect(evidence?.status).toBe('expired')
  })

  it('a valid window carries its timing, last', () => {
    const [evidence] = collectPlanEvidence(vm(), model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [assignment()] }), AS_OF).evidence
    expect(evidence === undefined ? [] : Object.keys(evidence)).toEqual(['assignment', 'configuration', 'via', 'status', 'detail', 'timing'])
  })
})

describe('mayReach', () => {
  const web = vm()

  it('an assignment with neither a target nor a filter reaches nothing', () => {
    const { target: _target, ...bare } = assignment()
    expect(mayReach(bare, web)).toBe(false)
  })

  it('an assignment whose target is not written reaches nothing', () => {
    expect(mayReach(assignment(unset<ResourceIdentity>(63)), web)).toBe(false)
  })

  it('an assignment that names the VM by resource ID reaches it from any folder', () => {
    const byId = reportedIn(assignment(lit({ ...VM_ID, resourceGroup: 'rg-web' }, 63)), 'platform/plans.bicep')
    expect(mayReach(byId, vm({ identity: { ...VM_ID, resourceGroup: 'rg-web' } }))).toBe(true)
  })

  it('an assignment that may name the VM reaches it only from its neighbourhood', () => {
    expect(mayReach(unevaluatedTarget('infra/plan.bicep'), web)).toBe(true)
    expect(mayReach(unevaluatedTarget('infra-old/plan.bicep'), web)).toBe(false)
  })

  it('a dynamic scope that selects the VM reaches it; one whose filter rules it out does not', () => {
    expect(mayReach(dynamicScope({}), web)).toBe(true)
    expect(mayReach(dynamicScope({ osTypes: lit(['Linux'], 66) }), web)).toBe(false)
  })

  /** Whether the policy counts the assignment as evidence of the VM (its configuration valid): what mayReach must agree with. */
  const counted = (reaching: MaintenanceAssignment, machine: VirtualMachine): boolean =>
    collectPlanEvidence(machine, model({ virtualMachines: [machine], maintenanceConfigurations: [configuration()], maintenanceAssignments: [reaching] }), AS_OF)
      .evidence.length > 0

  it('reaches from another folder wherever the evidence counts it: a far dynamic scope whose known tags select the VM', () => {
    const tagged = vm({ tags: lit({ environment: 'poc' }, 12) })
    const farScope = (tags: Readonly<Record<string, readonly string[]>>): MaintenanceAssignment =>
      reportedIn(
        dynamicScope({ tags: lit(tags, 67, 'platform/scope.bicep'), locations: unknownValue(66, 'deployment().location is only known at deployment', 'platform/scope.bicep') }),
        'platform/scope.bicep'
      )
    const selecting = farScope({ environment: ['poc'] })
    expect([counted(selecting, tagged), mayReach(selecting, tagged)]).toEqual([true, true])
    // Known tags that rule it out, and a far scope with nothing known but its location (any team's): neither.
    const other = farScope({ environment: ['prod'] })
    expect([counted(other, tagged), mayReach(other, tagged)]).toEqual([false, false])
    expect([counted(unevaluatedScope('platform/scope.bicep'), tagged), mayReach(unevaluatedScope('platform/scope.bicep'), tagged)]).toEqual([false, false])
  })

  it('reaches from another folder wherever the evidence counts it: a resource ID that names the VM but for a subscription not evaluated', () => {
    const inUnevaluatedSubscription = vm({
      identity: { ...VM_ID, resourceGroup: 'rg-web' },
      scope: { subscription: unknownValue(5, "parameter 'workloadSubscriptionId' has no value"), resourceGroup: lit('rg-web', 5) }
    })
    const byId = reportedIn(assignment(lit({ ...VM_ID, resourceGroup: 'rg-web', subscription: '11111111-2222-3333-4444-555555555555' }, 63)), 'platform/plans.json')
    expect([counted(byId, inUnevaluatedSubscription), mayReach(byId, inUnevaluatedSubscription)]).toEqual([true, true])
  })

  it('a target not evaluated at all, near the VM but of another deployment unit, reaches it neither as evidence nor for the report', () => {
    const otherUnit = inUnit(unevaluatedTarget('infra/plan.bicep'), 'azure-deployment:plans')
    const machine = inUnit(web, 'azure-deployment:infra')
    expect([counted(otherUnit, machine), mayReach(otherUnit, machine)]).toEqual([false, false])
  })
})
