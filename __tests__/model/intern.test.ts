import { describe, expect, it } from '@jest/globals'
import { intern, ownCopy, sharedStringMap, sharedStrings, sharedText } from '../../src/model/intern.js'
import { parseResourceId } from '../../src/model/identity.js'
import { differing } from '../support/many-cases.js'

describe('intern', () => {
  it('gives back the value it is given, first time and after', () => {
    const built = ['Microsoft', 'WindowsServer'].join('')
    expect(intern(built)).toBe('MicrosoftWindowsServer')
    expect(intern('MicrosoftWindowsServer')).toBe('MicrosoftWindowsServer')
  })

  it('gives back long values untouched', () => {
    const long = 'x'.repeat(500)
    expect(intern(long)).toBe(long)
  })

  it('keeps giving the right value when its table fills and is emptied', () => {
    const { got, want } = differing(20_000, i => intern(`value-${i}`), i => `value-${i}`)
    expect(got).toEqual(want)
    expect(intern('value-3')).toBe('value-3')
    expect(intern('')).toBe('')
  })
})

describe('ownCopy', () => {
  it('gives back the same text, whatever it holds', () => {
    const id = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm-\u00e9-\ud83d\ude00-\ud800-"quoted"\\'
    const sliced = id.slice(id.lastIndexOf('/') + 1)
    expect(ownCopy(sliced)).toBe('vm-\u00e9-\ud83d\ude00-\ud800-"quoted"\\')
    expect(ownCopy(`${id}#resources[0]`)).toBe(`${id}#resources[0]`)
    expect(ownCopy('short')).toBe('short')
    expect(ownCopy('')).toBe('')
  })

  it('is what a parsed resource ID keeps: the same identity as before, and the subscription it names', () => {
    expect(parseResourceId('/subscriptions/s/resourceGroups/rg-prod-westeurope/providers/Microsoft.Compute/virtualMachines/vm-team-01-0001')).toEqual({
      type: 'Microsoft.Compute/virtualMachines',
      name: 'vm-team-01-0001',
      resourceGroup: 'rg-prod-westeurope',
      subscription: 's'
    })
  })

  it('builds identities with the keys in the same order, with and without a resource group and a subscription', () => {
    const prefix = '/subscriptions/{subscriptionId}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/'
    expect(Object.keys(parseResourceId(`${prefix}vm`) ?? {})).toEqual(['type', 'name', 'resourceGroup'])
    expect(Object.keys(parseResourceId('/subscriptions/{subscriptionId}/providers/Microsoft.Compute/virtualMachines/vm') ?? {})).toEqual(['type', 'name'])
    expect(Object.keys(parseResourceId('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm') ?? {})).toEqual([
      'type',
      'name',
      'resourceGroup',
      'subscription'
    ])
    expect(parseResourceId('/subscriptions/{s}/resourceGroups/[rg]/providers/Microsoft.Compute/virtualMachines/{vm}')).toEqual({
      type: 'Microsoft.Compute/virtualMachines',
      name: undefined
    })
  })
})

describe('sharedText', () => {
  it('gives back the same text at every length, built of pieces or not', () => {
    for (const length of [0, 12, 96, 97, 4096, 4097, 20_000]) {
      const text = 'reason '.repeat(Math.ceil(length / 7)).slice(0, length)
      const built = [text.slice(0, length >> 1), text.slice(length >> 1)].join('')
      expect(sharedText(built)).toBe(text)
      expect(sharedText(`${text.slice(0, length >> 1)}${text.slice(length >> 1)}`)).toBe(text)
    }
  })

  it('keeps giving the right text when its table fills and is emptied', () => {
    const text = (i: number) => `maintenance configuration 'mc-${i}' is assigned directly and its window covers every baseline ${'.'.repeat(300)}`
    const { got, want } = differing(5_000, i => sharedText(text(i)), text)
    expect(got).toEqual(want)
    expect(sharedText(text(0))).toBe(text(0))
  })
})

describe('sharedStrings', () => {
  it('gives one frozen copy of equal lists, in their order, and different lists apart', () => {
    const first = sharedStrings(JSON.parse('["Critical","Security"]') as string[])
    const second = sharedStrings(['Critical', 'Security'])
    expect(first).toEqual(['Critical', 'Security'])
    expect(second).toBe(first)
    expect(Object.isFrozen(first)).toBe(true)
    expect(sharedStrings(['Security', 'Critical'])).toEqual(['Security', 'Critical'])
    // Texts that join alike stay apart.
    expect(sharedStrings(['a,b'])).toEqual(['a,b'])
    expect(sharedStrings(['a', 'b'])).toEqual(['a', 'b'])
    expect(sharedStrings(['1:a'])).toEqual(['1:a'])
    expect(sharedStrings(['', 'a'])).toEqual(['', 'a'])
    expect(sharedStrings([])).toEqual([])
  })

  it('throws on a change rather than changing every holder', () => {
    const list = sharedStrings(['Definition', 'Tools']) as string[]
    expect(() => list.push('Updates')).toThrow(TypeError)
    expect(sharedStrings(['Definition', 'Tools'])).toEqual(['Definition', 'Tools'])
  })

  it('copies long lists, and keeps giving the right lists when its table fills and is emptied', () => {
    const long = Array.from({ length: 40 }, (_, i) => `KB${i}`)
    expect(sharedStrings(long)).toEqual(long)
    expect(sharedStrings(long)).not.toBe(long)
    const { got, want } = differing(10_000, i => sharedStrings([`kb-${i}`, 'x']), i => [`kb-${i}`, 'x'])
    expect(got).toEqual(want)
    expect(sharedStrings(['kb-3', 'x'])).toEqual(['kb-3', 'x'])
  })
})

describe('sharedStringMap', () => {
  it('gives one frozen copy of equal maps, keys in their order', () => {
    const first = sharedStringMap(JSON.parse('{"environment":"prod","cost-center":"4711"}') as Record<string, string>)
    const second = sharedStringMap({ environment: 'prod', 'cost-center': '4711' })
    expect(second).toBe(first)
    expect(Object.isFrozen(first)).toBe(true)
    expect(Object.keys(first)).toEqual(['environment', 'cost-center'])
    expect(first).toEqual({ environment: 'prod', 'cost-center': '4711' })
    const reordered = sharedStringMap({ 'cost-center': '4711', environment: 'prod' })
    expect(reordered).not.toBe(first)
    expect(Object.keys(reordered)).toEqual(['cost-center', 'environment'])
    expect(sharedStringMap({ a: 'b=c' })).toEqual({ a: 'b=c' })
    expect(sharedStringMap({ 'a=b': 'c' })).toEqual({ 'a=b': 'c' })
    expect(sharedStringMap({})).toEqual({})
  })

  it('keeps `__proto__` an own key and gives the prototype no entry', () => {
    const map = sharedStringMap(Object.fromEntries([['__proto__', 'x'], ['env', 'dev']]))
    expect(Object.keys(map)).toEqual(['__proto__', 'env'])
    expect(Object.getOwnPropertyDescriptor(map, '__proto__')?.value).toBe('x')
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype)
  })

  it('throws on a change, and gives large maps back as they are', () => {
    const map = sharedStringMap({ env: 'test' }) as Record<string, string>
    expect(() => {
      map.env = 'prod'
    }).toThrow(TypeError)
    const large = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, `v${i}`]))
    expect(sharedStringMap(large)).toBe(large)
    const { got, want } = differing(10_000, i => sharedStringMap({ team: `t-${i}` }), i => ({ team: `t-${i}` }))
    expect(got).toEqual(want)
  })
})
