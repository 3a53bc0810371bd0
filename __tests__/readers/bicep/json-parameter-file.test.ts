import { describe, expect, it } from '@jest/globals'
import { jsonParameterSource, readJsonParameterFile } from '../../../src/readers/bicep/json-parameter-file.js'
import { memoryFiles } from './memory-files.js'

const at = (line: number, column: number) => ({ file: 'p.parameters.json', line, column })
const read = (text: string) => readJsonParameterFile('p.parameters.json', memoryFiles({ 'p.parameters.json': text }))

describe('readJsonParameterFile', () => {
  it('reads objects and arrays with each key where it is written, and a Key Vault reference as unresolved', () => {
    const file = read(
      [
        '{',
        '  "parameters": {',
        '    "image": { "value": { "sku": "2025-datacenter-azure-edition", "zones": [1, null] } },',
        '    "password": { "reference": { "keyVault": { "id": "/kv" }, "secretName": "admin" } },',
        '    "ignored": { "metadata": {} }',
        '  }',
        '}'
      ].join('\n')
    )
    const prov = (detail: string, line: number, column: number) => ({ origin: 'parameter-file', detail, via: [at(line, column)] })
    expect(file?.values.get('image')).toEqual({
      kind: 'object',
      prov: prov('image', 3, 16),
      properties: new Map([
        ['sku', { key: 'sku', at: at(3, 27), value: { kind: 'string', value: '2025-datacenter-azure-edition', prov: prov('image', 3, 16) } }],
        [
          'zones',
          {
            key: 'zones',
            at: at(3, 67),
            value: {
              kind: 'array',
              prov: prov('image', 3, 16),
              items: [
                { kind: 'number', value: 1, prov: prov('image', 3, 16) },
                { kind: 'null', prov: prov('image', 3, 16) }
              ]
            }
          }
        ]
      ])
    })
    expect(file?.values.get('password')).toEqual({
      kind: 'unresolved',
      reason: "p.parameters.json sets 'password' from a Key Vault reference, read when it is deployed",
      prov: prov('password', 4, 19)
    })
    expect(file?.values.has('ignored')).toBe(false)
  })

  it('gives values by name ignoring case, and says what it does not set', () => {
    const source = jsonParameterSource(read('{ "parameters": { "VmName": { "value": "vm-01" } } }') as NonNullable<ReturnType<typeof read>>)
    expect([source.parameter('vmName'), source.parameter('VmName')].map(value => value?.kind === 'string' && value.value)).toEqual(['vm-01', 'vm-01'])
    expect(source.parameter('location')).toBeUndefined()
    expect(source.missing).toBe('p.parameters.json does not set it')
  })

  it('is undefined for text that is not JSON or not a parameter file: the ARM reader, which claims it, says so', () => {
    expect(read('{ "parameters": { "a": { "value": 1 }, }')).toBeUndefined()
    expect(read('{ "resources": [] }')).toBeUndefined()
    expect(readJsonParameterFile('missing.parameters.json', memoryFiles({}))).toBeUndefined()
  })
})
