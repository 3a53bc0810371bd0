/**
 * unpatched-image, unreadable-manifest, not-evaluated and nothing-scanned under mutation (issue 12, docs/mutation.md): the cases their own
 * tables left out and a surviving mutant showed, with exact messages and fingerprints.
 */
import { describe, expect, it } from '@jest/globals'
import type { ParseError } from '../../src/model/resources.js'
import type { ScanRequest } from '../../src/model/scan-request.js'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import type { Advisory } from '../../src/policy/advisory.js'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import { rule as notEvaluatedRule } from '../../src/policy/rules/not-evaluated.js'
import { rule as nothingScanned } from '../../src/policy/rules/nothing-scanned.js'
import { rule as unpatchedImage } from '../../src/policy/rules/unpatched-image.js'
import { rule as unreadableManifest } from '../../src/policy/rules/unreadable-manifest.js'
import { lit, model, vm } from './builders.js'
import { runRuleTests } from './rule-tester.js'

/** A Windows Server 2022 image pinned to the October baseline, 20348.4294, below the fixed 20348.4297. */
const pinned2022 = (overrides: Parameters<typeof vm>[0] = {}) =>
  model({
    virtualMachines: [
      vm({
        ...overrides,
        image: { sku: lit('2022-datacenter-azure-edition-core', 16), version: lit('20348.4294.251009', 17), ...overrides.image }
      })
    ]
  })

runRuleTests(unpatchedImage, {
  valid: [
    {
      name: 'a VM whose osType says Linux is not checked, whatever its image says',
      model: pinned2022({ osType: lit('Linux', 20) }),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'an empty customImageId is no custom image: the marketplace image is checked',
      model: pinned2022({ image: { customImageId: lit('', 18) } }),
      findings: [
        {
          message:
            "VM 'web-01' pins image MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition-core version " +
            '20348.4294.251009, build 20348.4294, below 20348.4297, the first Windows Server 2022 build with the ' +
            'CVE-2025-59287 fix (KB5070884). A machine created from it is exposed while the WSUS Server role is ' +
            'enabled, until it installs KB5070884 or later, which needs a restart. Pin a version whose second field ' +
            'is 4297 or higher, or use latest.',
          file: 'infra/main.bicep',
          line: 17
        }
      ]
    }
  ]
})

describe('unreadable-manifest fingerprints', () => {
  const unreadable = (file: string, message: string): ParseError => ({
    file,
    line: 3,
    column: 1,
    message,
    severity: 'error',
    kind: 'unreadable-manifest'
  })

  it('tells two unreadable files, and two errors of one file, apart', () => {
    const parseErrors = [
      unreadable('arm/a.json', 'invalid JSON'),
      unreadable('arm/b.json', 'invalid JSON'),
      unreadable('arm/a.json', 'file over the size limit')
    ]
    const { findings } = evaluatePolicy(
      { ...model(), parseErrors },
      { asOf: new Date('2026-11-24T00:00:00Z'), rules: [unreadableManifest] }
    )
    const fingerprints = findings.map(finding => finding.fingerprint)
    expect(findings.map(finding => finding.location.file)).toEqual(['arm/a.json', 'arm/b.json', 'arm/a.json'])
    expect(new Set(fingerprints).size).toBe(3)
  })
})

describe('unpatched-image with more than the bundled advisory', () => {
  const [bundled] = getBuiltInAdvisories()
  if (bundled === undefined) throw new Error('no bundled advisory')
  const messagesOf = (advisories: readonly Advisory[]): string[] =>
    evaluatePolicy(pinned2022(), { asOf: new Date('2026-11-24T00:00:00Z'), rules: [unpatchedImage], advisories }).findings.map(
      finding => finding.message
    )
  const exposed = (cves: string): string =>
    "VM 'web-01' pins image MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition-core version " +
    '20348.4294.251009, build 20348.4294, below 20348.4297, the first Windows Server 2022 build with the ' +
    `${cves} fix (KB5070884). A machine created from it is exposed while the WSUS Server role is enabled, until it ` +
    'installs KB5070884 or later, which needs a restart. Pin a version whose second field is 4297 or higher, or use latest.'

  it('checks the image against the advisory that lists its build, not the first one', () => {
    const only2019: Advisory = {
      ...bundled,
      id: 'ws2019-only',
      families: bundled.families.filter(family => family.build === 17763)
    }
    expect(messagesOf([only2019, bundled])).toEqual([exposed('CVE-2025-59287')])
  })

  it('names every CVE of the advisory, separated by commas', () => {
    expect(messagesOf([{ ...bundled, cves: ['CVE-2025-59287', 'CVE-2099-0001'] }])).toEqual([
      exposed('CVE-2025-59287, CVE-2099-0001')
    ])
  })
})

describe('not-evaluated fingerprints', () => {
  it('tell two files not evaluated, and two reasons for one file, apart', () => {
    const notEvaluated = (file: string, message: string): ParseError => ({
      file,
      line: 1,
      column: 1,
      message,
      severity: 'error',
      kind: 'not-evaluated'
    })
    const parseErrors = [
      notEvaluated('fleet/a.tf', 'the evaluation budget ran out'),
      notEvaluated('fleet/b.tf', 'the evaluation budget ran out'),
      notEvaluated('fleet/a.tf', 'a module nested too deep')
    ]
    const { findings } = evaluatePolicy(
      { ...model(), parseErrors },
      { asOf: new Date('2026-11-24T00:00:00Z'), rules: [notEvaluatedRule] }
    )
    expect(findings.map(finding => finding.location.file)).toEqual(['fleet/a.tf', 'fleet/b.tf', 'fleet/a.tf'])
    expect(new Set(findings.map(finding => finding.fingerprint)).size).toBe(3)
  })
})

describe('nothing-scanned with several paths and files', () => {
  const request = (...written: string[]): ScanRequest => ({
    origin: 'the `path` input',
    paths: written.map(path => ({ path, written: path, exists: true })),
    allowEmpty: false,
    accept: 'Set `allow-empty: true` if that is expected.',
    setting: '`allow-empty: true`'
  })
  const findingsOf = (files: readonly string[], scan: ScanRequest) =>
    evaluatePolicy(
      { ...model(), files, request: scan },
      { asOf: new Date('2026-11-24T00:00:00Z'), rules: [nothingScanned] }
    ).findings

  it('a folder that holds one of the files read holds a manifest, whatever else was read', () => {
    expect(findingsOf(['infra/main.bicep', 'other/vm.json'], request('infra'))).toEqual([])
  })

  it('tells two empty paths apart by fingerprint', () => {
    const findings = findingsOf(['infra/main.bicep'], request('empty-a', 'empty-b'))
    expect(findings.map(finding => finding.location.file)).toEqual(['empty-a', 'empty-b'])
    expect(new Set(findings.map(finding => finding.fingerprint)).size).toBe(2)
  })
})
