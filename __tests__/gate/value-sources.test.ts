/**
 * Unit tests for src/report/value-sources.ts: which files outside a VM's manifest its report entry and
 * findings name as related locations (value, plan-condition, plan-value), on hand-made models.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, MaintenanceConfiguration, VirtualMachine } from '../../src/model/resources.js'
import { known, type Sourced } from '../../src/model/source.js'
import { uniqueNew, valueSources } from '../../src/report/value-sources.js'
import { listPlans } from '../../src/report/evidence.js'
import { planFilesOf } from '../../src/gate/scope.js'
import { at, makeAssignment, makeConfiguration, makeEvidence, makeVm } from '../report/builders.js'

const unit = (key: string, file: string): NonNullable<VirtualMachine['unit']> =>
  known({ kind: 'terraform-root', key }, at(file, 1))

/** A value set through a variables file: written at `file:line`, via each of `via`. */
const through = <T>(value: T, file: string, line: number, ...via: [string, number][]): Sourced<T> => ({
  value,
  origin: 'parameter-file',
  location: at(file, line),
  via: via.map(([f, l]) => at(f, l))
})

const vmIn = (key: string, changes: Partial<VirtualMachine> = {}): VirtualMachine => ({
  ...makeVm({ name: 'vm-app-01', file: 'app/main.tf', line: 2, format: 'terraform' }),
  unit: unit(key, 'app/main.tf'),
  ...changes
})

/** A plan that `count = var.enable_window ? 1 : 0` removed, the value set in app/terraform.tfvars:3. */
const droppedAssignment = (key: string, changes: Partial<MaintenanceAssignment> = {}): MaintenanceAssignment => ({
  ...makeAssignment('azurerm_maintenance_assignment_virtual_machine.app', 'app/maintenance.tf', 27, 'mc-app'),
  unit: unit(key, 'app/main.tf'),
  deployed: { value: false, origin: 'expression', location: at('app/maintenance.tf', 28), via: [at('app/terraform.tfvars', 3)] },
  ...changes
})

const model = (
  configurations: readonly MaintenanceConfiguration[],
  assignments: readonly MaintenanceAssignment[]
) => ({ maintenanceConfigurations: configurations, maintenanceAssignments: assignments })

