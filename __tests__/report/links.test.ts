/**
 * src/report/links.ts: a rule links to the gate's page for its id, an advisory to its source only on a host
 * the shipped advisories use, so a report (a fork's artifact) cannot put its own link behind a trusted label.
 */
import { describe, expect, it } from '@jest/globals'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import { ADVISORY_LINK_HOSTS, advisoryLink, ruleLink } from '../../src/report/links.js'

const DOCS = 'https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules'

describe('ruleLink', () => {
  it("links a rule's id to its page", () => {
    expect(ruleLink('reboot-plan-required')).toBe(`[reboot-plan-required](${DOCS}/reboot-plan-required.md)`)
  })
})

describe('advisoryLink', () => {
  it.each([
    'https://msrc.microsoft.com/update-guide/vulnerability/CVE-2025-59287',
    'https://www.cve.org/CVERecord?id=CVE-2025-59287',
    'https://learn.microsoft.com/windows-server/get-started/hotpatch',
    'https://support.microsoft.com/topic/8e7ac742-6785-4677-87e4-b73dd8ac0122'
  ])('links %s', url => {
    expect(advisoryLink('WSUS', url)).toBe(`[WSUS](${url})`)
  })

  it.each([
    'https://msrc.microsoft.com.evil.example/update-guide',
    'https://evil.example/?https://msrc.microsoft.com/',
    'https://msrc.microsoft.com@evil.example/',
    'https://user:pw@msrc.microsoft.com/',
    'https://msrc.microsoft.com:8443/',
    'http://msrc.microsoft.com/update-guide',
    'javascript:alert(1)//msrc.microsoft.com',
    'not a url'
  ])('shows the title alone for %s', url => {
    expect(advisoryLink('CVE-2025-59287 (MSRC)', url)).toBe('CVE-2025-59287 \\(MSRC\\)')
  })

  it('allows every host the shipped advisories cite', () => {
    const hosts = getBuiltInAdvisories().flatMap(advisory => advisory.sources.map(source => new URL(source.url).hostname))
    expect(hosts.length).toBeGreaterThan(0)
    expect(hosts.filter(host => !ADVISORY_LINK_HOSTS.has(host))).toEqual([])
  })
})
