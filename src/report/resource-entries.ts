import { ownCopy } from '../model/intern.js'
import type { InfrastructureModel, RelatedLocation, VirtualMachine } from '../model/resources.js'
import type { Advisory } from '../policy/advisory.js'
import type { AssessmentSink } from '../policy/evaluate.js'
import { resourceKey } from '../policy/subject.js'
import type { Assessment } from '../policy/types.js'
import { compareBy } from './compare.js'
import { toReportDeclaredPlan, toReportEvidence } from './evidence.js'
import type { ReportRelated, ReportResource } from './json-report.js'
import { NO_SOURCES, valueSourcesOf, type ValueSourcesOf } from './value-sources.js'

/** A report resource being made: its key is the VM's own until `finish` makes the keys unique. */
type Entry = { -readonly [K in keyof ReportResource]: ReportResource[K] }

/** What the report keeps of a VM a finding is about, until its findings are made. */
interface Named {
  readonly entry: Entry
  readonly sources: readonly RelatedLocation[]
}

/**
 * The report's resources, each made as soon as the policy settles its VM (the pipeline hands this to the
 * evaluation as `PolicyOptions.settle`), so that an assessment, its evidence and its lists are garbage before
 * the next VM is assessed: the model, the policy's result and the report are never all alive. A report built
 * from a result's assessments (`buildJsonReport` without entries) adds them here too: one path either way.
 */
export class ResourceEntries implements AssessmentSink {
  private readonly entries: Entry[] = []
  private readonly sourcesOf: ValueSourcesOf
  /** The VMs findings are about (a few of all): their entry and value sources, for their findings. */
  private readonly named = new Map<VirtualMachine, Named>()
  /** The advisories the assessments name, the first of each id. */
  private readonly advisories = new Map<string, Advisory>()
  private finished = false

  constructor(model: Pick<InfrastructureModel, 'maintenanceConfigurations' | 'maintenanceAssignments'>) {
    this.sourcesOf = valueSourcesOf(model)
  }

  get size(): number {
    return this.entries.length
  }

  add(assessment: Assessment, named: boolean): void {
    if (this.finished) throw new Error('ResourceEntries: add after finish')
    const { vm, advisory } = assessment
    const sources = this.sourcesOf(vm, assessment.evidence)
    const entry = toEntry(assessment, sources)
    this.entries.push(entry)
    if (named) this.named.set(vm, { entry, sources })
    if (advisory !== undefined && !this.advisories.has(advisory.id)) this.advisories.set(advisory.id, advisory)
  }

  /**
   * The resources sorted by place (file, line, name, variant; in the order added where they tie), each
   * with its unique key: two declarations can share a key (same name and type in two templates, no
   * resource group), and later ones get `#2`, `#3`, so that a finding's resourceKey names exactly one.
   */
  finish(): readonly ReportResource[] {
    if (!this.finished) {
      this.finished = true
      this.entries.sort(BY_PLACE_AND_NAME)
      const seen = new Map<string, number>()
      for (let e = 0; e < this.entries.length; e++) {
        const entry = this.entries[e] as Entry
        const n = (seen.get(entry.key) ?? 0) + 1
        seen.set(entry.key, n)
        if (n > 1) entry.key = ownCopy(`${entry.key}#${n}`)
      }
    }
    return this.entries
  }

  /** The unique key of a VM a finding is about (after `finish`); undefined for a VM not added as named. */
  keyOf(vm: VirtualMachine): string | undefined {
    return this.named.get(vm)?.entry.key
  }

  /** The value-source related locations of a VM a finding is about. */
  valueSourcesOf(vm: VirtualMachine): readonly RelatedLocation[] {
    return this.named.get(vm)?.sources ?? NO_SOURCES
  }

  /** The advisories the assessments named, one per id. */
  namedAdvisories(): readonly Advisory[] {
    return [...this.advisories.values()]
  }
}

const BY_PLACE_AND_NAME = compareBy<Entry>(
  e => e.file,
  e => e.startLine,
  e => e.name,
  e => e.variant ?? ''
)

function toEntry(assessment: Assessment, valueSources: readonly RelatedLocation[]): Entry {
  const { vm } = assessment
  return {
    file: vm.reportAt.file,
    startLine: vm.reportAt.line,
    name: vm.displayName,
    type: vm.identity.type,
    format: vm.format,
    verdict: assessment.verdict,
    // The assessment's own list (exact length, its sentences shared): the assessment is garbage once added.
    reasons: assessment.reasons,
    // concat, not spreads: without the optimizing compiler a second spread steps an iterator (optimizing-compiler.ts).
    related: sortRelated(valueSources.length === 0 ? vm.related : vm.related.concat(valueSources)),
    // One flat string of its own: the key is built of pieces (folder, type, name), which it would keep as such.
    key: ownCopy(resourceKey(vm, assessment.identityScope)),
    ...(vm.variant !== '' && { variant: vm.variant }),
    evidence: evidenceOf(assessment)
  }
}

/** The assessment's evidence as report data; most VMs have none, and share one empty list. */
function evidenceOf(assessment: Assessment): ReportResource['evidence'] {
  const declared = assessment.declaredPlans ?? NO_DECLARED_PLANS
  if (declared.length === 0) return assessment.evidence.length === 0 ? NO_EVIDENCE : assessment.evidence.map(toReportEvidence)
  return [...assessment.evidence.map(toReportEvidence), ...declared.map(toReportDeclaredPlan)]
}

const NO_EVIDENCE: ReportResource['evidence'] = Object.freeze([])
const NO_DECLARED_PLANS: NonNullable<Assessment['declaredPlans']> = Object.freeze([])

const RELATED_FIELDS = ['file', 'startLine', 'role'] as const

/**
 * Related locations sorted by place. A location that has exactly the report's fields, in order, is held as
 * it is, not copied; a list of such locations already in order (a VM's own, nearly always) is held itself,
 * as the readonly list it is (ARM 40,000 files: 15,000 lists, 0.9 MB); any other is sorted in a list of its
 * own (the model's and the policy's lists are never sorted in place).
 */
export function sortRelated(related: readonly RelatedLocation[]): readonly ReportRelated[] {
  if (related.length === 0) return NO_RELATED
  if (inReportOrder(related)) return related
  const own = related.map(r => (hasExactly(r, RELATED_FIELDS) ? r : { file: r.file, startLine: r.startLine, role: r.role }))
  return own.length < 2 ? own : own.sort(BY_PLACE)
}

/** Whether every location has exactly the report's fields and the list is sorted by place (ties allowed). */
function inReportOrder(related: readonly RelatedLocation[]): boolean {
  for (let r = 0; r < related.length; r++) {
    const location = related[r] as RelatedLocation
    if (!hasExactly(location, RELATED_FIELDS)) return false
    if (r > 0 && BY_PLACE(related[r - 1] as RelatedLocation, location) > 0) return false
  }
  return true
}

const NO_RELATED: readonly ReportRelated[] = Object.freeze([])

/** Whether a record's enumerable fields are exactly `fields`, in that order: JSON.stringify then writes it as the report would. */
export function hasExactly(record: object, fields: readonly string[]): boolean {
  let index = 0
  for (const field in record) if (field !== fields[index++]) return false
  return index === fields.length
}

/** One comparator for every resource's and finding's related locations (not one made per list). */
const BY_PLACE = compareBy<ReportRelated>(
  r => r.file,
  r => r.startLine,
  r => r.role
)
