/**
 * A quoted scalar whose continuation lines are no deeper than its key (src/yaml/shallow-continuations.ts):
 * go-yaml reads it (kubectl, Crossplane, Pulumi), so the gate reads it too, with the value YAML folds and
 * every position the file's own; what go-yaml refuses stays an error.
 */
import { describe, expect, it } from '@jest/globals'
import { nodeAt, parseYaml, type YamlNode } from '../../src/yaml/index.js'
import { scanFiles, verdicts } from '../readers/terraform/scan-files.js'

const where = (node: YamlNode | undefined): string =>
  `${node?.start.line}:${node?.start.column}-${node?.end.line}:${node?.end.column}`

/** The shape of provider-upjet-azure's examples: a long value wrapped at its key's indentation. */
const WRAPPED = [
  'apiVersion: compute.azure.upbound.io/v1beta1',
  'kind: WindowsVirtualMachine',
  'spec:',
  '  forProvider:',
  '    customData: "a long value',
  '    that continues at the key\'s indentation"',
  '    location: West Europe',
  '    sourceImageReference:',
  '    - sku: 2025-datacenter-azure-edition',
  ''
].join('\n')

describe('a quoted scalar continued at its key’s indentation', () => {
  it('is read with its folded value, and the nodes after it keep their lines and columns', () => {
    const parsed = parseYaml(WRAPPED)
    expect(parsed.errors).toEqual([])
    const root = parsed.documents[0]?.root
    expect(nodeAt(root, ['spec', 'forProvider', 'customData'])).toMatchObject({
      value: "a long value that continues at the key's indentation",
      style: 'double-quoted'
    })
    expect(where(nodeAt(root, ['spec', 'forProvider', 'customData']))).toBe('5:17-6:45')
    expect(where(nodeAt(root, ['spec', 'forProvider', 'location']))).toBe('7:15-7:26')
    expect(where(nodeAt(root, ['spec', 'forProvider', 'sourceImageReference', 0, 'sku']))).toBe('9:12-9:41')
  })

  it('folds a single-quoted value with a blank line and CRLF breaks as YAML does, shallower than the key too', () => {
    const text = "a:\r\n  b: 'one\r\n  two\r\n\r\n three ''x'''\r\n  c: 1\r\n"
    const parsed = parseYaml(text)
    expect(parsed.errors).toEqual([])
    expect(parsed.documents[0]?.root?.value).toEqual({ a: { b: "one two\nthree 'x'", c: 1 } })
    expect(where(nodeAt(parsed.documents[0]?.root, ['a', 'c']))).toBe('6:6-6:7')
  })

  it('reads a value wrapped over many lines, each at the key’s indentation', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`)
    const text = `k:\n  v: "${words.join('\n  ')}"\n  w: after\n`
    const parsed = parseYaml(text)
    expect(parsed.errors).toEqual([])
    expect(parsed.documents[0]?.root?.value).toEqual({ k: { v: words.join(' '), w: 'after' } })
  })

  it('keeps the other documents of the file and their positions', () => {
    const parsed = parseYaml(`kind: A\n---\n${WRAPPED}---\nkind: C\n`)
    expect(parsed.errors).toEqual([])
    expect(parsed.documents.map(document => (document.root?.value as { kind: string }).kind)).toEqual(['A', 'WindowsVirtualMachine', 'C'])
    expect(parsed.documents[2]?.root?.start.line).toBe(13)
  })
})

describe('a Crossplane VM with such a value', () => {
  it('is judged, not reported as an unreadable manifest', async () => {
    const manifest = [
      'apiVersion: compute.azure.upbound.io/v1beta2',
      'kind: WindowsVirtualMachine',
      'metadata:',
      '  name: web01',
      'spec:',
      '  forProvider:',
      '    location: westeurope',
      '    resourceGroupName: rg-app',
      '    customData: "echo first line',
      '    echo second line"',
      '    sourceImageReference:',
      '      publisher: MicrosoftWindowsServer',
      '      offer: WindowsServer',
      '      sku: 2025-datacenter-azure-edition',
      '      version: latest',
      '    patchMode: AutomaticByPlatform',
      '    hotpatchingEnabled: true',
      ''
    ].join('\n')
    const result = await scanFiles({ 'vm.yaml': manifest })
    expect(result.parseErrors).toEqual([])
    expect(verdicts(result)).toEqual(['web01 affected-no-plan: reboot-plan-required'])
  })
})

describe('what go-yaml refuses, or what is not a quoted scalar, stays an error', () => {
  it('a document marker inside the quotes', () => {
    expect(parseYaml('a:\n  b: "one\n---\n  two"\n').errors.length).toBeGreaterThan(0)
  })

  it('a flow sequence continued too shallow: joining its lines would read outside any quoted scalar', () => {
    expect(parseYaml('a:\n  b: [x, # a comment\n y]\n').errors).toEqual([{ message: 'deficient indentation', line: 3, column: 2, offset: 25 }])
  })

  it('an unterminated quote keeps the error js-yaml gives for it', () => {
    expect(parseYaml('a:\n  b: "one\n  two\n').errors).toHaveLength(1)
  })

  it('a large file: its parses again read at most four times its size, so ten shallow lines in 3 MiB stay an error', () => {
    const wrapped = `k:\n  v: "${Array.from({ length: 10 }, (_, i) => `w${i}`).join('\n  ')}"\n`
    const padding = `pad: "${'x'.repeat(3 * 1024 * 1024)}"\n`
    expect(parseYaml(wrapped + padding).errors).toEqual([{ message: 'deficient indentation', line: 3, column: 3, offset: 14 }])
    // The same ten lines in a small file are read.
    expect(parseYaml(wrapped).errors).toEqual([])
  })

  it('more shallow lines than the reading joins: the parse is bounded, and the first error is given', () => {
    const text = `k:\n  v: "${Array.from({ length: 200 }, (_, i) => `w${i}`).join('\n  ')}"\n`
    expect(parseYaml(text).errors).toEqual([{ message: 'deficient indentation', line: 3, column: 3, offset: 14 }])
  })
})
