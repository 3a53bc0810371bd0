/**
 * Line breaks, control characters and bidirectional controls in manifest text, through each sink's one
 * sanitizer: the terminal report and the Azure Pipelines messages (style.ts) and Markdown
 * (markdown-text.ts). A name cannot start a line of its own (a forged summary line), rewrite the terminal,
 * or reorder the rest of its line.
 */
import { describe, expect, it } from '@jest/globals'
import { renderAzurePipelines } from '../../src/report/azure-pipelines.js'
import { buildJsonReport } from '../../src/report/build-report.js'
import type { JsonReport } from '../../src/report/json-report.js'
import { codeBlock, codeSpan, escapeMarkdown, renderJobSummary } from '../../src/report/markdown.js'
import { sanitizeForTerminal, sanitizeLinesForTerminal } from '../../src/report/style.js'
import { renderText } from '../../src/report/text.js'
import { escapeHtmlLine } from '../../src/report/markdown-text.js'
import { LINE_BREAK, oneLine } from '../../src/unsafe-characters.js'
import { makeAssessment, makeFinding, makeScanResult, makeVm } from './builders.js'

const SUMMARY = 'hotpatch-reboot-gate: 1 file, 1 VM (1 not affected), 0 errors, 0 warnings, 0 parse errors'
/** repro-7: a name that spells the summary line and a row of another VM on lines of their own. */
const FORGED = `vm-web\n\n${SUMMARY}\n  · vm-db (VM)  line 1 — not affected`
/** repro-8: erase the line, move up, paint "all clear" green; the C1 CSI; a bell. */
const ESCAPES = 'vm-\u001b[2K\u001b[1A\u001b[32mall clear\u001b[0m\u009b31m\u0007'
/** Right-to-left override and isolates, and a Unicode line separator. */
const BIDI = 'vm-\u202Eevil\u2066x\u2069\u2028y'
const R = '\uFFFD'

function reportOf(name: string): JsonReport {
  const vm = makeVm({ name, file: 'main.bicep', line: 10 })
  const result = makeScanResult({
    assessments: [makeAssessment(vm, 'affected-no-plan')],
    findings: [makeFinding(vm, 'reboot-plan-required', `VM '${name}' has no reboot plan.`)],
    files: ['main.bicep']
  })
  return buildJsonReport(result, { toolVersion: '0.1.0', asOf: '2025-11-03' })
}

/** Every line break a viewer may show: CR LF, LF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const BREAKS = ['\r\n', '\n', '\r', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029']
/** A name with each of them: each must be one space wherever a name is shown on a line. */
const BROKEN = `a${BREAKS.join('b')}c`
const SPACED = 'a b b b b b b b c'

describe('line breaks in a name or a message, one definition for every renderer', () => {
  it('are each a space on one line (oneLine), CR LF one space', () => {
    expect(BROKEN.match(LINE_BREAK)).toEqual(BREAKS)
    expect(oneLine(BROKEN)).toBe(SPACED)
  })

  it('are spaces in the terminal report, Azure Pipelines messages and every inline Markdown piece', () => {
    expect(sanitizeForTerminal(BROKEN)).toBe(SPACED)
    expect(escapeMarkdown(BROKEN)).toBe(SPACED)
    expect(codeSpan(BROKEN)).toBe(`\`${SPACED}\``)
    expect(escapeHtmlLine(BROKEN)).toBe(SPACED)
    expect(renderText(reportOf(BROKEN), { color: false }).split('\n')[2]).toBe(`      error  reboot-plan-required  VM '${SPACED}' has no reboot plan.`)
    expect(renderAzurePipelines(reportOf(BROKEN), { failOn: 'error' }).split('\n')[0]).toMatch(new RegExp(`VM '${SPACED}' has no reboot plan\\.$`))
  })
})

