import * as core from '@actions/core'
import type { JsonReport, ReportFinding, ReportParseError } from '../report/json-report.js'
import { cutText } from '../report/cut-text.js'
import { MAX_ANNOTATION_MESSAGE_LENGTH, MAX_ANNOTATIONS_PER_LEVEL } from '../report/limits.js'
import { sanitizeForTerminal, sanitizeLinesForTerminal } from '../report/style.js'
import { oneLine } from '../unsafe-characters.js'
import { touches } from './scope.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

/** One workflow annotation (`::error title=...,file=...,line=...::message`). */
export interface PlannedAnnotation {
  readonly level: AnnotationLevel
  readonly message: string
  /** Empty for the verdict: a plain `::error::` line, as `core.setFailed` would write it. */
  readonly properties: {
    readonly title?: string
    readonly file?: string
    readonly startLine?: number
    readonly endLine?: number
    readonly startColumn?: number
  }
}

export interface AnnotationPlan {
  /** The verdict's error first (when the gate fails), then errors, warnings, notices. */
  readonly annotations: readonly PlannedAnnotation[]
  /** Per level: findings and parse errors that did not get an annotation of their own. */
  readonly overflow: Readonly<Record<AnnotationLevel, number>>
}

export interface AnnotationOptions {
  /** Files the pull request changes: their findings take the few slots first. */
  readonly changedFiles?: ReadonlySet<string>
  /** Where the rest can be read, for the overflow line (default `the job summary`). */
  readonly overflowTarget?: string
  /**
   * The failing verdict's message: it takes the first error slot, so GitHub shows it whatever the
   * number of findings (the step then fails through the exit code, without a second `::error`).
   */
  readonly failure?: string
  /**
   * Slots per level the findings may take (default MAX_ANNOTATIONS_PER_LEVEL each): what the step has
   * left after the action's own annotations so far and those it keeps for later (slotsLeft).
   */
  readonly slots?: Readonly<Record<AnnotationLevel, number>>
}

const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice']

interface Candidate {
  readonly annotation: PlannedAnnotation
  readonly changed: boolean
  /** Findings before parse errors, exempted findings last. */
  readonly rank: number
  readonly file: string
  readonly line: number
  readonly tieBreak: string
}

/**
 * Turns a report into annotations within GitHub's display limit (MAX_ANNOTATIONS_PER_LEVEL per level
 * and step; the runner drops the rest silently), or the slots `options.slots` leaves. A failing verdict comes first and takes one error
 * slot; findings on changed files come next, then by file and line. When a level has more, its last
 * slot says how many more there are and where to read them.
 */
export function planAnnotations(report: JsonReport, options: AnnotationOptions = {}): AnnotationPlan {
  const changed = options.changedFiles ?? new Set<string>()
  const candidates = [
    ...report.findings.map(finding => findingCandidate(finding, changed)),
    // The scan-level notice at `.` (files the prefilter checked without parsing) is about no file: it is
    // in the report and the job summary, not an annotation on every run.
    ...report.parseErrors.filter(error => error.file !== '.').map(error => parseErrorCandidate(error, changed))
  ]
  const annotations: PlannedAnnotation[] =
    options.failure === undefined ? [] : [{ level: 'error', message: options.failure, properties: {} }]
  const overflow: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  for (const level of LEVELS) {
    const mine = candidates.filter(candidate => candidate.annotation.level === level).sort(byPriority)
    const slots = options.slots?.[level] ?? MAX_ANNOTATIONS_PER_LEVEL
    const budget = Math.max(0, slots - annotations.filter(annotation => annotation.level === level).length)
    if (mine.length <= budget) {
      annotations.push(...mine.map(candidate => candidate.annotation))
      continue
    }
    const shown = Math.max(0, budget - 1)
    overflow[level] = mine.length - shown
    annotations.push(...mine.slice(0, shown).map(candidate => candidate.annotation))
    // Without a slot left for it, the overflow line would be the one GitHub drops.
    if (budget > 0)
      annotations.push({
        level,
        message: `${overflow[level]} more ${level}s are in ${options.overflowTarget ?? 'the job summary'}`,
        properties: { title: 'hotpatch-reboot-gate' }
      })
  }
  return { annotations, overflow }
}

/**
 * Annotations of each level written in this step so far. GitHub keeps the first MAX_ANNOTATIONS_PER_LEVEL
 * of a level and drops the rest silently, whoever wrote them: annotate counts every one, so the findings
 * take only the slots the action's own warnings and notices leave them.
 */
const written: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }

/** Starts a step's count (the action runs once per process; tests run it many times). */
export function resetAnnotationCount(): void {
  for (const level of LEVELS) written[level] = 0
}

/** Slots per level still shown in this step, less those kept for annotations still to come. */
export function slotsLeft(reserve: Partial<Record<AnnotationLevel, number>> = {}): Record<AnnotationLevel, number> {
  const left = (level: AnnotationLevel): number =>
    Math.max(0, MAX_ANNOTATIONS_PER_LEVEL - written[level] - (reserve[level] ?? 0))
  return { error: left('error'), warning: left('warning'), notice: left('notice') }
}

/**
 * Writes several annotations of one level within the slots the step has left: when they do not fit,
 * the last slot holds the rest joined, so none of them is the one GitHub drops.
 */
