/**
 * Unit tests for src/report/markdown.ts and markdown-text.ts: escaping of hostile manifest text,
 * the job summary, and trimming to GitHub's limits. Compared as exact text.
 */
import { describe, expect, it } from '@jest/globals'
import { buildJsonReport } from '../../src/report/build-report.js'
import type { JsonReport } from '../../src/report/json-report.js'
import { MAX_ANNOTATIONS_PER_LEVEL, MAX_COMMENT_LENGTH, MAX_SUMMARY_BYTES } from '../../src/report/limits.js'
import {
  codeBlock,
  codeSpan,
  escapeHtmlLine,
  escapeMarkdown,
  link,
  renderJobSummary,
  renderJobSummaryShowing,
  truncateMarkdown
} from '../../src/report/markdown.js'
import { makeAssessment, makeFinding, makeScanResult, makeVm } from './builders.js'
import { scenario } from './scenario.js'

const ZWJ = '\u200d'
const ZWSP = '\u200b'
const report = (result = scenario): JsonReport => buildJsonReport(result, { toolVersion: '0.1.0', asOf: '2025-11-03' })

describe('escapeMarkdown', () => {
  it.each([
    ['a mention', '@org/team', `@${ZWJ}org/team`],
    ['an e-mail address', 'ops@example.com', `ops@${ZWJ}example.com`],
    ['HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['an entity', 'a &amp; b', 'a &amp;amp; b'],
    ['a link', '[click](http://evil)', `\\[click\\]\\(http:${ZWSP}//evil\\)`],
    ['an image', '![x](https://evil/x.png)', `\\!\\[x\\]\\(https:${ZWSP}//evil/x.png\\)`],
    ['a bare URL', 'see https://evil.example and www.evil.example', `see https:${ZWSP}//evil.example and www${ZWSP}.evil.example`],
    ['a table breaker', 'a|b\nc', 'a\\|b c'],
    ['Windows line ends and tabs', 'a\r\nb\tc\rd', 'a b c d'],
    ['backticks', '`code` and ```fence```', '\\`code\\` and \\`\\`\\`fence\\`\\`\\`'],
    ['emphasis and math', '*bold* _it_ ~~del~~ $x$', '\\*bold\\* \\_it\\_ \\~\\~del\\~\\~ \\$x\\$'],
    ['issue references', 'fixes #12 and GH-7, not #tag', `fixes \\#${ZWJ}12 and GH-${ZWJ}7, not \\#tag`],
    ['a leading list marker', '- item', '\\- item'],
    ['a backslash', 'C:\\temp\\*', 'C:\\\\temp\\\\\\*'],
    ['control characters', 'vm\u0000\u001b[31m-x', 'vm\\[31m-x'],
    ['plain text', 'vm-web-01 (prod)', 'vm-web-01 \\(prod\\)']
  ])('escapes %s', (_what, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })
})

describe('codeSpan, codeBlock and link', () => {
  it('fences a code span longer than any backtick run inside, pads edge backticks, and escapes pipes in tables', () => {
    expect(codeSpan('infra/main.bicep:12')).toBe('`infra/main.bicep:12`')
    expect(codeSpan('a `b` c')).toBe('``a `b` c``')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
    expect(codeSpan('a|b\nc', { inTable: true })).toBe('`a\\|b c`')
    expect(codeSpan('@org <b>')).toBe('`@org <b>`')
  })

  it("keeps a backslash before a pipe in a table cell from pairing with the pipe's escape, which ended the cell", () => {
    // GitHub splits a row where a `|` is not escaped: `\\|` is an escaped backslash, then a cell boundary, and the
    // rest of the name was Markdown (a live link, an image, a mention) in the job summary and the PR comments.
    const name = 'infra/a\\|[click me](https://evil.example/login) @octocat <img src=x>.json'
    expect(codeSpan(name, { inTable: true })).toBe('`infra/a\\\u200b\\|[click me](https://evil.example/login) @octocat <img src=x>.json`')
    expect(codeSpan('a\\\\|b', { inTable: true })).toBe('`a\\\\\u200b\\|b`')
    // Outside a table nothing splits rows: the text is kept as written.
    expect(codeSpan('a\\|b')).toBe('`a\\|b`')
    // Every `|` left in the cell is escaped by an odd run of backslashes or follows the zero-width space: none ends it.
    const cell = codeSpan('x\\|y\\\\|z||', { inTable: true })
    expect(cell.match(/(?<!\\)(?:\\\\)*\|/g)).toBeNull()
  })

  it('escapes a line of raw HTML (a <summary>) with entities and zero-width breaks, never Markdown backslashes', () => {
    expect(escapeHtmlLine('web_vm (a|b.json:3) <img src=x> & @org/team #12 GH-3 http://e www.e.com\u202e\u0007')).toBe(
      `web_vm (a|b.json:3) &lt;img src=x&gt; &amp; @\u200dorg/team #\u200d12 GH-\u200d3 http:\u200b//e www\u200b.e.com\ufffd`
    )
  })

  it('copes with text of more backtick runs than a call takes arguments', () => {
    const hostile = '` '.repeat(300_000)
    expect(codeSpan(hostile).startsWith('`` ` ')).toBe(true)
    expect(codeBlock('```\n'.repeat(300_000)).startsWith('````\n')).toBe(true)
  })

  it('fences a block so that no line inside can close it, with a clean info string', () => {
    expect(codeBlock('a\n```\nb\n', 'bicep')).toBe('````bicep\na\n```\nb\n````')
    expect(codeBlock('x', 'hcl onerror=1')).toBe('```hclonerror1\nx\n```')
  })

  it('links only plain https URLs and escapes the label', () => {
    expect(link('[docs]', 'https://example.com/rules/a.md')).toBe('[\\[docs\\]](https://example.com/rules/a.md)')
    expect(link('docs', 'javascript:alert(1)')).toBe('docs')
    expect(link('docs', 'https://example.com/a) [x](https://evil')).toBe('docs')
    expect(link('docs', 'http://example.com')).toBe('docs')
  })
})

describe('truncateMarkdown', () => {
  const body = ['# Title', '', 'line one', 'line two', 'line three', ''].join('\n')

  it('returns a body that fits unchanged', () => {
    expect(truncateMarkdown(body, body.length, 'cut')).toBe(body)
  })

  it('cuts on a line boundary and ends with the pointer, within the limit', () => {
    const cut = truncateMarkdown(body, 30, '_more in the report_')
    expect(cut).toBe('# Title\n\n_more in the report_\n')
    expect(cut.length).toBeLessThanOrEqual(30)
  })

  it('closes a code fence and a details block the cut left open', () => {
    const open = ['<details><summary>Fix</summary>', '', '````bicep', 'resource a', '```']
    const text = [...open, 'resource b', 'resource c', '````', '', '</details>', ''].join('\n')
    const cut = truncateMarkdown(text, 90, 'cut')
    expect(cut).toBe([...open, '````', '', '</details>', '', 'cut', ''].join('\n'))
    expect(cut.length).toBeLessThanOrEqual(90)
  })

  it('counts UTF-8 bytes when asked, as GitHub does for job summaries', () => {
    const wide = 'é'.repeat(10)
    const text = `${wide}\n${wide}\n${wide}\n`
    expect(truncateMarkdown(text, 33, 'p')).toBe(text)
    const cut = truncateMarkdown(text, 33, 'p', 'bytes')
    expect(cut).toBe(`${wide}\n\np\n`)
    expect(Buffer.byteLength(cut)).toBe(24)
  })

  it('gives as much of the pointer as fits when nothing else does', () => {
    expect(truncateMarkdown('x'.repeat(50), 4, 'pointer')).toBe('poin')
  })
})

describe('GitHub limits', () => {
  it('are the documented numbers', () => {
    expect([MAX_COMMENT_LENGTH, MAX_SUMMARY_BYTES, MAX_ANNOTATIONS_PER_LEVEL]).toEqual([65536, 1048576, 10])
  })
})

describe('renderJobSummary', () => {
  it('shows the verdict, the VMs that matter with evidence and fixes, counts by rule, parse errors and sources', () => {
    const docs = 'https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules'
    expect(renderJobSummary(report())).toBe(
      [
        '## ❌ hotpatch-reboot-gate: 2 errors, 1 warning',
        '',
        '5 files, 6 VMs \\(1 affected without a plan, 1 affected with reboots blocked, 1 affected with platform reboots, ' +
          '1 indeterminate, 1 with a plan, 1 not affected\\), 2 errors, 1 warning, 1 parse error, 1 exempted, 1 file skipped; ' +
          'evaluated as of 2025-11-03.',
        '',
        '| VM | Verdict | Evidence | Fix |',
        '| --- | --- | --- | --- |',
        '| **vm-web-01**<br>`infra/main.bicep:12` | ❌ affected, no reboot plan | no maintenance assignment reaches it | add fix 1 below (bicep) |',
        '| **vm-app** \\[app.prod.parameters.json\\]<br>`infra/app.json:31` | ❌ affected, reboots blocked | ' +
          'direct assignment mca-app \\(infra/app.json:70\\) -&gt; configuration mc-never \\(not in the scanned files\\): ' +
          'unverifiable — the configuration is not declared in the scanned files | ' +
          'set `infra/app.prod.parameters.json:14` to `"value": "IfRequired"` |',
        '| **vm-app** \\[app.dev.parameters.json\\]<br>`infra/app.json:31` | ⚠️ affected, reboots left to the platform | ' +
          `no maintenance assignment reaches it | see [platform-reboot-unscheduled](${docs}/platform-reboot-unscheduled.md) |`,
        "| **vm-batch**<br>`infra/main.bicep:120` | ⚠️ indeterminate<br>image.sku comes from parameter 'batchSku', which has no default " +
          'and no parameter file | no maintenance assignment reaches it | exempted until 2026-01-31: decommissioned in December |',
        '| **vm-web-02**<br>`infra/main.bicep:58` | ✅ affected, reboot plan in place | ' +
          'direct assignment mca-vm-web-02 \\(infra/main.bicep:95\\) -&gt; configuration mc-weekly: valid — InGuestPatch, reboot IfRequired, ' +
          'weekly on Saturday | — |',
        '',
        '<details><summary>Fix 1: vm-web-01 (infra/main.bicep:12)</summary>',
        '',
        '```bicep',
        "resource webPatchWindow 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {",
        "  name: 'mc-vm-web-01'",
        '  location: location',
        '  properties: {',
        "    maintenanceScope: 'InGuestPatch'",
        "    installPatches: { rebootSetting: 'IfRequired' }",
        '  }',
        '}',
        '```',
        '',
        '</details>',
        '',
        '### Findings by rule',
        '',
        '| Rule | Errors | Warnings | Notices | Exempted |',
        '| --- | ---: | ---: | ---: | ---: |',
        `| [hotpatch-image-unresolved](${docs}/hotpatch-image-unresolved.md) | 0 | 0 | 0 | 1 |`,
        `| [platform-reboot-unscheduled](${docs}/platform-reboot-unscheduled.md) | 0 | 1 | 0 | 0 |`,
        `| [reboot-not-blocked](${docs}/reboot-not-blocked.md) | 1 | 0 | 0 | 0 |`,
        `| [reboot-plan-required](${docs}/reboot-plan-required.md) | 1 | 0 | 0 | 0 |`,
        '',
        '### Files not read, and notes on reading',
        '',
        '- `charts/vm/templates/vm.yaml:1:1` skipped: Helm template: skipped',
        "- `infra/broken.json:3:7` parse error: expected ',' or '}' after a property value",
        '',
        '### Advisories',
        '',
        '- [WSUS remote code execution \\(CVE-2025-59287\\) and the hotpatch baseline calendar]' +
          '(https://msrc.microsoft.com/update-guide/vulnerability/CVE-2025-59287) (wsus-cve-2025-59287)',
        '',
        'Not shown: 1 VM not affected and without findings. The JSON report lists every VM.',
        ''
      ].join('\n')
    )
  })

  it('says so plainly when nothing was found', () => {
    expect(renderJobSummary(report(makeScanResult({ files: ['main.tf'] })))).toBe(
      '## ✅ hotpatch-reboot-gate: no findings\n\n1 file, 0 VMs, 0 errors, 0 warnings, 0 parse errors; evaluated as of 2025-11-03.\n'
    )
  })

  it('takes the verdict from the caller when it decided the gate on other grounds', () => {
    expect(renderJobSummary(report(), { passed: true }).split('\n')[0]).toBe('## ✅ hotpatch-reboot-gate: 2 errors, 1 warning')
  })

  it('renders hostile names, messages and snippets as text', () => {
    const vm = makeVm({ name: '@org/team <img src=x onerror=alert(1)>', file: 'a|b.bicep', line: 3, variant: '[click](http://evil)' })
    const result = makeScanResult({
      files: ['a|b.bicep'],
      assessments: [makeAssessment(vm, 'affected-no-plan')],
      findings: [
        makeFinding(vm, 'reboot-plan-required', 'x', {
          fix: { snippet: { language: 'bicep', text: '```\n</details>\n@here' } },
          docsUrl: 'https://example.com/rules/reboot-plan-required.md'
        })
      ]
    })
    const lines = renderJobSummary(report(result)).split('\n')
    expect(lines.slice(4, 14)).toEqual([
      '| VM | Verdict | Evidence | Fix |',
      '| --- | --- | --- | --- |',
      `| **@${ZWJ}org/team &lt;img src=x onerror=alert\\(1\\)&gt;** \\[click\\]\\(http:${ZWSP}//evil\\)<br>\`a\\|b.bicep:3\` | ` +
        '❌ affected, no reboot plan | no maintenance assignment reaches it | add fix 1 below (bicep) |',
      '',
      `<details><summary>Fix 1: @${ZWJ}org/team &lt;img src=x onerror=alert(1)&gt; (a|b.bicep:3)</summary>`,
      '',
      '````bicep',
      '```',
      '</details>',
      '@here'
    ])
    expect(lines[14]).toBe('````')
  })

  it('stops the table at the row limit and says how many VMs it left out', () => {
    const vms = [1, 2, 3].map(n => makeVm({ name: `vm-${n}`, file: 'main.bicep', line: n * 10 }))
    const result = makeScanResult({ files: ['main.bicep'], assessments: vms.map(vm => makeAssessment(vm, 'affected-with-plan')) })
    const summary = renderJobSummary(report(result), { maxRows: 2 })
    expect(summary).toContain('| **vm-2**<br>`main.bicep:20` |')
    expect(summary).not.toContain('vm-3')
    expect(summary.endsWith("Not shown: 1 more VM past the table's row limit. The JSON report lists every VM.\n")).toBe(true)
  })

  it('says whether it shows every finding: not when a VM with one is past the rows, or the size cut it', () => {
    const vms = [1, 2, 3].map(n => makeVm({ name: `vm-${n}`, file: 'main.bicep', line: n * 10 }))
    const planned = makeScanResult({ files: ['main.bicep'], assessments: vms.map(vm => makeAssessment(vm, 'affected-with-plan')) })
    // The VM past the rows has no finding: every finding is still shown.
    expect(renderJobSummaryShowing(report(planned), { maxRows: 2 }).everyFinding).toBe(true)
    const unplanned = makeScanResult({
      files: ['main.bicep'],
      assessments: vms.map(vm => makeAssessment(vm, 'affected-no-plan')),
      findings: vms.map(vm => makeFinding(vm, 'reboot-plan-required', `VM '${vm.displayName}' has no reboot plan.`))
    })
    expect(renderJobSummaryShowing(report(unplanned), { maxRows: 3 }).everyFinding).toBe(true)
    expect(renderJobSummaryShowing(report(unplanned), { maxRows: 2 }).everyFinding).toBe(false)
    expect(renderJobSummaryShowing(report(unplanned), { maxBytes: 300 }).everyFinding).toBe(false)
    expect(renderJobSummaryShowing(report(unplanned)).markdown).toBe(renderJobSummary(report(unplanned)))
  })

  it('fits the size limit, ending with the pointer', () => {
    const vms = Array.from({ length: 40 }, (_, n) => makeVm({ name: `vm-${n}`, file: 'main.bicep', line: n + 1 }))
    const result = makeScanResult({ files: ['main.bicep'], assessments: vms.map(vm => makeAssessment(vm, 'affected-no-plan')) })
    const summary = renderJobSummary(report(result), { maxBytes: 2000, pointer: 'See the report-file artifact.' })
    expect(Buffer.byteLength(summary)).toBe(1974)
    const lastRow = '| **vm-15**<br>`main.bicep:16` | ❌ affected, no reboot plan | no maintenance assignment reaches it | — |'
    expect(summary.endsWith(`${lastRow}\n\n_See the report-file artifact._\n`)).toBe(true)
    expect(summary).not.toContain('vm-16')
  })
})

describe('renderJobSummary links', () => {
  it('takes no link from the report: rules link to their pages, advisories elsewhere than the shipped hosts are text', () => {
    const report = buildJsonReport(scenario, { toolVersion: '0.1.0', asOf: '2025-11-03' })
    const evil = 'https://github.com.evil.example/x'
    const summary = renderJobSummary({
      ...report,
      findings: report.findings.map(finding => ({ ...finding, docsUrl: evil })),
      advisories: [{ id: 'x', title: 'Advisory', url: 'https://msrc.microsoft.com.evil.example/' }]
    })
    expect(summary).not.toContain('evil.example')
    expect(summary).toContain(`| [reboot-plan-required](https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/reboot-plan-required.md) | `)
    expect(summary).toContain('### Advisories\n\n- Advisory (x)')
  })
})
