/**
 * src/report/resource-entries.ts and `PolicyOptions.settle`: the report's resources made as the policy settles
 * each VM (the pipeline's path, so that no assessment is kept through the report) are the resources made from
 * a result's assessments, byte for byte, on real scans of the fixture trees (duplicate keys, value sources,
 * exemptions, findings about VMs and about the workspace, allowed values, every format).
 */
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import type { InfrastructureModel } from '../../src/model/resources.js'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import type { Assessment } from '../../src/policy/types.js'
import { buildJsonReport, type BuildReportOptions } from '../../src/report/build-report.js'
import { ResourceEntries, sortRelated } from '../../src/report/resource-entries.js'
import { scan } from '../../src/scan.js'
import { lit, model, vm } from '../policy/builders.js'
import { makeAssessment, makeScanResult, makeVm } from './builders.js'

const AS_OF = new Date('2025-11-24T00:00:00Z')
const OPTIONS: BuildReportOptions = { toolVersion: 'test', asOf: '2025-11-24' }
const fixture = (folder: string): string => fileURLToPath(new URL(`../fixtures/${folder}/`, import.meta.url))

describe('a report made as the policy settles each VM', () => {
  it.each(['parity', 'value-scope', 'e2e/fleet', 'pinned', 'arc', 'certain', 'scope', 'what-if', 'config'])(
    'is the report made from the assessments: %s',
    async folder => {
      const root = fixture(folder)
      const kept = await scan({ root, asOf: AS_OF })
      let entries: ResourceEntries | undefined
      const settled = await scan({ root, asOf: AS_OF, settle: read => (entries = new ResourceEntries(read)) })
      expect(kept.assessments.length).toBeGreaterThan(0)
      // The sink took every assessment: the result keeps none.
      expect(settled.assessments).toEqual([])
      expect(entries?.size).toBe(kept.assessments.length)
      const fromEntries = JSON.stringify(buildJsonReport(settled, { ...OPTIONS, ...(entries !== undefined && { settled: entries }) }))
      expect(fromEntries).toBe(JSON.stringify(buildJsonReport(kept, OPTIONS)))
    }
  )
})

describe('PolicyOptions.settle', () => {
  const fleet = model({
    virtualMachines: [
      vm(),
      vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'web-02' }, displayName: 'web-02' }),
      vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'linux-01' }, displayName: 'linux-01', osType: lit('Linux', 12) })
    ]
  })

  it('hands over each settled assessment in the model order, named when a finding is about its VM, and keeps none', () => {
    const taken: [Assessment, boolean][] = []
    const models: InfrastructureModel[] = []
    const sink = (read: InfrastructureModel) => {
      models.push(read)
      return { add: (assessment: Assessment, named: boolean) => void taken.push([assessment, named]) }
    }
    const settled = evaluatePolicy(fleet, { asOf: AS_OF, settle: sink })
    const kept = evaluatePolicy(fleet, { asOf: AS_OF })
    expect(models).toEqual([fleet])
    expect(models[0]).toBe(fleet)
    expect(settled.assessments).toEqual([])
    expect(taken.map(([assessment]) => assessment)).toEqual(kept.assessments)
    const aboutVms = new Set(kept.findings.flatMap(f => (f.subject.kind === 'resource' ? [f.subject.instance] : [])))
    expect(taken.map(([assessment, named]) => [assessment.vm.displayName, named])).toEqual(
      kept.assessments.map(assessment => [assessment.vm.displayName, aboutVms.has(assessment.vm)])
    )
    expect(taken.some(([, named]) => named)).toBe(true)
    expect(settled.findings).toEqual(kept.findings)
  })
})

