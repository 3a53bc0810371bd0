import { createHash } from 'node:crypto'
import { identityKey } from '../model/identity.js'
import type { RelatedLocation, VirtualMachine } from '../model/resources.js'
import type { SourceLocation, Sourced } from '../model/source.js'
import { formatMessage } from './messages.js'
import { resourceSubject } from './subject.js'
import type { Assessment, Finding, RuleContext, RuleModule, RuleReport } from './types.js'

/**
 * Stable across runs, line moves and reformatting: the rule, the resource's identity and its variant
 * (parameter file, copy index), never a line number. A second report of one rule on one VM gets its index.
 */
export function fingerprintOf(ruleId: string, vm: VirtualMachine, index = 0): string {
  const parts = [ruleId, identityKey(vm.identity), vm.variant, ...(index === 0 ? [] : [String(index)])]
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16)
}

/** Runs the rules on one assessment and turns their reports into findings. */
export function runRules(
  rules: readonly RuleModule[],
  context: Omit<RuleContext, 'assessment'>,
  assessment: Assessment
): Finding[] {
  const ruleContext: RuleContext = { ...context, assessment }
  return rules.flatMap(rule => {
    const outcome = rule.check(ruleContext)
    if (outcome.outcome !== 'fail') return []
    return outcome.reports.map((report, index) => toFinding(rule, assessment, report, index))
  })
}

function toFinding(rule: RuleModule, assessment: Assessment, report: RuleReport, index: number): Finding {
  const template = rule.meta.messages[report.messageId]
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported undeclared message '${report.messageId}'`)
  const { vm } = assessment
  const advisoryId = report.advisoryId ?? assessment.advisory?.id
  const finding: Finding = {
    ruleId: rule.meta.id,
    severity: rule.meta.severity,
    message: formatMessage(template, report.data),
    location: report.location ?? vm.reportAt,
    resource: vm.displayName,
    subject: resourceSubject(vm),
    fingerprint: fingerprintOf(rule.meta.id, vm, index),
    docsUrl: rule.meta.docsUrl,
    related: [...vm.related, ...causesOf(assessment, report.location ?? vm.reportAt)]
  }
  return {
    ...finding,
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
  for (const value of values) {
    if (value.origin === 'absent' || value.origin === 'provider-default') continue
    for (const at of [value.location, ...(value.via ?? [])]) {
      const key = `${at.file}:${at.line}`
      if (seen.has(key)) continue
      seen.add(key)
      causes.push({ file: at.file, startLine: at.line, role: 'cause' })
    }
  }
  return causes
}
