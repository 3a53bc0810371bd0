/** Unit tests for src/github/render/*.ts: the Markdown the gate posts. */
import { describe, expect, it } from '@jest/globals'
import { fingerprintMarker } from '../../src/github/markers.js'
import { renderFindingComment, renderFixedComment } from '../../src/github/render/finding-comment.js'
import { renderReviewBody } from '../../src/github/render/review-body.js'
import { describePlacement, renderSummary, type SummaryView } from '../../src/github/render/summary.js'
import { advanceState, readState } from '../../src/github/state.js'
import { MAX_COMMENT_LENGTH } from '../../src/report/limits.js'
import { FINDINGS, HEAD, makeReport } from './scenario.js'

describe('renderFindingComment', () => {
  it('fences a suggestion so that no line of it can close the block', () => {
    const suggest = (text: string): string =>
      renderFindingComment(FINDINGS.webPatchMode, {
        kind: 'line',
        path: 'infra/main.bicep',
        line: 18,
        via: 'finding',
        suggestion: text
      })
    expect(suggest('  ```yaml')).toContain('\n````suggestion\n  ```yaml\n````\n')
    expect(suggest('x = ```y```')).toContain('\n```suggestion\nx = ```y```\n```\n')
  })

  it('offers a plain line as a ```suggestion block, unchanged', () => {
    const body = renderFindingComment(FINDINGS.webPatchMode, {
      kind: 'line',
      path: 'infra/main.bicep',
      line: 18,
      via: 'finding',
      suggestion: "          patchMode: 'AutomaticByPlatform'"
    })
    expect(body).toBe(
      '**🟡 warning** · [schedule-prerequisites](https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/schedule-prerequisites.md) · VM **vm-web**\n\n' +
        "vm-web uses patchMode 'AutomaticByGuest': a maintenance schedule needs 'AutomaticByPlatform'.\n\n" +
        '**Suggested change:**\n\n' +
        "```suggestion\n          patchMode: 'AutomaticByPlatform'\n```\n\n" +
        '<!-- hotpatch-reboot-gate:fp=8e41b6c09d2f7a35 -->'
    )
  })

  it('offers no suggestion for a line a comment cannot show as written (a Hebrew comment ending in U+200F)', () => {
    const text = "          patchMode: 'AutomaticByPlatform' // בעלים: צוות תשתיות\u200F (ops)"
    const hebrew = { ...FINDINGS.webPatchMode, fix: { replacement: { file: 'infra/main.bicep', line: 18, text } } }
    const body = renderFindingComment(hebrew, { kind: 'line', path: 'infra/main.bicep', line: 18, via: 'finding', suggestion: text })
    expect(body).toBe(
      '**🟡 warning** · [schedule-prerequisites](https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/schedule-prerequisites.md) · VM **vm-web**\n\n' +
        "vm-web uses patchMode 'AutomaticByGuest': a maintenance schedule needs 'AutomaticByPlatform'.\n\n" +
        '**Fix:** change line 18 of `infra/main.bicep` to:\n\n' +
        "```bicep\n          patchMode: 'AutomaticByPlatform' // בעלים: צוות תשתיות\uFFFD (ops)\n```\n\n" +
        '_Not offered as a suggestion: the line holds characters a comment shows otherwise (a bidirectional control as �, ' +
        'a control character not at all), and accepting it would change them. Edit the value in place._\n\n' +
        '<!-- hotpatch-reboot-gate:fp=8e41b6c09d2f7a35 -->'
    )
    // A control character dropped from the line is a change too.
    const bell = renderFindingComment(FINDINGS.webPatchMode, { kind: 'line', path: 'infra/main.bicep', line: 18, via: 'finding', suggestion: 'a\u0007b' })
    expect(bell).not.toContain('```suggestion')
  })

  it("shows a replacement for another line as text in the file's language, and where the finding is", () => {
    const body = renderFindingComment(FINDINGS.webPatchMode, {
      kind: 'line',
      path: 'infra/main.bicep',
      line: 12,
      via: 'resource'
    })
    expect(body).toBe(
      '**🟡 warning** · [schedule-prerequisites](https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/schedule-prerequisites.md) · VM **vm-web**\n\n' +
        "vm-web uses patchMode 'AutomaticByGuest': a maintenance schedule needs 'AutomaticByPlatform'.\n\n" +
        '**Fix:** change line 18 of `infra/main.bicep` to:\n\n' +
        "```bicep\n          patchMode: 'AutomaticByPlatform'\n```\n\n" +
        "The finding is at `infra/main.bicep:18`, outside the diff; this comment is on the VM's declaration.\n\n" +
        '<!-- hotpatch-reboot-gate:fp=8e41b6c09d2f7a35 -->'
    )
  })

  it("cuts a comment that would pass GitHub's limit and keeps the marker", () => {
    const huge = { ...FINDINGS.webPlan, fix: { snippet: { language: 'bicep', text: 'param x string\n'.repeat(6000) } } }
    const body = renderFindingComment(huge, { kind: 'line', path: 'infra/main.bicep', line: 19, via: 'finding' })
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(body).toContain(
      '```\n\n_Cut at GitHub’s comment size limit: the summary comment and the job summary have the rest._'
    )
    expect(body.endsWith(`\n\n${fingerprintMarker(FINDINGS.webPlan.fingerprint)}`)).toBe(true)
  })

  it('keeps the finding of a VM named with 70,000 characters: its name and message cut apart, the fix and the marker whole', () => {
    const name = `vm${'x'.repeat(70_000)}`
    const long = { ...FINDINGS.webPatchMode, resource: name, message: `${name} uses patchMode 'AutomaticByGuest'.` }
    const body = renderFindingComment(long, { kind: 'line', path: 'infra/main.bicep', line: 12, via: 'resource' })
    const [header, message, fix] = body.split('\n\n')
    expect(header).toBe(
      '**🟡 warning** · [schedule-prerequisites](https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/schedule-prerequisites.md) · ' +
        `VM **vm${'x'.repeat(509)}…**`
    )
    expect(message).toBe(`vm${'x'.repeat(8192 - 2 - 43)} … \\(cut here: the JSON report has it whole\\)`)
    expect(fix).toBe('**Fix:** change line 18 of `infra/main.bicep` to:')
    expect(body.endsWith(`\n\n${fingerprintMarker(FINDINGS.webPatchMode.fingerprint)}`)).toBe(true)
    expect(body).not.toContain('Cut at GitHub’s comment size limit')
  })

  it('marks a fixed finding under the original text', () => {
    expect(renderFixedComment('original', '5c1d6f0e9a8b7c6d')).toBe(
      'original\n\n---\n✅ Fixed in `5c1d6f0`: the finding is gone from the report.\n<!-- hotpatch-reboot-gate:fixed -->'
    )
  })
})

