/**
 * Exemptions (src/policy/configuration/exemptions.ts, src/policy/configuration/inline-attach.ts) applied by the policy: keyed by
 * resource identity, shown as exempted, expiring, bounded by the maximum lifetime, never covering the
 * rules about exemptions.
 */
import { describe, expect, it } from '@jest/globals'
import { parseInlineExemption } from '../../src/config/inline-exemption.js'
import { configuration as maintenance, loc, model, scaleSet, vm, withPlan } from '../policy/builders.js'
import { CONFIG_FILE, configured, evaluate, inline, summarize } from './helpers.js'

const exemption = (resource: string, rule: string, expires: string, extra = '') =>
  `  - {resource: "${resource}", rule: "${rule}", reason: Retired in February, owner: team-web, expires: ${expires}${extra}}`

describe('exemptions in the configuration', () => {
  it('marks the finding exempted, keeps it in the results, and records what the exemption covered', () => {
    const result = evaluate(model(), { configuration: configured('exemptions:', exemption('web-01', 'reboot-plan-required', '2026-02-13')) })
    expect(summarize(result.findings)).toEqual([
      `reboot-plan-required error infra/main.bicep:10 exempted until 2026-02-13 by ${CONFIG_FILE}:2`
    ])
    expect(result.findings[0]?.exemption).toEqual({
      reason: 'Retired in February',
      owner: 'team-web',
      expires: '2026-02-13',
      source: `${CONFIG_FILE}:2`
    })
    expect(result.exemptions?.map(e => [e.source, e.label, e.status, e.resources, e.exempted])).toEqual([
      ['configuration', `exemptions[0] in ${CONFIG_FILE}`, 'active', ['web-01'], 1]
    ])
  })

  it('keys exemptions by name glob and resource ID, never by file or line', () => {
    const other = vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'app-01', resourceGroup: 'rg-app' }, reportAt: loc(80), declaredAt: loc(80) })
    const configuration = configured(
      'exemptions:',
      exemption('WEB-*', 'reboot-plan-required', '2026-02-13'),
      exemption('/subscriptions/0/resourceGroups/RG-APP/providers/Microsoft.Compute/virtualMachines/APP-01', '*', '2026-02-13'),
      exemption('/subscriptions/0/resourceGroups/rg-other/providers/Microsoft.Compute/virtualMachines/app-01', '*', '2026-02-14'),
      exemption('/subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachineScaleSets/app-01', 'reboot-plan-required', '2026-02-14')
    )
    const result = evaluate(model({ virtualMachines: [vm(), other] }), { configuration })
    expect(summarize(result.findings)).toEqual([
      `reboot-plan-required error infra/main.bicep:10 exempted until 2026-02-13 by ${CONFIG_FILE}:2`,
      `reboot-plan-required error infra/main.bicep:80 exempted until 2026-02-13 by ${CONFIG_FILE}:3`
    ])
    expect(result.exemptions?.map(e => [e.resources, e.exempted])).toEqual([
      [['web-01'], 1],
      [['app-01'], 1],
      [[], 0],
      [[], 0]
    ])
  })

  it("prefers the rule's own exemption over '*', then the one that lasts longest", () => {
    const configuration = configured(
      'exemptions:',
      exemption('web-*', '*', '2026-03-01'),
      exemption('web-01', 'reboot-plan-required', '2026-02-01'),
      exemption('web-0?', 'reboot-plan-required', '2026-02-20')
    )
    const result = evaluate(model(), { configuration })
    expect(summarize(result.findings)).toEqual([`reboot-plan-required error infra/main.bicep:10 exempted until 2026-02-20 by ${CONFIG_FILE}:4`])
  })

  it('reports an expired exemption as an error of its own and no longer exempts the finding', () => {
    const result = evaluate(model(), { configuration: configured('exemptions:', exemption('web-01', 'reboot-plan-required', '2026-01-09')) })
    expect(summarize(result.findings)).toEqual([
      `exemption-expired error ${CONFIG_FILE}:2`,
      'reboot-plan-required error infra/main.bicep:10'
    ])
    expect(result.findings[0]?.message).toBe(
      `VM 'web-01' is exempted from reboot-plan-required by exemptions[0] in ${CONFIG_FILE} (owner team-web: ` +
        'Retired in February), but the exemption expired on 2026-01-09, so the findings it covered count again. ' +
        'Fix what they report, or renew the exemption with a later expiry date.'
    )
    expect(result.exemptions?.map(e => [e.status, e.exempted])).toEqual([['expired', 0]])
  })

  it('refuses an exemption past the maximum lifetime, with the configured maximum', () => {
    const configuration = configured('max-exemption-days: 30', 'exemptions:', exemption('web-01', '*', '2026-02-10'))
    const result = evaluate(model(), { configuration })
    expect(summarize(result.findings)).toEqual([`invalid-exemption error ${CONFIG_FILE}:3`, 'reboot-plan-required error infra/main.bicep:10'])
    expect(result.findings[0]?.message).toBe(
      `VM 'web-01' is exempted from every rule by exemptions[0] in ${CONFIG_FILE} (owner team-web), but the ` +
        'exemption is not applied: it expires on 2026-02-10, 31 days after the evaluation date 2026-01-10; ' +
        'exemptions may last at most 30 days (max-exemption-days). Set an earlier expiry date, and renew it when ' +
        'it runs out.'
    )
    expect(summarize(evaluate(model(), { configuration, asOfText: '2026-01-11' }).findings)).toEqual([
      `reboot-plan-required error infra/main.bicep:10 exempted until 2026-02-10 by ${CONFIG_FILE}:3`
    ])
  })

  it("never lets '*' cover the rules about exemptions and declared plans", () => {
    const tagged = vm({ tags: { value: { 'hotpatch-reboot-window': 'soon', 'hotpatch-reboot-owner': 'ops' }, origin: 'literal', location: loc(12) } })
    const configuration = configured('exemptions:', exemption('web-01', '*', '2026-01-20'), exemption('web-01', 'indeterminate', '2026-01-01'))
    const result = evaluate(model({ virtualMachines: [tagged] }), { configuration })
    expect(summarize(result.findings)).toEqual([
      `exemption-expired error ${CONFIG_FILE}:3`,
      'invalid-reboot-plan error infra/main.bicep:12',
      `reboot-plan-required error infra/main.bicep:10 exempted until 2026-01-20 by ${CONFIG_FILE}:2`
    ])
  })

  it('applies after the severity settings: an exempted warning stays a warning, an `off` rule has nothing to exempt', () => {
    const platform = vm({ rebootSetting: { value: 'IfRequired', origin: 'literal', location: loc(25) }, bypassPlatformSafetyChecksOnUserSchedule: { value: false, origin: 'literal', location: loc(26) } })
    const configuration = configured('platform-reboot: accept', 'exemptions:', exemption('web-01', 'platform-reboot-only', '2026-02-01'))
    const result = evaluate(model({ virtualMachines: [platform] }), { configuration })
    expect([summarize(result.findings), result.exemptions?.map(e => [e.status, e.exempted])]).toEqual([[], [['active', 0]]])
  })
})

