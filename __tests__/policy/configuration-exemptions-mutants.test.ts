/**
 * src/policy/configuration/exemptions.ts and inline-attach.ts under mutation (issue 12,
 * docs/mutation/policy-rest-b.md): the exemption index driven directly, with the exact status, problem,
 * label and VMs of each exemption at the edges of its lifetime; inline comments checked for the rule they
 * name and keyed to what they sit on; and which exemption a finding gets.
 */
import { describe, expect, it } from '@jest/globals'
import type { InfrastructureModel } from '../../src/model/resources.js'
import { applyExemptions, indexExemptions, recordExemptions } from '../../src/policy/configuration/exemptions.js'
import type { Exemption, Finding } from '../../src/policy/types.js'
import { CONFIG_FILE, configured } from '../config/helpers.js'
import { assignment, configuration, loc, model, vm } from './builders.js'

const AS_OF = new Date('2026-01-10T12:00:00Z')
const RULES = ['reboot-plan-required', 'indeterminate']
const entry = (resource: string, rule: string, expires: string) =>
  `  - {resource: "${resource}", rule: "${rule}", reason: Retired, owner: team-web, expires: ${expires}}`
const withInline = (base: InfrastructureModel, ...comments: [number, string][]): InfrastructureModel => ({
  ...base,
  inlineExemptions: comments.map(([line, text]) => ({ location: loc(line), text }))
})
const inlineText = (rule: string, expires = '2026-02-01') => `rule=${rule} reason=Retired owner=team-web expires=${expires}`
const statusOf = (e: Exemption) => [e.status, e.problem]

describe('indexExemptions: the lifetime of an exemption', () => {
  it('active until its expiry day and up to max-exemption-days ahead; expired the day after; too long past it', () => {
    const index = indexExemptions({
      model: model(),
      configuration: configured(
        'max-exemption-days: 30',
        'exemptions:',
        entry('web-01', '*', '2026-01-10'),
        entry('web-*', '*', '2026-01-09'),
        entry('web-0?', '*', '2026-02-09'),
        entry('w*', '*', '2026-02-10')
      ),
      asOf: AS_OF,
      ruleIds: RULES
    })
    expect(index.entries.map(({ exemption }) => statusOf(exemption))).toEqual([
      ['active', undefined],
      ['expired', undefined],
      ['active', undefined],
      [
        'too-long',
        'it expires on 2026-02-10, 31 days after the evaluation date 2026-01-10; exemptions may last at most 30 days ' +
          '(max-exemption-days)'
      ]
    ])
    expect(index.entries.map(({ exemption }) => exemption.label)).toEqual([
      `exemptions[0] in ${CONFIG_FILE}`,
      `exemptions[1] in ${CONFIG_FILE}`,
      `exemptions[2] in ${CONFIG_FILE}`,
      `exemptions[3] in ${CONFIG_FILE}`
    ])
  })

  it('without a configuration, an inline exemption may last the default 90 days', () => {
    const index = indexExemptions({
      model: withInline(model(), [9, inlineText('*', '2026-04-10')], [9, inlineText('*', '2026-04-11')]),
      configuration: undefined,
      asOf: AS_OF,
      ruleIds: RULES
    })
    expect(index.entries.map(({ exemption }) => statusOf(exemption))).toEqual([
      ['active', undefined],
      [
        'too-long',
        'it expires on 2026-04-11, 91 days after the evaluation date 2026-01-10; exemptions may last at most 90 days ' +
          '(max-exemption-days)'
      ]
    ])
  })

  it('an expiry that is not a calendar day is malformed', () => {
    const index = indexExemptions({ model: withInline(model(), [9, inlineText('*', '2026-02-30')]), configuration: undefined, asOf: AS_OF, ruleIds: RULES })
    expect(index.entries.map(({ exemption }) => statusOf(exemption))).toEqual([
      ['malformed', 'expires=2026-02-30 is not a date (YYYY-MM-DD)']
    ])
  })
})

