/**
 * Property tests for src/yaml: any text parses into documents and located errors, never an exception.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { findMarkedComments, parseYaml } from '../../src/yaml/index.js'

const yamlish = fc
  .array(
    fc.constantFrom(
      ...['a:', ' ', '  ', '-', '\n', '\r\n', '---', '...', '&x', '*x', '<<:', '[', ']', '{', '}', ',', '"', "'"],
      ...['|', '>', '#', '!!int', '!t', '%TAG ! !x\n', '?', ':', '\t', 'true', '0x1', '~', '\ufeff'],
      'hotpatch-reboot-gate-exempt'
    ),
    { maxLength: 60 }
  )
  .map(parts => parts.join(''))

describe('parseYaml', () => {
  it('never throws, and every error is located inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 200 })), text => {
        const parsed = parseYaml(text)
        const lines = text.split(/\r\n|\r|\n/).length
        for (const error of parsed.errors) {
          expect(error.line).toBeGreaterThanOrEqual(1)
          expect(error.line).toBeLessThanOrEqual(lines)
          expect(error.message).not.toBe('')
        }
        findMarkedComments(parsed, 'hotpatch-reboot-gate-exempt')
      }),
      { numRuns: 2000 }
    )
  })
})