describe('describePlacement', () => {
  it('names where a finding went in words that do not depend on the run', () => {
    expect(describePlacement({ kind: 'line', path: 'a|b.bicep', line: 4 })).toBe('line comment, `a\\|b.bicep:4`')
    expect(describePlacement({ kind: 'line', path: 'a.bicep', line: undefined })).toBe(
      'line comment on `a.bicep` (outdated)'
    )
    expect(describePlacement({ kind: 'file', path: 'a.bicep', resolvedByReviewer: true })).toBe(
      'file comment, `a.bicep` (resolved by a reviewer)'
    )
    expect(describePlacement({ kind: 'summary', reason: 'its files are not in the diff' })).toBe(
      'here only: its files are not in the diff'
    )
  })
})

describe('renderSummary', () => {
  const view = (overrides: Partial<SummaryView> = {}): SummaryView => ({
    report: makeReport([FINDINGS.webPatchMode]),
    verdict: 'pass',
    scope: { mode: 'changed', reason: 'resources in, or using, the changed files', findingsOutOfScope: 0 },
    placements: new Map(),
    changes: undefined,
    state: advanceState(undefined, HEAD, [], []).state,
    headSha: HEAD,
    repository: { serverUrl: 'https://github.com', owner: 'Codertocat', repo: 'Hello-World' },
    runUrl: undefined,
    ...overrides
  })

  it('headlines the verdict', () => {
    const heading = (v: SummaryView): string => renderSummary(v).split('\n')[2] ?? ''
    expect(heading(view())).toBe('### ✅ Hotpatch reboot gate: passes, with 1 finding to look at')
    expect(heading(view({ verdict: 'fail', report: makeReport([FINDINGS.webPatchMode], []) }))).toBe(
      '### ❌ Hotpatch reboot gate: fails'
    )
    expect(heading(view({ report: makeReport([]) }))).toBe('### ✅ Hotpatch reboot gate: passes')
  })

  it('links declarations with the path encoded, and lists files that could not be read', () => {
    const report = makeReport([])
    const resources = [{ ...(report.resources[3] as (typeof report.resources)[number]), file: 'infra/web (old).bicep' }]
    const body = renderSummary(
      view({
        report: {
          ...report,
          resources,
          parseErrors: [
            { file: 'infra/bad|x.json', line: 4, column: 2, message: "expected ',' or '}'", severity: 'error' }
          ]
        }
      })
    )
    expect(body).toContain(
      '| vm-web | affected, no reboot plan | none | [infra/web \\(old\\).bicep:12](https://github.com/Codertocat/Hello-World/blob/' +
        `${HEAD}/infra/web%20%28old%29.bicep#L12) |`
    )
    expect(body).toContain(
      '<details><summary>1 manifest error: these files could not be read</summary>\n\n| File | Line | Error |\n| --- | --- | --- |\n' +
        "| `infra/bad\\|x.json` | 4 | expected ',' or '}' |\n\n</details>"
    )
  })

  it('links only normalized paths inside the repository: an artifact path with ../ is shown as code, not linked', () => {
    const report = makeReport([])
    const base = report.resources[3] as (typeof report.resources)[number]
    const resources = ['../../other/repo/blob/main/x.bicep', '/etc/passwd', 'infra/./web.bicep', 'infra\\web.bicep'].map(file => ({
      ...base,
      file
    }))
    const body = renderSummary(view({ report: { ...report, resources } }))
    expect(body).not.toContain('https://github.com/Codertocat/Hello-World/blob/')
    expect(body).toContain('| `../../other/repo/blob/main/x.bicep:12` |')
    expect(body).toContain('| `/etc/passwd:12` |')
    expect(body).toContain('| `infra/./web.bicep:12` |')
  })

  it('lists the exemptions the pull request adds, escaped, before the findings', () => {
    const exemption = {
      source: 'configuration' as const,
      file: '.github/hotpatch-reboot-gate.yml',
      startLine: 14,
      resource: 'vm-web',
      rule: 'reboot-plan-required',
      reason: 'Migrating to <b>VMSS</b> @org/infra',
      owner: 'team-web',
      expires: '2027-01-31',
      status: 'active' as const,
      resources: ['vm-web'],
      exempted: 1,
      new: true,
      change: 'added' as const
    }
    const old = { ...exemption, startLine: 20, resource: 'vm-old', new: false }
    const body = renderSummary(view({ report: { ...makeReport([FINDINGS.webPatchMode]), exemptions: [exemption, old] } }))
    const section = body.slice(body.indexOf('### New exemptions in this PR'))
    expect(section.startsWith('### New exemptions in this PR\n\nThis pull request adds or extends 1 exemption')).toBe(true)
    expect(section).not.toContain('vm-old')
    expect(section).toContain('Migrating to &lt;b&gt;VMSS&lt;/b&gt; @\u200dorg/infra')
    expect(body.indexOf('### New exemptions in this PR')).toBeLessThan(body.indexOf(FINDINGS.webPatchMode.ruleId))
  })

  it('says what changed since the previous commit', () => {
    const body = renderSummary(
      view({ changes: { sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e', added: 1, fixed: 2, unchanged: 3 } })
    )
    expect(body).toContain('Since `f95f852`: **1 new**, **2 fixed**, 3 unchanged.')
  })

  it("cuts the body under GitHub's limit with a pointer to the run, keeping the state", () => {
    const long = { ...FINDINGS.webPatchMode, message: 'x'.repeat(2000) }
    const findings = Array.from({ length: 40 }, (_, i) => ({ ...long, fingerprint: `fp${i}` }))
    const state = advanceState(
      undefined,
      HEAD,
      findings.map(f => f.fingerprint),
      []
    ).state
    const body = renderSummary(
      view({ report: makeReport(findings), state, runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/1' })
    )
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(body).toContain(
      '**Cut at GitHub’s 65,536-character comment limit.** All 40 findings and 6 VMs are in the job summary of ' +
        '[the workflow run](https://github.com/Codertocat/Hello-World/actions/runs/1) and in the JSON report.'
    )
    expect(readState(body)?.fingerprints.size).toBe(40)
  })
})

describe('renderReviewBody', () => {
  it('numbers the reviews of a large run', () => {
    expect(renderReviewBody({ comments: 30, part: 2, parts: 7, summary: true, unplaced: [] })).toBe(
      '<!-- hotpatch-reboot-gate:review -->\n' +
        "**Hotpatch reboot gate:** 30 findings on this pull request's diff (review 2 of 7). The summary comment lists every finding."
    )
  })

  it("links an unplaced finding's rule to its own page, not the report's docsUrl", () => {
    const forged = { ...FINDINGS.legacyBlocked, docsUrl: 'https://github.com.evil.example/reboot-blocked' }
    const body = renderReviewBody({ comments: 0, part: 1, parts: 1, summary: false, unplaced: [forged] })
    expect(body.split('\n').at(-1)).toBe(
      '- [reboot-blocked](https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/reboot-blocked.md) · ' +
        "vm-legacy · `infra/legacy.bicep:52`: vm-legacy's maintenance configuration mc-never never reboots \\(rebootSetting Never\\)."
    )
  })
})
