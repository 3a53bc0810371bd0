/**
 * schemas/config.schema.json as published: it validates the README's complete example and the sample in
 * examples/, standing alone as an editor would use it, and its rule lists follow the rule registry.
 */
import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseConfiguration } from '../../src/config/parse-config.js'
import { GOVERNANCE_RULES, UNEXEMPTABLE_RULES } from '../../src/config/types.js'
import { rules } from '../../src/policy/rules/index.js'
import { parseYaml } from '../../src/yaml/index.js'

interface Schema {
  readonly properties: {
    readonly rules: { readonly properties: Record<string, unknown> }
    readonly exemptions: { readonly items: { readonly properties: { readonly rule: { readonly enum: string[] } } } }
  }
}

const schemaText = readFileSync(resolve('schemas/config.schema.json'), 'utf8')
const schema = JSON.parse(schemaText) as Schema
// An editor's validator knows nothing of the `x-expected` annotation: it must be ignorable.
const standalone = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(schemaText) as object)
const ids = rules.map(rule => rule.meta.id)

/** The YAML example under the README's Configuration heading. */
function readmeExample(): string {
  const readme = readFileSync(resolve('README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('\n## Configuration\n'), readme.indexOf('\n## CLI\n'))
  const block = /```yaml\n([\s\S]*?)```/.exec(section)
  if (block === null) throw new Error('no yaml block in the Configuration section')
  return block[1] as string
}

describe('schemas/config.schema.json', () => {
  it.each([
    ['the README example', readmeExample()],
    ['examples/.github/hotpatch-reboot-gate.yml', readFileSync(resolve('examples/.github/hotpatch-reboot-gate.yml'), 'utf8')]
  ])('validates %s, which the loader reads too', (_name, text) => {
    const data = parseYaml(text).documents[0]?.root?.value
    expect(standalone(data) ? [] : standalone.errors).toEqual([])
    expect(() => parseConfiguration(text, { file: 'example.yml', directory: '/repo/.github' })).not.toThrow()
  })

  it('shows every setting in the README example', () => {
    const example = parseYaml(readmeExample()).documents[0]?.root?.value as Record<string, unknown>
    const settings = Object.keys((JSON.parse(schemaText) as { properties: object }).properties).filter(key => key !== '$schema')
    expect(Object.keys(example).sort()).toEqual(settings.sort())
  })

  it('lets `rules:` set every rule except the ones about exemptions', () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(ids.filter(id => !GOVERNANCE_RULES.includes(id)))
  })

  it('lets an exemption name `*` and every rule that can be exempted', () => {
    expect(schema.properties.exemptions.items.properties.rule.enum).toEqual(['*', ...ids.filter(id => !UNEXEMPTABLE_RULES.includes(id))])
  })

  it('rejects what the loader rejects, standing alone', () => {
    expect(standalone({ 'fail-on': 'sometimes', exemptions: [{ resource: 'x' }], extra: 1 })).toBe(false)
    expect(standalone.errors?.map(e => `${e.instancePath || '/'} ${e.message ?? ''}`)).toEqual([
      '/ must NOT have additional properties',
      '/fail-on must be equal to one of the allowed values',
      "/exemptions/0 must have required property 'rule'",
      "/exemptions/0 must have required property 'reason'",
      "/exemptions/0 must have required property 'owner'",
      "/exemptions/0 must have required property 'expires'"
    ])
  })
})
