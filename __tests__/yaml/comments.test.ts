/**
 * Unit tests for src/yaml/comments.ts and src/yaml/exemptions.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { inlineExemptions } from '../../src/yaml/exemptions.js'
import { inComment } from '../../src/yaml/comments.js'
import { findMarkedComments, parseYaml } from '../../src/yaml/index.js'

describe('findMarkedComments', () => {
  it('finds full-line and trailing marker comments with the text after the marker', () => {
    const text = [
      '# hotpatch-reboot-gate-exempt reason="baseline reboot in CAB-42" expires=2026-01-31',
      'kind: VirtualMachine',
      'spec:  # hotpatch-reboot-gate-exempt: owner=ops',
      '  #hotpatch-reboot-gate-exempt',
      '  name: vm'
    ].join('\n')
    expect(findMarkedComments(parseYaml(text), 'hotpatch-reboot-gate-exempt')).toEqual([
      { line: 1, column: 1, text: 'reason="baseline reboot in CAB-42" expires=2026-01-31' },
      { line: 3, column: 8, text: 'owner=ops' },
      { line: 4, column: 3, text: '' }
    ])
  })

  it('ignores the marker inside quoted and block scalars and without a comment start', () => {
    const text = [
      'a: "# hotpatch-reboot-gate-exempt in a string"',
      "b: '# hotpatch-reboot-gate-exempt single'",
      'c: |',
      '  # hotpatch-reboot-gate-exempt in a block scalar',
      'd: x# hotpatch-reboot-gate-exempt glued to a scalar',
      'e: 1 # hotpatch-reboot-gate-exempts is another word'
    ].join('\n')
    expect(findMarkedComments(parseYaml(text), 'hotpatch-reboot-gate-exempt')).toEqual([])
  })

  it('handles CRLF line breaks', () => {
    const parsed = parseYaml('a: 1\r\n# hotpatch-reboot-gate-exempt owner=ops\r\nb: 2\r\n')
    expect(findMarkedComments(parsed, 'hotpatch-reboot-gate-exempt')).toEqual([
      { line: 2, column: 1, text: 'owner=ops' }
    ])
  })
})

describe('inlineExemptions', () => {
  it('locates each exemption in its file', () => {
    const parsed = parseYaml('kind: VirtualMachine # hotpatch-reboot-gate-exempt reason=lab\n')
    expect(inlineExemptions('k8s/vm.yaml', parsed)).toEqual([
      { location: { file: 'k8s/vm.yaml', line: 1, column: 22 }, text: 'reason=lab' }
    ])
  })
})

describe('inComment', () => {
  /** Each `@` of the text (taken out) as in a comment or not. */
  const marks = (lines: readonly string[]): boolean[] => {
    const marked = lines.join('\n')
    const text = marked.replaceAll('@', '')
    const commented = inComment(parseYaml(text))
    const offsets = [...marked.matchAll(/@/g)].map((match, index) => match.index - index)
    return offsets.map(offset => commented(offset))
  }

  it('is after a # at a line start or after a blank, outside every scalar', () => {
    expect(marks(['# @a', 'key: value  # @b', 'plain: a#@b', 'quoted: " # @x"', 'block: |', '  # @text', '  more', 'flow: [a, # @c', '  b]'])).toEqual([
      true,
      true,
      false,
      false,
      false,
      true
    ])
  })

  it('in text that does not parse, is only on a line that starts with #', () => {
    expect(marks(['  # @a', '{{- if @x }}', 'key: value # @b', 'bad: [', 'text: | # @c'])).toEqual([true, false, false, false])
  })
})