describe('valueSources', () => {
  it('relates every VM of the unit to the line that removed a plan of it', () => {
    const vm = vmIn('terraform:app')
    const sources = valueSources([{ vm, evidence: [] }], model([], [droppedAssignment('terraform:app')]))
    expect(sources.get(vm)).toEqual([{ file: 'app/terraform.tfvars', startLine: 3, role: 'plan-condition' }])
  })

  it('does not relate a VM of another unit to it (its targets name VMs of its own unit)', () => {
    const vm = vmIn('terraform:other')
    const sources = valueSources([{ vm, evidence: [] }], model([], [droppedAssignment('terraform:app')]))
    // None: the VM is left out of the map.
    expect(sources.has(vm)).toBe(false)
  })

  it('relates a VM to an assignment of another unit that the policy would match: a resource ID; not a target not evaluated at all (it names a VM of its own unit only), nor a dynamic scope that cannot select it', () => {
    const vm = vmIn('terraform:other')
    const byId = droppedAssignment('terraform:app', {
      target: { target: known({ type: 'Microsoft.Compute/virtualMachines', name: 'vm-app-01', resourceGroup: 'rg-app' }, at('app/maintenance.tf', 31)) }
    })
    const unresolvedTarget = droppedAssignment('terraform:lab', {
      deployed: { value: false, origin: 'parameter-file', location: at('lab/main.tf', 9), via: [at('lab/lab.auto.tfvars', 1)] },
      target: { target: { value: undefined, origin: 'unresolved', location: at('lab/main.tf', 12), reason: 'count is 0' } }
    })
    const named = droppedAssignment('terraform:ops', {
      deployed: { value: false, origin: 'parameter-file', location: at('ops/main.tf', 9), via: [at('ops/terraform.tfvars', 1)] },
      target: { target: known({ type: 'Microsoft.Compute/virtualMachines', name: 'vm-ops', symbol: 'ops#vm' }, at('ops/main.tf', 12)) }
    })
    const where = at('fleet/main.bicep', 30)
    const dynamicScope = {
      ...makeAssignment('fleet-window', 'fleet/main.bicep', 30, 'mc-fleet'),
      unit: unit('azure-deployment:fleet', 'fleet/main.bicep'),
      filter: {
        resourceTypes: known(['Microsoft.Compute/virtualMachines'], where),
        resourceGroups: known([], where),
        locations: known([], where),
        osTypes: known(['Windows'], where),
        tags: through({ patch: ['monthly'] }, 'fleet/main.bicep', 33, ['fleet/prod.bicepparam', 5]),
        tagOperator: known('Any', where)
      }
    }
    const sources = valueSources([{ vm, evidence: [] }], model([], [byId, unresolvedTarget, named, dynamicScope]))
    // The unresolved target is reported beside the VM (app/maintenance.tf) but is of unit terraform:lab: the policy
    // never counts it for a VM of terraform:other (src/policy/reach-applies.ts), so its files are not related either.
    expect(sources.get(vm)).toEqual([{ file: 'app/terraform.tfvars', startLine: 3, role: 'plan-condition' }])
    // The dynamic scope's tags come from fleet/prod.bicepparam: a change there may select any VM, so the
    // gate re-checks every VM when it changes (a plan's value file), without relating it to each one.
    const plans = listPlans(model([], [dynamicScope]))
    expect(plans.map(plan => plan.valueFiles)).toEqual([['fleet/prod.bicepparam']])
    expect([...planFilesOf({ plans, resources: [], findings: [] })].sort()).toEqual(['fleet/main.bicep', 'fleet/prod.bicepparam'])
  })

  it("relates a VM to the values of a configuration in another unit that its evidence names", () => {
    const configuration: MaintenanceConfiguration = {
      ...makeConfiguration('mc-shared', 'shared/main.tf', 4),
      unit: unit('terraform:shared', 'shared/main.tf'),
      rebootSetting: through('IfRequired', 'shared/main.tf', 20, ['shared/terraform.tfvars', 2])
    }
    const assignment = { ...makeAssignment('assign', 'app/main.tf', 40, 'mc-shared'), unit: unit('terraform:app', 'app/main.tf') }
    const vm = vmIn('terraform:app')
    const evidence = [makeEvidence(assignment, configuration, 'valid', 'assigned')]
    const sources = valueSources([{ vm, evidence }], model([configuration], [assignment]))
    expect(sources.get(vm)).toEqual([{ file: 'shared/terraform.tfvars', startLine: 2, role: 'plan-value' }])
  })

  it("relates a VM to where its own values are set, leaving out its own manifest and lines it names already", () => {
    const vm = vmIn('terraform:app', {
      enableHotpatching: through(true, 'app/main.tf', 14, ['app/variables.tf', 8], ['app/terraform.tfvars', 2]),
      rebootSetting: through('IfRequired', 'app/main.tf', 15, ['app/main.tf', 40]),
      related: [{ file: 'app/terraform.tfvars', startLine: 2, role: 'parameter-file' }]
    })
    const sources = valueSources([{ vm, evidence: [] }], model([], []))
    expect(sources.get(vm)).toEqual([{ file: 'app/variables.tf', startLine: 8, role: 'value' }])
  })

  it("leaves out files that hold a plan, its own or another's: a change there re-checks every VM already", () => {
    const configuration: MaintenanceConfiguration = {
      ...makeConfiguration('mc-app', 'app/maintenance.tf', 1),
      unit: unit('terraform:app', 'app/main.tf'),
      deployed: {
        value: true,
        origin: 'expression',
        location: at('app/maintenance.tf', 2),
        via: [at('app/maintenance.tf', 60), at('app/plan.json', 449), at('app/terraform.tfvars', 1)]
      }
    }
    const planned = { ...droppedAssignment('terraform:app'), reportAt: at('app/plan.json', 400) }
    const vm = vmIn('terraform:app')
    expect(valueSources([{ vm, evidence: [] }], model([configuration], [planned])).get(vm)).toEqual([
      { file: 'app/terraform.tfvars', startLine: 1, role: 'plan-condition' },
      { file: 'app/terraform.tfvars', startLine: 3, role: 'plan-condition' }
    ])
  })
})

describe('uniqueNew', () => {
  const line = (file: string, startLine: number) => ({ file, startLine, role: 'value' })

  it('keeps the lines a list does not name yet, once each, in order', () => {
    expect(uniqueNew([line('a', 1), line('b', 2), line('a', 1), line('c', 3)], [line('b', 2)])).toEqual([line('a', 1), line('c', 3)])
  })

  it('bounds the lines at 48 but never drops a file', () => {
    const many = Array.from({ length: 60 }, (_, i) => line('big.tfvars', i + 1))
    const added = uniqueNew([...many, line('late.tfvars', 1)], [])
    expect(added).toEqual([...many.slice(0, 47), line('late.tfvars', 1)])
  })
})
