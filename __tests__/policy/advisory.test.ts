/** Unit tests for the bundled advisory (src/policy/advisories/) and src/policy/load-advisory.ts */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormatsPkg from 'ajv-formats'
import { load } from 'js-yaml'
import schema from '../../schemas/advisory.schema.json' with { type: 'json' }
import { ConfigurationError } from '../../src/errors.js'
import { BUILT_IN_ADVISORY_FILES, getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import { loadAdvisory } from '../../src/policy/load-advisory.js'
import wsusText from '../../src/policy/advisories/wsus-cve-2025-59287.yml'

const addFormats = addFormatsPkg.default
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/policy/${name}`, import.meta.url), 'utf8')

describe('the bundled advisory wsus-cve-2025-59287', () => {
  const advisory = getBuiltInAdvisories()[0]!

  it('validates against schemas/advisory.schema.json', () => {
    const ajv = new Ajv({ allErrors: true, strict: true })
    addFormats(ajv)
    const validate = ajv.compile(schema)
    expect(validate(load(wsusText, { maxAliases: 0 }))).toBe(true)
    expect(validate.errors ?? []).toEqual([])
  })

  it('is the only built-in advisory', () => {
    expect(BUILT_IN_ADVISORY_FILES.map(file => file.source)).toEqual(['src/policy/advisories/wsus-cve-2025-59287.yml'])
    expect(getBuiltInAdvisories().map(a => [a.id, a.cves])).toEqual([['wsus-cve-2025-59287', ['CVE-2025-59287']]])
  })

  it('encodes the fixed builds and KBs per family (CVE record versionEndExcluding)', () => {
    const families = advisory.families.map(f => [
      f.build,
      f.fixedRevision,
      f.kb,
      f.hotpatchKb ?? null,
      f.breaksHotpatch
    ])
    expect(families).toEqual([
      [26100, 6905, 'KB5070881', 'KB5070893', true],
      [25398, 1916, 'KB5070879', null, false],
      [20348, 4297, 'KB5070884', null, false],
      [17763, 7922, 'KB5070883', null, false],
      [14393, 8524, 'KB5070882', null, false],
      [9600, 22826, 'KB5070886', null, false],
      [9200, 25728, 'KB5070887', null, false]
    ])
  })

  it('says Windows Server 2025 lost hotpatch, not Windows Server 2022 (the news article had it backwards)', () => {
    expect(advisory.families.filter(f => f.breaksHotpatch).map(f => f.os)).toEqual(['Windows Server 2025'])
  })

  it('ends the disruption at the January 2026 baseline, not after one reboot', () => {
    expect(advisory.disruption.start).toBe('2025-10-23')
    expect(advisory.disruption.end).toBe('2026-01-13')
    expect(advisory.baselineMonths).toEqual([1, 4, 7, 10])
  })

  it('lists exactly the hotpatch-capable images from Microsoft Learn, plus the two preview offers', () => {
    expect(advisory.hotpatchImages.map(i => [i.offer, i.sku, i.build, i.hotpatchOnByDefault, i.preview])).toEqual([
      ['WindowsServer', '2025-datacenter-azure-edition', 26100, true, false],
      ['WindowsServer', '2025-datacenter-azure-edition-core', 26100, true, false],
      ['WindowsServer', '2025-datacenter-azure-edition-smalldisk', 26100, true, false],
      ['WindowsServer', '2025-datacenter-azure-edition-core-smalldisk', 26100, true, false],
      // Hotpatch is on by default on Server Core images (windowsserverdocs get-started/hotpatch.md).
      ['WindowsServer', '2022-datacenter-azure-edition-core', 20348, true, false],
      ['WindowsServer', '2022-datacenter-azure-edition-core-smalldisk', 20348, true, false],
      ['WindowsServer', '2022-datacenter-azure-edition-hotpatch', 20348, false, false],
      ['WindowsServer', '2022-datacenter-azure-edition-hotpatch-smalldisk', 20348, false, false],
      ['MicrosoftServerOperatingSystems-previews', 'windows-server-2025-azure-edition-hotpatch', 26100, true, true],
      ['WindowsServerHotpatch-previews', 'windows-server-2022-azure-edition-hotpatch', 20348, false, true]
    ])
    expect(new Set(advisory.hotpatchImages.map(i => i.publisher))).toEqual(new Set(['MicrosoftWindowsServer']))
  })

  it('cites Microsoft Learn, the CVE record and MSRC', () => {
    const urls = advisory.sources.map(s => s.url)
    expect(urls).toContain('https://www.cve.org/CVERecord?id=CVE-2025-59287')
    expect(urls).toContain('https://msrc.microsoft.com/update-guide/vulnerability/CVE-2025-59287')
    expect(urls).toContain(
      'https://learn.microsoft.com/windows-server/get-started/enable-hotpatch-azure-arc-enabled-servers'
    )
    expect(urls.every(url => url.startsWith('https://'))).toBe(true)
  })
})

describe('loadAdvisory', () => {
  it('loads a valid advisory', () => {
    expect(loadAdvisory(fixture('minimal-advisory.yml'), 'advisories/minimal.yml')).toMatchObject({
      id: 'example-advisory',
      baselineMonths: [3, 9],
      families: [{ build: 30000, fixedRevision: 100, kb: 'KB9000001' }]
    })
  })

  it('names an entry past the tenth by its index, at its line', () => {
    // Eleven images, the last with a build that is not a number: hotpatchImages[10], not hotpatchImages.10.
    const entry = (sku: string, build: string) =>
      `  - {publisher: ExamplePublisher, offer: ExampleOffer, sku: ${sku}, os: Example, build: ${build}, hotpatchOnByDefault: false, preview: false}`
    const images = [...Array.from({ length: 10 }, (_, i) => entry(`sku-${i}`, '30000')), entry('sku-10', 'thirty')]
    const text = fixture('minimal-advisory.yml').replace(/hotpatchImages:\n( {2}.*\n)+/, `hotpatchImages:\n${images.join('\n')}\n`)
    const line = text.split('\n').findIndex(row => row.includes('sku-10')) + 1
    expect(line).toBe(26)
    expect(() => loadAdvisory(text, 'many.yml')).toThrow(`many.yml:${line}: advisory hotpatchImages[10].build must be integer`)
  })

  it('refuses hostile nesting with a located error instead of overflowing the stack', () => {
    const deep = `id: x\ntitle: ${'['.repeat(100_000)}`
    expect(() => loadAdvisory(deep, 'deep.yml')).toThrow(ConfigurationError)
    expect(() => loadAdvisory(deep, 'deep.yml')).toThrow(/^deep\.yml:2: advisory is not valid YAML: /)
  })

  it.each([
    ['bad-kb.yml', 'bad-kb.yml:13: advisory families[0].kb must be string', 13],
    [
      'unknown-field.yml',
      'unknown-field.yml:23: advisory hotpatchImages[0].region must NOT have additional properties',
      23
    ],
    ['missing-title.yml', "missing-title.yml:1: advisory document must have required property 'title'", 1],
    ['bad-month.yml', 'bad-month.yml:23: advisory baselineMonths[1] must be <= 12', 23],
    ['reversed-disruption.yml', 'reversed-disruption.yml:7: advisory disruption.end is before disruption.start', 7],
    ['alias.yml', 'alias.yml:3: advisory is not valid YAML: aliases exceeded maxAliases (0)', 3],
    ['not-yaml.yml', 'not-yaml.yml:3: advisory is not valid YAML: deficient indentation', 3]
  ])('%s is refused with its file and line', (name, message, line) => {
    let error: unknown
    try {
      loadAdvisory(fixture(name), name)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).message).toBe(message)
    expect((error as ConfigurationError).location).toMatchObject({ file: name, line })
  })
})
