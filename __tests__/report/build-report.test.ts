/**
 * Unit tests for src/report/build-report.ts: the JSON report built from a scan.
 */
import { describe, expect, it } from '@jest/globals'
import { fingerprintOf } from '../../src/policy/findings.js'
import { WORKSPACE_SUBJECT } from '../../src/policy/subject.js'
import { buildJsonReport, describeEvidence, resourceKey } from '../../src/report/build-report.js'
import { describeReportEvidence } from '../../src/report/evidence-words.js'
import type { ResourceIdentity, VirtualMachine } from '../../src/model/resources.js'
import { unresolved } from '../../src/model/source.js'
import type { JsonReport } from '../../src/report/json-report.js'
import {
  ADVISORY,
  DOCS,
  at,
  makeAssessment,
  makeAssignment,
  makeConfiguration,
  makeEvidence,
  makeFinding,
  makeScanResult,
  makeVm
} from './builders.js'
import { scenario } from './scenario.js'

const build = (result = scenario): JsonReport => buildJsonReport(result, { toolVersion: '0.1.0', asOf: '2025-11-03' })

describe('buildJsonReport', () => {
  it('lists every VM once, sorted by file, line, name and variant, with its verdict, reasons and evidence', () => {
    const report = build()
    expect(report.resources.map(r => [r.file, r.startLine, r.name, r.variant, r.verdict, r.key])).toEqual([
      ['infra/app.json', 31, 'vm-app', 'app.dev.parameters.json', 'affected-platform-reboot', 'microsoft.compute/virtualmachines/vm-app@app.dev.parameters.json'],
      ['infra/app.json', 31, 'vm-app', 'app.prod.parameters.json', 'affected-reboot-blocked', 'microsoft.compute/virtualmachines/vm-app@app.prod.parameters.json'],
      ['infra/main.bicep', 12, 'vm-web-01', undefined, 'affected-no-plan', 'microsoft.compute/virtualmachines/vm-web-01'],
      ['infra/main.bicep', 58, 'vm-web-02', undefined, 'affected-with-plan', 'microsoft.compute/virtualmachines/vm-web-02'],
      ['infra/main.bicep', 120, 'vm-batch', undefined, 'indeterminate', 'microsoft.compute/virtualmachines/vm-batch'],
      ['modules/linux/main.tf', 3, 'vm-linux', undefined, 'not-affected', 'microsoft.compute/virtualmachines/vm-linux']
    ])
    // Schema version 2: evidence is data, worded by the renderers; the words are what the line was.
    const app = report.resources[1]
    expect(app?.evidence).toEqual([
      {
        kind: 'maintenance-assignment',
        file: 'infra/app.json',
        startLine: 70,
        status: 'unverifiable',
        name: 'mca-app',
        via: 'direct',
        configuration: { name: 'mc-never' },
        detail: 'the configuration is not declared in the scanned files'
      }
    ])
    expect(app && { ...app, evidence: app.evidence.map(describeReportEvidence) }).toEqual({
      file: 'infra/app.json',
      startLine: 31,
      name: 'vm-app',
      type: 'Microsoft.Compute/virtualMachines',
      format: 'arm',
      verdict: 'affected-reboot-blocked',
      reasons: ['hotpatch enabled on 2025-datacenter-azure-edition', 'maintenance configuration mc-never never reboots'],
      related: [{ file: 'infra/app.prod.parameters.json', startLine: 9, role: 'parameter-file' }],
      key: 'microsoft.compute/virtualmachines/vm-app@app.prod.parameters.json',
      variant: 'app.prod.parameters.json',
      evidence: [
        'direct assignment mca-app (infra/app.json:70) -> configuration mc-never (not in the scanned files): ' +
          'unverifiable — the configuration is not declared in the scanned files'
      ]
    })
    // A VM evaluated once has no variant field at all.
    expect(Object.keys(report.resources[2] as object)).not.toContain('variant')
  })

  it('sorts findings by file, line and rule, and ties each to the VM instance it is about', () => {
    const report = build()
    expect(report.findings.map(f => [f.file, f.startLine, f.ruleId, f.resourceKey])).toEqual([
      ['infra/app.json', 31, 'platform-reboot-unscheduled', 'microsoft.compute/virtualmachines/vm-app@app.dev.parameters.json'],
      ['infra/app.prod.parameters.json', 14, 'reboot-not-blocked', 'microsoft.compute/virtualmachines/vm-app@app.prod.parameters.json'],
      ['infra/main.bicep', 12, 'reboot-plan-required', 'microsoft.compute/virtualmachines/vm-web-01'],
      ['infra/main.bicep', 120, 'hotpatch-image-unresolved', 'microsoft.compute/virtualmachines/vm-batch']
    ])
    expect(report.findings[1]).toEqual({
      ruleId: 'reboot-not-blocked',
      severity: 'error',
      file: 'infra/app.prod.parameters.json',
      startLine: 14,
      endLine: 14,
      message: "Maintenance configuration 'mc-never' never reboots (rebootSetting Never).",
      resource: 'vm-app',
      resourceKey: 'microsoft.compute/virtualmachines/vm-app@app.prod.parameters.json',
      fingerprint: 'reboot-not-blocked/vm-app@app.prod.parameters.json',
      docsUrl: `${DOCS}/reboot-not-blocked.md`,
      related: [{ file: 'infra/app.json', startLine: 70, role: 'assignment' }],
      fix: { replacement: { file: 'infra/app.prod.parameters.json', line: 14, text: '      "value": "IfRequired"' } }
    })
  })

  it('counts findings by severity without the exempted ones, and VMs by verdict', () => {
    expect(build().summary).toEqual({
      files: 5,
      resources: 6,
      errors: 2,
      warnings: 1,
      notices: 0,
      exempted: 1,
      verdicts: {
        'affected-no-plan': 1,
        'affected-reboot-blocked': 1,
        'affected-platform-reboot': 1,
        indeterminate: 1,
        'affected-with-plan': 1,
        'not-affected': 1
      }
    })
  })

  it('keeps parse errors, sorted by file and line, and names each advisory by its first source', () => {
    const report = build()
    expect(report.parseErrors).toEqual([
      { file: 'charts/vm/templates/vm.yaml', line: 1, column: 1, message: 'Helm template: skipped', severity: 'notice', skipped: true },
      { file: 'infra/broken.json', line: 3, column: 7, message: "expected ',' or '}' after a property value", severity: 'error' }
    ])
    expect(report.advisories).toEqual([
      {
        id: 'wsus-cve-2025-59287',
        title: 'WSUS remote code execution (CVE-2025-59287) and the hotpatch baseline calendar',
        url: 'https://msrc.microsoft.com/update-guide/vulnerability/CVE-2025-59287'
      }
    ])
    expect(report.tool).toEqual({ name: 'hotpatch-reboot-gate', version: '0.1.0' })
    expect(report.asOf).toBe('2025-11-03')
  })

  it("holds the model's parse errors and related locations as they are when they have exactly its fields, else copies", () => {
    const plain = { file: 'a.json', line: 2, column: 3, message: 'm', severity: 'error' as const }
    const budget = { file: 'b.json', line: 1, column: 1, message: 'n', severity: 'notice' as const, kind: 'not-evaluated' as const }
    const reordered = { line: 4, file: 'a.json', column: 1, message: 'o', severity: 'error' as const }
    const exact = { file: 'z.json', startLine: 9, role: 'parameter-file' }
    const wider = { file: 'y.json', startLine: 1, role: 'module', note: 'x' }
    const related = [exact, wider]
    const vm = makeVm({ name: 'vm-r', file: 'main.json', line: 1, related })
    const report = build(makeScanResult({ assessments: [makeAssessment(vm, 'not-affected')], parseErrors: [budget, reordered, plain] }))
    expect(report.parseErrors[0]).toBe(plain)
    expect(report.parseErrors.slice(1)).toEqual([
      { file: 'a.json', line: 4, column: 1, message: 'o', severity: 'error' },
      { file: 'b.json', line: 1, column: 1, message: 'n', severity: 'notice' }
    ])
    expect(Object.keys(report.parseErrors[1] as object)).toEqual(['file', 'line', 'column', 'message', 'severity'])
    const [first, second] = report.resources[0]?.related ?? []
    expect(second).toBe(exact)
    expect(first).toEqual({ file: 'y.json', startLine: 1, role: 'module' })
    // Sorted in a list of its own: the model's list keeps its order.
    expect(related).toEqual([exact, wider])
  })

  it('lists the advisories in force when given, even when no VM is affected', () => {
    const other = { ...ADVISORY, id: 'a-first', title: 'Another', sources: [{ title: 'x', url: 'https://example.com/a' }] }
    const report = buildJsonReport(makeScanResult({}), { toolVersion: '1.2.3', asOf: '2026-01-05', advisories: [ADVISORY, other] })
    expect(report.advisories.map(a => a.id)).toEqual(['a-first', 'wsus-cve-2025-59287'])
  })

  it('gives the same bytes whatever order the readers and rules produced things in', () => {
    const shuffled = {
      ...scenario,
      assessments: [...scenario.assessments].reverse(),
      findings: [...scenario.findings].reverse(),
      model: { ...scenario.model, parseErrors: [...scenario.model.parseErrors].reverse() }
    }
    expect(JSON.stringify(build(shuffled))).toBe(JSON.stringify(build()))
  })

  it('reports an empty scan', () => {
    expect(build(makeScanResult({}))).toEqual({
      schemaVersion: 2,
      tool: { name: 'hotpatch-reboot-gate', version: '0.1.0' },
      asOf: '2025-11-03',
      resources: [],
      findings: [],
      parseErrors: [],
      summary: { files: 0, resources: 0, errors: 0, warnings: 0, notices: 0, exempted: 0, verdicts: {} },
      advisories: [],
      plans: []
    })
  })
})

