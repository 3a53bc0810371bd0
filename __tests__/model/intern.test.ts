import { describe, expect, it } from '@jest/globals'
import { intern } from '../../src/model/intern.js'

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
    for (let i = 0; i < 20_000; i++) expect(intern(`value-${i}`)).toBe(`value-${i}`)
    expect(intern('value-3')).toBe('value-3')
    expect(intern('')).toBe('')
  })
})
