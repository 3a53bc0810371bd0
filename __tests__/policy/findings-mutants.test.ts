/**
 * src/policy/findings.ts under mutation (issue 12, docs/mutation/policy-evaluate.md): the one path from a rule's
 * reports to findings, driven directly with probe rules so every field of a finding is asserted exactly: the
 * fingerprint recipe (a second report on one subject, an entry that names the VM, a workspace report), where a
 * finding sits, what it is about, its advisory, its fix, and the lines that make the VM affected.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../src/model/resources.js'
import type { SourceLocation } from '../../src/model/source.js'
import { fingerprint, fingerprintOf, runRules, runWorkspaceRules } from '../../src/policy/findings.js'
import { resourceSubject, WORKSPACE_SUBJECT } from '../../src/policy/subject.js'
import type { Assessment, RuleModule, RuleOutcome, RuleReport, WorkspaceContext, WorkspaceReport } from '../../src/policy/types.js'
import { assessFirst } from './assess-helpers.js'
import { lit, loc, model, providerDefault, vm } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
const ADVISORY = 'wsus-cve-2025-59287'

/** A rule that answers every VM with `outcome` and every workspace with `workspace` (when given). */
const probe = (outcome: RuleOutcome, workspace?: readonly WorkspaceReport[]): RuleModule => ({
  meta: {
    id: 'probe',
    severity: 'warning',
    description: 'A probe.',
    docsUrl: 'https://example.test/probe',
    messages: { said: '{{who}} said {{what}}', plain: 'Plain text.' }
  },
  check: () => outcome,
  ...(workspace === undefined ? {} : { checkWorkspace: () => workspace })
})

const fail = (...reports: RuleReport[]): RuleOutcome => ({ outcome: 'fail', reports })

const assessmentOf = (machine: VirtualMachine): Assessment => assessFirst(model({ virtualMachines: [machine] }))

const run = (rule: RuleModule, machine: VirtualMachine = vm(), repositoryFolder?: string) => {
  const assessment = assessmentOf(machine)
  const context = { model: model({ virtualMachines: [machine] }), asOf: AS_OF, advisories: [] }
  return repositoryFolder === undefined
    ? runRules([rule], context, assessment)
    : runRules([rule], context, assessment, repositoryFolder)
}

/** The default VM's lines that make it affected: the hotpatch flag (23), then the image SKU (16). */
const CAUSES = [
  { file: 'infra/main.bicep', startLine: 23, role: 'cause' },
  { file: 'infra/main.bicep', startLine: 16, role: 'cause' }
]

describe('fingerprint', () => {
  it('is the first 16 hex characters of sha256 of the rule and identity parts, one per line', () => {
    // sha256("r\na\nb") and sha256("r\na\nb\n1"), as `printf 'r\na\nb' | sha256sum` gives them.
    expect(fingerprint('r', ['a', 'b'])).toBe('7fd4c45dacc7ff30')
    expect(fingerprint('r', ['a', 'b'], 0)).toBe('7fd4c45dacc7ff30')
    expect(fingerprint('r', ['a', 'b'], 1)).toBe('ff7fd18832d9eadf')
    expect(fingerprint('r', ['a', 'b'], 2)).not.toBe(fingerprint('r', ['a', 'b'], 1))
  })

  it('of a VM names its identity key and variant, and the unit folder relative to the repository', () => {
    expect(fingerprintOf('r', vm())).toBe(fingerprint('r', ['microsoft.compute/virtualmachines/web-01', '']))
    expect(fingerprintOf('r', vm({ variant: 'prod' }), 1)).toBe(
      fingerprint('r', ['microsoft.compute/virtualmachines/web-01', 'prod'], 1)
    )
  })
})

describe('runRules: a per-resource report becomes a finding', () => {
  it('about the VM, at its report location, with its advisory, related lines and exact fields', () => {
    expect(run(probe(fail({ messageId: 'said', data: { who: 'web-01', what: 'hello' } })))).toEqual([
      {
        ruleId: 'probe',
        severity: 'warning',
        message: 'web-01 said hello',
        location: loc(10),
        resource: 'web-01',
        subject: resourceSubject(vm()),
        fingerprint: fingerprintOf('probe', vm()),
        related: CAUSES,
        docsUrl: 'https://example.test/probe',
        advisoryId: ADVISORY
      }
    ])
  })

  it('at the report’s own location, with its own advisory and fix; a second report gets its own fingerprint', () => {
    const fix = { replacement: { location: loc(25), text: 'rebootSetting: IfRequired' } }
    const findings = run(
      probe(fail({ messageId: 'plain' }, { messageId: 'plain', location: loc(25), advisoryId: 'other', fix }))
    )
    expect(findings.map(f => [f.location.line, f.fingerprint, f.advisoryId, f.fix])).toEqual([
      [10, fingerprintOf('probe', vm()), ADVISORY, undefined],
      [25, fingerprintOf('probe', vm(), 1), 'other', fix]
    ])
    expect(findings.map(f => Object.keys(f).includes('fix'))).toEqual([false, true])
    expect(findings[0]?.fingerprint).not.toBe(findings[1]?.fingerprint)
  })

  it('with no advisory field on a VM no advisory affects, unless the report names one', () => {
    const legacy = vm({ enableHotpatching: lit(false, 23) })
    const findings = run(probe(fail({ messageId: 'plain' }, { messageId: 'plain', advisoryId: 'own' })), legacy)
    expect(findings.map(f => Object.keys(f).includes('advisoryId'))).toEqual([false, true])
    expect(findings[1]?.advisoryId).toBe('own')
  })

  it('nothing for a rule that passes or does not apply', () => {
    expect(run(probe({ outcome: 'pass' }))).toEqual([])
    expect(run(probe({ outcome: 'not-applicable' }))).toEqual([])
  })

  it('fingerprints name the unit folder inside the repository when one is given, none by default', () => {
    const unit = { kind: 'template-deployment' as const, key: 'arm:teams/a/main.bicep' }
    const inUnit = vm({ unit: lit(unit, 1, 'teams/a/main.bicep') })
    expect(run(probe(fail({ messageId: 'plain' })), inUnit)[0]?.fingerprint).toBe(
      fingerprint('probe', ['teams/a:microsoft.compute/virtualmachines/web-01', ''])
    )
    expect(run(probe(fail({ messageId: 'plain' })), inUnit, 'infra')[0]?.fingerprint).toBe(
      fingerprint('probe', ['infra/teams/a:microsoft.compute/virtualmachines/web-01', ''])
    )
  })
})

