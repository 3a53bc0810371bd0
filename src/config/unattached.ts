import { createHash } from 'node:crypto'
import { formatMessage } from '../policy/messages.js'
import { rule as invalidExemption, unattachedReport } from '../policy/rules/invalid-exemption.js'
import { WORKSPACE_SUBJECT } from '../policy/subject.js'
import type { Finding } from '../policy/types.js'
import type { ExemptionIndex } from './exemptions.js'

/**
 * Findings for inline exemptions that sit on no VM: they belong to no assessment, so they are made
 * here, with the invalid-exemption rule's meta. The fingerprint is the comment's file and text.
 */
export function unattachedExemptionFindings(index: ExemptionIndex): Finding[] {
  const { meta } = invalidExemption
  return index.unattached.map(({ exemption, on }) => {
    const report = unattachedReport(exemption, on)
    const fingerprint = createHash('sha256')
      .update([meta.id, exemption.location.file, exemption.reason, exemption.rule, exemption.problem ?? ''].join('\n'))
      .digest('hex')
      .slice(0, 16)
    return {
      ruleId: meta.id,
      severity: meta.severity,
      message: formatMessage(meta.messages[report.messageId] as string, report.data),
      location: exemption.location,
      resource: 'inline exemption',
      subject: WORKSPACE_SUBJECT,
      fingerprint,
      docsUrl: meta.docsUrl,
      related: []
    }
  })
}
