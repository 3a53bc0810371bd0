/**
 * Unit tests for src/yaml: positioned nodes from js-yaml 5 events.
 */
import { describe, expect, it } from '@jest/globals'
import { child, nodeAt, parseYaml, scalarText, type YamlMap, type YamlNode } from '../../src/yaml/index.js'

const root = (text: string, index = 0): YamlNode | undefined => parseYaml(text).documents[index]?.root
const where = (node: YamlNode | undefined): string =>
  `${node?.start.line}:${node?.start.column}-${node?.end.line}:${node?.end.column}`

describe('positions', () => {
  const text = [
    '# leading comment',
    'apiVersion: v1',
    'metadata:',
    '  name: "quoted"',
    "  alias: 'single'",
    '  empty:',
    'list:',
    '  - first',
    '  - {inline: 1, other: true}',
    'block: |',
    '  line one',
    '  line two',
    'number: 0x1F'
  ].join('\n')
  const doc = root(text) as YamlMap

  it('locates keys and values with 1-based lines and columns', () => {
    const apiVersion = doc.byKey.get('apiVersion')
    expect(where(apiVersion?.keyNode)).toBe('2:1-2:11')
    expect(where(apiVersion?.value)).toBe('2:13-2:15')
  })

  it('points quoted scalars at their opening quote and ends after the closing one', () => {
    expect(where(nodeAt(doc, ['metadata', 'name']))).toBe('4:9-4:17')
    expect(where(nodeAt(doc, ['metadata', 'alias']))).toBe('5:10-5:18')
  })

  it('places an empty value right after its key', () => {
    const empty = nodeAt(doc, ['metadata', 'empty'])
    expect(empty).toMatchObject({ kind: 'scalar', value: null, text: '' })
    expect(where(empty)).toBe('6:8-6:8')
  })

  it('locates sequence items, flow mappings and block scalars', () => {
    expect(where(nodeAt(doc, ['list', 0]))).toBe('8:5-8:10')
    expect(where(nodeAt(doc, ['list', 1, 'other']))).toBe('9:24-9:28')
    expect(nodeAt(doc, ['list', 1])?.start.column).toBe(5)
    const block = nodeAt(doc, ['block'])
    expect(block).toMatchObject({ value: 'line one\nline two\n', style: 'literal' })
    expect(block?.start.line).toBe(11)
  })

  it('gives plain JavaScript values under the YAML 1.2 core schema', () => {
    expect(doc.value).toEqual({
      apiVersion: 'v1',
      metadata: { name: 'quoted', alias: 'single', empty: null },
      list: ['first', { inline: 1, other: true }],
      block: 'line one\nline two\n',
      number: 31
    })
    expect(root('on: yes\noff: no\nwhen: 2025-10-23\nbig: 1e3\n')?.value).toEqual({
      on: 'yes',
      off: 'no',
      when: '2025-10-23',
      big: 1000
    })
  })
})

describe('documents', () => {
  it('reads every document of a multi-document file with its index and first line', () => {
    const parsed = parseYaml('a: 1\n---\n# only a comment\n---\nb: 2\n...\n---\n- c\n')
    expect(parsed.errors).toEqual([])
    expect(parsed.documents.map(d => [d.index, d.start.line, d.root?.value])).toEqual([
      [0, 1, { a: 1 }],
      [1, 2, undefined],
      [2, 5, { b: 2 }],
      [3, 8, ['c']]
    ])
  })

  it('gives an empty text no documents and no errors', () => {
    expect(parseYaml('')).toMatchObject({ documents: [], errors: [] })
    expect(parseYaml('# nothing\n')).toMatchObject({ documents: [], errors: [] })
  })

  it('keeps the other documents when one has a syntax error, and locates it', () => {
    const parsed = parseYaml('a: 1\n---\nb: [1, 2\nc: 3\n---\nd: 4\n')
    expect(parsed.documents.map(d => [d.index, d.root?.value])).toEqual([
      [0, { a: 1 }],
      [2, { d: 4 }]
    ])
    expect(parsed.errors).toEqual([{ message: 'deficient indentation', line: 4, column: 1, offset: 18 }])
  })

  it('reports a syntax error of a single-document file with js-yaml message and position', () => {
    expect(parseYaml('a: 1\n b: 2\n').errors).toEqual([
      { message: 'bad indentation of a mapping entry', line: 2, column: 3, offset: 7 }
    ])
    expect(parseYaml('a:\n\t- b\n').errors).toEqual([
      { message: 'tab characters must not be used in indentation', line: 2, column: 1, offset: 3 }
    ])
  })
})

