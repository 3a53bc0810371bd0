/**
 * The schema validators are generated ahead of time (scripts/generate-validators.mjs, ajv's standalone code) so
 * that a run never loads ajv nor compiles a schema. A schema changed without `npm run generate` would be
 * validated by its old validator: each generated module must be what its schema generates now.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { validatorSource, VALIDATORS } from '../../scripts/generate-validators.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

describe('the generated schema validators', () => {
  it.each(VALIDATORS.map(validator => ({ output: validator.output, validator })))('$output is what its schema generates', ({ output, validator }) => {
    expect(readFileSync(`${ROOT}${output}`, 'utf8')).toBe(validatorSource(validator, ROOT))
  })

  it('are generated from the schemas the package ships, and load no ajv compiler', () => {
    expect(VALIDATORS.map(validator => validator.schema)).toEqual(['schemas/config.schema.json', 'schemas/advisory.schema.json'])
    for (const { output } of VALIDATORS) {
      const imports = [...readFileSync(`${ROOT}${output}`, 'utf8').matchAll(/^import \w+ from "([^"]+)";$/gm)].map(match => match[1])
      expect(imports.every(specifier => /^ajv(?:-formats)?\/dist\/(?:runtime\/[\w-]+|formats)\.js$/.test(specifier ?? ''))).toBe(true)
    }
  })
})
