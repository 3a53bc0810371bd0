import { formatDay } from '../../evaluation-day.js'
import type { InfrastructureModel, InlineExemption, Resource, VirtualMachine } from '../../model/resources.js'
import { formatLocation } from '../../model/source.js'
import type { Exemption, ExemptionRecord, Finding } from '../types.js'
import { BlockExtents, type LineReader } from './block-extent.js'
import { attachInlineExemption } from './inline-attach.js'
import { parseInlineExemption } from '../../config/inline-exemption.js'
import { calendarDay } from '../../config/iso-time.js'
import { matchesResource } from './resource-match.js'
import { DEFAULT_MAX_EXEMPTION_DAYS, UNEXEMPTABLE_RULES, type PolicyConfiguration } from '../../config/types.js'

const DAY = 86_400_000

/** Every exemption of one evaluation, keyed to the VMs it names. */
export interface ExemptionIndex {
  /** Exemptions as written (configuration entries, then inline comments), with their VMs. */
  readonly entries: readonly { readonly exemption: Exemption; readonly vms: readonly VirtualMachine[] }[]
  /** Inline exemptions that sit on no VM: reported at the comment, they exempt nothing. */
  readonly unattached: readonly { readonly exemption: Exemption; readonly on: string | undefined }[]
  /** The exemptions keyed to a VM, in the order written. */
  of(vm: VirtualMachine): readonly Exemption[]
}

export interface ExemptionInputs {
  readonly model: InfrastructureModel
  readonly configuration: PolicyConfiguration | undefined
  readonly asOf: Date
  /** Every rule id an exemption may name. */
  readonly ruleIds: readonly string[]
  readonly readLine?: LineReader
}

/**
 * Reads the configuration's `exemptions:` and the inline exemption comments, keys each to the VMs it
 * names (a configuration entry by name, glob or resource ID; a comment by the resource it sits on) and
 * decides whether it is in force at the evaluation date: not expired, not further ahead than the
 * maximum lifetime, and readable.
 */
export function indexExemptions(inputs: ExemptionInputs): ExemptionIndex {
  const { model, configuration } = inputs
  const maxDays = configuration?.maxExemptionDays ?? DEFAULT_MAX_EXEMPTION_DAYS
  const entries: { exemption: Exemption; vms: VirtualMachine[] }[] = []
  const unattached: { exemption: Exemption; on: string | undefined }[] = []
  for (const entry of configuration?.exemptions ?? []) {
    const base = { ...entry, source: 'configuration' as const, label: `${entry.label} in ${configuration?.file ?? ''}` }
    const exemption = withStatus(base, inputs.asOf, maxDays)
    entries.push({ exemption, vms: model.virtualMachines.filter(vm => matchesResource(entry.resource, vm)) })
  }
  // One reading of each block for every comment of the evaluation.
  const extents = new BlockExtents(inputs.readLine)
  for (const comment of model.inlineExemptions) {
    const attached = attachInlineExemption(comment, model, inputs.readLine, extents)
    const vms = attached.kind === 'vms' ? attached.vms : []
    const exemption = readInline(comment, vms, inputs, maxDays)
    if (attached.kind === 'vms') entries.push({ exemption, vms: [...vms] })
    else unattached.push({ exemption, on: attached.kind === 'other' ? describeResource(attached.resource) : undefined })
  }
  const byVm = new Map<VirtualMachine, Exemption[]>()
  for (const { exemption, vms } of entries) {
    for (const vm of vms) byVm.set(vm, [...(byVm.get(vm) ?? []), exemption])
  }
  // Asked for every VM, nearly all without one: one shared empty list.
  return { entries, unattached, of: vm => byVm.get(vm) ?? NO_EXEMPTIONS }
}

const NO_EXEMPTIONS: readonly Exemption[] = []

function describeResource(resource: Resource): string {
  const kind = resource.kind === 'maintenance-configuration' ? 'maintenance configuration' : 'maintenance assignment'
  return `${kind} '${resource.displayName}'`
}

