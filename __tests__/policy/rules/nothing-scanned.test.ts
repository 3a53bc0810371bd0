/** Unit tests for src/policy/rules/nothing-scanned.ts */
import { describe, expect, it } from '@jest/globals'
import type { InfrastructureModel, ParseError } from '../../../src/model/resources.js'
import type { RequestedPath, ScanRequest } from '../../../src/model/scan-request.js'
import { evaluatePolicy } from '../../../src/policy/evaluate.js'
import { rule } from '../../../src/policy/rules/nothing-scanned.js'
import { model } from '../builders.js'
import { runRuleTests } from '../rule-tester.js'

const FORMATS = 'ARM, Bicep, Terraform, plan/what-if JSON, Kubernetes, Pulumi YAML'
const ACCEPT = 'Set `allow-empty: true` if that is expected.'
const path = (written: string, exists = true): RequestedPath => ({ path: written.replace(/\/$/, ''), written, exists })

/** The default model (one VM in infra/main.bicep) as scanned for these paths of the action's `path` input. */
function requested(paths: readonly RequestedPath[], extra: Partial<ScanRequest> = {}, base = model()): InfrastructureModel {
  const request: ScanRequest = {
    origin: 'the `path` input',
    paths,
    allowEmpty: false,
    accept: ACCEPT,
    setting: '`allow-empty: true`',
    ...extra
  }
  return { ...base, request }
}

const empty = (written: string): string =>
  `path \`${written}\` (the \`path\` input) holds no manifest the gate reads (${FORMATS}): nothing was checked. ${ACCEPT}`
const broken: ParseError = { file: 'modules/vm.bicep', line: 3, column: 1, message: 'unexpected }', severity: 'error', kind: 'unreadable-manifest' }

runRuleTests(rule, {
  valid: [
    { name: 'the caller did not say what it scanned (a model built elsewhere)', outcome: 'not-applicable' },
    { name: 'the whole workspace, which holds a manifest', model: requested([path('.')]), outcome: 'not-applicable' },
    { name: 'the folder of the manifest', model: requested([path('infra/')]), outcome: 'not-applicable' },
    { name: 'the manifest itself', model: requested([path('infra/main.bicep')]), outcome: 'not-applicable' },
    {
      name: 'a folder whose only manifest did not parse (unreadable-manifest reports it)',
      model: requested([path('modules')], {}, { ...model(), parseErrors: [broken] }),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'a folder without manifests, at the folder',
      model: requested([path('infra'), path('docs/')]),
      findings: [{ message: empty('docs/'), file: 'docs', line: 1 }]
    },
    {
      name: 'a folder named like the manifest folder is not it',
      model: requested([path('infra-old')]),
      findings: [{ message: empty('infra-old'), file: 'infra-old', line: 1 }]
    },
    {
      name: 'a path that does not exist (a typo)',
      model: requested([path('infrx', false)]),
      findings: [
        {
          message: `path \`infrx\` (the \`path\` input) does not exist in the workspace: nothing was checked. Check the path. ${ACCEPT}`,
          file: 'infrx',
          line: 1
        }
      ]
    },
    {
      name: 'a notice-level parse error is not a manifest read',
      model: requested([path('modules')], {}, { ...model(), parseErrors: [{ ...broken, severity: 'notice' }] }),
      findings: [{ message: empty('modules'), file: 'modules', line: 1 }]
    }
  ]
})

describe('nothing-scanned with allow-empty', () => {
  const findingsOf = (scanned: InfrastructureModel) =>
    evaluatePolicy(scanned, { asOf: new Date('2026-11-24T00:00:00Z'), rules: [rule] }).findings.map(finding => [
      finding.severity,
      finding.message,
      finding.location.file
    ])

  it('reports a notice for each path with nothing, empty or missing', () => {
    expect(findingsOf(requested([path('docs'), path('infrx', false)], { allowEmpty: true }))).toEqual([
      ['notice', 'path `docs` (the `path` input) holds no manifest the gate reads: nothing was checked, as `allow-empty: true` allows.', 'docs'],
      ['notice', 'path `infrx` (the `path` input) does not exist in the workspace: nothing was checked, as `allow-empty: true` allows.', 'infrx']
    ])
  })

  it('lets `rules:` set the severity of every report, the notice included', () => {
    const configured = evaluatePolicy(requested([path('docs')], { allowEmpty: true }), {
      asOf: new Date('2026-11-24T00:00:00Z'),
      rules: [rule],
      configuration: {
        file: '.github/hotpatch-reboot-gate.yml',
        include: [],
        exclude: [],
        rules: new Map([['nothing-scanned', 'off']]),
        tags: { window: 'w', owner: 'o', ticket: 't' },
        rebootPlans: [],
        exemptions: [],
        maxExemptionDays: 90,
        advisories: []
      }
    })
    expect(configured.findings).toEqual([])
  })
})
