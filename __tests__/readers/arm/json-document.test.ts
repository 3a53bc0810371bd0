/**
 * Unit tests for src/readers/arm/json: parsing with located errors, lazy positions, nesting limits.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseJsonDocument, type JsonDocument } from '../../../src/readers/arm/json/json-document.js'

const FIXTURES = new URL('../../fixtures/arm/', import.meta.url)

function parsed(text: string): JsonDocument {
  const result = parseJsonDocument('t.json', text)
  if (!result.ok) throw new Error(result.error.message)
  return result.document
}

const failure = (text: string) => {
  const result = parseJsonDocument('t.json', text)
  return result.ok ? undefined : result.error
}

describe('parseJsonDocument', () => {
  it('locates a missing comma at the token that follows', () => {
    const text = readFileSync(new URL('invalid/broken.json', FIXTURES), 'utf8')
    expect(parseJsonDocument('invalid/broken.json', text)).toEqual({
      ok: false,
      error: { file: 'invalid/broken.json', line: 9, column: 7, message: "invalid JSON: expected ',', found '\"location\"'", severity: 'error' }
    })
  })

  it.each([
    ['{\n  "a": "x\n}', 2, 8, 'invalid JSON: expected a closing double quote for the string, found \'"x\''],
    ['{\n  "a": 1,\n}', 3, 1, "invalid JSON: expected a property name in double quotes, found '}'"],
    ['{"a" 1}', 1, 6, "invalid JSON: expected ':' after the property name, found '1'"],
    ['[1, 2', 1, 6, "invalid JSON: expected ',' or ']', found the end of the file"],
    ['', 1, 1, 'invalid JSON: expected a value, found the end of the file'],
    ['{"a": 1}}', 1, 9, "invalid JSON: expected the end of the file after the top-level value, found '}'"]
  ])('reports %j at %i:%i', (text, line, column, message) => {
    expect(failure(text)).toEqual({ file: 't.json', line, column, message, severity: 'error' })
  })

  it('reads a string that spans lines, as ARM does, with its line breaks as spaces and every position kept', () => {
    const text = '{\n  "a": "[concat(\'vm-\',\n    \'web\')]",\r\n  "b": "x\r\ny", // "\n  "c": 1\n}'
    const document = parsed(text)
    expect(document.value).toEqual({ a: "[concat('vm-',     'web')]", b: 'x  y', c: 1 })
    expect([document.locate(['a']), document.locate(['b']), document.locate(['c'])].map(at => `${at.line}:${at.column}`)).toEqual([
      '2:3',
      '4:3',
      '6:3'
    ])
  })

  it('accepts comments, as ARM does', () => {
    expect(parsed('{\n  // note\n  "a": /* inline */ 1\n}').value).toEqual({ a: 1 })
  })

  it('refuses 100,000 levels of nesting with a located error instead of overflowing the stack', () => {
    const text = `{"resources": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    expect(failure(text)).toEqual({
      file: 't.json',
      line: 1,
      column: 526,
      message: 'JSON nested deeper than 512 levels; not read',
      severity: 'error'
    })
  })

  it('counts brackets inside strings and comments as text', () => {
    expect(parsed(`{"a": "${'['.repeat(600)}" /* ${'{'.repeat(600)} */}`).value).toEqual({ a: '['.repeat(600) })
  })

  it('keeps __proto__ an ordinary key on both parse paths', () => {
    const plain = parsed('{"__proto__": {"polluted": true}}').value as object
    const commented = parsed('// c\n{"__proto__": {"polluted": true}}').value as object
    for (const value of [plain, commented]) {
      expect(Object.keys(value)).toEqual(['__proto__'])
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('JsonDocument.locate', () => {
  const document = parsed(
    ['{', '  "resources": [', '    {', '      "name": "a",', '      "name": "b",', '      "tags": { "x": 1 }', '    }', '  ]', '}'].join('\n')
  )

  it('points at the key of a property, and at the last one of duplicate keys (the value ARM reads)', () => {
    expect(document.value).toEqual({ resources: [{ name: 'b', tags: { x: 1 } }] })
    expect(document.locate(['resources', 0, 'name'])).toEqual({ file: 't.json', line: 5, column: 7 })
    expect(document.locate(['resources', 0, 'tags', 'x'])).toEqual({ file: 't.json', line: 6, column: 17 })
  })

  it('points at an array element and at the document root', () => {
    expect(document.locate(['resources', 0])).toEqual({ file: 't.json', line: 3, column: 5 })
    expect(document.locate([])).toEqual({ file: 't.json', line: 1, column: 1 })
  })
})

describe('JsonDocument positions, scanned on the first locate or while parsing', () => {
  // Over MAX_JSON_DEPTH brackets: nesting is checked (and the structure recorded) while parsing.
  const many = `[\n${Array.from({ length: 600 }, (_, i) => `  { "i": ${i}, "a\\u0062": [${i}] }`).join(',\n')}\n]`
  // Few brackets: nothing is scanned until a position is asked.
  const few = '{\n  "k": [\n    { "ab": 1 },\n    { "a\\u0062": 2, "ab": 3 }\n  ]\n}'

  it('locates the same way either way: keys written with escapes, the last of duplicate keys, elements', () => {
    const large = parsed(many)
    expect(large.locate([599, 'ab'])).toEqual({ file: 't.json', line: 601, column: 15 })
    expect(large.locate([0, 'i'])).toEqual({ file: 't.json', line: 2, column: 5 })
    expect(large.locate([300, 'ab', 0])).toEqual({ file: 't.json', line: 302, column: 27 })
    const small = parsed(few)
    expect(small.locate(['k', 1, 'ab'])).toEqual({ file: 't.json', line: 4, column: 21 })
    expect(small.locate(['k', 0, 'ab'])).toEqual({ file: 't.json', line: 3, column: 7 })
    expect(small.locate(['k', 2])).toEqual({ file: 't.json', line: 2, column: 3 })
  })
})

describe('positions in a large document (the member index grows past its pooled arrays)', () => {
  it('locates members of the last containers as in a small one', () => {
    // 3,000 resources of 4 members each, an object per resource: past 4,096 members and 1,024 containers.
    const resources = Array.from({ length: 3000 }, (_, i) => `    {\n      "name": "vm-${i}",\n      "type": "t",\n      "properties": { "a": ${i} },\n      "tags": []\n    }`)
    const text = `{\n  "resources": [\n${resources.join(',\n')}\n  ]\n}\n`
    const document = parsed(text)
    // Resource i starts at line 3 + 6i; its name one line down, its properties two lines further.
    expect(document.locate(['resources', 2999])).toEqual({ file: 't.json', line: 3 + 6 * 2999, column: 5 })
    expect(document.locate(['resources', 2999, 'name'])).toEqual({ file: 't.json', line: 4 + 6 * 2999, column: 7 })
    expect(document.locate(['resources', 2999, 'properties', 'a'])).toEqual({ file: 't.json', line: 6 + 6 * 2999, column: 23 })
    expect(document.locate(['resources', 1500, 'tags'])).toEqual({ file: 't.json', line: 7 + 6 * 1500, column: 7 })
    document.release()
  })
})
