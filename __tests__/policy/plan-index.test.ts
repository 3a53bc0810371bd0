/**
 * The plan index narrows candidates without losing any: every assignment that may reach a VM, and every
 * configuration a reference may name, is among its candidates, in model order.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { sameResource } from '../../src/model/identity.js'
import { match } from '../../src/model/match.js'
import type {
  InfrastructureModel,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  ResourceIdentity,
  VirtualMachine
} from '../../src/model/resources.js'
import { PlanIndex } from '../../src/policy/plan-index.js'

const TYPES = ['Microsoft.Compute/virtualMachines', 'microsoft.compute/VIRTUALMACHINES', 'Microsoft.Compute/virtualMachineScaleSets']
const identity = fc.record({
  type: fc.constantFrom(...TYPES),
  name: fc.option(fc.constantFrom('vm1', 'VM1', 'vm2', 'web'), { nil: undefined }),
  symbol: fc.option(fc.constantFrom('a.bicep#vm', 'b.bicep#vm', 'mod#x'), { nil: undefined }),
  resourceGroup: fc.option(fc.constantFrom('rg', 'RG', 'other'), { nil: undefined })
})
const file = fc.constantFrom('main.bicep', 'infra/main.bicep', 'infra/vm/main.tf', 'infra2/a.json', 'infra/vm/deep/k.yaml', 'x/y.json')
const location = (path: string) => ({ file: path, line: 1, column: 1 })

const vm = fc.record({ identity, file }).map(
  ({ identity, file }) => ({ identity: clean(identity), reportAt: location(file) }) as unknown as VirtualMachine
)
const assignment = fc
  .record({
    kind: fc.constantFrom('target', 'unresolved', 'absent-target', 'filter', 'none'),
    target: identity,
    file,
    deployed: fc.boolean()
  })
  .map(({ kind, target, file, deployed }) => {
    const sourced =
      kind === 'unresolved'
        ? { origin: 'unresolved', location: location(file), reason: 'x' }
        : kind === 'absent-target'
          ? { origin: 'absent', location: location(file) }
          : { value: clean(target), origin: 'literal', location: location(file) }
    return {
      reportAt: location(file),
      deployed: { value: deployed },
      ...(kind !== 'filter' && kind !== 'none' && { target: { target: sourced } }),
      ...(kind === 'filter' && { filter: {} })
    } as unknown as MaintenanceAssignment
  })
const configuration = identity.map(identity => ({ identity: clean(identity) }) as unknown as MaintenanceConfiguration)

function clean(identity: { type: string; name?: string; symbol?: string; resourceGroup?: string }): ResourceIdentity {
  const { symbol, resourceGroup, ...rest } = identity
  return { ...rest, name: identity.name, ...(symbol !== undefined && { symbol }), ...(resourceGroup !== undefined && { resourceGroup }) }
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1)
const near = (a: string, b: string) => folderOf(a).startsWith(folderOf(b)) || folderOf(b).startsWith(folderOf(a))

/** The pairwise rule the index stands in for: an assignment reaches a VM unless it cannot. */
function mayReach(a: MaintenanceAssignment, v: VirtualMachine): boolean {
  if (a.target !== undefined) {
    const target = a.target.target
    if (target.origin === 'unresolved') return near(a.reportAt.file, v.reportAt.file)
    if (target.value === undefined) return false
    const match = sameResource(target.value, v.identity)
    return match === 'yes' || (match === 'unknown' && near(a.reportAt.file, v.reportAt.file))
  }
  return a.filter !== undefined
}

function model(assignments: MaintenanceAssignment[], configurations: MaintenanceConfiguration[]): InfrastructureModel {
  return { virtualMachines: [], maintenanceConfigurations: configurations, maintenanceAssignments: assignments, parseErrors: [], files: [], inlineExemptions: [] }
}

