import { describe, expect, it } from '@jest/globals'
import type { SourceLocation } from '../../../src/model/source.js'
import { collectInputs, hotpatchSignals, type InputShape, type UnreadInput } from '../../../src/readers/shared/unread-module.js'

/** Plain JSON-like values, each member located on its own line so a test can see which location an input got. */
type Plain = string | number | boolean | null | readonly Plain[] | { readonly [key: string]: Plain }
const PLAIN: InputShape<Plain> = {
  scalar: value => (typeof value === 'object' ? undefined : value),
  children: (value, at) => {
    if (Array.isArray(value)) return (value as readonly Plain[]).map((item, index) => [index, item, at] as const)
    if (value !== null && typeof value === 'object') {
      return Object.entries(value).map(([key, item], line) => [key, item, { ...at, line: at.line * 10 + line }] as const)
    }
    return undefined
  }
}
const AT: SourceLocation = { file: 'main.tf', line: 1, column: 1 }

const collect = (path: string, value: Plain, maxDepth?: number): UnreadInput[] => {
  const inputs: UnreadInput[] = []
  collectInputs(PLAIN, path, value, AT, inputs, maxDepth)
  return inputs
}

describe('collectInputs', () => {
  it('names each known scalar by its path: keys joined with dots, indexes in brackets, no dot after an empty root', () => {
    expect(collect('', { vm: { image: { sku: '2025-datacenter-azure-edition' }, disks: [{ size: 128 }, null] }, on: true })).toEqual([
      { path: 'vm.image.sku', value: '2025-datacenter-azure-edition', at: { file: 'main.tf', line: 1000, column: 1 } },
      { path: 'vm.disks[0].size', value: 128, at: { file: 'main.tf', line: 1010, column: 1 } },
      { path: 'on', value: true, at: { file: 'main.tf', line: 11, column: 1 } }
    ])
    expect(collect('image', { sku: 'x' }).map(input => input.path)).toEqual(['image.sku'])
  })

  it('stops at the depth it is given and after 500 inputs', () => {
    const deep: Plain = { a: { b: { c: 'deep' } } }
    expect(collect('', deep, 3).map(input => input.path)).toEqual(['a.b.c'])
    expect(collect('', deep, 2)).toEqual([])
    expect(collect('many', Array.from({ length: 600 }, (_, index) => index))).toHaveLength(500)
  })

  it('feeds hotpatchSignals: a flag, an Azure Edition SKU with its publisher and offer', () => {
    const inputs = collect('', { hotpatching_enabled: true, image: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition' } })
    expect(hotpatchSignals(inputs)).toEqual({
      flag: inputs[0],
      sku: inputs[3],
      publisher: inputs[1],
      offer: inputs[2]
    })
    expect(hotpatchSignals(collect('', { sku: '2022-datacenter', enabled: true }))).toBeUndefined()
  })

  it('reads a flag written as the string "true" as the boolean, at its place and with its provenance', () => {
    const provenance = { origin: 'parameter-file', detail: 'hotpatch' } as const
    const written: UnreadInput[] = [
      { path: 'hotpatching_enabled', value: 'true', at: AT },
      { path: 'vm.enableHotpatching', value: 'TRUE', at: { file: 'prod.tfvars', line: 3, column: 1 }, provenance }
    ]
    expect(hotpatchSignals(written.slice(0, 1))).toEqual({ flag: { path: 'hotpatching_enabled', value: true, at: AT } })
    expect(hotpatchSignals(written.slice(1))).toEqual({
      flag: { path: 'vm.enableHotpatching', value: true, at: { file: 'prod.tfvars', line: 3, column: 1 }, provenance }
    })
    expect(hotpatchSignals([{ path: 'hotpatching_enabled', value: 'false', at: AT }])).toBeUndefined()
  })

  it('reads an image URN with a hotpatch SKU as that SKU, publisher and offer, each at the URN and showing it', () => {
    const urn = 'MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition-core:latest'
    const [input] = collect('', { image_urn: urn })
    const part = (value: string) => ({ path: 'image_urn', value, at: input?.at, written: urn })
    expect(hotpatchSignals(collect('', { image_urn: urn }))).toEqual({
      sku: part('2025-datacenter-azure-edition-core'),
      publisher: part('MicrosoftWindowsServer'),
      offer: part('WindowsServer')
    })
    // Only the whole URN form: another SKU, three parts, a SKU inside other text, spaces around the parts.
    for (const text of [
      'MicrosoftWindowsServer:WindowsServer:2022-datacenter-g2:latest',
      'MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition',
      'image MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition:latest',
      'uses 2025-datacenter-azure-edition',
      'MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition:latest:extra'
    ]) {
      expect(hotpatchSignals(collect('', { image: text }))).toBeUndefined()
    }
  })
})
