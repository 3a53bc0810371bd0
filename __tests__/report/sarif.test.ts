/**
 * Unit tests for src/report/sarif.ts: SARIF 2.1.0 for code scanning, validated against the official
 * OASIS schema (schemas/sarif-2.1.0.json).
 */
import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import addFormatsPkg from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { buildJsonReport } from '../../src/report/build-report.js'
import type { JsonReport } from '../../src/report/json-report.js'
import { MAX_SARIF_RESULTS } from '../../src/report/limits.js'
import { FINGERPRINT_KEY, renderSarif, toUri } from '../../src/report/sarif.js'
import { at, makeAssessment, makeFinding, makeScanResult, makeVm, RULES } from './builders.js'
import { scenario } from './scenario.js'

const addFormats = addFormatsPkg.default
const sarifSchemaText = readFileSync(new URL('../../schemas/sarif-2.1.0.json', import.meta.url), 'utf8')
const sarifSchema = JSON.parse(sarifSchemaText) as object
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
const validate = ajv.compile(sarifSchema)

const report = (result = scenario): JsonReport => buildJsonReport(result, { toolVersion: '0.1.0', asOf: '2025-11-03' })

function errorsOf(log: unknown): unknown {
  return validate(JSON.parse(JSON.stringify(log))) ? [] : validate.errors
}

