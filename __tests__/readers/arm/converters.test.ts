/** The converters from evaluated ARM values to model values (src/readers/arm/model/converters.ts). */
import { describe, expect, it } from '@jest/globals'
import { Unresolved, emptyArmObject, setArmMember, type ArmValue } from '../../../src/readers/arm/expressions/values.js'
import { asTags } from '../../../src/readers/arm/model/converters.js'
import { PartialStringMap } from '../../../src/model/source.js'

const armObject = (entries: readonly (readonly [string, ArmValue])[]): ArmValue => {
  const object = emptyArmObject()
  for (const [key, value] of entries) setArmMember(object, key, value)
  return object
}

describe('asTags', () => {
  it('keeps every tag in order as text, `__proto__` as an ordinary key, in an ordinary object', () => {
    const tags = asTags(armObject([['b', 'x'], ['a', 4711], ['__proto__', true], ['2', 'two']]))
    expect(JSON.stringify(tags)).toBe('{"2":"two","b":"x","a":"4711","__proto__":"true"}')
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype)
    expect(Object.keys(tags)).toEqual(['2', 'b', 'a', '__proto__'])
  })

  it('keeps the tags it knows apart from those whose values are not evaluated', () => {
    expect(asTags(armObject([['a', 'x'], ['env', new Unresolved('no value')], ['owner', new Unresolved('no value')]]))).toEqual(
      new PartialStringMap({ a: 'x' }, ['env', 'owner'])
    )
  })

  it('is unresolved at the first tag that is not a scalar', () => {
    expect(asTags(armObject([['a', 'x'], ['env', new Unresolved('no value')], ['b', [1]]]))).toEqual(new Unresolved("expected a string for tag 'b', found array"))
    expect(asTags(armObject([['a', 'x'], ['b', ['one']]]))).toEqual(new Unresolved("expected a string for tag 'b', found array"))
    expect(asTags('text')).toEqual(new Unresolved('expected an object of tags, found string'))
  })
})
