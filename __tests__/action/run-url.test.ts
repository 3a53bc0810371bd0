/**
 * Unit tests for src/action/run-url.ts: the workflow run link the pull request comments point at.
 */
import { describe, expect, it } from '@jest/globals'
import { getRunUrl } from '../../src/action/run-url.js'

describe('getRunUrl', () => {
  it('links the workflow run', () => {
    expect(getRunUrl('https://github.com', 'contoso/platform-infra', 1234567)).toBe(
      'https://github.com/contoso/platform-infra/actions/runs/1234567'
    )
    expect(getRunUrl('https://ghe.contoso.com', 'platform/infra', 42)).toBe('https://ghe.contoso.com/platform/infra/actions/runs/42')
  })

  it('is undefined without a repository or a run id', () => {
    expect(getRunUrl('https://github.com', undefined, 1)).toBeUndefined()
    expect(getRunUrl('https://github.com', 'not-a-repository', 1)).toBeUndefined()
    expect(getRunUrl('https://github.com', 'contoso/platform-infra', Number.NaN)).toBeUndefined()
  })
})