export function annotateWithin(level: AnnotationLevel, messages: readonly string[]): void {
  const free = Math.max(1, MAX_ANNOTATIONS_PER_LEVEL - written[level])
  const alone = messages.length <= free ? messages.length : free - 1
  for (const message of messages.slice(0, alone)) annotate(level, message)
  if (alone < messages.length) annotate(level, messages.slice(alone).join('\n'))
}

/** Writes the planned annotations as workflow commands. */
export function emitAnnotations(plan: AnnotationPlan): void {
  for (const { level, message, properties } of plan.annotations) annotate(level, message, properties)
}

/**
 * Writes one annotation (`::error title=…,file=…,line=…::message`); every annotation of the action goes
 * through here. @actions/core escapes only what would end the command (`%`, CR, LF, and `:` and `,` in a
 * property), and the runner decodes it: a control or bidirectional character of a manifest's text would
 * reach the annotation and the log as it is (U+009B is a CSI there, U+0085 a line break to some viewers,
 * U+202E reverses the rest of the line). So the text is cleaned as the text report's log lines are
 * (style.ts): escape sequences and controls dropped, bidirectional controls shown as U+FFFD. The message
 * and the file keep their line breaks (escaped by core, so the path stays the path where it can); a title is one line,
 * and so is each finding's or parse error's message within an annotation's (planAnnotations): its lines are ours.
 * Message and title are held to what the runner keeps (annotationMessage), so a rule's link is not lost.
 */
export function annotate(level: AnnotationLevel, message: string, properties?: PlannedAnnotation['properties']): void {
  // Named calls, not core[level]: a computed member keeps all of @actions/core (with its HTTP client) in the bundle.
  const write = { error: core.error, warning: core.warning, notice: core.notice }
  written[level]++
  if (properties === undefined) {
    write[level](annotationMessage(message))
    return
  }
  const { title, file, ...lines } = properties
  write[level](annotationMessage(message), {
    ...(title !== undefined && { title: annotationTitle(title) }),
    ...(file !== undefined && { file: annotationText(file) }),
    ...lines
  })
}

/** Text for a workflow command's message or file, cleaned as annotate says. */
export const annotationText = (text: string): string => sanitizeLinesForTerminal(text)

const LIMIT = MAX_ANNOTATION_MESSAGE_LENGTH
const CUT_NOTE = ` … (cut at ${LIMIT.toLocaleString('en-US')} characters; the JSON report has it whole)`

/**
 * A message as annotate and core.setFailed write it: cleaned, and within what the runner keeps. The runner
 * cuts a longer one silently, and a finding's message ends with its rule's link after manifest text (a VM
 * name) of any length: the text before a last line that is a link is cut instead, with a note saying so.
 */
export function annotationMessage(message: string): string {
  const text = annotationText(message)
  if (text.length <= LIMIT) return text
  const last = text.slice(text.lastIndexOf('\n') + 1)
  const link = last !== text && last.length <= LIMIT / 2 && /^https?:\/\/\S+$/.test(last) ? `\n${last}` : ''
  return `${cutText(text, LIMIT - CUT_NOTE.length - link.length)}${CUT_NOTE}${link}`
}

/** A title: one line, held to the message's limit (it names a manifest's resource), `…` where cut. */
function annotationTitle(title: string): string {
  const text = sanitizeForTerminal(title)
  return text.length <= LIMIT ? text : `${cutText(text, LIMIT - 1)}…`
}

function findingCandidate(finding: ReportFinding, changed: ReadonlySet<string>): Candidate {
  const exemption = finding.exemption
  // The lines are the annotation's own (the exemption, the message, the rule's link): what a manifest or the
  // configuration wrote (a VM name the message quotes, an exemption's reason) stays within its line.
  const message = exemption
    ? `${oneLine(`Exempted until ${exemption.expires} (${exemption.owner}): ${exemption.reason}`)}\n${oneLine(finding.message)}`
    : oneLine(finding.message)
  return {
    annotation: {
      level: exemption ? 'notice' : finding.severity,
      message: `${message}\n${finding.docsUrl}`,
      properties: {
        title: `${finding.ruleId}: ${finding.resource}`,
        file: finding.file,
        startLine: finding.startLine,
        endLine: finding.endLine
      }
    },
    changed: touches(finding, changed),
    rank: exemption ? 2 : 0,
    file: finding.file,
    line: finding.startLine,
    tieBreak: finding.fingerprint
  }
}

function parseErrorCandidate(error: ReportParseError, changed: ReadonlySet<string>): Candidate {
  return {
    annotation: {
      level: error.severity,
      message: oneLine(error.message),
      properties: {
        title: error.severity === 'error' ? 'Cannot read manifest' : error.skipped === true ? 'Manifest skipped' : 'Note on reading the manifest',
        file: error.file,
        startLine: error.line,
        startColumn: error.column
      }
    },
    changed: changed.has(error.file),
    rank: 1,
    file: error.file,
    line: error.line,
    tieBreak: error.message
  }
}

function byPriority(a: Candidate, b: Candidate): number {
  return (
    Number(b.changed) - Number(a.changed) ||
    a.rank - b.rank ||
    compareText(a.file, b.file) ||
    a.line - b.line ||
    compareText(a.tieBreak, b.tieBreak)
  )
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