describe('line breaks and byte-order marks', () => {
  it('counts CRLF line breaks once and keeps CR out of values', () => {
    const doc = root('kind: VirtualMachine\r\nspec:\r\n  location: westeurope\r\n')
    expect(doc?.value).toEqual({ kind: 'VirtualMachine', spec: { location: 'westeurope' } })
    expect(where(nodeAt(doc, ['spec', 'location']))).toBe('3:13-3:23')
  })

  it('does not count a byte-order mark as a column', () => {
    const doc = root('\ufeffkind: VirtualMachine\nname: vm\n')
    expect(where(child(doc, 'kind'))).toBe('1:7-1:21')
    expect((doc as YamlMap).entries[0]?.keyNode.start).toEqual({ offset: 1, line: 1, column: 1 })
    expect(where(child(doc, 'name'))).toBe('2:7-2:9')
  })
})

describe('mapping keys', () => {
  it('keeps __proto__ and constructor as ordinary own keys without touching prototypes', () => {
    const doc = root('__proto__:\n  polluted: true\nconstructor: x\n') as YamlMap
    expect(Object.getPrototypeOf(doc.value)).toBeNull()
    expect(Object.keys(doc.value)).toEqual(['__proto__', 'constructor'])
    expect(doc.value['__proto__']).toEqual({ polluted: true })
    expect(scalarText(child(doc, 'constructor'))).toBe('x')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('uses the written text of scalar keys', () => {
    expect(Object.keys((root('1.0: a\ntrue: b\n~: c\n"q": d\n') as YamlMap).value)).toEqual(['1.0', 'true', '~', 'q'])
  })

  it('rejects a duplicated key with the line of the first one', () => {
    expect(parseYaml('a: 1\nb: 2\na: 3\n').errors).toEqual([
      { message: 'duplicated mapping key "a" (first at line 1)', line: 3, column: 1, offset: 10 }
    ])
  })

  it('rejects a collection used as a key', () => {
    expect(parseYaml('? [a, b]\n: 1\n').errors).toEqual([
      { message: 'complex mapping keys (a collection as key) are not supported', line: 1, column: 3, offset: 2 }
    ])
  })
})

describe('merge keys', () => {
  const text = [
    'base: &base',
    '  location: westeurope',
    '  size: small',
    'extra: &extra',
    '  zone: "1"',
    'vm:',
    '  <<: [*base, *extra]',
    '  size: large',
    'literal:',
    '  "<<": not merged'
  ].join('\n')
  const doc = root(text) as YamlMap

  it('merges mappings; explicit keys win and merged entries keep their own positions', () => {
    const vm = child(doc, 'vm') as YamlMap
    expect(vm.value).toEqual({ size: 'large', location: 'westeurope', zone: '1' })
    expect(vm.entries.map(entry => [entry.key, entry.merged, entry.keyNode.start.line])).toEqual([
      ['size', false, 8],
      ['location', true, 2],
      ['zone', true, 5]
    ])
  })

  it('keeps a quoted "<<" as an ordinary key', () => {
    expect(child(doc, 'literal')?.value).toEqual({ '<<': 'not merged' })
  })

  it('rejects merging something that is not a mapping', () => {
    expect(parseYaml('a: &a [1]\nb:\n  <<: *a\n').errors).toEqual([
      { message: 'merge key "<<" needs a mapping or a sequence of mappings', line: 1, column: 8, offset: 7 }
    ])
  })
})

describe('tags', () => {
  it('applies core tags and keeps other tags as strings', () => {
    const doc = root('a: !!str 12\nb: !!int "7"\nc: !Ref vm\nd: !!binary aGk=\n') as YamlMap
    expect(doc.value).toEqual({ a: '12', b: 7, c: 'vm', d: 'aGk=' })
    expect(child(doc, 'c')).toMatchObject({ tag: '!Ref' })
    expect(child(doc, 'a')).toMatchObject({ tag: 'tag:yaml.org,2002:str' })
  })

  it('rejects a core tag that does not fit its scalar', () => {
    expect(parseYaml('a: !!int twelve\n').errors).toEqual([
      { message: 'cannot resolve "twelve" as !!int', line: 1, column: 10, offset: 9 }
    ])
  })

  it('expands %TAG handles', () => {
    expect(child(root('%TAG !e! tag:example.com,2025:\n---\na: !e!vm x\n'), 'a')).toMatchObject({
      tag: 'tag:example.com,2025:vm',
      value: 'x'
    })
  })
})

describe('documents the caller does not want', () => {
  const text = [
    '%YAML 1.2',
    '# the head goes with the first document',
    '---',
    'kind: Skipped',
    'broken: [',
    '---',
    'kind: Kept',
    'name: a',
    '--- # a comment on the marker',
    'kind: Kept',
    'name: b',
    '...',
    '# trailing comment',
    ''
  ].join('\n')
  const wantsKept = (document: string): boolean => !document.includes('kind: Skipped')

  it('parses the wanted documents where the whole text puts them, and passes over the others and their errors', () => {
    const parsed = parseYaml(text, {}, wantsKept)
    expect(parsed.errors).toEqual([])
    expect(parsed.documents.map(document => [document.index, nodeAt(document.root, ['name'])?.start.line])).toEqual([
      [1, 8],
      [2, 11]
    ])
    const whole = parseYaml(text.replace('broken: [', 'broken: []'))
    expect(parsed.documents.map(document => document.root)).toEqual(whole.documents.slice(1).map(document => document.root))
  })

  it('asks about each document once, with the comments and directives before it', () => {
    const asked: string[] = []
    parseYaml(text, {}, document => {
      asked.push(document)
      return wantsKept(document)
    })
    expect(asked).toEqual([
      '%YAML 1.2\n# the head goes with the first document\n---\nkind: Skipped\nbroken: [\n',
      '---\nkind: Kept\nname: a\n',
      '--- # a comment on the marker\nkind: Kept\nname: b\n...\n# trailing comment\n'
    ])
  })

  it('finds the same documents in a text with CRLF line breaks', () => {
    const crlf = parseYaml(text.replace(/\n/g, '\r\n'), {}, wantsKept)
    const lf = parseYaml(text, {}, wantsKept)
    expect(crlf.errors).toEqual([])
    const seen = (parsed: typeof lf) =>
      parsed.documents.map(document => [document.index, document.root?.start.line, document.root?.start.column, document.root?.value])
    expect(seen(crlf)).toEqual([
      [1, 7, 1, { kind: 'Kept', name: 'a' }],
      [2, 10, 1, { kind: 'Kept', name: 'b' }]
    ])
    expect(seen(crlf)).toEqual(seen(lf))
  })

  it('parses every document, as without the test, when it wants them all', () => {
    const fixed = text.replace('broken: [', 'broken: []')
    expect(parseYaml(fixed, {}, () => true)).toEqual(parseYaml(fixed))
    expect(parseYaml(text, {}, () => true).errors).toEqual(parseYaml(text).errors)
  })
})
