/**
 * Fixes that apply: for a table of hostile VM names (quotes, line breaks, `${`, `%{`, a leading `[`,
 * backslashes), every suggested snippet parses with the project's own parsers, means the name as
 * written, and two fixes in one file never declare the same symbol twice.
 */
import { describe, expect, it } from '@jest/globals'
import { parse as parseJsonc } from 'jsonc-parser'
import { loadAll } from 'js-yaml'
import type { ManifestFormat } from '../../src/model/resources.js'
import { parseBicep } from '../../src/readers/bicep/parser.js'
import { parseHclFile } from '../../src/readers/terraform/hcl/hcl-file.js'
import { rebootPlanSnippet } from '../../src/policy/snippets/index.js'
import { windowNameOf } from '../../src/policy/snippets/window.js'
import { vm } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')

const HOSTILE_NAMES = [
  "web'01",
  'web"01',
  'web\n::error::forged',
  'vm-${var.env}',
  'vm-%{ if true }x%{ endif }',
  '[concat(1)]',
  'back\\slash',
  'tab\there',
  'resource',
  '01-starts-with-digit'
]

/** A VM of this name in a format, without a symbol of its own (so the fix declares an `existing` one). */
const vmNamed = (name: string, format: ManifestFormat) =>
  vm({ format, displayName: name, identity: { type: 'Microsoft.Compute/virtualMachines', name } })

const snippet = (name: string, format: ManifestFormat): string => rebootPlanSnippet(vmNamed(name, format), AS_OF).text

describe.each(HOSTILE_NAMES)('a VM named %j', name => {
  it('Bicep: parses, twice in one file, with distinct symbols', () => {
    const text = `${snippet(name, 'bicep')}\n${snippet(`${name}-2`, 'bicep')}`
    const parsed = parseBicep(text)
    expect(parsed.errors).toEqual([])
    const symbols = parsed.program.statements.flatMap(statement => ('name' in statement ? [statement.name] : []))
    expect(new Set(symbols).size).toBe(symbols.length)
  })

  it('Terraform: parses, twice in one file, with distinct resource addresses', async () => {
    const file = await parseHclFile(`${snippet(name, 'terraform')}\n${snippet(`${name}-2`, 'terraform')}`)
    expect(file.error).toBeUndefined()
    const addresses = file.body.blocks.map(block => block.labels.join('.'))
    expect(new Set(addresses).size).toBe(addresses.length)
    expect(addresses).toHaveLength(4)
  })

  it('ARM: the resources parse as JSON and name the window as written', () => {
    const text = snippet(name, 'arm')
    const resources = text.slice(text.indexOf('\n') + 1, text.indexOf('\n// And on '))
    const errors: unknown[] = []
    const parsed = parseJsonc(`[${resources}]`, errors as never) as { name: string; scope?: string }[]
    expect(errors).toEqual([])
    const literal = name.startsWith('[') ? `[${windowNameOf(name)}` : windowNameOf(name)
    expect(parsed.map(resource => resource.name)).toEqual([literal, literal])
    expect(parsed[1]?.scope).toBe(`[resourceId('Microsoft.Compute/virtualMachines', '${name.replace(/'/g, "''")}')]`)
  })

  it('Crossplane: the documents load and name the VM as written', () => {
    const documents = loadAll(snippet(name, 'kubernetes')) as { metadata: { name: string }; spec: { forProvider: Record<string, unknown> } }[]
    expect(documents).toHaveLength(2)
    for (const document of documents) expect(document.metadata.name).toMatch(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/)
    expect(documents[1]?.spec.forProvider.virtualMachineId).toBe(
      `/subscriptions/<subscription id>/resourceGroups/<resource group>/providers/Microsoft.Compute/virtualMachines/${name}`
    )
  })

  it('Pulumi YAML: loads, with the names as written and no interpolation of them', () => {
    const [resources] = loadAll(snippet(name, 'pulumi')) as Record<string, { properties: Record<string, string> }>[]
    const entries = Object.values(resources ?? {})
    expect(entries).toHaveLength(2)
    // `$${` is Pulumi's literal `${` (a replacement function: in a replacement string `$$` is one `$`).
    const literal = windowNameOf(name).replace(/\$\{/g, () => '$${')
    expect(entries.map(entry => entry.properties.configurationAssignmentName ?? entry.properties.resourceName)).toEqual([literal, literal])
  })
})
