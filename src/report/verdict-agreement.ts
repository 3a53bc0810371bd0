import { agrees, failsRun } from '../policy/final-verdict.js'
import type { JsonReport } from './json-report.js'
import { bracketedVariant } from './wording.js'

/**
 * Where a resource's verdict disagrees with its findings (issue 9 item 2), read back from the report: an
 * error finding that is not exempted fails the run, so the resource it is about must have a verdict that
 * asks for action. The relation is the policy's own (`agrees` in src/policy/final-verdict.ts, the one place
 * that derives a resource's final verdict from its findings), so this list is empty by construction; a
 * report built or edited elsewhere is checked against the same rule. One line per disagreement:
 * `file:line name verdict <- rule-id, rule-id`.
 */
export function verdictDisagreements(report: Pick<JsonReport, 'resources' | 'findings'>): string[] {
  const failing = new Map<string, string[]>()
  for (const finding of report.findings) {
    if (!failsRun(finding) || finding.resourceKey === undefined) continue
    failing.set(finding.resourceKey, [...(failing.get(finding.resourceKey) ?? []), finding.ruleId])
  }
  return report.resources.flatMap(resource => {
    const rules = [...new Set(failing.get(resource.key) ?? [])].sort()
    if (agrees(resource.verdict, rules)) return []
    const variant = resource.variant === undefined ? '' : ` ${bracketedVariant(resource.variant)}`
    return [`${resource.file}:${resource.startLine} ${resource.name}${variant} ${resource.verdict} <- ${rules.join(', ')}`]
  })
}
