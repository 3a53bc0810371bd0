/**
 * Issue 16's evaluator-exhaustion shapes (bench/hostile-shapes.mjs generates them, each beside a known affected
 * VM) through the bundled CLI: no crash, the control VM's finding kept, exit code 1 (fail closed), and exactly
 * which declarations were not evaluated. Time and peak RSS are printed by `npm run bench:hostile`, never asserted.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

interface ShapeOutcome {
  readonly name: string
  readonly exit: number | string
  readonly controlKept: boolean
  readonly vms: number
  readonly findings: Readonly<Record<string, number>>
  readonly stderr: string
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** What each shape must give: resources in the report (the control VM included) and every other finding. */
const EXPECTED: Readonly<Record<string, { readonly resources: number; readonly findings: Readonly<Record<string, number>> }>> = {
  'terraform module count 400 around resource count 400': { resources: 1, findings: { 'not-evaluated error tf/fleet/main.tf:1': 1 } },
  'terraform module count 150 around resource count 1000': { resources: 1, findings: { 'not-evaluated error tf/fleet/main.tf:1': 1 } },
  // Every instance is evaluated: the one hotpatched instance (index 1000) is found.
  'terraform count 1001, instance 1000 hotpatched': { resources: 1002, findings: { 'reboot-plan-required error tf/main.tf:1': 1 } },
  'terraform count 500': { resources: 501, findings: { 'reboot-plan-required error tf/main.tf:1': 500 } },
  'terraform count 5000': { resources: 5001, findings: { 'reboot-plan-required error tf/main.tf:1': 5000 } },
  'terraform count 10000 (the default budget)': { resources: 10001, findings: { 'reboot-plan-required error tf/main.tf:1': 10000 } },
  'terraform for_each over 9000 keys': { resources: 9001, findings: { 'reboot-plan-required error tf/main.tf:1': 9000 } },
  'terraform count 1e9': { resources: 1, findings: { 'not-evaluated error tf/main.tf:1': 1 } },
  'terraform four count 1e9 blocks': {
    resources: 1,
    findings: {
      'not-evaluated error tf/main.tf:1': 1,
      'not-evaluated error tf/main.tf:24': 1,
      'not-evaluated error tf/main.tf:47': 1,
      'not-evaluated error tf/main.tf:70': 1
    }
  },
  'terraform count 1e9 before a hotpatched VM in the same module': {
    resources: 2,
    findings: { 'not-evaluated error tf/main.tf:1': 1, 'reboot-plan-required error tf/main.tf:24': 1 }
  },
  'terraform .tf over 16 MiB (a large comment)': { resources: 1, findings: { 'unreadable-manifest error tf/main.tf:1': 1 } },
  'bicep module loop 400 over a 400-VM loop': { resources: 1, findings: { 'not-evaluated error bicep/fleet.bicep:1': 1 } },
  'bicep module loop 400 over a 400-VM loop, then a hotpatched VM': {
    resources: 2,
    findings: { 'not-evaluated error bicep/fleet.bicep:1': 1, 'reboot-plan-required error bicep/main.bicep:4': 1 }
  },
  'bicep module loops 3 x 800 x 800 x 800': { resources: 1, findings: { 'not-evaluated error bicep/b.bicep:1': 1 } },
  'bicep for-expression 800 x 800 x 800': {
    resources: 2,
    findings: { 'indeterminate warning bicep/main.bicep:5': 1, 'not-evaluated error bicep/main.bicep:1': 1 }
  },
  'arm condition:false deployment with 400 x 400 copies before the VM': {
    resources: 2,
    findings: { 'not-evaluated error arm/main.json:23': 1, 'reboot-plan-required error arm/main.json:55': 1 }
  },
  'arm nested variable copy 800 x 800 x range(0, 10000)': {
    resources: 2,
    findings: { 'indeterminate warning arm/main.json:30': 1, 'not-evaluated error arm/main.json:1': 1 }
  },
  'arm multi-line string inside an expression': { resources: 2, findings: { 'reboot-plan-required error arm/main.json:5': 1 } }
}

let outcomes: readonly ShapeOutcome[] = []

beforeAll(() => {
  if (!existsSync(`${ROOT}dist/cli.js`)) throw new Error('dist/cli.js is missing: run `npm run bundle` first')
  const run = spawnSync(process.execPath, ['bench/hostile-shapes.mjs', '--json', '--timeout', '120'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (run.status !== 0) throw new Error(`bench/hostile-shapes.mjs failed: ${run.stderr}`)
  outcomes = JSON.parse(run.stdout) as ShapeOutcome[]
}, 1_200_000)

describe('evaluator-exhaustion shapes through dist/cli.js', () => {
  it('covers every shape the generator makes, and only those', () => {
    expect(outcomes.map(outcome => outcome.name).sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(Object.entries(EXPECTED))('%s: exits 1, keeps the control finding, reports exactly what it could not evaluate', (name, expected) => {
    const outcome = outcomes.find(candidate => candidate.name === name)
    expect({ exit: outcome?.exit, controlKept: outcome?.controlKept, resources: outcome?.vms, findings: outcome?.findings, stderr: outcome?.stderr }).toEqual({
      exit: 1,
      controlKept: true,
      resources: expected.resources,
      findings: expected.findings,
      stderr: ''
    })
  })
})
