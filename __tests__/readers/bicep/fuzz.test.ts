/**
 * Property tests for the Bicep reader: random text and mutations of a valid template give located
 * parse errors, never an exception (an exception would surface as an "internal error").
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { parseBicep } from '../../../src/readers/bicep/parser.js'
import type { ReaderOutput } from '../../../src/readers/reader.js'
import { readMemory } from './memory-files.js'
import { parametersFor } from '../../fuzz/support.js'

const TEMPLATE = readFileSync(new URL('../../fixtures/bicep/avm-style/vm/main.bicep', import.meta.url), 'utf8')
const PARAMETERS = "using './main.bicep'\nparam name = 'fuzz'\nparam osType = 'Windows'\nparam imageReference = {}\n"

/** Characters that matter to the Bicep lexer and parser, plus a few letters and digits. */
const bicepCharacter = fc.constantFrom(...`{}[]()'$:?.!=<>|@/*#\\\n\r \t,&~"abcrsvxz019_-+%`.split(''))
const bicepText = fc.string({ unit: bicepCharacter, maxLength: 200 })

const mutation = fc.record({
  at: fc.nat({ max: TEMPLATE.length }),
  remove: fc.nat({ max: 30 }),
  insert: fc.oneof(bicepText, fc.constantFrom("'${", '[for x in ', 'if (', '{', '}', ']', '?', '.?', '::', "'''", '/*', '@description('))
})

function mutate(text: string, mutations: readonly { at: number; remove: number; insert: string }[]): string {
  return mutations.reduce((current, m) => current.slice(0, m.at) + m.insert + current.slice(m.at + m.remove), text)
}

function expectOnlyLocatedErrors(output: ReaderOutput): void {
  for (const error of output.parseErrors) {
    expect(error.message).not.toContain('internal error')
    expect(error.line).toBeGreaterThanOrEqual(1)
    expect(error.column).toBeGreaterThanOrEqual(1)
  }
}

describe('Bicep reader fuzzing', () => {
  it('parses 1,000 random texts into located errors', () => {
    fc.assert(
      fc.property(bicepText, text => {
        const parsed = parseBicep(text)
        for (const error of parsed.errors) {
          expect(error.line).toBeGreaterThanOrEqual(1)
          expect(error.column).toBeGreaterThanOrEqual(1)
        }
      }),
      parametersFor(1000)
    )
  })

  it('reads 1,000 mutations of a valid template (with a parameter file) without an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async mutations => {
        expectOnlyLocatedErrors(await readMemory({ 'main.bicep': mutate(TEMPLATE, mutations), 'prod.bicepparam': PARAMETERS }))
      }),
      parametersFor(1000)
    )
  })

  it('reads the unmutated template without errors', async () => {
    const output = await readMemory({ 'main.bicep': TEMPLATE, 'prod.bicepparam': PARAMETERS })
    expect(output.parseErrors).toEqual([])
    expect(output.resources.map(r => `${r.kind} ${r.displayName} ${r.variant}`)).toEqual([
      'virtual-machine fuzz prod.bicepparam',
      'maintenance-assignment fuzzassignment prod.bicepparam'
    ])
  })
})