describe('resource keys and finding links', () => {
  it('keys a VM by lower-cased type and name, or its symbol when the name is unknown, plus the variant', () => {
    const named = makeVm({ name: 'VM-Web', file: 'a.bicep', line: 1, variant: 'prod.bicepparam' })
    expect(resourceKey(named)).toBe('microsoft.compute/virtualmachines/vm-web@prod.bicepparam')
    const identity = { type: 'Microsoft.Compute/virtualMachines', name: undefined, symbol: 'main.bicep#vm' }
    const symbolic = { ...named, identity, variant: '' }
    expect(resourceKey(symbolic)).toBe('microsoft.compute/virtualmachines/main.bicep#vm')
  })

  it('makes keys unique when two declarations share a name, and leaves a finding it cannot place unlinked', () => {
    const first = makeVm({ name: 'vm-dup', file: 'a/main.bicep', line: 5 })
    const second = makeVm({ name: 'vm-dup', file: 'b/main.bicep', line: 5 })
    // The policy did not name a resource (a workspace finding): the report does not guess one.
    const elsewhere = makeFinding(first, 'reboot-plan-required', 'x', {
      location: at('shared/params.json', 3),
      subject: WORKSPACE_SUBJECT
    })
    const onSecond = makeFinding(second, 'reboot-plan-required', 'y')
    const report = build(
      makeScanResult({
        assessments: [makeAssessment(second, 'affected-no-plan'), makeAssessment(first, 'affected-no-plan')],
        findings: [elsewhere, onSecond]
      })
    )
    expect(report.resources.map(r => [r.file, r.key])).toEqual([
      ['a/main.bicep', 'microsoft.compute/virtualmachines/vm-dup'],
      ['b/main.bicep', 'microsoft.compute/virtualmachines/vm-dup#2']
    ])
    expect(report.findings.map(f => [f.file, f.resourceKey])).toEqual([
      ['b/main.bicep', 'microsoft.compute/virtualmachines/vm-dup#2'],
      ['shared/params.json', undefined]
    ])
    expect(Object.keys(report.findings[1] as object)).not.toContain('resourceKey')
  })

  it('links each finding to the instance the policy named, whatever its fingerprint or location', () => {
    const instance = (variant: string): VirtualMachine =>
      makeVm({ name: 'vm', file: 'main.json', line: 9, variant, related: [{ file: variant, startLine: 2, role: 'parameter-file' }] })
    const dev = instance('dev.json')
    const prod = instance('prod.json')
    const inProdFile = makeFinding(prod, 'r', 'm', { location: at('prod.json', 4), fingerprint: 'opaque-1' })
    const byVariant = makeFinding(dev, 'r', 'm', { fingerprint: 'r:vm:dev.json' })
    const secondReport = makeFinding(prod, 's', 'm', { fingerprint: fingerprintOf('s', prod, 1) })
    const report = build(
      makeScanResult({
        assessments: [makeAssessment(dev, 'affected-no-plan'), makeAssessment(prod, 'affected-no-plan')],
        findings: [inProdFile, byVariant, secondReport]
      })
    )
    expect(report.findings.map(f => [f.file, f.ruleId, f.resourceKey])).toEqual([
      ['main.json', 'r', 'microsoft.compute/virtualmachines/vm@dev.json'],
      ['main.json', 's', 'microsoft.compute/virtualmachines/vm@prod.json'],
      ['prod.json', 'r', 'microsoft.compute/virtualmachines/vm@prod.json']
    ])
  })
})

