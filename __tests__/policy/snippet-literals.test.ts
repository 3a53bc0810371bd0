/**
 * Fixes that apply: for a table of hostile VM names (quotes, line breaks, `${`, `%{`, a leading `[`,
 * backslashes), every suggested snippet parses with the project's own parsers, means the name as
 * written, and two fixes in one file never declare the same symbol twice. Each is shown as written by the
 * Markdown code block and the terminal (no character either changes: U+2028 made a line break there, so the
 * snippet shown was another one, which did not parse).
 */
import { describe, expect, it } from '@jest/globals'
import { parse as parseJsonc } from 'jsonc-parser'
import { loadAll } from 'js-yaml'
import type { ManifestFormat } from '../../src/model/resources.js'
import { parseBicep } from '../../src/readers/bicep/parser.js'
import { parseHclFile } from '../../src/readers/terraform/hcl/hcl-file.js'
import { rebootPlanSnippet } from '../../src/policy/snippets/index.js'
import { windowNameOf } from '../../src/policy/snippets/window.js'
import { parseInterpolation } from '../../src/readers/pulumi/interpolation.js'
import { codeBlock, codeBlockKeeps } from '../../src/report/markdown-text.js'
import { sanitizeLinesForTerminal } from '../../src/report/style.js'
import { vm as builtVm, windowed, unset } from './builders.js'

/** The builders' VM without the bypass flag: its fix carries the schedule prerequisite, whose comments these tests read too. */
const vm = (overrides: Parameters<typeof builtVm>[0] = {}) => builtVm({ bypassPlatformSafetyChecksOnUserSchedule: unset(), ...overrides })

const AS_OF = new Date('2026-11-24T00:00:00Z')

const HOSTILE_NAMES = [
  "web'01",
  'web"01',
  'web\n::error::forged',
  'vm-${var.env}',
  'vm$$x$',
  'vm-%{ if true }x%{ endif }',
  '[concat(1)]',
  'back\\slash',
  'tab\there',
  'resource',
  '01-starts-with-digit',
  // Line breaks to some viewer, and characters the renderers drop or replace.
  "web\u2028second line'",
  'web\u2029x\\',
  'web\u0085x',
  'web\r\nx\u000bx\u000cx',
  'web\u007fx\u009b31m',
  'web\u202ex\u2066y'
]

const FORMATS: readonly ManifestFormat[] = ['bicep', 'terraform', 'arm', 'kubernetes', 'pulumi']

/** A VM of this name in a format, without a symbol of its own (so the fix declares an `existing` one). */
const vmNamed = (name: string, format: ManifestFormat) =>
  vm({ format, displayName: name, identity: { type: 'Microsoft.Compute/virtualMachines', name } })

const snippet = (name: string, format: ManifestFormat): string => rebootPlanSnippet(windowed(vmNamed(name, format)), AS_OF).text

describe.each(HOSTILE_NAMES)('a VM named %j', name => {
  it.each(FORMATS)('%s: the snippet is shown as written, in a Markdown code block and on the terminal', format => {
    const text = snippet(name, format)
    expect(codeBlockKeeps(text)).toBe(true)
    expect(sanitizeLinesForTerminal(text)).toBe(text)
  })

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
    // `$$` is Pulumi's literal `$`, so `$${` its literal `${` (a replacement function: in a replacement string `$$` is one `$`).
    const literal = windowNameOf(name).replace(/\$/g, () => '$$')
    const written = entries.map(entry => entry.properties.configurationAssignmentName ?? entry.properties.resourceName)
    expect(written).toEqual([literal, literal])
    // And Pulumi YAML reads it back as the name: one literal text, no interpolation.
    expect(parseInterpolation(literal)).toEqual([{ text: windowNameOf(name) }])
  })
})

describe('a Pulumi VM whose logical name Pulumi YAML does not read as a name', () => {
  const pulumiVm = (logicalName: string) =>
    vm({ format: 'pulumi', identity: { type: 'Microsoft.Compute/virtualMachines', name: 'web-01', symbol: `Pulumi.yaml#${logicalName}` } })
  type Resources = Record<string, { properties: Record<string, string> }>

  it.each([
    ['web.vm "x"\u2028y', '${["web.vm \\"x\\"\u2028y"].location}', '${["web.vm \\"x\\"\u2028y"].name}'],
    ['web-vm\\', '${web_vm_.location}', '${web_vm_.name}'],
    ['web-01', '${web-01.location}', '${web-01.name}']
  ])('%j: referenced as Pulumi reads it, in a YAML string shown as written', (logicalName, location, resourceName) => {
    const { text } = rebootPlanSnippet(windowed(pulumiVm(logicalName)), AS_OF)
    expect(codeBlockKeeps(text)).toBe(true)
    const [resources] = loadAll(text) as Resources[]
    const window = Object.values(resources ?? {})[1]?.properties
    expect([window?.location, window?.resourceName]).toEqual([location, resourceName])
    expect(text.split('\n').filter(line => line.startsWith('# And in '))).toHaveLength(1)
  })
})

describe('the job summary’s Bicep fix of a VM named with a line separator (name-linebreak)', () => {
  it('writes it as an escape in the string and the comment, so each stays one line as shown', () => {
    const lines = codeBlock(snippet('vm-b\u2028second line', 'bicep'), 'bicep').split('\n')
    expect(lines.filter(line => line.includes('second line'))).toEqual([
      "  name: 'vm-b\\u{2028}second line'",
      '// A monthly InGuestPatch window that may reboot, assigned to vm-b\\u2028second line.',
      "  name: 'vm-b\\u{2028}second line-reboot-window'",
      "  name: 'vm-b\\u{2028}second line-reboot-window'"
    ])
  })
})
