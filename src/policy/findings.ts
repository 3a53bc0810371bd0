import { createHash } from 'node:crypto'
import { identityKey, unitFolder } from '../model/identity.js'
import type { RelatedLocation, VirtualMachine } from '../model/resources.js'
import type { SourceLocation, Sourced } from '../model/source.js'
import { formatMessage } from './messages.js'
import { resourceSubject, WORKSPACE_SUBJECT, type FindingSubject } from './subject.js'
import type {
  Assessment,
  Finding,
  RuleContext,
  RuleModule,
  RuleReport,
  WorkspaceContext,
  WorkspaceReport
} from './types.js'

/**
 * The one fingerprint recipe: the rule, what the finding is about (for a resource its identity key and
 * variant: parameter file, copy index), and, for a rule's second report on one subject, its index;
 * never a line number, so it is stable across runs, line moves and reformatting.
 */
export function fingerprint(ruleId: string, identity: readonly string[], index = 0): string {
  const parts = [ruleId, ...identity, ...(index === 0 ? [] : [String(index)])]
  // The first 8 bytes in hex: a string of its own (a slice of the whole digest's hex kept all 64 characters).
  return createHash('sha256').update(parts.join('\n')).digest().toString('hex', 0, 8)
}

/**
 * What identifies a VM instance across runs: its identity key in its deployment unit's folder, relative to the
 * repository (so the same VM scanned alone or in a monorepo, from any folder of it, keeps its fingerprint, and
 * two VMs of one name in two units differ), and its variant. A unit at the repository's root adds nothing: the
 * fingerprints of such VMs are those of the recipe before units.
 */
const vmIdentity = (vm: VirtualMachine, repositoryFolder: string, scope?: string): string[] =>
  scope === undefined
    ? [identityKey(vm.identity, unitFolder(vm, repositoryFolder)), vm.variant]
    : [identityKey(vm.identity, unitFolder(vm, repositoryFolder)), vm.variant, scope]

/**
 * The fingerprint of a rule's report on a VM instance; `repositoryFolder` is the scan root's folder inside its
 * repository (`''` when it is the repository's root, or in none).
 */
export const fingerprintOf = (ruleId: string, vm: VirtualMachine, index = 0, repositoryFolder = '', scope?: string): string =>
  fingerprint(ruleId, vmIdentity(vm, repositoryFolder, scope), index)

/**
 * Runs the rules' per-resource checks on one assessment and turns their reports into findings. Loops, not
 * `flatMap`: every VM meets every rule, and most rules have nothing to say (an empty list per rule per VM).
 */
export function runRules(
  rules: readonly RuleModule[],
  context: Omit<RuleContext, 'assessment'>,
  assessment: Assessment,
  repositoryFolder = ''
): Finding[] {
  // One literal, in one shape for every VM.
  const ruleContext: RuleContext = {
    assessment,
    model: context.model,
    asOf: context.asOf,
    advisories: context.advisories,
    readLine: context.readLine
  }
  const findings: Finding[] = []
  // Indexed: without the optimizing compiler (optimizing-compiler.ts) a for-of makes an iterator and a result
  // per step (~130,000 steps on 8,000 VMs).
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as RuleModule
    const outcome = rule.check(ruleContext)
    if (outcome.outcome !== 'fail') continue
    // No closure here: one that captured `rule` made V8 allocate the loop body's scope on every step.
    const { reports } = outcome
    for (let index = 0; index < reports.length; index++) {
      findings.push(findingOf(rule, reports[index] as RuleReport, index, assessment, repositoryFolder))
    }
  }
  return findings
}

function findingOf(rule: RuleModule, report: RuleReport, index: number, assessment: Assessment, repositoryFolder: string): Finding {
  const { vm } = assessment
  const location = report.location ?? vm.reportAt
  if (report.about !== undefined) {
    // About an entry that names the VM (an exemption): its own subject and identity, the VM related.
    const named = { file: vm.reportAt.file, startLine: vm.reportAt.line, role: report.about.resourceRole }
    return toFinding(rule, report, {
      location,
      resource: vm.displayName,
      subject: WORKSPACE_SUBJECT,
      fingerprint: fingerprint(rule.meta.id, [...report.about.identity, ...vmIdentity(vm, repositoryFolder, assessment.identityScope)]),
      related: [named],
      advisoryId: report.advisoryId
    })
  }
  return toFinding(rule, report, {
    location,
    resource: vm.displayName,
    subject: resourceSubject(vm, assessment.identityScope),
    fingerprint: fingerprintOf(rule.meta.id, vm, index, repositoryFolder, assessment.identityScope),
    related: vm.related.concat(causesOf(assessment, location)),
    advisoryId: report.advisoryId ?? assessment.advisory?.id
  })
}

/** Runs the rules' per-workspace checks once and turns their reports into findings. */
export function runWorkspaceRules(rules: readonly RuleModule[], context: WorkspaceContext): Finding[] {
  return rules.flatMap(rule =>
    (rule.checkWorkspace?.(context) ?? []).map((report: WorkspaceReport) => {
      const finding = toFinding(rule, report, {
        location: report.location,
        resource: report.name,
        subject: WORKSPACE_SUBJECT,
        fingerprint: fingerprint(rule.meta.id, report.identity),
        related: report.related ?? [],
        advisoryId: report.advisoryId
      })
      return report.severity === undefined ? finding : { ...finding, severity: report.severity }
    })
  )
}

/** What the kind of check decides about a finding; the rest comes from the rule and its report. */
interface Placement {
  readonly location: SourceLocation
  readonly resource: string
  readonly subject: FindingSubject
  readonly fingerprint: string
  readonly related: readonly RelatedLocation[]
  readonly advisoryId: string | undefined
}

function toFinding(rule: RuleModule, report: RuleReport, placement: Placement): Finding {
  const template = rule.meta.messages[report.messageId]
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported undeclared message '${report.messageId}'`)
  const { advisoryId, ...placed } = placement
  return {
    ruleId: rule.meta.id,
    severity: rule.meta.severity,
    message: formatMessage(template, report.data),
    ...placed,
    docsUrl: rule.meta.docsUrl,
    ...(advisoryId === undefined ? {} : { advisoryId }),
    ...(report.fix === undefined ? {} : { fix: report.fix })
  }
}

/**
 * Where the values that make the VM affected are written (the hotpatch flag, the image SKU, and the
 * parameter files or module inputs they came through), so a pull-request comment can sit on the line
 * the change actually touched rather than on the resource's first line.
 */
function causesOf({ vm, affected }: Assessment, findingAt: SourceLocation): RelatedLocation[] {
  if (affected === 'no') return []
  const values: readonly Sourced<unknown>[] = [vm.enableHotpatching, vm.image.sku]
  const seen = new Set([`${findingAt.file}:${findingAt.line}`])
  const causes: RelatedLocation[] = []
  // Indexed: the policy runs without the optimizing compiler (src/policy/optimizing-compiler.ts), where a
  // for-of makes an iterator and a result per step.
  for (let v = 0; v < values.length; v++) {
    const value = values[v] as Sourced<unknown>
    if (value.origin === 'absent' || value.origin === 'provider-default') continue
    addCause(value.location, seen, causes)
    const via = value.via
    if (via !== undefined) for (let i = 0; i < via.length; i++) addCause(via[i] as SourceLocation, seen, causes)
  }
  return causes
}

function addCause(at: SourceLocation, seen: Set<string>, causes: RelatedLocation[]): void {
  const key = `${at.file}:${at.line}`
  if (seen.has(key)) return
  seen.add(key)
  causes.push({ file: at.file, startLine: at.line, role: 'cause' })
}

