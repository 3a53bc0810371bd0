import { describe, expect, it } from '@jest/globals'
import { absent, known } from '../../src/model/source.js'

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
