/**
 * Property tests for src/yaml: any text parses into documents and located errors, never an exception.
 * `npm test` draws the fuzz harness's short fixed-seed pass; `npm run test:long` at least 2,000 inputs per
 * property with its own seed (fuzz/support.ts `parametersFor`).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { findMarkedComments, parseYaml } from '../../src/yaml/index.js'
import { parametersFor } from '../fuzz/support.js'
import { expectEqual } from '../support/many-cases.js'

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

/** Valid documents (a few with an error) between markers, with comments, directives and CRLF here and there. */
const documents = fc
  .array(
    fc.tuple(
      fc.constantFrom('---\n', '--- # marker\n', '...\n---\n', '---\r\n', '# comment\n---\n', '%TAG !e! tag:e,2026:\n---\n', ''),
      fc.constantFrom(
        'apiVersion: v1\nkind: ConfigMap\n',
        'a: 1\nb: [x, y]\n',
        '- one\n- two: 2\n',
        'block: |\n  --- not a marker\n  text\n',
        'k: &a {x: 1}\nm: *a\n',
        'q: "a # b"\n',
        'plain\n',
        '# only a comment\n',
        't: !e!x value\n',
        'broken: [\n'
      )
    ),
    { minLength: 1, maxLength: 6 }
  )
  .map(parts => parts.map(([marker, body]) => marker + body).join(''))

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
      parametersFor(2000)
    )
  })

  it('parses the same with a test that wants every document', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 200 })), text => {
        const all = parseYaml(text, {}, () => true)
        const plain = parseYaml(text)
        expectEqual(all.documents, plain.documents)
        expectEqual(all.errors, plain.errors)
      }),
      parametersFor(2000)
    )
  })

  it('gives each document it parses past documents it passes over as the whole text has it', () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 0, max: 7 }), (text, seed) => {
        const whole = parseYaml(text)
        // Pass over documents by a property of their text the caller cannot steer.
        const parsed = parseYaml(text, {}, document => (document.length + seed) % 3 !== 0)
        const lines = text.split(/\r\n|\r|\n/).length
        for (const error of parsed.errors) expect(error.line).toBeLessThanOrEqual(lines)
        if (whole.errors.length > 0) return
        const byStart = new Map(whole.documents.map(document => [document.root?.start.offset, document.root]))
        for (const document of parsed.documents) {
          if (document.root === undefined || document.root === null) continue
          expectEqual(byStart.get(document.root.start.offset), document.root)
        }
      }),
      parametersFor(2000)
    )
  })
})
