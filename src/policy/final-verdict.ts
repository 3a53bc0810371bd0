import type { Assessment, Finding, Verdict } from './types.js'

/**
 * The verdict is a function of the findings (issue 9 item 2), in this one place: every assessment of an
 * evaluation (VMs, scale sets, Arc machines, what-if resources; with or without exemptions) leaves the
 * policy through `finalVerdict`, and the report's agreement check (src/report/verdict-agreement.ts) asks
 * `agrees`, so a resource's verdict can never tell the reviewer something else than the findings that fail
 * the run on it.
 */

/** Verdicts that ask for action: the gate's red ones. */
export const FAILING_VERDICTS: ReadonlySet<Verdict> = new Set<Verdict>(['affected-no-plan', 'affected-reboot-blocked'])

/** A finding that fails the run on its own: an error no exemption covers. */
export const failsRun = (finding: { readonly severity: string; readonly exemption?: unknown }): boolean =>
  finding.severity === 'error' && finding.exemption === undefined

/**
 * Whether a verdict agrees with the rules whose errors fail the run on the resource: any error needs a
 * verdict that asks for action, except `indeterminate` errors alone (the configuration's `unresolved: fail`),
 * which fail the run on a verdict that is still honestly indeterminate.
 */
export function agrees(verdict: Verdict, failingRules: readonly string[]): boolean {
  if (failingRules.length === 0 || FAILING_VERDICTS.has(verdict)) return true
  return verdict === 'indeterminate' && failingRules.every(rule => rule === INDETERMINATE_RULE)
}

const INDETERMINATE_RULE = 'indeterminate'
const REBOOT_BLOCKED_RULE = 'reboot-blocked'

/**
 * A resource's final verdict from its assessment and the findings on it (after severities and exemptions).
 * The rules already agree with the assessment's verdict for the built-in severities; this is where a
 * configured severity (`platform-reboot: reject`, `rules:`) that makes a finding an error turns the verdict
 * into one that asks for action, with a reason that names the rules.
 */
export function finalVerdict(assessment: Assessment, findings: readonly Finding[]): Assessment {
  // No finding, no failing rule: every verdict agrees (most VMs).
  if (findings.length === 0) return assessment
  const rules = [
    ...new Set(
      findings
        .filter(f => f.subject.kind === 'resource' && f.subject.instance === assessment.vm && failsRun(f))
        .map(f => f.ruleId)
    )
  ].sort()
  if (agrees(assessment.verdict, rules)) return assessment
  const verdict: Verdict = rules.includes(REBOOT_BLOCKED_RULE) ? 'affected-reboot-blocked' : 'affected-no-plan'
  const names = rules.join(', ')
  const reason = `${names} ${rules.length === 1 ? 'is an error' : 'are errors'} on it in this configuration, so it needs action`
  return { ...assessment, verdict, reasons: [...assessment.reasons, reason] }
}
