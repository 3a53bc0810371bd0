/**
 * Unit tests for src/yaml/sourced.ts: YAML nodes as the model's Sourced values.
 */
import { describe, expect, it } from '@jest/globals'
import { child, parseYaml } from '../../src/yaml/index.js'
import { SourcedValues } from '../../src/yaml/sourced.js'

const doc = parseYaml(
  [
    'name: vm-1',
    'size: 2',
    'flag: true',
    'legacy: yes',
    'quoted: "true"',
    'list: [a, 1]',
    'nested: [a, [b]]',
    'tags: {env: prod, __proto__: x, count: 3}',
    'empty:'
  ].join('\n')
).documents[0]?.root
const values = new SourcedValues('m.yaml')
const resource = { file: 'm.yaml', line: 1, column: 1 }

describe('SourcedValues', () => {
  it('reads a literal string with its full range', () => {
    expect(values.string(child(doc, 'name'), resource)).toEqual({
      value: 'vm-1',
      origin: 'literal',
      location: { file: 'm.yaml', line: 1, column: 7, endLine: 1, endColumn: 11 }
    })
    expect(values.string(child(doc, 'size'), resource).value).toBe('2')
  })

  it('gives absent, or the provider default, for a missing or empty value', () => {
    expect(values.string(child(doc, 'missing'), resource)).toEqual({
      value: undefined,
      origin: 'absent',
      location: resource
    })
    expect(values.boolean(child(doc, 'empty'), resource, false)).toEqual({
      value: false,
      origin: 'provider-default',
      location: resource
    })
  })

  it('reads booleans the way Kubernetes (YAML 1.1) does, and rejects quoted text', () => {
    expect(values.boolean(child(doc, 'flag'), resource).value).toBe(true)
    expect(values.boolean(child(doc, 'legacy'), resource).value).toBe(true)
    expect(values.boolean(child(doc, 'quoted'), resource)).toMatchObject({
      origin: 'unresolved',
      reason: 'expected a boolean, found the quoted string "true"'
    })
  })

  it('reads string lists and maps, and names the wrong shape', () => {
    expect(values.stringList(child(doc, 'list'), resource).value).toEqual(['a', '1'])
    expect(values.stringList(child(doc, 'nested'), resource)).toMatchObject({
      origin: 'unresolved',
      reason: 'expected a list of strings, found a list item',
      location: { line: 7, column: 13 }
    })
    const tags = values.stringMap(child(doc, 'tags'), resource).value
    expect(tags).toEqual({ env: 'prod', ['__proto__']: 'x', count: '3' })
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype)
    expect(values.string(child(doc, 'tags'), resource)).toMatchObject({
      origin: 'unresolved',
      reason: 'expected a string, found a mapping'
    })
  })
})