describe('PlanIndex', () => {
  it('offers every assignment that may reach a VM, in model order', () => {
    fc.assert(
      fc.property(fc.array(assignment, { maxLength: 25 }), fc.array(vm, { minLength: 1, maxLength: 8 }), (assignments, vms) => {
        const index = PlanIndex.of(model(assignments, []))
        // One expect per run over every VM's offer: an expect per VM costs a stack trace.
        const wrong = vms.flatMap((v, vm) => {
          const offered = index.assignmentsFor(v)
          const positions = offered.map(a => assignments.indexOf(a))
          const inModelOrder = [...new Set(positions)].sort((x, y) => x - y)
          const missing = assignments.filter(a => mayReach(a, v) && !offered.includes(a))
          return isDeepStrictEqual(positions, inModelOrder) && missing.length === 0 ? [] : [{ vm, positions, inModelOrder, missing }]
        })
        expect(wrong).toEqual([])
      }),
      { numRuns: 400 }
    )
  })

  it('offers every configuration a reference may name, and every unnamed one', () => {
    fc.assert(
      fc.property(fc.array(configuration, { maxLength: 20 }), identity, (configurations, reference) => {
        const target = clean(reference)
        const { matches, unnamed } = PlanIndex.of(model([], configurations)).configurationsFor(target)
        const yes = configurations.filter(c => sameResource(target, c.identity) === 'yes')
        expect(yes.filter(c => !matches.includes(c))).toEqual([])
        expect(matches.find(c => sameResource(target, c.identity) === 'yes')).toBe(yes[0])
        const unknown = configurations.filter(c => sameResource(target, c.identity) === 'unknown')
        if (target.name !== undefined) expect(unknown.filter(c => !unnamed.includes(c))).toEqual([])
      }),
      { numRuns: 400 }
    )
  })

  it('offers, across deployment units, every assignment and configuration that match does not rule out', () => {
    // A relative reference (a bare name, a symbol) is looked up in its own unit (and among those in none): `match` says `no` to the others.
    const unit = fc.option(fc.constantFrom('azure-deployment:a', 'azure-deployment:b'), { nil: undefined })
    const placed = <T extends object>(resource: T, key: string | undefined): T =>
      key === undefined ? resource : { ...resource, unit: { value: { kind: 'template-deployment', key }, origin: 'literal', location: location('x') } }
    const vmIn = fc.tuple(vm, unit).map(([v, key]) => placed(v, key))
    const assignmentIn = fc.tuple(assignment, unit).map(([a, key]) => placed(a, key))
    const configurationIn = fc.tuple(configuration, unit).map(([c, key]) => placed(c, key))
    fc.assert(
      fc.property(fc.array(assignmentIn, { maxLength: 20 }), fc.array(configurationIn, { maxLength: 12 }), fc.array(vmIn, { minLength: 1, maxLength: 6 }), (assignments, configurations, vms) => {
        const index = PlanIndex.of(model(assignments, configurations))
        const missing = vms.flatMap(v => {
          const offered = index.assignmentsFor(v)
          // As `mayReach` above: a `yes` anywhere, an `unknown` in the VM's neighbourhood.
          const reaches = (a: MaintenanceAssignment): boolean => {
            const found = a.target?.target.value === undefined ? 'no' : match(a.target.target.value, a, v)
            return found === 'yes' || (found === 'unknown' && near(a.reportAt.file, v.reportAt.file))
          }
          return assignments.filter(a => reaches(a) && !offered.includes(a))
        })
        const unnamedMissing = assignments.flatMap(a => {
          const reference = a.target?.target.value
          if (reference === undefined) return []
          const { matches, unnamed } = index.configurationsFor(reference, a.unit?.value?.key)
          // ConfigurationCandidates: every `yes` among the matches, and, for a named reference, every `unknown` offered.
          const offered = (c: MaintenanceConfiguration): boolean =>
            match(reference, a, c) === 'yes' ? matches.includes(c) : reference.name === undefined || matches.includes(c) || unnamed.includes(c)
          return configurations.filter(c => match(reference, a, c) !== 'no' && !offered(c))
        })
        expect([missing, unnamedMissing]).toEqual([[], []])
      }),
      { numRuns: 300 }
    )
  })

  it('looks a relative name up in its own unit only, where same-named VMs fill many units', () => {
    const inUnit = (key: string) => ({ value: { kind: 'template-deployment', key }, origin: 'literal', location: location('x') })
    const vms = ['a', 'b', 'c'].map(key => ({ identity: { type: TYPES[0], name: 'vm-web01' }, reportAt: location(`${key}/main.json`), unit: inUnit(key) }) as unknown as VirtualMachine)
    const byName = (key: string, resourceGroup?: string) =>
      ({
        reportAt: location(`${key}/main.json`),
        deployed: { value: true },
        unit: inUnit(key),
        target: { target: { value: { type: TYPES[0], name: 'vm-web01', ...(resourceGroup && { resourceGroup }) }, origin: 'literal', location: location(`${key}/main.json`) } }
      }) as unknown as MaintenanceAssignment
    const assignments = [byName('a'), byName('b'), byName('c'), byName('c', 'rg-web')]
    const index = PlanIndex.of(model(assignments, []))
    // Its own unit's bare name, and the resource ID from any unit.
    expect(index.assignmentsFor(vms[1] as VirtualMachine)).toEqual([assignments[1], assignments[3]])
  })

  it('is rebuilt when the model it was built for has grown', () => {
    const vmAt = { identity: { type: TYPES[0], name: 'vm1' }, reportAt: location('a.json') } as unknown as VirtualMachine
    const direct = {
      reportAt: location('b.json'),
      deployed: { value: true },
      target: { target: { value: { type: TYPES[0], name: 'vm1' }, origin: 'literal', location: location('b.json') } }
    } as unknown as MaintenanceAssignment
    const assignments: MaintenanceAssignment[] = []
    const m = model(assignments, [])
    expect(PlanIndex.of(m).assignmentsFor(vmAt)).toEqual([])
    assignments.push(direct)
    expect(PlanIndex.of(m).assignmentsFor(vmAt)).toEqual([direct])
  })
})
