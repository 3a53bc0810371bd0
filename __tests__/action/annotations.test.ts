/**
 * Unit tests for src/action/annotations.ts: GitHub shows 10 annotations per level and step, so the
 * plan must pick the right ones and say how many more there are.
 */
import { describe, expect, it, jest } from '@jest/globals'
import * as core from '../support/core.js'
import { finding, parseError, report } from './report-builder.js'

jest.unstable_mockModule('@actions/core', () => core)
const { emitAnnotations, planAnnotations } = await import('../../src/action/annotations.js')

const errorsOn = (file: string, count: number) =>
  Array.from({ length: count }, (_, index) => finding({ file, startLine: index + 1, endLine: index + 1 }))

describe('planAnnotations', () => {
  it('annotates a finding on its lines, titled with the rule and the resource, with the docs link', () => {
    const plan = planAnnotations(report({ findings: [finding({ startLine: 12, endLine: 14 })] }))
    expect(plan).toEqual({
      annotations: [
        {
          level: 'error',
          message:
            'VM vm-app has hotpatching on and no maintenance configuration assigned.\n' +
            'https://example.test/docs/rules/reboot-plan-required.md',
          properties: { title: 'reboot-plan-required: vm-app', file: 'infra/vm.json', startLine: 12, endLine: 14 }
        }
      ],
      overflow: { error: 0, warning: 0, notice: 0 }
    })
  })

  it('annotates parse errors as errors, skipped files and notes on reading as notices, at their line and column', () => {
    const note = "module 'vm' not read: module file './vm.bicep' not found"
    const plan = planAnnotations(
      report({
        parseErrors: [
          parseError(),
          parseError({ file: 'charts/app/templates/vm.yaml', line: 1, column: 1, message: 'templated YAML', severity: 'notice', skipped: true }),
          parseError({ file: 'main.bicep', line: 4, column: 8, message: note, severity: 'notice' })
        ]
      })
    )
    expect(plan.annotations).toEqual([
      {
        level: 'error',
        message: "expected ',' or '}' after a property value",
        properties: { title: 'Cannot read manifest', file: 'infra/broken.json', startLine: 3, startColumn: 5 }
      },
      {
        level: 'notice',
        message: 'templated YAML',
        properties: { title: 'Manifest skipped', file: 'charts/app/templates/vm.yaml', startLine: 1, startColumn: 1 }
      },
      {
        level: 'notice',
        message: note,
        properties: { title: 'Note on reading the manifest', file: 'main.bicep', startLine: 4, startColumn: 8 }
      }
    ])
  })

  it('orders errors, then warnings, then notices', () => {
    const plan = planAnnotations(
      report({
        findings: [
          finding({ severity: 'notice', file: 'a.json' }),
          finding({ severity: 'warning', file: 'b.json' }),
          finding({ severity: 'error', file: 'c.json' })
        ]
      })
    )
    expect(plan.annotations.map(a => `${a.level} ${a.properties.file}`)).toEqual([
      'error c.json',
      'warning b.json',
      'notice a.json'
    ])
  })

  it('shows exactly 10 annotations of a level without an overflow line', () => {
    const plan = planAnnotations(report({ findings: errorsOn('infra/vm.json', 10) }))
    expect(plan.annotations).toHaveLength(10)
    expect(plan.annotations.map(a => a.properties.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(plan.overflow).toEqual({ error: 0, warning: 0, notice: 0 })
  })

  describe('with a failing verdict', () => {
    const FAILURE = "12 error findings reach fail-on 'error'; counted: every finding."
    const heads = (plan: ReturnType<typeof planAnnotations>) =>
      plan.annotations.map(a => `${a.level} ${a.properties.file ?? '-'}:${a.properties.startLine ?? '-'} ${a.message.split('\n')[0]}`)

    it('puts the verdict first and spends one error slot on it: 8 findings, then the overflow line', () => {
      const plan = planAnnotations(report({ findings: [...errorsOn('infra/vm.json', 12), finding({ severity: 'warning', file: 'w.json' })] }), {
        failure: FAILURE
      })
      expect(plan.annotations[0]).toEqual({ level: 'error', message: FAILURE, properties: {} })
      expect(heads(plan)).toEqual([
        `error -:- ${FAILURE}`,
        ...[1, 2, 3, 4, 5, 6, 7, 8].map(line => `error infra/vm.json:${line} VM vm-app has hotpatching on and no maintenance configuration assigned.`),
        'error -:- 4 more errors are in the job summary',
        'warning w.json:10 VM vm-app has hotpatching on and no maintenance configuration assigned.'
      ])
      expect(plan.annotations.filter(a => a.level === 'error')).toHaveLength(10)
      expect(plan.overflow).toEqual({ error: 4, warning: 0, notice: 0 })
    })

    it('shows 9 findings beside the verdict without an overflow line, and 10 with one', () => {
      const nine = planAnnotations(report({ findings: errorsOn('infra/vm.json', 9) }), { failure: FAILURE })
      expect(nine.annotations.map(a => a.properties.startLine)).toEqual([undefined, 1, 2, 3, 4, 5, 6, 7, 8, 9])
      expect(nine.overflow.error).toBe(0)
      const ten = planAnnotations(report({ findings: errorsOn('infra/vm.json', 10) }), { failure: FAILURE })
      expect(ten.annotations.map(a => a.message.split('\n')[0]).at(-1)).toBe('2 more errors are in the job summary')
      expect(ten.annotations).toHaveLength(10)
    })

    it('leaves the other levels their full ten', () => {
      const warnings = Array.from({ length: 10 }, (_, i) => finding({ severity: 'warning', file: 'w.json', startLine: i + 1 }))
      const plan = planAnnotations(report({ findings: warnings }), { failure: FAILURE })
      expect(plan.annotations.map(a => a.level)).toEqual(['error', ...Array.from({ length: 10 }, () => 'warning')])
    })
  })

  it('uses the 10th slot of a level to say how many more there are, changed files first', () => {
    const findings = [...errorsOn('infra/old.json', 12), ...errorsOn('infra/new.bicep', 2), ...errorsOn('infra/a.tf', 1)]
    const plan = planAnnotations(report({ findings }), { changedFiles: new Set(['infra/new.bicep']) })
    expect(plan.annotations.map(a => `${a.properties.file ?? '-'}:${a.properties.startLine ?? '-'} ${a.message.split('\n')[0]}`))
      .toMatchInlineSnapshot(`
[
  "infra/new.bicep:1 VM vm-app has hotpatching on and no maintenance configuration assigned.",
  "infra/new.bicep:2 VM vm-app has hotpatching on and no maintenance configuration assigned.",
  "infra/a.tf:1 VM vm-app has hotpatching on and no maintenance configuration assigned.",
  "infra/old.json:1 VM vm-app has hotpatching on and no maintenance configuration assigned.",
  "infra/old.json:2 VM vm-app has hotpatching on and no maintenance configuration assigned.",
  "infra/old.json:3 VM vm-app has hotpatching on and no maintenance configuration assigned.",
  "infra/old.json:4 VM vm-app has hotpatching on and no maintenance configuration assigned.",
  "infra/old.json:5 VM vm-app has hotpatching on and no maintenance configuration assigned.",
  "infra/old.json:6 VM vm-app has hotpatching on and no maintenance configuration assigned.",
  "-:- 6 more errors are in the job summary",
]
`)
    expect(plan.annotations[9]).toEqual({
      level: 'error',
      message: '6 more errors are in the job summary',
      properties: { title: 'hotpatch-reboot-gate' }
    })
    expect(plan.overflow).toEqual({ error: 6, warning: 0, notice: 0 })
  })

  it('counts a finding whose related file changed (a parameter file) as on a changed file', () => {
    const findings = [
      ...errorsOn('infra/a.json', 10),
      finding({ file: 'infra/z.json', related: [{ file: 'infra/z.prod.parameters.json', startLine: 4, role: 'parameter-file' }] })
    ]
    const plan = planAnnotations(report({ findings }), { changedFiles: new Set(['infra/z.prod.parameters.json']) })
    expect(plan.annotations[0]?.properties.file).toBe('infra/z.json')
    expect(plan.annotations[9]?.message).toBe('2 more errors are in the job summary')
  })

  it('caps each level on its own and names where the rest are', () => {
    const findings = [
      ...errorsOn('e.json', 11),
      ...Array.from({ length: 13 }, (_, i) => finding({ severity: 'warning', file: 'w.json', startLine: i + 1 })),
      ...Array.from({ length: 3 }, (_, i) => finding({ severity: 'notice', file: 'n.json', startLine: i + 1 }))
    ]
    const plan = planAnnotations(report({ findings }), { overflowTarget: 'the report file /tmp/r.json' })
    expect(plan.annotations.filter(a => a.level === 'error')).toHaveLength(10)
    expect(plan.annotations.filter(a => a.level === 'warning')).toHaveLength(10)
    expect(plan.annotations.filter(a => a.level === 'notice')).toHaveLength(3)
    expect(plan.annotations.filter(a => a.properties.file === undefined).map(a => `${a.level}: ${a.message}`)).toEqual([
      'error: 2 more errors are in the report file /tmp/r.json',
      'warning: 4 more warnings are in the report file /tmp/r.json'
    ])
    expect(plan.overflow).toEqual({ error: 2, warning: 4, notice: 0 })
  })

  it('puts parse errors after findings of the same level and file ordering', () => {
    const plan = planAnnotations(report({ findings: errorsOn('z.json', 1), parseErrors: [parseError({ file: 'a.json' })] }))
    expect(plan.annotations.map(a => a.properties.title)).toEqual(['reboot-plan-required: vm-app', 'Cannot read manifest'])
  })

  it('shows an exempted finding as a notice that names the exemption', () => {
    const exempted = finding({
      exemption: { reason: 'Rebooted by the app team runbook', owner: 'team-app', expires: '2026-01-31', source: '.github/hotpatch-reboot-gate.yml' }
    })
    expect(planAnnotations(report({ findings: [exempted] })).annotations).toEqual([
      {
        level: 'notice',
        message:
          'Exempted until 2026-01-31 (team-app): Rebooted by the app team runbook\n' +
          'VM vm-app has hotpatching on and no maintenance configuration assigned.\n' +
          'https://example.test/docs/rules/reboot-plan-required.md',
        properties: { title: 'reboot-plan-required: vm-app', file: 'infra/vm.json', startLine: 10, endLine: 10 }
      }
    ])
  })
})

describe('emitAnnotations', () => {
  it('writes each planned annotation with the matching core function', () => {
    emitAnnotations({
      annotations: [
        { level: 'error', message: 'e', properties: { title: 't1', file: 'a.json', startLine: 1, endLine: 2 } },
        { level: 'error', message: 'verdict', properties: {} },
        { level: 'warning', message: 'w', properties: { title: 't2' } },
        { level: 'notice', message: 'n', properties: { title: 't3', file: 'b.yaml', startLine: 3, startColumn: 4 } }
      ],
      overflow: { error: 0, warning: 0, notice: 0 }
    })
    expect(core.error.mock.calls).toEqual([
      ['e', { title: 't1', file: 'a.json', startLine: 1, endLine: 2 }],
      ['verdict', {}]
    ])
    expect(core.warning.mock.calls).toEqual([['w', { title: 't2' }]])
    expect(core.notice.mock.calls).toEqual([['n', { title: 't3', file: 'b.yaml', startLine: 3, startColumn: 4 }]])
  })
})
