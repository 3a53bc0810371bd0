/**
 * src/policy/rule-support.ts under mutation (issue 12, docs/mutation/policy-rest-b.md): the placeholders every
 * hotpatch message shares, the evidence helpers the rules decide on, and the one-line fix, asserted exactly.
 */
import { describe, expect, it } from '@jest/globals'
import type { InfrastructureModel, VirtualMachine } from '../../src/model/resources.js'
import type { Advisory, HotpatchImage } from '../../src/policy/advisory.js'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import { arcImageMatch } from '../../src/policy/arc.js'
import { imageName } from '../../src/policy/describe.js'
import { planDefinition, rebootCause } from '../../src/policy/messages.js'
import { PLAN_SCALE_SET } from './expected-text.js'
import {
  describeInputs,
  docsUrlFor,
  hasBrokenWindow,
  hasUnhonouredPlan,
  hotpatchData,
  inGuestPatchPlans,
  planFix,
  replaceOnLine
} from '../../src/policy/rule-support.js'
import type { Assessment, PlanEvidence, RuleContext } from '../../src/policy/types.js'
import { assessFirst } from './assess-helpers.js'
import { lit, loc, model, scaleSet, unknownValue, vm, withPlan } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
const contextOf = (m: InfrastructureModel, readLine?: RuleContext['readLine']): RuleContext => ({
  assessment: assessFirst(m),
  model: m,
  asOf: AS_OF,
  advisories: getBuiltInAdvisories(),
  ...(readLine !== undefined && { readLine })
})
const CAUSE =
  'Hotpatch machines still restart for every baseline update (January, April, July, October); the next baseline is ' +
  'January 2027 (Patch Tuesday 2027-01-12).'
const plan = (noun: string) =>
  `A reboot plan is an InGuestPatch maintenance configuration assigned to the ${noun} that allows reboots ` +
  "(rebootSetting IfRequired or Always) and opens between a baseline's release and the next one's, with patchMode " +
  `AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true on the ${noun}.`
const sku = (allowed?: string[]) => ({ sku: { ...unknownValue<string>(16, 'x'), ...(allowed !== undefined && { allowed }) } })

describe('hotpatchData', () => {
  it('names the VM, its OS, why it reboots, what a plan is and the language of the fix', () => {
    expect(hotpatchData(contextOf(model()))).toEqual({
      subject: "VM 'web-01'",
      noun: 'VM',
      os: 'Windows Server 2025 Datacenter: Azure Edition',
      cause: CAUSE,
      plan: plan('VM'),
      language: 'Bicep'
    })
    expect(hotpatchData(contextOf(model({ virtualMachines: [scaleSet({ format: 'terraform' })] })))).toMatchObject({
      subject: "Scale set 'web-vmss'",
      noun: 'scale set',
      plan: PLAN_SCALE_SET,
      language: 'Terraform'
    })
  })

  it('an image pinned to allowed values: every listed image it may be, in any case; too many or none: the image as written', () => {
    const os = (image: ReturnType<typeof sku>) => hotpatchData(contextOf(model({ virtualMachines: [vm({ image })] }))).os
    expect(os(sku(['2025-DATACENTER-azure-edition', '2022-datacenter-azure-edition-hotpatch', 'not-listed']))).toBe(
      'Windows Server 2025 Datacenter: Azure Edition or Windows Server 2022 Datacenter: Azure Edition Hotpatch'
    )
    expect(os(sku(['2025-datacenter-azure-edition']))).toBe('Windows Server 2025 Datacenter: Azure Edition')
    expect(
      os(sku(['2025-datacenter-azure-edition', '2025-datacenter-azure-edition-core', '2022-datacenter-azure-edition-core', '2022-datacenter-azure-edition-hotpatch']))
    ).toBe('MicrosoftWindowsServer:WindowsServer:?')
    expect(os(sku())).toBe('MicrosoftWindowsServer:WindowsServer:?')
  })
})

