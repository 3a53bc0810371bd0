/**
 * The workflow commands the action's annotations print, through the real @actions/core: core escapes only
 * what would end a command (`%`, CR, LF, and `:` and `,` in a property), so control and bidirectional
 * characters of manifest text reached the annotation and the log as they were. They are cleaned as the
 * text report's log lines are (src/report/style.ts): C1 controls dropped (U+0085 is a line break to some
 * viewers, U+009B a CSI), bidirectional controls shown as U+FFFD, in the message, the title and the file.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as annotations from '../../src/action/annotations.js'
import { finding, parseError, report } from './report-builder.js'

const { emitAnnotations, planAnnotations } = annotations

/** Right-to-left override, left-to-right isolate, NEL and the one-byte CSI in one name. */
const NAME = 'vm-\u202Eevil\u2066x\u0085y\u009B31m'
/** The name as the annotation's file shows it (a path keeps its line breaks, escaped; NEL is dropped there). */
const SHOWN = 'vm-\uFFFDevil\uFFFDxy31m'
/** The name as the annotation's title and message show it: NEL is a line break, so a space. */
const ONE_LINE = 'vm-\uFFFDevil\uFFFDx y31m'

let printed: string[]

beforeEach(() => {
  printed = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk))
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
})

const emitted = (plan: ReturnType<typeof planAnnotations>): string[] => {
  emitAnnotations(plan)
  return printed
}

describe('annotations of manifest text with control and bidirectional characters', () => {
  it('clean the message, the title and the file of a finding', () => {
    const hostile = finding({ resource: NAME, file: `infra/${NAME}.json`, message: `VM ${NAME} has no reboot plan.` })
    expect(emitted(planAnnotations(report({ findings: [hostile] })))).toEqual([
      `::error title=reboot-plan-required%3A ${ONE_LINE},file=infra/${SHOWN}.json,line=10,endLine=10::` +
        `VM ${ONE_LINE} has no reboot plan.%0Ahttps://example.test/docs/rules/reboot-plan-required.md\n`
    ])
  })

  it('write a name the message quotes on its line: every line break a space, only the rule link on a line of its own', () => {
    const names = ['vm-a\n::warning::from the name', 'vm-b\u2028second line', 'c\r\nd\re\u000bf\u000cg\u0085h\u2029i']
    const findings = names.map((name, index) =>
      finding({ resource: name, startLine: 10 + index, endLine: 10 + index, message: `VM '${name}' has no reboot plan.`, fingerprint: `f${index}` })
    )
    const exempted = finding({
      resource: 'vm-x',
      startLine: 20,
      endLine: 20,
      fingerprint: 'fx',
      message: "VM 'vm-x\nforged' has no reboot plan.",
      exemption: { reason: 'lab\u2028::error::forged', owner: 'ops\nteam', expires: '2027-01-31', source: 'config' }
    })
    expect(emitted(planAnnotations(report({ findings: [...findings, exempted] })))).toEqual([
      "::error title=reboot-plan-required%3A vm-a %3A%3Awarning%3A%3Afrom the name,file=infra/vm.json,line=10,endLine=10::VM 'vm-a ::warning::from the name' has no reboot plan.%0Ahttps://example.test/docs/rules/reboot-plan-required.md\n",
      "::error title=reboot-plan-required%3A vm-b second line,file=infra/vm.json,line=11,endLine=11::VM 'vm-b second line' has no reboot plan.%0Ahttps://example.test/docs/rules/reboot-plan-required.md\n",
      "::error title=reboot-plan-required%3A c d e f g h i,file=infra/vm.json,line=12,endLine=12::VM 'c d e f g h i' has no reboot plan.%0Ahttps://example.test/docs/rules/reboot-plan-required.md\n",
      '::notice title=reboot-plan-required%3A vm-x,file=infra/vm.json,line=20,endLine=20::Exempted until 2027-01-31 (ops team): lab ::error::forged%0A' +
        "VM 'vm-x forged' has no reboot plan.%0Ahttps://example.test/docs/rules/reboot-plan-required.md\n"
    ])
  })

  it("clean a parse error, its message on one line and its file's line breaks escaped by core", () => {
    const hostile = parseError({ file: `${NAME}\n.json`, message: `unexpected '${NAME}'\r\nat\u2028the end`, severity: 'notice' })
    expect(emitted(planAnnotations(report({ parseErrors: [hostile] })))).toEqual([
      `::notice title=Note on reading the manifest,file=${SHOWN}%0A.json,line=3,col=5::unexpected '${ONE_LINE}' at the end\n`
    ])
  })

  it('clean every annotation the action writes, not only the planned ones', () => {
    annotations.annotate('warning', `Changed manifests outside path: ${NAME}.bicep`)
    annotations.annotate('notice', 'n', { title: `a\u202Eb\u0085c\nd`, startLine: 2 })
    expect(printed).toEqual([
      `::warning::Changed manifests outside path: ${SHOWN}.bicep\n`,
      `::notice title=a\uFFFDb c d,line=2::n\n`
    ])
  })

  it('pass plain text as it is', () => {
    expect(emitted(planAnnotations(report({ findings: [finding()] })))).toEqual([
      '::error title=reboot-plan-required%3A vm-app,file=infra/vm.json,line=10,endLine=10::' +
        'VM vm-app has hotpatching on and no maintenance configuration assigned.%0Ahttps://example.test/docs/rules/reboot-plan-required.md\n'
    ])
  })
})