describe('indexExemptions: inline comments', () => {
  const index = (...comments: [number, string][]) =>
    indexExemptions({ model: withInline(model(), ...comments), configuration: undefined, asOf: AS_OF, ruleIds: RULES })

  it('name a rule id or *, never a rule about exemptions and declared plans', () => {
    const { entries } = index(
      [9, inlineText('reboot-plan-required')],
      [9, inlineText('*')],
      [9, inlineText('invalid-exemption')],
      [9, inlineText('reboot-plan')],
      [9, 'rule=*']
    )
    expect(entries.map(({ exemption }) => statusOf(exemption))).toEqual([
      ['active', undefined],
      ['active', undefined],
      ['malformed', 'rule=invalid-exemption cannot be exempted: fix what it reports'],
      ['malformed', 'rule=reboot-plan is not a rule id (reboot-plan-required, indeterminate) or *'],
      ['malformed', 'missing reason=, owner=, expires=; expected rule=<rule id or *> reason="..." owner=<who> expires=YYYY-MM-DD']
    ])
  })

  it('carry the comment as written, where it is, with the VM it is keyed to', () => {
    const [first] = index([9, `${inlineText('*')} ticket=CAB-1`]).entries
    expect(first?.exemption).toEqual({
      source: 'inline',
      label: 'the inline exemption at infra/main.bicep:9',
      resource: 'web-01',
      location: loc(9),
      expiresAt: loc(9),
      rule: '*',
      reason: 'Retired',
      owner: 'team-web',
      expires: '2026-02-01',
      ticket: 'CAB-1',
      status: 'active'
    })
    expect(first?.vms.map(v => v.displayName)).toEqual(['web-01'])
  })

  it('a malformed one keeps no fields but its problem', () => {
    const [first] = index([9, 'owner=a']).entries
    expect(first?.exemption).toMatchObject({ rule: '', reason: '', owner: '', expires: '', status: 'malformed' })
  })

  it('on a maintenance configuration or assignment, or on nothing, are unattached and say what they sit on', () => {
    const base = model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [assignment()] })
    const result = indexExemptions({
      model: {
        ...base,
        inlineExemptions: [
          { location: loc(39), text: inlineText('*') },
          { location: loc(59), text: inlineText('*') },
          { location: loc(3, 'infra/other.bicep'), text: inlineText('*') }
        ]
      },
      configuration: undefined,
      asOf: AS_OF,
      ruleIds: RULES
    })
    expect(result.unattached.map(({ exemption, on }) => [exemption.label, exemption.resource, on])).toEqual([
      ['the inline exemption at infra/main.bicep:39', '', "maintenance configuration 'patch-window'"],
      ['the inline exemption at infra/main.bicep:59', '', "maintenance assignment 'web-01-patch-window'"],
      ['the inline exemption at infra/other.bicep:3', '', undefined]
    ])
    expect(result.entries).toEqual([])
  })

  it('one comment on two instances of one VM names it once', () => {
    const twice = model({ virtualMachines: [vm(), vm({ variant: 'prod.bicepparam' })] })
    const [first] = indexExemptions({ model: withInline(twice, [9, inlineText('*')]), configuration: undefined, asOf: AS_OF, ruleIds: RULES }).entries
    expect([first?.exemption.resource, first?.vms.length]).toEqual(['web-01', 2])
  })
})

describe('indexExemptions: the exemptions of a VM', () => {
  it('configuration entries, then inline comments, in the order written; none for another VM', () => {
    const other = vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'app-01' }, reportAt: loc(80), declaredAt: loc(80) })
    const web = vm()
    const index = indexExemptions({
      model: withInline(model({ virtualMachines: [web, other] }), [9, inlineText('indeterminate')]),
      configuration: configured('exemptions:', entry('web-*', '*', '2026-01-20'), entry('db-*', '*', '2026-01-20'), entry('WEB-01', 'indeterminate', '2026-01-21')),
      asOf: AS_OF,
      ruleIds: RULES
    })
    expect(index.of(web).map(e => e.label)).toEqual([
      `exemptions[0] in ${CONFIG_FILE}`,
      `exemptions[2] in ${CONFIG_FILE}`,
      'the inline exemption at infra/main.bicep:9'
    ])
    expect(index.of(other)).toEqual([])
    expect(index.entries.map(({ vms }) => vms.map(v => v.displayName))).toEqual([['web-01'], [], ['web-01'], ['web-01']])
  })
})

