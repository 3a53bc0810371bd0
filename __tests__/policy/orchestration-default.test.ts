/**
 * The scale-set orchestration default by API version (issue 13): Flexible orchestration needs API version
 * 2021-03-01 or later (Microsoft Learn, "Orchestration modes for Virtual Machine Scale Sets"), so a scale set of
 * an older API version without orchestrationMode is Uniform, which cannot hotpatch. In every format that writes
 * an API version (ARM, Bicep, a what-if result); scanned through the CLI as of 2026-11-24.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { scanJson } from '../support/cli-scan.js'
import { orchestrationModeOf } from '../../src/readers/shared/azure-compute/orchestration.js'
import { absent, known } from '../../src/model/source.js'

const FIXTURES = resolve('__tests__/fixtures/orchestration')

async function scan(folder: string): Promise<{ code: number; resources: unknown[] }> {
  const { code, report } = await scanJson<{ resources: { name: string; verdict: string; reasons: string[] }[] }>(FIXTURES, folder)
  return { code, resources: report.resources.map(r => [r.name, r.verdict, r.reasons]) }
}

describe.each([
  ['arm', 'azuredeploy.json:7'],
  ['bicep', 'main.bicep:2'],
  ['what-if', 'whatif.json:5']
])('%s', (folder, apiVersionAt) => {
  it('a scale set of API version 2020-06-01 without orchestrationMode is Uniform: not affected', async () => {
    expect(await scan(folder)).toEqual({
      code: 0,
      resources: [
        [
          'vmss-old',
          'not-affected',
          [
            `orchestrationMode is Uniform (API version 2020-06-01 predates Flexible orchestration (2021-03-01), ${apiVersionAt}); ` +
              'hotpatching needs Flexible orchestration'
          ]
        ]
      ]
    })
  })
})

describe('orchestrationModeOf', () => {
  const at = { file: 'main.bicep', line: 2, column: 1 }
  it.each([
    ['unset, 2020-06-01', absent<string>(at), '2020-06-01', 'Uniform'],
    ['unset, 2020-12-01-preview', absent<string>(at), '2020-12-01-preview', 'Uniform'],
    ['unset, 2021-03-01', absent<string>(at), '2021-03-01', undefined],
    ['unset, 2024-07-01', absent<string>(at), '2024-07-01', undefined],
    ['written Flexible, 2020-06-01 (as written)', known('Flexible', at), '2020-06-01', 'Flexible']
  ])('%s', (_case, written, version, expected) => {
    expect(orchestrationModeOf(written, known(version, at)).value).toBe(expected)
  })
})