describe('the step\'s annotation count', () => {
  beforeEach(() => annotations.resetAnnotationCount())

  it('counts every annotation written, per level, and leaves the findings what is left less what is kept', () => {
    annotations.annotate('warning', 'a')
    annotations.annotate('warning', 'b')
    annotations.annotate('notice', 'c')
    expect(annotations.slotsLeft()).toEqual({ error: 10, warning: 8, notice: 9 })
    expect(annotations.slotsLeft({ notice: 1, warning: 1 })).toEqual({ error: 10, warning: 7, notice: 8 })
  })

  it('writes messages alone while they fit, and the rest joined in the last slot', () => {
    for (let i = 0; i < 8; i++) annotations.annotate('notice', `n${i}`)
    annotations.annotateWithin('notice', ['x', 'y', 'z'])
    annotations.annotateWithin('warning', ['p', 'q'])
    expect(printed.slice(8)).toEqual(['::notice::x\n', '::notice::y%0Az\n', '::warning::p\n', '::warning::q\n'])
  })

  it('plans no overflow line for a level without a slot left', () => {
    const plan = planAnnotations(report({ findings: [finding({ severity: 'notice' }), finding({ severity: 'notice', startLine: 11 })] }), {
      slots: { error: 10, warning: 10, notice: 0 }
    })
    expect(plan).toEqual({ annotations: [], overflow: { error: 0, warning: 0, notice: 2 } })
  })
})

describe('annotations of a long manifest name', () => {
  /** The message and the title as the runner reads them back from the command. */
  const decoded = (line: string): { title: string; message: string } => {
    const match = /^::error title=(.*?),file=.*?::(.*)\n$/s.exec(line)
    const unescape = (text: string): string => text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
    return { title: unescape(match?.[1] ?? ''), message: unescape(match?.[2] ?? '') }
  }
  const LINK = 'https://example.test/docs/rules/reboot-plan-required.md'

  it('cut the message before the rule link at 4,096 characters, saying so, and the title with an ellipsis', () => {
    const name = `vm${'x'.repeat(70000)}`
    const long = finding({ resource: name, message: `VM ${name} has hotpatching on and no maintenance configuration assigned.` })
    const [line] = emitted(planAnnotations(report({ findings: [long] })))
    const { title, message } = decoded(line ?? '')
    expect(message).toHaveLength(4096)
    expect(message.startsWith(`VM vmxxx`)).toBe(true)
    expect(message.endsWith(`xxx … (cut at 4,096 characters; the JSON report has it whole)\n${LINK}`)).toBe(true)
    expect(title).toHaveLength(4096)
    expect(title.startsWith('reboot-plan-required: vmxxx')).toBe(true)
    expect(title.endsWith('xxx…')).toBe(true)
  })

  it('leave a message of exactly 4,096 characters whole, and cut one of 4,097 from the end without a link', () => {
    annotations.annotate('warning', 'a'.repeat(4096))
    annotations.annotate('warning', `${'b'.repeat(4096)}c`)
    expect(printed[0]).toBe(`::warning::${'a'.repeat(4096)}\n`)
    const note = ' … (cut at 4,096 characters; the JSON report has it whole)'
    expect(printed[1]).toBe(`::warning::${'b'.repeat(4096 - note.length)}${note}\n`)
  })

  it('never leave half a surrogate pair where it cuts', () => {
    const note = ' … (cut at 4,096 characters; the JSON report has it whole)'
    // The cut falls between the two halves of an emoji: the emoji goes whole.
    annotations.annotate('notice', `${'a'.repeat(4096 - note.length - 1)}😀${'z'.repeat(100)}`)
    expect(printed[0]).toBe(`::notice::${'a'.repeat(4096 - note.length - 1)}${note}\n`)
  })
})
