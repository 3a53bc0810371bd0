/**
 * Golden JSON reports beside the parity matrix: every expressible cell (scenario × language) of
 * ./scenarios.ts, scanned on its own at the suite's date, must give exactly the report stored in
 * ./golden/<scenario>/<language>.json. The parity test compares verdicts, rules and evidence across
 * languages; this one holds every field of the report (reasons, locations, related files, fixes,
 * messages, the schema's shape) still, so a drift in any reader or renderer shows as a diff here.
 *
 * After a deliberate change, regenerate with `UPDATE_GOLDEN=1 npm run -s jest -- __tests__/parity/golden.test.ts`
 * and review the diff of ./golden before committing it.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildJsonReport } from '../../src/report/build-report.js'
import { COLUMNS, SCENARIOS, type Column, type Scenario } from './scenarios.js'
import { AS_OF, scanFixture } from './support.js'

const UPDATE = process.env.UPDATE_GOLDEN === '1'
const goldenPath = (scenario: string, column: Column): string =>
  fileURLToPath(new URL(`./golden/${scenario}/${column}.json`, import.meta.url))

const expressible = (scenario: Scenario): Column[] => COLUMNS.filter(c => scenario.notExpressible?.[c] === undefined)
const cells = SCENARIOS.flatMap(scenario => expressible(scenario).map(column => [scenario.id, column] as const))

describe('golden JSON reports of the parity matrix', () => {
  it.each(cells)('%s/%s', async (scenario, column) => {
    const result = await scanFixture(`${scenario}/${column}`)
    // A fixed tool version: a release must not rewrite every golden file.
    const report = buildJsonReport(result, { toolVersion: 'golden', asOf: AS_OF.toISOString().slice(0, 10) })
    const text = `${JSON.stringify(report, null, 2)}\n`
    const path = goldenPath(scenario, column)
    if (UPDATE) {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, text)
    }
    expect(existsSync(path) ? 'exists' : `missing: ${path} (run with UPDATE_GOLDEN=1)`).toBe('exists')
    expect(text).toBe(readFileSync(path, 'utf8'))
  })
})
