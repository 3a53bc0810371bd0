import type { ManifestFormat, VirtualMachine } from '../model/resources.js'
import type { Advisory } from './advisory.js'
import type { Sourced } from '../model/source.js'
import { arcImageMatch } from './arc.js'
import { at, imageName, nounOf, subjectOf } from './describe.js'
import { findHotpatchCandidates, type ImageMatch } from './images.js'
import { planDefinition, rebootCause } from './messages.js'
import { SCALE_SET_PLAN, scaleSetPlanAdvice } from './scale-set-plans.js'
import { checkCustomerManagedSchedule } from './schedule.js'
import { rebootPlanSnippet } from './snippets/index.js'
import { takesRebootWindow } from './snippets/window.js'
import { missesItsReboots } from './timed-windows.js'
import type { Assessment, Fix, PlanEvidence, RuleContext, RuleOutcome, UnresolvedInput } from './types.js'

export const NOT_APPLICABLE: RuleOutcome = { outcome: 'not-applicable' }
export const PASS: RuleOutcome = { outcome: 'pass' }

export { docsUrlFor } from './rule-docs.js'

const FORMAT_LABELS: Readonly<Record<ManifestFormat, string>> = {
  arm: 'ARM template JSON',
  bicep: 'Bicep',
  terraform: 'Terraform',
  'terraform-plan': 'Terraform',
  kubernetes: 'Crossplane',
  pulumi: 'Pulumi YAML',
  'what-if': 'ARM template JSON'
}

/**
 * Placeholders every hotpatch message shares: `subject` (VM 'x'), `noun`, `os`, `cause` (why it will reboot,
 * as of the evaluation date), `plan` (what counts as a reboot plan) and `language` (of the attached snippet).
 */
export function hotpatchData(context: RuleContext): Record<string, string> {
  const { vm, advisory } = context.assessment
  const images = advisory === undefined || vm.kind === 'arc-machine' ? [] : imagesOf(vm, context.advisories)
  // One image: its own label and, while its advisory's disruption lasts, its family's extra reboots. Several
  // (an image the manifest pins to allowed values): each may be it, named by every label, and a family's
  // extra reboots only when they all share that build family.
  const match =
    advisory === undefined ? undefined : vm.kind === 'arc-machine' ? arcImageMatch([advisory]) : images.length === 1 ? images[0] : undefined
  const family = images.every(image => image.image.build === images[0]?.image.build) ? images[0] : undefined
  const labels = [...new Set(images.map(image => image.image.os))]
  return {
    subject: subjectOf(vm),
    noun: nounOf(vm),
    os: match?.image.os ?? (labels.length > 1 && labels.length <= 3 ? labels.join(' or ') : imageName(vm.image)),
    cause: advisory === undefined ? '' : rebootCause(advisory, match ?? family, context.asOf),
    plan: vm.kind === 'scale-set' ? SCALE_SET_PLAN : planDefinition(nounOf(vm), vm.kind === 'arc-machine'),
    language: FORMAT_LABELS[vm.format]
  }
}

/**
 * The listed images a VM's image may be, one per SKU (the advisory in force first): its own when every part
 * is known; for a part left unknown but pinned by allowed values, the images those values name.
 */
function imagesOf(vm: VirtualMachine, advisories: readonly Advisory[]): ImageMatch[] {
  const { image } = vm
  const allowedBy = (part: 'publisher' | 'offer' | 'sku', listed: string): boolean => {
    const value = image[part]
    if (value.origin !== 'unresolved') return true
    return value.allowed === undefined || value.allowed.some(allowed => String(allowed).toLowerCase() === listed.toLowerCase())
  }
  const seen = new Set<string>()
  return findHotpatchCandidates(image, advisories).candidates.filter(match => {
    const { publisher, offer, sku } = match.image
    const key = `${publisher}:${offer}:${sku}`.toLowerCase()
    if (seen.has(key) || !allowedBy('publisher', publisher) || !allowedBy('offer', offer) || !allowedBy('sku', sku)) return false
    seen.add(key)
    return true
  })
}

/**
 * A reboot plan in the VM's own manifest format; none for an Azure Service Operator VM or a scale set, which cannot
 * be given a window that runs (`planAdvice` says what can be done instead).
 */
export const planFix = ({ assessment: { vm }, asOf }: RuleContext): Fix | undefined =>
  vm.azureServiceOperator !== undefined || !takesRebootWindow(vm) ? undefined : { snippet: rebootPlanSnippet(vm, asOf) }

/**
 * The plan rules' last sentence: `addOne` and where the suggested fix shows how; for an Azure Service Operator VM,
 * why ASO cannot add one and what can be done `instead`, or elsewhere; for a scale set (which no window reaches), what
 * can be done `instead` or with standalone VMs.
 */