function readInline(
  comment: InlineExemption,
  vms: readonly VirtualMachine[],
  inputs: ExemptionInputs,
  maxDays: number
): Exemption {
  const parsed = parseInlineExemption(comment.text)
  const names = [...new Set(vms.map(vm => vm.displayName))].join(', ')
  const base = {
    source: 'inline' as const,
    label: `the inline exemption at ${comment.location.file}:${comment.location.line}`,
    resource: names,
    location: comment.location,
    expiresAt: comment.location
  }
  if ('problem' in parsed) {
    return { ...base, rule: '', reason: '', owner: '', expires: '', status: 'malformed', problem: parsed.problem }
  }
  const exemption = { ...base, ...parsed.fields }
  const { rule } = parsed.fields
  if (UNEXEMPTABLE_RULES.includes(rule)) {
    return { ...exemption, status: 'malformed', problem: `rule=${rule} cannot be exempted: fix what it reports` }
  }
  if (rule !== '*' && !inputs.ruleIds.includes(rule)) {
    return { ...exemption, status: 'malformed', problem: `rule=${rule} is not a rule id (${inputs.ruleIds.join(', ')}) or *` }
  }
  return withStatus(exemption, inputs.asOf, maxDays)
}

function withStatus(exemption: Omit<Exemption, 'status'>, asOf: Date, maxDays: number): Exemption {
  const expiry = calendarDay(exemption.expires)
  if (expiry === undefined) {
    return { ...exemption, status: 'malformed', problem: `expires=${exemption.expires} is not a date (YYYY-MM-DD)` }
  }
  const today = Math.floor(asOf.getTime() / DAY)
  if (expiry < today) return { ...exemption, status: 'expired' }
  if (expiry - today > maxDays) {
    const evaluated = formatDay(asOf)
    const problem =
      `it expires on ${exemption.expires}, ${expiry - today} days after the evaluation date ${evaluated}; ` +
      `exemptions may last at most ${maxDays} days (max-exemption-days)`
    return { ...exemption, status: 'too-long', problem }
  }
  return { ...exemption, status: 'active' }
}

/**
 * Marks the findings an exemption in force covers: same rule (or `*`), on a VM it is keyed to. The rule's
 * own exemption wins over `*`, then the one that lasts longest. Findings about exemptions and declared
 * plans are never exempted.
 */
export function applyExemptions(findings: readonly Finding[], exemptions: readonly Exemption[]): Finding[] {
  const active = exemptions.filter(exemption => exemption.status === 'active')
  if (active.length === 0) return [...findings]
  return findings.map(finding => {
    if (UNEXEMPTABLE_RULES.includes(finding.ruleId)) return finding
    const matching = active
      .filter(exemption => exemption.rule === finding.ruleId || exemption.rule === '*')
      .sort((a, b) => Number(b.rule !== '*') - Number(a.rule !== '*') || b.expires.localeCompare(a.expires))
    const chosen = matching[0]
    if (chosen === undefined) return finding
    const { reason, owner, expires } = chosen
    return { ...finding, exemption: { reason, owner, expires, source: formatLocation(chosen.location).replace(/:\d+$/, '') } }
  })
}

/** The exemptions with the VMs they are keyed to and how many findings each exempted, for the report. */
export function recordExemptions(index: ExemptionIndex, findings: readonly Finding[]): ExemptionRecord[] {
  const all = [...index.entries, ...index.unattached.map(({ exemption }) => ({ exemption, vms: [] }))]
  return all.map(({ exemption, vms }) => {
    const source = formatLocation(exemption.location).replace(/:\d+$/, '')
    const names = new Set(vms.map(vm => vm.displayName))
    const exempted = findings.filter(
      f => f.exemption?.source === source && names.has(f.resource) && (exemption.rule === '*' || exemption.rule === f.ruleId)
    ).length
    return { ...exemption, resources: [...names], exempted }
  })
}