describe('hotpatchData: no advisory, an Arc machine, and how many OS labels', () => {
  const advisory = getBuiltInAdvisories()[0] as Advisory
  const pinnedTo = (...skus: string[]) => vm({ image: sku(skus) })
  const withVm = (machine: VirtualMachine, overrides: Partial<RuleContext> = {}, assessed: Partial<Assessment> = {}): RuleContext => {
    const context = contextOf(model({ virtualMachines: [machine] }))
    return { ...context, ...overrides, assessment: { ...context.assessment, vm: machine, ...assessed } }
  }

  it('without an advisory: the image as written, no cause, whatever images it may be', () => {
    const data = hotpatchData(withVm(pinnedTo('2025-datacenter-azure-edition', '2022-datacenter-azure-edition-hotpatch'), {}, { advisory: undefined }))
    expect([data.os, data.cause]).toEqual(['MicrosoftWindowsServer:WindowsServer:?', ''])
  })

  it('an Arc machine: Windows Server 2025 through Arc, the advisory’s cause for its family, the Arc plan', () => {
    const arc = vm({ kind: 'arc-machine', identity: { type: 'Microsoft.HybridCompute/machines', name: 'dc-01' } })
    const during = new Date('2025-11-03T00:00:00Z')
    expect(hotpatchData(withVm(arc, { asOf: during }, { advisory }))).toEqual({
      subject: "Arc machine 'dc-01'",
      noun: 'Arc machine',
      os: 'Windows Server 2025 (Azure Arc-enabled)',
      cause: rebootCause(advisory, arcImageMatch([advisory]), during),
      plan: planDefinition('Arc machine', true),
      language: 'Bicep'
    })
    expect(rebootCause(advisory, arcImageMatch([advisory]), during)).toContain('Windows Server 2025 hotpatch machines that installed KB5070881')
    const unlisted = hotpatchData(withVm(arc, {}, { advisory: undefined }))
    expect([unlisted.os, unlisted.cause]).toEqual([imageName(arc.image), ''])
  })

  it('three labels are named; none is the image as written', () => {
    const three = pinnedTo('2025-datacenter-azure-edition', '2025-datacenter-azure-edition-core', '2022-datacenter-azure-edition-core')
    expect(hotpatchData(withVm(three, {}, { advisory })).os).toBe(
      'Windows Server 2025 Datacenter: Azure Edition or Windows Server 2025 Datacenter: Azure Edition Core or ' +
        'Windows Server 2022 Datacenter: Azure Edition Core'
    )
    expect(hotpatchData(withVm(pinnedTo('not-listed'), {}, { advisory })).os).toBe('MicrosoftWindowsServer:WindowsServer:?')
  })

  it('two images of one label (an advisory that lists two SKUs of one OS): the image as written, not the label', () => {
    const listed = advisory.hotpatchImages.find(image => image.sku === '2025-datacenter-azure-edition') as HotpatchImage
    const custom: Advisory = { ...advisory, hotpatchImages: [listed, { ...listed, sku: '2025-datacenter-azure-edition-v2' }] }
    const machine = pinnedTo('2025-datacenter-azure-edition', '2025-datacenter-azure-edition-v2')
    expect(hotpatchData(withVm(machine, { advisories: [custom] }, { advisory: custom })).os).toBe('MicrosoftWindowsServer:WindowsServer:?')
  })
})

describe('the evidence helpers', () => {
  const withStatus = (assessment: Assessment, ...statuses: PlanEvidence['status'][]): Assessment => ({
    ...assessment,
    evidence: statuses.map(status => ({ ...(assessment.evidence[0] as PlanEvidence), status, detail: status }))
  })
  const planned = assessFirst(withPlan())

  it('InGuestPatch plans are the valid, reboot-blocked and expired ones', () => {
    const all = withStatus(planned, 'valid', 'reboot-blocked', 'expired', 'not-in-guest-patch', 'unverifiable', 'misses-baseline', 'malformed-window')
    expect(inGuestPatchPlans(all).map(e => e.detail)).toEqual(['valid', 'reboot-blocked', 'expired'])
  })

  it('a broken window: expired, missing the baselines, malformed, or valid on a VM that does not honour it', () => {
    expect((['expired', 'misses-baseline', 'malformed-window', 'reboot-blocked', 'unverifiable', 'valid'] as const).map(s => hasBrokenWindow(withStatus(planned, s)))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false
    ])
    const unhonoured = assessFirst(withPlan({ virtualMachines: [vm({ patchMode: lit('AutomaticByOS', 22) })] }))
    expect([hasUnhonouredPlan(unhonoured), hasBrokenWindow(unhonoured)]).toEqual([true, true])
    expect(hasUnhonouredPlan(withStatus(unhonoured, 'expired'))).toBe(false)
    expect(hasUnhonouredPlan(planned)).toBe(false)
  })
})

describe('describeInputs, docsUrlFor, planFix', () => {
  it('say exactly', () => {
    expect(
      describeInputs([
        { field: 'image.sku', reason: 'a', location: loc(16) },
        { field: 'tags', reason: 'b', location: loc(12, 'x.bicep') }
      ])
    ).toBe('image.sku at infra/main.bicep:16: a; tags at x.bicep:12: b')
    expect(docsUrlFor('reboot-blocked')).toBe('https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/reboot-blocked.md')
    expect(planFix(contextOf(model()))?.snippet?.language).toBe('bicep')
    // No window reaches a scale set (scale-set-plans.ts): no fix suggests one.
    expect(planFix(contextOf(model({ virtualMachines: [scaleSet()] })))).toBeUndefined()
  })
})

describe('replaceOnLine', () => {
  const NEVER = /\bNever\b/i
  const setting = lit('Never', 25)
  const context = (line: string | undefined) => contextOf(model(), (file, n) => (file === 'infra/main.bicep' && n === 25 ? line : undefined))

  it('rewrites a literal that occurs once on its line', () => {
    expect(replaceOnLine(context("      rebootSetting: 'Never'"), setting, NEVER, 'IfRequired')).toEqual({
      replacement: { location: loc(25), text: "      rebootSetting: 'IfRequired'" }
    })
    expect(replaceOnLine(context('x = never'), setting, /\bnever\b/g, 'IfRequired')).toEqual({
      replacement: { location: loc(25), text: 'x = IfRequired' }
    })
  })

  it('offers nothing for a value that is not a literal, a line it cannot read, or a value written twice or not at all', () => {
    expect(replaceOnLine(context("rebootSetting: 'Never'"), { ...setting, origin: 'default' }, NEVER, 'IfRequired')).toBeUndefined()
    expect(replaceOnLine(context(undefined), setting, NEVER, 'IfRequired')).toBeUndefined()
    expect(replaceOnLine(context("a: 'Never', b: 'never'"), setting, NEVER, 'IfRequired')).toBeUndefined()
    expect(replaceOnLine(context('rebootSetting: setting'), setting, NEVER, 'IfRequired')).toBeUndefined()
  })
})