describe('runRules: a report about an entry that names the VM (an exemption)', () => {
  const about = { identity: ['.github/gate.yml', 'configuration'], resourceRole: 'exempted-resource' }

  it('is the workspace’s, with its own identity after the VM’s, and the VM as its one related location', () => {
    const at: SourceLocation = loc(7, '.github/gate.yml')
    const related = [{ file: 'infra/prod.bicepparam', startLine: 3, role: 'parameter-file' }]
    const findings = run(probe(fail({ messageId: 'plain', location: at, about })), vm({ related, variant: 'prod' }))
    expect(findings).toEqual([
      {
        ruleId: 'probe',
        severity: 'warning',
        message: 'Plain text.',
        location: at,
        resource: 'web-01',
        subject: WORKSPACE_SUBJECT,
        fingerprint: fingerprint('probe', [
          '.github/gate.yml',
          'configuration',
          'microsoft.compute/virtualmachines/web-01',
          'prod'
        ]),
        related: [{ file: 'infra/main.bicep', startLine: 10, role: 'exempted-resource' }],
        docsUrl: 'https://example.test/probe'
      }
    ])
  })

  it('names only the report’s advisory, never the assessment’s', () => {
    const findings = run(probe(fail({ messageId: 'plain', about }, { messageId: 'plain', about, advisoryId: 'own' })))
    expect(findings.map(f => [f.location.line, f.advisoryId])).toEqual([
      [10, undefined],
      [10, 'own']
    ])
    expect(Object.keys(findings[0] ?? {})).not.toContain('advisoryId')
  })
})

describe('runRules: the lines that make the VM affected', () => {
  it('are left out for a VM that is not affected', () => {
    const legacy = vm({ enableHotpatching: lit(false, 23) })
    expect(assessmentOf(legacy).affected).toBe('no')
    expect(run(probe(fail({ messageId: 'plain' })), legacy)[0]?.related).toEqual([])
  })

  it('leave out a provider default and the line the finding is on', () => {
    const defaulted = vm({ enableHotpatching: providerDefault(true, 23) })
    expect(run(probe(fail({ messageId: 'plain' })), defaulted)[0]?.related).toEqual([CAUSES[1]])
    expect(run(probe(fail({ messageId: 'plain', location: loc(16) })))[0]?.related).toEqual([CAUSES[0]])
    expect(run(probe(fail({ messageId: 'plain', location: loc(23) })))[0]?.related).toEqual([CAUSES[1]])
  })

  it('follow a value through the files it came through, each line once, telling files apart', () => {
    const hotpatch = { ...lit(true, 23), via: [loc(23, 'infra/prod.bicepparam'), loc(16)] }
    expect(run(probe(fail({ messageId: 'plain' })), vm({ enableHotpatching: hotpatch }))[0]?.related).toEqual([
      CAUSES[0],
      { file: 'infra/prod.bicepparam', startLine: 23, role: 'cause' },
      CAUSES[1]
    ])
  })
})

describe('runWorkspaceRules', () => {
  const context: WorkspaceContext = { model: model(), asOf: AS_OF, unattachedExemptions: [] }
  const report = (overrides: Partial<WorkspaceReport> = {}): WorkspaceReport => ({
    messageId: 'said',
    data: { who: 'the gate', what: 'no' },
    location: loc(3, '.github/gate.yml'),
    name: 'inline exemption',
    identity: ['.github/gate.yml', 'x'],
    ...overrides
  })

  it('turns each report into a finding about the workspace, fingerprinted by its identity', () => {
    expect(runWorkspaceRules([probe({ outcome: 'pass' }, [report()])], context)).toEqual([
      {
        ruleId: 'probe',
        severity: 'warning',
        message: 'the gate said no',
        location: loc(3, '.github/gate.yml'),
        resource: 'inline exemption',
        subject: WORKSPACE_SUBJECT,
        fingerprint: fingerprint('probe', ['.github/gate.yml', 'x']),
        related: [],
        docsUrl: 'https://example.test/probe'
      }
    ])
  })

  it('keeps a report’s own severity and advisory; a rule without a workspace check reports nothing', () => {
    const findings = runWorkspaceRules(
      [probe({ outcome: 'pass' }), probe({ outcome: 'pass' }, [report({ severity: 'notice', advisoryId: 'own' })])],
      context
    )
    expect(findings.map(f => [f.severity, f.advisoryId])).toEqual([['notice', 'own']])
  })
})
