import type { Verdict } from '../policy/types.js'
import type { JsonReport } from './json-report.js'

/** Every verdict, in the order reports list them: the ones that need action first. */
export const VERDICTS: readonly Verdict[] = [
  'affected-no-plan',
  'affected-reboot-blocked',
  'affected-platform-reboot',
  'indeterminate',
  'affected-with-plan',
  'not-affected'
]

/** How a verdict reads on its own, after a VM's name. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  'affected-no-plan': 'affected, no reboot plan',
  'affected-reboot-blocked': 'affected, reboots blocked',
  'affected-platform-reboot': 'affected, reboots left to the platform',
  indeterminate: 'indeterminate',
  'affected-with-plan': 'affected, reboot plan in place',
  'not-affected': 'not affected'
}

/** How a verdict reads after a count of VMs, in a summary ("2 affected without a plan"). */
const VERDICT_COUNT_LABELS: Readonly<Record<Verdict, string>> = {
  'affected-no-plan': 'affected without a plan',
  'affected-reboot-blocked': 'affected with reboots blocked',
  'affected-platform-reboot': 'affected with platform reboots',
  indeterminate: 'indeterminate',
  'affected-with-plan': 'with a plan',
  'not-affected': 'not affected'
}

/** Whether a verdict asks for action: the gate's red ones. */
export const needsAction = (verdict: Verdict): boolean =>
  verdict === 'affected-no-plan' || verdict === 'affected-reboot-blocked'

/** `1 VM`, `2 VMs`: English counts for the few nouns reports use. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`
}

/** `2 affected without a plan, 1 with a plan`: non-zero verdict counts in report order. */
export function describeVerdictCounts(verdicts: Readonly<Partial<Record<Verdict, number>>>): string {
  return VERDICTS.filter(verdict => (verdicts[verdict] ?? 0) > 0)
    .map(verdict => `${verdicts[verdict]} ${VERDICT_COUNT_LABELS[verdict]}`)
    .join(', ')
}

/**
 * `12 files, 5 VMs (2 affected without a plan, 1 with a plan, 2 not affected), 2 errors, 1 warning,
 * 0 parse errors`, plus notices, exempted findings, skipped files and files with notes when there are any.
 */
export function describeCounts(report: JsonReport): string {
  const { summary } = report
  const verdicts = describeVerdictCounts(summary.verdicts)
  const { skipped, noted } = countNoticeFiles(report)
  return [
    count(summary.files, 'file'),
    count(summary.resources, 'VM') + (verdicts === '' ? '' : ` (${verdicts})`),
    count(summary.errors, 'error'),
    count(summary.warnings, 'warning'),
    ...(summary.notices > 0 ? [count(summary.notices, 'notice')] : []),
    count(countParseErrors(report), 'parse error'),
    ...(summary.exempted > 0 ? [`${summary.exempted} exempted`] : []),
    ...(skipped > 0 ? [`${count(skipped, 'file')} skipped`] : []),
    ...(noted > 0 ? [`${count(noted, 'file')} with notes`] : [])
  ].join(', ')
}

/**
 * Files the scan did not read (a notice marked `skipped`), and the other files with a notice: files it read,
 * with a note on what it did not follow (a module, a link). The scan-level notice at `.` (files the prefilter
 * passed over after checking their text) has its own count and names no file.
 */
function countNoticeFiles(report: JsonReport): { readonly skipped: number; readonly noted: number } {
  const skipped = new Set<string>()
  const noted = new Set<string>()
  for (const error of report.parseErrors) {
    if (error.severity !== 'notice' || error.file === '.') continue
    ;(error.skipped === true ? skipped : noted).add(error.file)
  }
  for (const file of skipped) noted.delete(file)
  return { skipped: skipped.size, noted: noted.size }
}

/** Parse errors proper; notices about files skipped on purpose are not counted. */
export const countParseErrors = (report: JsonReport): number =>
  report.parseErrors.filter(e => e.severity === 'error').length

/**
 * A resource's variant in brackets, as the reports print it after its name: `[prod.parameters.json]`; a copy or
 * instance index is bracketed already (`[0]`, `["web"]`), and prints as it is (it printed `[[0]]`).
 */
export const bracketedVariant = (variant: string): string => (variant.startsWith('[') ? variant : `[${variant}]`)