export function planAdvice(context: RuleContext, addOne: string, instead: string): string {
  const { vm } = context.assessment
  if (vm.kind === 'scale-set') return scaleSetPlanAdvice(instead)
  if (vm.azureServiceOperator === undefined) return `${addOne}: the suggested fix shows how in ${FORMAT_LABELS[vm.format]}.`
  const noun = nounOf(vm)
  return (
    `Azure Service Operator cannot add one: it has no maintenance resources, and ${asoComputeApi(vm)} has ` +
    `no bypassPlatformSafetyChecksOnUserSchedule, without which Azure Update Manager runs no window on the ${noun}. ` +
    `${instead}, or manage the ${noun} where the flag can be set (ARM, Bicep, Terraform or Crossplane) and add a window there.`
  )
}

/**
 * `its compute API (2020-12-01)` (`, 2020-12-01,` when `between` is commas): the ARM API version the machine's own CRD
 * version speaks, so an object of `v1api20201201` is not said to speak the 2022-03-01 of the latest CRD; without the
 * date when its version names none.
 */
export function asoComputeApi(vm: VirtualMachine, between: 'parentheses' | 'commas' = 'parentheses'): string {
  const version = vm.azureServiceOperator?.computeApiVersion
  if (version === undefined) return 'its compute API'
  return between === 'commas' ? `its compute API, ${version},` : `its compute API (${version})`
}

/** The report with its fix, when it has one. */
export const withFix = <T extends object>(report: T, fix: Fix | undefined): T | (T & { fix: Fix }) =>
  fix === undefined ? report : { ...report, fix }

/** Assignments known to reach the VM whose configuration is an InGuestPatch window (valid or not). */
export const inGuestPatchPlans = (assessment: Assessment): readonly PlanEvidence[] =>
  // Asked by three rules of every VM, most of which have no evidence: no list for those.
  assessment.evidence.length === 0
    ? NO_PLANS
    : assessment.evidence.filter(e => e.status === 'valid' || e.status === 'reboot-blocked' || e.status === 'expired')

const NO_PLANS: readonly PlanEvidence[] = Object.freeze([])

/** A valid window is assigned but the VM is not set up for Customer Managed Schedules (schedule-prerequisites). */
export const hasUnhonouredPlan = (assessment: Assessment): boolean =>
  assessment.evidence.some(e => e.status === 'valid') && checkCustomerManagedSchedule(assessment.vm).state === 'no'

/**
 * The problem is a window that is there but does not work (a declared plan's too: one that misses its reboots):
 * the rules about windows report it, not the plan rules.
 */
export const hasBrokenWindow = (assessment: Assessment): boolean =>
  hasUnhonouredPlan(assessment) ||
  assessment.evidence.some(e => BROKEN_WINDOW.has(e.status)) ||
  (assessment.declaredPlans?.some(missesItsReboots) ?? false)

/** Windows that are there but reboot nothing in time: each has its own rule. */
export const BROKEN_WINDOW: ReadonlySet<PlanEvidence['status']> = new Set(['expired', 'misses-baseline', 'malformed-window'])

/** `image.sku at main.bicep:12: <reason>; ...`. */
export const describeInputs = (inputs: readonly UnresolvedInput[]): string =>
  inputs.map(input => `${input.field} at ${at(input.location)}: ${input.reason}`).join('; ')

/**
 * A one-line fix that rewrites a literal value on its own line (e.g. `Never` to `IfRequired`), offered only
 * when the line can be read and the value occurs on it exactly once.
 */
export function replaceOnLine(
  context: RuleContext,
  value: Sourced<unknown>,
  pattern: RegExp,
  text: string
): Fix | undefined {
  if (value.origin !== 'literal') return undefined
  const line = context.readLine?.(value.location.file, value.location.line)
  if (line === undefined) return undefined
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  if ((line.match(global) ?? []).length !== 1) return undefined
  return { replacement: { location: value.location, text: line.replace(pattern, text) } }
}

/** What to remove to lift the pauses that left a plan unknown: the annotation, the empty list, or both. */
export function pausesToRemove(unresolved: readonly UnresolvedInput[]): string {
  const written = new Set(unresolved.map(input => input.paused))
  const pauses = [
    ...(written.has('crossplane.io/paused') ? ['the crossplane.io/paused annotation'] : []),
    ...(written.has('managementPolicies') ? ['the empty managementPolicies list (or list Create and Update in it)'] : [])
  ]
  return pauses.join(' and ')
}

/**
 * How a value becomes resolvable, in the words of the VM's format: a Terraform or Pulumi user has no parameter
 * file, and a Kubernetes manifest's unknowns are references the cluster resolves.
 */
export const RESOLVABLE_BY: Readonly<Record<ManifestFormat, string>> = {
  arm: 'a literal, a parameter default or a parameter file',
  bicep: 'a literal, a parameter default or a parameter file',
  'what-if': 'a literal, a parameter default or a parameter file',
  terraform: 'a literal, a variable default or a .tfvars file of the root module',
  'terraform-plan': 'a literal or a variable, not a value known only after apply',
  kubernetes: 'a literal in the manifest, not a reference the cluster resolves',
  pulumi: 'a literal, a config default in Pulumi.yaml or a value in the stack file'
}