describe('applyExemptions and recordExemptions', () => {
  const finding = (ruleId: string, resource = 'web-01'): Finding => ({
    ruleId,
    severity: 'error',
    message: 'm',
    location: loc(10),
    resource,
    subject: { kind: 'workspace' },
    fingerprint: 'f',
    docsUrl: 'u',
    related: []
  })
  const exemption = (rule: string, expires: string, line: number, status: Exemption['status'] = 'active'): Exemption => ({
    source: 'configuration',
    label: `e${line}`,
    resource: 'web-01',
    rule,
    reason: `r${line}`,
    owner: 'o',
    expires,
    location: { file: CONFIG_FILE, line, column: 5 },
    expiresAt: { file: CONFIG_FILE, line, column: 20 },
    status
  })

  it('a finding gets its rule’s own exemption before *, then the one that lasts longest; inactive ones count for nothing', () => {
    const exemptions = [
      exemption('*', '2026-03-01', 2),
      exemption('reboot-plan-required', '2026-02-01', 3),
      exemption('reboot-plan-required', '2026-02-20', 4),
      exemption('reboot-plan-required', '2026-12-31', 5, 'too-long'),
      exemption('indeterminate', '2026-01-01', 6, 'expired')
    ]
    const [plan, undecided, governance] = applyExemptions(
      [finding('reboot-plan-required'), finding('indeterminate'), finding('invalid-exemption')],
      exemptions
    )
    expect(plan?.exemption).toEqual({ reason: 'r4', owner: 'o', expires: '2026-02-20', source: `${CONFIG_FILE}:4` })
    expect(undecided?.exemption).toEqual({ reason: 'r2', owner: 'o', expires: '2026-03-01', source: `${CONFIG_FILE}:2` })
    expect(governance?.exemption).toBeUndefined()
  })

  it('a finding no active exemption names is left as it is', () => {
    const findings = [finding('indeterminate')]
    expect(applyExemptions(findings, [exemption('reboot-plan-required', '2026-02-01', 3)])).toEqual(findings)
    expect(applyExemptions(findings, [exemption('*', '2026-02-01', 3, 'expired')])).toEqual(findings)
  })

  it('counts the findings each exemption exempted: its source, its VMs, its rule', () => {
    const star = exemption('*', '2026-03-01', 2)
    const own = exemption('reboot-plan-required', '2026-02-01', 3)
    const web = vm()
    const index = { entries: [{ exemption: star, vms: [web] }, { exemption: own, vms: [web] }], unattached: [{ exemption: exemption('*', '2026-03-01', 7), on: undefined }], of: () => [] }
    const exempted = applyExemptions([finding('reboot-plan-required'), finding('indeterminate'), finding('indeterminate', 'app-01')], [star, own])
    // toStrictEqual: an unattached exemption names no VM at all, not one without a name ([undefined]).
    expect(recordExemptions(index, exempted).map(r => [r.label, r.resources, r.exempted])).toStrictEqual([
      ['e2', ['web-01'], 1],
      ['e3', ['web-01'], 1],
      ['e7', [], 0]
    ])
  })

  it('its rule’s own exemption wins over * whatever the order written, even when * lasts longer', () => {
    const own = exemption('reboot-plan-required', '2026-02-01', 3)
    const star = exemption('*', '2026-03-01', 4)
    for (const written of [[own, star], [star, own]]) {
      const [plan] = applyExemptions([finding('reboot-plan-required')], written)
      expect(plan?.exemption?.source).toBe(`${CONFIG_FILE}:3`)
    }
  })

  it('names the exemption by file and line, whatever the width of its column', () => {
    const wide = { ...exemption('*', '2026-03-01', 12), location: { file: CONFIG_FILE, line: 12, column: 37 } }
    const exempted = applyExemptions([finding('indeterminate')], [wide])
    expect(exempted[0]?.exemption?.source).toBe(`${CONFIG_FILE}:12`)
    const index = { entries: [{ exemption: wide, vms: [vm()] }], unattached: [], of: () => [] }
    expect(recordExemptions(index, exempted).map(r => r.exempted)).toEqual([1])
  })

  it('two exemptions written on one line (a flow sequence) each count only the findings of their own rule', () => {
    const onOneLine = (rule: string, column: number): Exemption => ({
      ...exemption(rule, '2026-02-01', 2),
      label: rule,
      location: { file: CONFIG_FILE, line: 2, column }
    })
    const plan = onOneLine('reboot-plan-required', 13)
    const undecided = onOneLine('indeterminate', 90)
    const web = vm()
    const index = { entries: [{ exemption: plan, vms: [web] }, { exemption: undecided, vms: [web] }], unattached: [], of: () => [] }
    const exempted = applyExemptions([finding('reboot-plan-required'), finding('indeterminate'), finding('indeterminate')], [plan, undecided])
    expect(recordExemptions(index, exempted).map(r => [r.label, r.exempted])).toEqual([
      ['reboot-plan-required', 1],
      ['indeterminate', 2]
    ])
  })
})
