import type { JsonReport } from './json-report.js'
import { needsAction } from './wording.js'

/**
 * Where a resource's verdict disagrees with its findings (issue 9 item 2), in one place: an error
 * finding that is not exempted fails the run, so the resource it is about must have a verdict that
 * asks for action (affected-no-plan, affected-reboot-blocked). A resource called `affected-with-plan`,
 * `affected-platform-reboot`, `indeterminate` or `not-affected` while an error on it fails the run
 * tells the reviewer two different things. One line per disagreement:
 * `file:line name verdict <- rule-id, rule-id`.
 */
export function verdictDisagreements(report: Pick<JsonReport, 'resources' | 'findings'>): string[] {
  const failing = new Map<string, string[]>()
  for (const finding of report.findings) {
    if (finding.severity !== 'error' || finding.exemption !== undefined || finding.resourceKey === undefined) continue
    failing.set(finding.resourceKey, [...(failing.get(finding.resourceKey) ?? []), finding.ruleId])
  }
  return report.resources.flatMap(resource => {
    const rules = failing.get(resource.key)
    if (rules === undefined || needsAction(resource.verdict)) return []
    const variant = resource.variant === undefined ? '' : ` [${resource.variant}]`
    return [`${resource.file}:${resource.startLine} ${resource.name}${variant} ${resource.verdict} <- ${[...new Set(rules)].sort().join(', ')}`]
  })
}