describe('ResourceEntries', () => {
  const twin = (line: number, file: string) => makeVm({ name: 'vm-twin', file, line })

  it('sorts by file, line, name and variant, keeps the order added where they tie, and makes keys unique in that order', () => {
    const [late, early, other] = [twin(40, 'infra/b/main.bicep'), twin(12, 'infra/b/main.bicep'), twin(3, 'infra/a/main.bicep')]
    const entries = new ResourceEntries({ maintenanceConfigurations: [], maintenanceAssignments: [] })
    for (const machine of [late, early, other]) entries.add(makeAssessment(machine, 'not-affected'), machine === late)
    const resources = entries.finish()
    expect(resources.map(r => [r.file, r.startLine, r.key])).toEqual([
      ['infra/a/main.bicep', 3, 'microsoft.compute/virtualmachines/vm-twin'],
      ['infra/b/main.bicep', 12, 'microsoft.compute/virtualmachines/vm-twin#2'],
      ['infra/b/main.bicep', 40, 'microsoft.compute/virtualmachines/vm-twin#3']
    ])
    // Only a VM added as named has its key told (findings are about a few VMs).
    expect([entries.keyOf(late), entries.keyOf(early)]).toEqual(['microsoft.compute/virtualmachines/vm-twin#3', undefined])
    // Finishing again changes nothing, and nothing is added once finished.
    expect(entries.finish()).toBe(resources)
    expect(resources.map(r => r.key)).toEqual(['microsoft.compute/virtualmachines/vm-twin', 'microsoft.compute/virtualmachines/vm-twin#2', 'microsoft.compute/virtualmachines/vm-twin#3'])
    expect(() => entries.add(makeAssessment(other, 'not-affected'), false)).toThrow('add after finish')
  })

  it('adds the assessments a result returns to the entries handed over, into one sorted list', () => {
    const [first, second] = [twin(5, 'infra/main.bicep'), twin(9, 'infra/main.bicep')]
    const entries = new ResourceEntries({ maintenanceConfigurations: [], maintenanceAssignments: [] })
    entries.add(makeAssessment(second, 'not-affected'), false)
    const result = makeScanResult({ files: ['infra/main.bicep'], assessments: [makeAssessment(first, 'not-affected')], findings: [] })
    const report = buildJsonReport(result, { ...OPTIONS, settled: entries })
    expect(report.resources.map(r => [r.startLine, r.key])).toEqual([
      [5, 'microsoft.compute/virtualmachines/vm-twin'],
      [9, 'microsoft.compute/virtualmachines/vm-twin#2']
    ])
    expect(report.summary.resources).toBe(2)
  })
})

describe('sortRelated', () => {
  const at = (file: string, startLine: number, role: string) => ({ file, startLine, role })

  it('holds a list already in report order as it is, and sorts any other into a list of its own, leaving it as it was', () => {
    const ordered = Object.freeze([at('a.json', 3, 'cause'), at('a.json', 3, 'value'), at('b.json', 1, 'cause')])
    expect(sortRelated(ordered)).toBe(ordered)
    const unordered = Object.freeze([at('b.json', 1, 'cause'), at('a.json', 9, 'cause'), at('a.json', 3, 'cause')])
    const sorted = sortRelated(unordered)
    expect(sorted).not.toBe(unordered)
    expect(sorted).toEqual([at('a.json', 3, 'cause'), at('a.json', 9, 'cause'), at('b.json', 1, 'cause')])
    // Its items are the list's own (exactly the report's fields), not copies; the list is not sorted in place.
    expect(sorted[0]).toBe(unordered[2])
    expect(unordered.map(r => r.startLine)).toEqual([1, 9, 3])
  })

  it('copies a location with other fields into exactly the report fields, in order, even in a list in order', () => {
    const extra = { role: 'value', file: 'a.json', startLine: 2 }
    const list = [at('a.json', 1, 'cause'), extra]
    const sorted = sortRelated(list)
    expect(sorted).not.toBe(list)
    expect(sorted.map(r => Object.keys(r))).toEqual([
      ['file', 'startLine', 'role'],
      ['file', 'startLine', 'role']
    ])
    expect(sorted[0]).toBe(list[0])
    expect(sortRelated([])).toEqual([])
  })
})