describe('describeEvidence', () => {
  const assignment = makeAssignment('mca-1', 'infra/plan.bicep', 40, 'mc-weekly')

  it('names the assignment, where it is, the configuration and how it fares', () => {
    const configuration = makeConfiguration('mc-weekly', 'infra/plan.bicep', 10)
    expect(describeEvidence(makeEvidence(assignment, configuration, 'expired', 'expired on 2025-09-30', 'dynamic-scope'))).toBe(
      'dynamic-scope assignment mca-1 (infra/plan.bicep:40) -> configuration mc-weekly: expired — expired on 2025-09-30'
    )
  })

  it('says when the configuration was not found, or its reference not resolved, and drops an empty detail', () => {
    expect(describeEvidence(makeEvidence(assignment, undefined, 'unverifiable', ''))).toBe(
      'direct assignment mca-1 (infra/plan.bicep:40) -> configuration mc-weekly (not in the scanned files): unverifiable'
    )
    const unresolvedTarget = {
      ...assignment,
      configuration: { target: unresolved<ResourceIdentity>(at('infra/plan.bicep', 42), 'reference()') }
    }
    expect(describeEvidence(makeEvidence(unresolvedTarget, undefined, 'unverifiable', 'reference() is only known at deployment'))).toBe(
      'direct assignment mca-1 (infra/plan.bicep:40) -> configuration (unresolved): unverifiable — reference() is only known at deployment'
    )
  })
})