describe('renderSarif', () => {
  it('writes a log the official SARIF 2.1.0 schema accepts', () => {
    expect(errorsOf(renderSarif(report(), RULES))).toEqual([])
    expect(errorsOf(renderSarif(report(makeScanResult({})), []))).toEqual([])
  })

  it('is checked by a schema that does reject what SARIF forbids', () => {
    const log = JSON.parse(JSON.stringify(renderSarif(report(), RULES)))
    log.runs[0].results[0].level = 'fatal'
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0
    expect(validate(log)).toBe(false)
    expect(validate.errors?.map(e => e.instancePath)).toEqual(
      expect.arrayContaining(['/runs/0/results/0/level', '/runs/0/results/1/locations/0/physicalLocation/region/startLine'])
    )
  })

  it('describes one finding, an exempted one and a parse error', () => {
    const vm = makeVm({ name: 'vm-web-01', file: 'infra/main.bicep', line: 12 })
    const result = makeScanResult({
      files: ['infra/main.bicep'],
      assessments: [makeAssessment(vm, 'affected-no-plan')],
      findings: [
        makeFinding(vm, 'reboot-plan-required', "VM 'vm-web-01' has no reboot plan.", {
          advisoryId: 'wsus-cve-2025-59287',
          location: { ...at('infra/main.bicep', 12, 5), endLine: 40 },
          related: [{ file: 'infra/main.bicep.params/prod #1.bicepparam', startLine: 3, role: 'parameter-file' }]
        }),
        makeFinding(vm, 'platform-reboot-unscheduled', 'Reboots are left to the platform.', {
          severity: 'warning',
          exemption: { reason: 'retired in December', owner: '@ops', expires: '2026-01-31', source: '.github/hotpatch-reboot-gate.yml:7' }
        })
      ],
      parseErrors: [{ file: 'infra/broken.json', line: 3, column: 7, message: 'expected a value', severity: 'error' }]
    })
    expect(renderSarif(report(result), RULES.slice(0, 1))).toMatchInlineSnapshot(`
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "runs": [
    {
      "invocations": [
        {
          "executionSuccessful": true,
          "toolExecutionNotifications": [
            {
              "descriptor": {
                "id": "parse-error",
              },
              "level": "error",
              "locations": [
                {
                  "physicalLocation": {
                    "artifactLocation": {
                      "uri": "infra/broken.json",
                      "uriBaseId": "%SRCROOT%",
                    },
                    "region": {
                      "startColumn": 7,
                      "startLine": 3,
                    },
                  },
                },
              ],
              "message": {
                "text": "expected a value",
              },
            },
          ],
        },
      ],
      "results": [
        {
          "level": "warning",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "infra/main.bicep",
                  "uriBaseId": "%SRCROOT%",
                },
                "region": {
                  "endLine": 12,
                  "startLine": 12,
                },
              },
            },
          ],
          "message": {
            "text": "Reboots are left to the platform.",
          },
          "partialFingerprints": {
            "hotpatchRebootGate/v2": "platform-reboot-unscheduled/vm-web-01",
          },
          "properties": {
            "resource": "vm-web-01",
          },
          "ruleId": "platform-reboot-unscheduled",
          "ruleIndex": 1,
          "suppressions": [
            {
              "justification": "retired in December (owner: @ops; expires: 2026-01-31; .github/hotpatch-reboot-gate.yml:7)",
              "kind": "external",
            },
          ],
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "infra/main.bicep",
                  "uriBaseId": "%SRCROOT%",
                },
                "region": {
                  "endLine": 40,
                  "startLine": 12,
                },
              },
            },
          ],
          "message": {
            "text": "VM 'vm-web-01' has no reboot plan.",
          },
          "partialFingerprints": {
            "hotpatchRebootGate/v2": "reboot-plan-required/vm-web-01",
          },
          "properties": {
            "advisoryId": "wsus-cve-2025-59287",
            "resource": "vm-web-01",
          },
          "relatedLocations": [
            {
              "id": 1,
              "message": {
                "text": "parameter-file",
              },
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "infra/main.bicep.params/prod%20%231.bicepparam",
                  "uriBaseId": "%SRCROOT%",
                },
                "region": {
                  "startLine": 3,
                },
              },
            },
          ],
          "ruleId": "reboot-plan-required",
          "ruleIndex": 0,
        },
      ],
      "tool": {
        "driver": {
          "informationUri": "https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate",
          "name": "hotpatch-reboot-gate",
          "rules": [
            {
              "defaultConfiguration": {
                "level": "error",
              },
              "fullDescription": {
                "text": "A hotpatch VM needs a maintenance configuration that allows reboots. Baseline months and out-of-band fixes restart it.",
              },
              "help": {
                "markdown": "A hotpatch VM needs a maintenance configuration that allows reboots. Baseline months and out-of-band fixes restart it.

[Documentation](https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/reboot-plan-required.md)",
                "text": "A hotpatch VM needs a maintenance configuration that allows reboots. Baseline months and out-of-band fixes restart it.
Documentation: https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/reboot-plan-required.md",
              },
              "helpUri": "https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/reboot-plan-required.md",
              "id": "reboot-plan-required",
              "properties": {
                "tags": [
                  "azure",
                  "hotpatch",
                  "infrastructure-as-code",
                  "reliability",
                ],
              },
              "shortDescription": {
                "text": "A hotpatch VM needs a maintenance configuration that allows reboots.",
              },
            },
            {
              "defaultConfiguration": {
                "level": "warning",
              },
              "fullDescription": {
                "text": "platform-reboot-unscheduled",
              },
              "help": {
                "markdown": "platform-reboot-unscheduled

[Documentation](https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/platform-reboot-unscheduled.md)",
                "text": "platform-reboot-unscheduled
Documentation: https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/platform-reboot-unscheduled.md",
              },
              "helpUri": "https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/platform-reboot-unscheduled.md",
              "id": "platform-reboot-unscheduled",
              "properties": {
                "tags": [
                  "azure",
                  "hotpatch",
                  "infrastructure-as-code",
                  "reliability",
                ],
              },
              "shortDescription": {
                "text": "platform-reboot-unscheduled",
              },
            },
          ],
          "semanticVersion": "0.1.0",
          "version": "0.1.0",
        },
      },
    },
  ],
  "version": "2.1.0",
}
`)
  })

  it('numbers rules in the order given, then rules only findings name, and points results at them', () => {
    const log = renderSarif(report(), RULES)
    const { rules } = log.runs[0].tool.driver
    expect(rules.map(rule => rule.id)).toEqual([
      'reboot-plan-required',
      'reboot-not-blocked',
      'platform-reboot-unscheduled',
      'hotpatch-image-unresolved'
    ])
    expect(log.runs[0].results.map(r => [r.ruleId, r.ruleIndex, r.level, r.partialFingerprints[FINGERPRINT_KEY]])).toEqual([
      ['platform-reboot-unscheduled', 2, 'warning', 'platform-reboot-unscheduled/vm-app@app.dev.parameters.json'],
      ['reboot-not-blocked', 1, 'error', 'reboot-not-blocked/vm-app@app.prod.parameters.json'],
      ['reboot-plan-required', 0, 'error', 'reboot-plan-required/vm-web-01'],
      ['hotpatch-image-unresolved', 3, 'warning', 'hotpatch-image-unresolved/vm-batch']
    ])
  })

  it('keeps the most severe results past the limit, in the report\'s order, and says how many it left out', () => {
    const log = renderSarif(report(), RULES, 2)
    const run = log.runs[0]
    // The scenario's order is warning, error, error, warning: the two errors stay, in that order.
    expect(run.results.map(r => r.partialFingerprints[FINGERPRINT_KEY])).toEqual([
      'reboot-not-blocked/vm-app@app.prod.parameters.json',
      'reboot-plan-required/vm-web-01'
    ])
    expect(run.properties?.omittedResults).toBe(2)
    expect(run.invocations[0]?.toolExecutionNotifications.at(-1)).toEqual({
      level: 'warning',
      message: {
        text:
          '2 of 4 findings are left out of this run: code scanning rejects a run with more than 2 results. The run ' +
          'keeps the most severe (errors, then warnings, notes, and exempted findings last); the JSON report has every finding.'
      },
      descriptor: { id: 'results-omitted' }
    })
    expect(errorsOf(log)).toEqual([])
  })

  it('caps a run at code scanning\'s 25,000 results, an exempted finding the first left out', () => {
    const base = report()
    const [first] = base.findings
    if (first === undefined) throw new Error('the scenario has findings')
    const warning = { ...first, severity: 'warning' as const, exemption: undefined }
    const findings = [
      { ...warning, fingerprint: 'exempted', exemption: { reason: 'r', owner: 'o', expires: '2026-01-31', source: 's' } },
      ...Array.from({ length: MAX_SARIF_RESULTS - 1 }, (_, i) => ({ ...warning, fingerprint: `w${i}` })),
      { ...warning, severity: 'error' as const, fingerprint: 'error' }
    ]
    const run = renderSarif({ ...base, findings }, RULES).runs[0]
    expect(MAX_SARIF_RESULTS).toBe(25000)
    expect(run.results).toHaveLength(25000)
    expect(run.results[0]?.partialFingerprints[FINGERPRINT_KEY]).toBe('w0')
    expect(run.results.at(-1)?.partialFingerprints[FINGERPRINT_KEY]).toBe('error')
    expect(run.properties?.omittedResults).toBe(1)
    expect(run.invocations[0]?.toolExecutionNotifications.at(-1)?.message.text).toMatch(
      /^1 of 25001 findings are left out of this run: code scanning rejects a run with more than 25000 results\./
    )
    // Under the limit nothing is counted or said.
    const whole = renderSarif({ ...base, findings: findings.slice(1) }, RULES).runs[0]
    expect(whole.results).toHaveLength(25000)
    expect(whole.properties).toEqual(base.knowledge === undefined ? undefined : { knowledge: base.knowledge })
    expect(whole.invocations[0]?.toolExecutionNotifications.map(n => n.descriptor.id)).not.toContain('results-omitted')
  })

  it('names a parse error, a skipped file and a note on a read file apart in the notifications', () => {
    const parseErrors = [
      { file: 'a.json', line: 3, column: 7, message: 'expected a value', severity: 'error' as const },
      { file: 'b.yaml', line: 1, column: 1, message: 'templated', severity: 'notice' as const, kind: 'file-skipped' as const },
      { file: 'c.tf', line: 4, column: 3, message: 'registry module', severity: 'notice' as const }
    ]
    const log = renderSarif(report(makeScanResult({ parseErrors })), [])
    const notifications = log.runs[0]?.invocations[0]?.toolExecutionNotifications ?? []
    expect(notifications.map(n => [n.descriptor.id, n.level, n.message.text])).toEqual([
      ['parse-error', 'error', 'expected a value'],
      ['file-skipped', 'note', 'templated'],
      ['reading-note', 'note', 'registry module']
    ])
    expect(errorsOf(log)).toEqual([])
  })
})

describe('toUri', () => {
  it('percent-encodes each path segment and keeps the slashes', () => {
    expect(toUri('infra/my vm #1/100%.json')).toBe('infra/my%20vm%20%231/100%25.json')
    expect(toUri('c:/x?y.json')).toBe('c%3A/x%3Fy.json')
  })
})