describe('inline exemptions', () => {
  const FIELDS = 'rule=reboot-plan-required reason="Retired in February" owner=team-web expires=2026-02-13'

  it('parse quoted and bare values, with an optional ticket', () => {
    expect(parseInlineExemption(`${FIELDS} ticket=CAB-2291 */`)).toEqual({
      fields: { rule: 'reboot-plan-required', reason: 'Retired in February', owner: 'team-web', expires: '2026-02-13', ticket: 'CAB-2291' }
    })
    expect(parseInlineExemption(`rule=* reason='It\\'s "fine"' owner=a expires=2026-01-01`)).toEqual({
      problem: `expected key=value pairs, got 's'; expected rule=<rule id or *> reason="..." owner=<who> expires=YYYY-MM-DD`
    })
    expect(parseInlineExemption('rule=* reason="say \\"when\\"" owner=a expires=2026-01-01')).toEqual({
      fields: { rule: '*', reason: 'say "when"', owner: 'a', expires: '2026-01-01' }
    })
  })

  it.each([
    ['', 'it names nothing; expected rule=<rule id or *> reason="..." owner=<who> expires=YYYY-MM-DD'],
    ['reason', `expected key=value pairs, got 'reason'; expected rule=<rule id or *> reason="..." owner=<who> expires=YYYY-MM-DD`],
    ['rule=* rule=*', 'rule= is given twice'],
    ['rule= owner=a', 'rule= is empty'],
    ['rule=* until=2026-01-01', `unknown field 'until'; expected rule=<rule id or *> reason="..." owner=<who> expires=YYYY-MM-DD and optionally ticket=...`],
    ['rule=* reason=x', 'missing owner=, expires=; expected rule=<rule id or *> reason="..." owner=<who> expires=YYYY-MM-DD']
  ])('refuse %j: %s', (text, problem) => {
    expect(parseInlineExemption(text)).toEqual({ problem })
  })

  it('key to the resource below, past comments, decorators and blank lines, as the configuration does', () => {
    const lines: Record<string, string> = { 'infra/main.bicep:6': '', 'infra/main.bicep:7': '// the web tier', 'infra/main.bicep:8': "@description('web')", 'infra/main.bicep:9': '@batchSize(1)', 'infra/main.bicep:10': "resource web 'Microsoft.Compute/virtualMachines@2024-07-01' = {" }
    const readLine = (file: string, line: number) => lines[`${file}:${line}`]
    const result = evaluate(inline(model(), [5, FIELDS]), { readLine })
    expect(summarize(result.findings)).toEqual(['reboot-plan-required error infra/main.bicep:10 exempted until 2026-02-13 by infra/main.bicep:5'])
    expect(result.exemptions?.map(e => [e.source, e.label, e.resource, e.resources])).toEqual([
      ['inline', 'the inline exemption at infra/main.bicep:5', 'web-01', ['web-01']]
    ])
  })

  it('key to the resource whose block they sit in', () => {
    const text = [
      ...Array<string>(9).fill(''),
      "resource web 'Microsoft.Compute/virtualMachines@2024-07-01' = {",
      ...Array<string>(19).fill('  x: 1'),
      `  // hotpatch-reboot-gate-exempt ${FIELDS}`,
      '  properties: {',
      '  }',
      '}',
      ...Array<string>(6).fill(''),
      "resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2024-07-01' = {",
      '}'
    ]
    const readLine = (file: string, line: number) => (file === 'infra/main.bicep' ? text[line - 1] : undefined)
    const second = scaleSet({ reportAt: loc(40), declaredAt: loc(40) })
    const result = evaluate(inline(model({ virtualMachines: [vm(), second] }), [30, FIELDS]), { readLine })
    expect(summarize(result.findings)).toEqual([
      'reboot-plan-required error infra/main.bicep:10 exempted until 2026-02-13 by infra/main.bicep:30',
      'reboot-plan-required error infra/main.bicep:40'
    ])
  })

  it('report a comment on a maintenance configuration, or in a file without VMs, at the comment', () => {
    const result = evaluate(
      {
        ...withPlan({ maintenanceConfigurations: [maintenance()] }),
        inlineExemptions: [
          { location: loc(39), text: FIELDS },
          { location: loc(3, 'infra/network.bicep'), text: 'rule=* reason=x owner=y expires=2026-01-31' }
        ]
      },
      { readLine: () => undefined }
    )
    const unattached = result.findings.filter(f => f.ruleId === 'invalid-exemption')
    expect(unattached.map(f => [f.message, `${f.location.file}:${f.location.line}`, f.resource, f.fingerprint.length])).toEqual([
      [
        "The inline exemption at infra/main.bicep:39 is not on a VM or scale set (it sits on maintenance configuration 'patch-window'), so it exempts nothing. Put it on the line above the VM's declaration, or inside its block.",
        'infra/main.bicep:39',
        'inline exemption',
        16
      ],
      [
        "The inline exemption at infra/network.bicep:3 is not on a VM or scale set, so it exempts nothing. Put it on the line above the VM's declaration, or inside its block.",
        'infra/network.bicep:3',
        'inline exemption',
        16
      ]
    ])
    expect(result.exemptions?.map(e => [e.status, e.resources])).toEqual([
      ['active', []],
      ['active', []]
    ])
  })

  it('cover the VMs a module call or nested deployment reports at the commented line', () => {
    const fromModule = (name: string) =>
      vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name }, reportAt: loc(20), declaredAt: loc(4, 'modules/vm.bicep') })
    const result = evaluate(inline(model({ virtualMachines: [fromModule('vm-a'), fromModule('vm-b')] }), [19, FIELDS]))
    expect(summarize(result.findings)).toEqual([
      'reboot-plan-required error infra/main.bicep:20 exempted until 2026-02-13 by infra/main.bicep:19',
      'reboot-plan-required error infra/main.bicep:20 exempted until 2026-02-13 by infra/main.bicep:19'
    ])
    expect(result.exemptions?.[0]?.resource).toBe('vm-a, vm-b')
  })
})
