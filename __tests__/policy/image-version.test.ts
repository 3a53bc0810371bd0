/** Unit tests for src/policy/image-version.ts */
import { describe, expect, it } from '@jest/globals'
import { parseImageVersion } from '../../src/policy/image-version.js'

describe('parseImageVersion', () => {
  it.each([
    ['20348.4294.251009', { build: 20348, revision: 4294, date: '251009' }],
    ['26100.6905.251024', { build: 26100, revision: 6905, date: '251024' }],
    ['9600.22826.251021', { build: 9600, revision: 22826, date: '251021' }],
    [' 17763.7922.251021 ', { build: 17763, revision: 7922, date: '251021' }]
  ])('%s', (text, expected) => {
    expect(parseImageVersion(text)).toEqual(expected)
  })

  it.each(['latest', 'Latest', '', '20348.4294', '20348.4294.251009.1', '20348.x.251009', '1.2.3-preview'])(
    'refuses %j',
    text => {
      expect(parseImageVersion(text)).toBeUndefined()
    }
  )
})
