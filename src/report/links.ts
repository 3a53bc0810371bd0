import { docsUrlFor } from '../policy/rule-docs.js'
import { escapeMarkdown, link } from './markdown-text.js'

/**
 * The links Markdown renderers make from a report. A report can be an artifact a fork wrote (the fork-safe
 * poster posts it with the base repository's token), so its URLs are never trusted as they are: a rule links
 * to the gate's own page for its id, and an advisory to its source only on a host the shipped advisories use.
 */

/**
 * Hosts of the built-in advisories' sources (src/policy/advisories/*.yml; a test keeps them in step). An
 * advisory whose source is elsewhere, a repository's own or a forged one, is shown by its title alone.
 */
export const ADVISORY_LINK_HOSTS: ReadonlySet<string> = new Set([
  'learn.microsoft.com',
  'msrc.microsoft.com',
  'support.microsoft.com',
  'www.cve.org'
])

/** A rule's id linked to its page, derived from the id: never the `docsUrl` a report carries. */
export function ruleLink(ruleId: string): string {
  return link(ruleId, docsUrlFor(ruleId))
}

/** An advisory's title linked to its source when that is https on an allowed host; else the title alone. */
export function advisoryLink(title: string, url: string): string {
  return isAdvisoryUrl(url) ? link(title, url) : escapeMarkdown(title)
}

function isAdvisoryUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  const plain = parsed.username === '' && parsed.password === '' && parsed.port === ''
  return parsed.protocol === 'https:' && plain && ADVISORY_LINK_HOSTS.has(parsed.hostname)
}
