/**
 * What the end-to-end scenarios expect the action to show, in the words and places a reviewer sees
 * them: annotation heads, the opening of a finding's review comment, the summary comment's lines.
 */
import type { JsonReport } from '../../src/report/json-report.js'
import { commands } from './runner.js'

export const RULE_DOCS = 'https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules'

/**
 * Each error and warning annotation as `level properties :: the message's first clause … its last
 * line` (the docs link); the policy's long explanation in between is the rules' tests' business. A
 * command without properties (the step's failure message) is `level message`.
 */
export function annotationHeads(stdout: string): string[] {
  return [...commands(stdout, 'error'), ...commands(stdout, 'warning')].map(line => {
    const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (match === null) return line
    const [, level, properties, message] = match as unknown as [string, string, string | undefined, string]
    // `core.setFailed`'s line has no properties: it is one sentence, kept whole.
    if (properties === undefined) return `${level} ${message}`
    const parts = message.split('%0A')
    return `${level} ${properties} :: ${(parts[0] ?? '').split(': ')[0]} … ${parts.at(-1) ?? ''}`
  })
}

/** The head of the annotation of a reboot-plan-required finding on a VM at `file:line`. */
export const noPlanAnnotation = (vm: string, file: string, line: number): string =>
  `error title=reboot-plan-required%3A ${vm},file=${file},line=${line},endLine=${line} :: ` +
  `VM '${vm}' has hotpatching enabled on Windows Server 2025 Datacenter … ${RULE_DOCS}/reboot-plan-required.md`

/** The first line of a reboot-plan-required review comment on a VM. */
export const noPlanCommentHead = (vm: string): string =>
  `**🔴 error** · [reboot-plan-required](${RULE_DOCS}/reboot-plan-required.md) · VM **${vm}**`

/** The hidden marker a review comment ends with, for the report's finding on `file`. */
export function fingerprintMarkerOf(report: JsonReport | undefined, file: string): string {
  const finding = report?.findings.find(candidate => candidate.file === file)
  if (finding === undefined) throw new Error(`the report has no finding on ${file}`)
  return `<!-- hotpatch-reboot-gate:fp=${finding.fingerprint} -->`
}

/**
 * The notice every run prints when it stops for a token that cannot write (one per run, never more): a
 * same-repository pull request, so the advice is the job's permissions.
 */
export const READ_ONLY_NOTICE =
  '::notice::Not commenting on pull request #117: the token cannot write to it (HTTP 403: Resource not accessible by ' +
  'integration - https://docs.github.com/rest/pulls/create-review). The verdict is unaffected: the findings are ' +
  'in the annotations and the job summary. To get comments, give the job `permissions: pull-requests: write` ' +
  '(see docs/pull-requests.md).'
