import { describe, expect, it } from '@jest/globals'
import { releaseUnitValues, unitValue } from '../../src/model/unit-values.js'
import { unresolved } from '../../src/model/source.js'
import { differing } from '../support/many-cases.js'

describe('unitValue', () => {
  it('gives the fields a literal would, in the order the report prints them, a path only when non-empty', () => {
    expect(Object.entries(unitValue('template-deployment', 'azure-deployment:a'))).toEqual([
      ['kind', 'template-deployment'],
      ['key', 'azure-deployment:a']
    ])
    expect(Object.entries(unitValue('template-deployment', 'azure-deployment:a', '', 'prod.parameters.json'))).toEqual([
      ['kind', 'template-deployment'],
      ['key', 'azure-deployment:a'],
      ['environment', 'prod.parameters.json']
    ])
    expect(Object.entries(unitValue('terraform-root', 'terraform:infra', 'module.app', 'x'))).toEqual([
      ['kind', 'terraform-root'],
      ['key', 'terraform:infra'],
      ['path', 'module.app'],
      ['environment', 'x']
    ])
    expect(JSON.stringify(unitValue('terraform-root', 'terraform:infra', 'module.app'))).toBe('{"kind":"terraform-root","key":"terraform:infra","path":"module.app"}')
  })

  it('shares one value for equal units and keeps units that differ in any field apart', () => {
    const key = ['azure-deployment:', 'shared'].join('')
    const first = unitValue('template-deployment', key)
    expect(unitValue('template-deployment', 'azure-deployment:shared')).toBe(first)
    expect(unitValue('template-deployment', 'azure-deployment:shared', '')).toBe(first)
    const others = [
      unitValue('terraform-root', 'azure-deployment:shared'),
      unitValue('template-deployment', 'azure-deployment:shared', 'nested deployments at lines 4'),
      unitValue('template-deployment', 'azure-deployment:shared', undefined, 'dev.parameters.json'),
      unitValue('template-deployment', 'azure-deployment:shared', undefined, '')
    ]
    expect(new Set([first, ...others]).size).toBe(5)
    expect(others.map(unit => unitValue(unit.kind, unit.key, unit.path, unit.environment))).toEqual(others)
    others.forEach(unit => expect(unitValue(unit.kind, unit.key, unit.path, unit.environment)).toBe(unit))
  })

  it('keeps giving the right value when its table fills and is emptied', () => {
    const { got, want } = differing(
      20_000,
      i => unitValue('kubernetes-namespace', `kubernetes:ns-${i}`),
      i => ({ kind: 'kubernetes-namespace', key: `kubernetes:ns-${i}` })
    )
    expect(got).toEqual(want)
    expect(unitValue('kubernetes-namespace', 'kubernetes:ns-3')).toEqual({ kind: 'kubernetes-namespace', key: 'kubernetes:ns-3' })
  })
})

describe('unresolved', () => {
  it('keeps the reason it is given, whatever it was built of', () => {
    const at = { file: 'a.json', line: 3, column: 5 }
    const a = unresolved(at, ['reference() is only known', ' at deployment'].join(''))
    const b = unresolved(at, 'reference() is only known at deployment', 'vmName')
    expect(a).toEqual({ value: undefined, origin: 'unresolved', location: at, reason: 'reference() is only known at deployment' })
    expect(Object.keys(b)).toEqual(['value', 'origin', 'location', 'reason', 'detail'])
    expect(a.reason).toBe(b.reason)
  })
})

describe('releaseUnitValues', () => {
  it('forgets the values given: the next is equal, a new object', () => {
    const first = unitValue('terraform-root', 'terraform:released', 'module.a')
    expect(unitValue('terraform-root', 'terraform:released', 'module.a')).toBe(first)
    releaseUnitValues()
    const again = unitValue('terraform-root', 'terraform:released', 'module.a')
    expect(again).not.toBe(first)
    expect(again).toEqual({ kind: 'terraform-root', key: 'terraform:released', path: 'module.a' })
  })
})