describe('the terminal report', () => {
  it('keeps a name on its line: the summary line it spells is not a line of the report', () => {
    const text = renderText(reportOf(FORGED), { color: false })
    const inline = `vm-web  ${SUMMARY}   · vm-db (VM)  line 1 — not affected`
    expect(text.split('\n').slice(0, 2)).toEqual(['main.bicep', `  ✖ ${inline} (VM)  line 10 — affected, no reboot plan`])
    expect(text.split('\n').filter(line => line.startsWith('hotpatch-reboot-gate:'))).toEqual([
      'hotpatch-reboot-gate: 1 file, 1 VM (1 affected without a plan), 1 error, 0 warnings, 0 parse errors'
    ])
    expect(text.split('\n').filter(line => line.includes('vm-db'))).toHaveLength(2)
    expect(text.split('\n').filter(line => line.trimStart().startsWith('·'))).toEqual([])
  })

  it('drops escape sequences and C0 and C1 controls, and shows bidirectional controls', () => {
    expect(renderText(reportOf(ESCAPES), { color: false }).split('\n')[1]).toBe('  ✖ vm-all clear31m (VM)  line 10 — affected, no reboot plan')
    expect(renderText(reportOf(BIDI), { color: false }).split('\n').slice(1, 3)).toEqual([
      `  ✖ vm-${R}evil${R}x${R} y (VM)  line 10 — affected, no reboot plan`,
      `      error  reboot-plan-required  VM 'vm-${R}evil${R}x${R} y' has no reboot plan.`
    ])
  })

  it('keeps the lines of a snippet, cleaned the same way', () => {
    expect(sanitizeLinesForTerminal(`name: '${ESCAPES}'\r\n\u202Ex: 1\ry`)).toBe(`name: 'vm-all clear31m'\n${R}x: 1y`)
    expect(sanitizeForTerminal(`a\r\nb\u2029c\td`)).toBe('a b c\td')
  })
})

describe('Azure Pipelines messages', () => {
  it('carry no escape sequence, control character, line break or bidirectional control', () => {
    const issue = (name: string): string => renderAzurePipelines(reportOf(name), { failOn: 'error' }).split('\n')[0] ?? ''
    const command = '##vso[task.logissue type=error;sourcepath=main.bicep;linenumber=10;columnnumber=1;code=reboot-plan-required;]'
    expect(issue(ESCAPES)).toBe(`${command}[reboot-plan-required] VM 'vm-all clear31m' has no reboot plan.`)
    expect(issue(BIDI)).toBe(`${command}[reboot-plan-required] VM 'vm-${R}evil${R}x${R} y' has no reboot plan.`)
    expect(issue(FORGED)).toBe(
      `${command}[reboot-plan-required] VM 'vm-web  ${SUMMARY}   · vm-db (VM)  line 1 — not affected' has no reboot plan.`
    )
  })
})

describe('Azure Pipelines source paths', () => {
  it('carry no control character or bidirectional control; line breaks stay, escaped', () => {
    const file = `infra/${ESCAPES}${BIDI}\n.bicep`
    const vm = makeVm({ name: 'vm', file, line: 10 })
    const result = makeScanResult({
      assessments: [makeAssessment(vm, 'affected-no-plan')],
      findings: [makeFinding(vm, 'reboot-plan-required', "VM 'vm' has no reboot plan.")],
      files: [file]
    })
    const report = buildJsonReport(result, { toolVersion: '0.1.0', asOf: '2025-11-03' })
    expect(renderAzurePipelines(report, { failOn: 'error' }).split('\n')[0]).toBe(
      `##vso[task.logissue type=error;sourcepath=infra/vm-all clear31mvm-${R}evil${R}x${R}%0Ay%0A.bicep;linenumber=10;` +
        "columnnumber=1;code=reboot-plan-required;][reboot-plan-required] VM 'vm' has no reboot plan."
    )
  })
})

describe('Markdown', () => {
  it('drops C1 controls and shows bidirectional controls, in prose and in code', () => {
    expect(escapeMarkdown(ESCAPES)).toBe('vm-\\[2K\\[1A\\[32mall clear\\[0m31m')
    expect(escapeMarkdown(BIDI)).toBe(`vm-${R}evil${R}x${R} y`)
    expect(codeSpan(ESCAPES)).toBe('`vm-[2K[1A[32mall clear[0m31m`')
    expect(codeSpan(BIDI)).toBe(`\`vm-${R}evil${R}x${R} y\``)
    expect(codeBlock(`name: '${ESCAPES}'\r\n\u202Ex: 1`, 'bicep')).toBe(`\`\`\`bicep\nname: 'vm-[2K[1A[32mall clear[0m31m'\n${R}x: 1\n\`\`\``)
  })

  it('in the job summary', () => {
    const summary = renderJobSummary(reportOf(`${ESCAPES}${BIDI}`))
    // eslint-disable-next-line no-control-regex -- the control characters are what must not be there
    expect(summary).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
    expect(summary).toContain(`| **vm-\\[2K\\[1A\\[32mall clear\\[0m31mvm-${R}evil${R}x${R} y**<br>\`main.bicep:10\` |`)
  })
})
