/**
 * Scope-true identity across parameter files: one template deployed with a dev and a prod parameter file
 * is two deployments. The prod file's maintenance assignment (its condition true) must not cover the dev
 * instance of the same VM, whose condition drops the plan.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { scan } from '../../src/scan.js'

const TEMPLATE = fileURLToPath(new URL('../fixtures/value-scope/arm/app.json', import.meta.url))
const parameters = (enableWindow: boolean): string =>
  JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
    contentVersion: '1.0.0.0',
    parameters: { enableWindow: { value: enableWindow } }
  })

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'parameter-units-'))
  writeFileSync(join(root, 'app.json'), readFileSync(TEMPLATE))
  writeFileSync(join(root, 'app.parameters.json'), parameters(false))
  writeFileSync(join(root, 'app.parameters.prod.json'), parameters(true))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('parameter files are deployments of their own', () => {
  it('the prod assignment covers the prod VM only; the dev VM, whose plan its parameter file drops, has none', async () => {
    const result = await scan({ root, asOf: new Date('2026-11-24T00:00:00Z') })
    const verdicts = result.assessments.map(a => [a.vm.identity.name, a.vm.variant, a.verdict]).sort()
    expect(verdicts).toEqual([
      ['vm-app-01', 'app.parameters.json', 'affected-no-plan'],
      ['vm-app-01', 'app.parameters.prod.json', 'affected-with-plan']
    ])
  })
})
