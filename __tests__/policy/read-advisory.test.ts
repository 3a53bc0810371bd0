/** src/policy/read-advisory.ts: shipped advisories, and the data the bundler parsed for them at build time. */
import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/errors.js'
import { isShippedAdvisory, readAdvisory, registerShippedAdvisory } from '../../src/policy/read-advisory.js'

const text = (id: string) => `id: ${id}\ndisruption:\n  start: '2025-10-23'\n  end: '2026-01-13'\n`

describe('readAdvisory', () => {
  it('parses the YAML of an advisory nobody registered', () => {
    expect(isShippedAdvisory(text('plain'))).toBe(false)
    expect(readAdvisory(text('plain'), 'plain.yml')).toEqual({ id: 'plain', disruption: { start: '2025-10-23', end: '2026-01-13' } })
  })

  it('reads the data registered with a shipped text instead of parsing it, a fresh copy each time', () => {
    // The registered JSON differs from the YAML on purpose: the result shows which one was read.
    const shipped = text('shipped')
    registerShippedAdvisory(shipped, JSON.stringify({ id: 'from-the-build', disruption: { start: 'a', end: 'b' } }))
    registerShippedAdvisory(shipped) // registering the text again keeps the data
    expect(isShippedAdvisory(shipped)).toBe(true)
    const first = readAdvisory(shipped, 'shipped.yml')
    expect(first).toEqual({ id: 'from-the-build', disruption: { start: 'a', end: 'b' } })
    expect(readAdvisory(shipped, 'shipped.yml')).not.toBe(first)
  })

  it('runs the check on the data and still refuses a disruption that ends before it starts', () => {
    const seen: unknown[] = []
    readAdvisory(text('checked'), 'checked.yml', data => seen.push(data))
    expect(seen).toEqual([{ id: 'checked', disruption: { start: '2025-10-23', end: '2026-01-13' } }])
    const backwards = `id: backwards\ndisruption:\n  start: '2026-01-13'\n  end: '2025-10-23'\n`
    expect(() => readAdvisory(backwards, 'backwards.yml')).toThrow(
      new ConfigurationError('advisory disruption.end is before disruption.start', { file: 'backwards.yml', line: 4, column: 3 })
    )
  })
})
