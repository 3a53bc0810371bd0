import type { InlineExemption } from '../model/resources.js'
import { findMarkedComments } from './comments.js'
import type { YamlParseResult } from './parse.js'

/** The comment marker of an inline exemption: `# hotpatch-reboot-gate-exempt <text>`. */
export const EXEMPTION_MARKER = 'hotpatch-reboot-gate-exempt'

/** Inline exemptions written as YAML comments; the text after the marker is parsed by the policy. */
export function inlineExemptions(file: string, parsed: YamlParseResult): InlineExemption[] {
  return findMarkedComments(parsed, EXEMPTION_MARKER).map(comment => ({
    location: { file, line: comment.line, column: comment.column },
    text: comment.text
  }))
}
