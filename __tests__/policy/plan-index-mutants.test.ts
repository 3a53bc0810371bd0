/**
 * src/policy/plan-index.ts under mutation (issue 12, docs/mutation/policy-rest-b.md). The property test in
 * plan-index.test.ts checks that the index loses no candidate; these check the exact candidates, so an index
 * that offers too many (a sibling folder, another type, another name) fails too.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, MaintenanceConfiguration, ResourceIdentity, VirtualMachine } from '../../src/model/resources.js'
import { PlanIndex } from '../../src/policy/plan-index.js'
import { assignment, configuration, dynamicScope, lit, loc, model, unknownValue, vm } from './builders.js'

const VM_TYPE = 'Microsoft.Compute/virtualMachines'
const targeting = (target: ResourceIdentity | 'unresolved', file: string, name: string, notWindowsVm = false): MaintenanceAssignment => {
  const base = assignment(undefined, { identity: { type: 'Microsoft.Maintenance/configurationAssignments', name }, reportAt: loc(60, file) })
  const sourced = target === 'unresolved' ? unknownValue<ResourceIdentity>(63, 'x', file) : lit(target, 63, file)
  return { ...base, target: { target: sourced, ...(notWindowsVm && { notWindowsVm }) } }
}
const machineAt = (file: string, identity: Partial<ResourceIdentity> = {}): VirtualMachine =>
  vm({ identity: { type: VM_TYPE, name: 'web-01', ...identity }, reportAt: loc(10, file) })
const names = (list: readonly { readonly displayName: string }[]) => list.map(item => item.displayName)

describe('PlanIndex.assignmentsFor', () => {
  const unresolvedIn = ['main.bicep', 'infra/a.bicep', 'infra/vm/b.bicep', 'infra/vm/deep/c.bicep', 'infra2/d.bicep', 'other/e.bicep']
  const unresolved = unresolvedIn.map((file, i) => targeting('unresolved', file, `u${i}`))

  it('an unresolved target: only in the VM’s folder, the folders above it and those below it', () => {
    const index = new PlanIndex(unresolved, [])
    expect(names(index.assignmentsFor(machineAt('infra/main.bicep')))).toEqual(['u0', 'u1', 'u2', 'u3'])
    expect(names(index.assignmentsFor(machineAt('infra/vm/x.bicep')))).toEqual(['u0', 'u1', 'u2', 'u3'])
    expect(names(index.assignmentsFor(machineAt('infra/vm/deep/y.bicep')))).toEqual(['u0', 'u1', 'u2', 'u3'])
    expect(names(index.assignmentsFor(machineAt('infra2/z.bicep')))).toEqual(['u0', 'u4'])
    expect(names(index.assignmentsFor(machineAt('main.bicep')))).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5'])
    expect(names(index.assignmentsFor(machineAt('in/x.bicep')))).toEqual(['u0'])
  })

  it('one that can only name a non-Windows VM, only when asked for', () => {
    const linuxOnly = [targeting('unresolved', 'main.bicep', 'linux', true), targeting('unresolved', 'main.bicep', 'any')]
    expect(names(new PlanIndex(linuxOnly, []).assignmentsFor(machineAt('main.bicep')))).toEqual(['any'])
    expect(names(new PlanIndex(linuxOnly, [], { nonWindowsTargets: true }).assignmentsFor(machineAt('main.bicep')))).toEqual(['linux', 'any'])
  })

  it('a known target: by type and name in any case, or by symbol; an unnamed one only nearby; every dynamic scope', () => {
    const list = [
      targeting({ type: 'microsoft.compute/VIRTUALMACHINES', name: 'WEB-01' }, 'far/a.bicep', 'by-name'),
      targeting({ type: VM_TYPE, name: 'web-02' }, 'infra/a.bicep', 'other-name'),
      targeting({ type: 'Microsoft.Compute/virtualMachineScaleSets', name: 'web-01' }, 'infra/a.bicep', 'other-type'),
      targeting({ type: VM_TYPE, name: 'renamed', symbol: 'infra/main.bicep#vm' }, 'far/b.bicep', 'by-symbol'),
      targeting({ type: VM_TYPE, name: undefined }, 'infra/b.bicep', 'unnamed-near'),
      targeting({ type: VM_TYPE, name: undefined }, 'far/c.bicep', 'unnamed-far'),
      dynamicScope({}, 'scope'),
      { ...assignment(), identity: { type: 'x', name: 'no-target' }, displayName: 'absent', target: { target: { origin: 'absent', location: loc(63) } } },
      { ...assignment(), displayName: 'neither', target: undefined }
    ] as MaintenanceAssignment[]
    const index = new PlanIndex(list, [])
    expect(names(index.assignmentsFor(machineAt('infra/main.bicep', { symbol: 'infra/main.bicep#vm' })))).toEqual([
      'by-name',
      'by-symbol',
      'unnamed-near',
      'scope'
    ])
    expect(names(index.assignmentsFor(machineAt('infra/main.bicep', { symbol: 'other#vm' })))).toEqual(['by-name', 'unnamed-near', 'scope'])
  })

  it('a VM without a name: every target of its type nearby, named or not', () => {
    const list = [
      targeting({ type: VM_TYPE, name: 'web-01' }, 'infra/a.bicep', 'named-near'),
      targeting({ type: VM_TYPE, name: 'web-01' }, 'far/a.bicep', 'named-far'),
      targeting({ type: VM_TYPE, name: undefined }, 'infra/b.bicep', 'unnamed-near'),
      targeting({ type: 'Microsoft.Compute/virtualMachineScaleSets', name: 'x' }, 'infra/c.bicep', 'other-type')
    ]
    expect(names(new PlanIndex(list, []).assignmentsFor(machineAt('infra/main.bicep', { name: undefined })))).toEqual([
      'named-near',
      'unnamed-near'
    ])
  })
})

describe('PlanIndex.configurationsFor', () => {
  const named = (name: string | undefined, symbol?: string, type = 'Microsoft.Maintenance/maintenanceConfigurations'): MaintenanceConfiguration => ({
    ...configuration(),
    displayName: name ?? 'unnamed',
    identity: { type, name, ...(symbol !== undefined && { symbol }) }
  })
  const list = [named('Window'), named(undefined), named('other', 'main.bicep#window'), named('window', undefined, 'Other/type'), named('WINDOW')]

  it('the same type and name in any case, or the same symbol, in model order; and every unnamed one of the type', () => {
    const index = new PlanIndex([], list)
    const candidates = index.configurationsFor({ type: 'microsoft.maintenance/maintenanceconfigurations', name: 'window', symbol: 'main.bicep#window' })
    expect([names(candidates.matches), names(candidates.unnamed)]).toEqual([['Window', 'other', 'WINDOW'], ['unnamed']])
    const byName = index.configurationsFor({ type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'other' })
    expect([names(byName.matches), names(byName.unnamed)]).toEqual([['other'], ['unnamed']])
    const bySymbol = index.configurationsFor({ type: 'Microsoft.Maintenance/maintenanceConfigurations', name: undefined, symbol: 'main.bicep#window' })
    expect(names(bySymbol.matches)).toEqual(['other'])
    expect(index.configurationsFor({ type: 'Another/type', name: 'window' })).toEqual({ matches: [], unnamed: [] })
  })
})

describe('PlanIndex.of', () => {
  it('is built once per model, and again when its lists are replaced or grow', () => {
    const m = model({ maintenanceAssignments: [assignment()], maintenanceConfigurations: [configuration()] })
    const first = PlanIndex.of(m)
    expect(PlanIndex.of(m)).toBe(first)
    const replaced = { ...m }
    expect(PlanIndex.of(replaced)).not.toBe(first)
    const configurations = [configuration()]
    const growing = model({ maintenanceConfigurations: configurations })
    const before = PlanIndex.of(growing)
    configurations.push(configuration({ identity: { type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'second' } }))
    const after = PlanIndex.of(growing)
    expect(after).not.toBe(before)
    expect(names(after.configurationsFor({ type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'second' }).matches)).toEqual(['second'])
  })
})

describe('PlanIndex: order and folders (measured survivors)', () => {
  it('finds the folders near a VM when they were indexed out of sorted order', () => {
    // Indexed deepest first, so the folder list is sorted only if the index sorts it.
    const files = ['other/e.bicep', 'infra/vm/deep/c.bicep', 'infra/vm/b.bicep', 'infra/a.bicep', 'main.bicep']
    const index = new PlanIndex(files.map((file, i) => targeting('unresolved', file, `u${i}`)), [])
    expect(names(index.assignmentsFor(machineAt('infra/vm/x.bicep')))).toEqual(['u1', 'u2', 'u3', 'u4'])
    expect(names(index.assignmentsFor(machineAt('infra/z.bicep')))).toEqual(['u1', 'u2', 'u3', 'u4'])
    expect(names(index.assignmentsFor(machineAt('other/z.bicep')))).toEqual(['u0', 'u4'])
  })

  it('merges candidate lists in numeric model order past index 9', () => {
    // Index 2 is a dynamic scope and index 10 an unresolved target nearby: as strings, 10 sorts before 2.
    const list = Array.from({ length: 11 }, (_, i) =>
      i === 2 ? dynamicScope({}, 'scope') : targeting('unresolved', i === 10 ? 'infra/a.bicep' : 'far/x.bicep', `u${i}`)
    )
    expect(names(new PlanIndex(list, []).assignmentsFor(machineAt('infra/main.bicep')))).toEqual(['scope', 'u10'])
  })
})

describe('PlanIndex.of: a model whose lists change', () => {
  it('is rebuilt when the assignments are replaced by a list of the same length', () => {
    const m = model({ maintenanceAssignments: [targeting('unresolved', 'main.bicep', 'first')] }) as { maintenanceAssignments: readonly MaintenanceAssignment[] } & ReturnType<typeof model>
    const before = PlanIndex.of(m)
    expect(names(before.assignmentsFor(machineAt('main.bicep')))).toEqual(['first'])
    m.maintenanceAssignments = [targeting('unresolved', 'main.bicep', 'second')]
    const after = PlanIndex.of(m)
    expect(after).not.toBe(before)
    expect(names(after.assignmentsFor(machineAt('main.bicep')))).toEqual(['second'])
  })

  it('is rebuilt when the configurations are replaced by a list of the same length', () => {
    const named = (name: string): MaintenanceConfiguration =>
      configuration({ identity: { type: 'Microsoft.Maintenance/maintenanceConfigurations', name } })
    const m = model({ maintenanceConfigurations: [named('first')] }) as { maintenanceConfigurations: readonly MaintenanceConfiguration[] } & ReturnType<typeof model>
    const before = PlanIndex.of(m)
    m.maintenanceConfigurations = [named('second')]
    const after = PlanIndex.of(m)
    expect(after).not.toBe(before)
    expect(names(after.configurationsFor({ type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'second' }).matches)).toEqual(['second'])
  })

  it('is rebuilt when the assignments grow in place', () => {
    const assignments = [targeting('unresolved', 'main.bicep', 'first')]
    const m = model({ maintenanceAssignments: assignments })
    const before = PlanIndex.of(m)
    assignments.push(targeting('unresolved', 'main.bicep', 'second'))
    const after = PlanIndex.of(m)
    expect(after).not.toBe(before)
    expect(names(after.assignmentsFor(machineAt('main.bicep')))).toEqual(['first', 'second'])
  })
})
