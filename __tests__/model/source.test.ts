import { describe, expect, it } from '@jest/globals'
import { absent, known, PartialStringMap, withUnknownKeys } from '../../src/model/source.js'

describe('absent', () => {
  it('gives one value for the fields of one location object, and its own value to another', () => {
    const vm = { file: 'main.tf', line: 3, column: 1 }
    const first = absent<string>(vm)
    expect(first).toEqual({ value: undefined, origin: 'absent', location: vm })
    expect(Object.keys(first)).toEqual(['value', 'origin', 'location'])
    expect(absent<boolean>(vm)).toBe(first)

    const other = { file: 'main.tf', line: 3, column: 1 }
    const second = absent<string>(other)
    expect(second).not.toBe(first)
    expect(second.location).toBe(other)
    // Back to the first location: a value of its own again, equal to the first.
    const again = absent<string>(vm)
    expect(again.location).toBe(vm)
    expect(again).toEqual(first)
  })

  it('is never a value a known value at the same location is', () => {
    const at = { file: 'vm.json', line: 9, column: 3 }
    const none = absent<string>(at)
    expect(known('Windows', at)).toEqual({ value: 'Windows', origin: 'literal', location: at })
    expect(absent<string>(at)).toBe(none)
    expect(none.value).toBeUndefined()
  })
})

describe('withUnknownKeys', () => {
  const at = { file: 'main.tf', line: 50, column: 3 }
  const via = [{ file: 'main.tf', line: 2, column: 1 }]

  it('keeps a map with keys whose values are not evaluated known, naming them', () => {
    const read = known(new PartialStringMap({ PatchGroup: 'A' }, ['Owner']), at, 'variable', 'tags', via)
    expect(withUnknownKeys(read)).toEqual({ value: { PatchGroup: 'A' }, origin: 'variable', location: at, detail: 'tags', via, unknownKeys: ['Owner'] })
  })

  it('makes a map built on one not known unresolved as a whole, its certain keys beside', () => {
    const read = known(new PartialStringMap({ PatchGroup: 'B' }, [], "parameter 'baseTags' has no value"), at, 'variable', 'tags', via)
    const map = withUnknownKeys(read)
    expect(map).toEqual({
      value: undefined,
      origin: 'unresolved',
      location: at,
      reason: "parameter 'baseTags' has no value",
      detail: 'tags',
      via,
      knownEntries: { PatchGroup: 'B' }
    })
  })
})
