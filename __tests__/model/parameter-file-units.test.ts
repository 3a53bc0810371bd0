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

describe('Bicep templates deployed with JSON parameter files', () => {
  const FIXTURE = fileURLToPath(new URL('../fixtures/bicep/json-parameter-files/', import.meta.url))

  it("judge each VM with the values its parameter file deploys (a hotpatch SKU set there fails), and say which file pairs with nothing", async () => {
    const result = await scan({ root: FIXTURE, asOf: new Date('2026-12-07T00:00:00Z') })
    const verdicts = result.assessments.map(a => [a.vm.reportAt.file, a.vm.identity.name, a.vm.variant, a.verdict])
    expect(verdicts.sort()).toEqual([
      ['envs/app.bicep', 'vm-app-dev', 'app.parameters.dev.json', 'not-affected'],
      ['envs/app.bicep', 'vm-app-prod', 'app.parameters.prod.json', 'affected-no-plan'],
      // Its defaults (2022-datacenter, hotpatch off) would pass: main.parameters.json turns hotpatch on.
      ['infra/main.bicep', 'vm-shop-web', 'main.parameters.json', 'affected-no-plan'],
      ['loose/main.bicep', 'vm-from-parameters', 'azuredeploy.parameters.json', 'affected-no-plan'],
      // params.json beside it sets no parameter: the defaults.
      ['not-parameters/main.bicep', 'vm-sample', '', 'affected-no-plan'],
      // The quickstart layout: azuredeploy.json, built by bicep, and main.bicep are both read, with the same values.
      ['quickstart-built/azuredeploy.json', 'vm-from-parameters', 'azuredeploy.parameters.json', 'affected-no-plan'],
      ['quickstart-built/main.bicep', 'vm-from-parameters', 'azuredeploy.parameters.json', 'affected-no-plan'],
      ['quickstart/main.bicep', 'vm-sample', '', 'affected-no-plan'],
      ['short-name/main.bicep', 'vm-from-param-json', 'param.json', 'affected-no-plan'],
      ['two-templates/a.bicep', 'vm-sample', '', 'affected-no-plan'],
      ['two-templates/b.bicep', 'vm-sample', '', 'affected-no-plan']
    ])
    expect(result.model.parseErrors.filter(error => error.message.startsWith('parameter file')).map(error => error.file)).toEqual([
      'two-templates/parameters.json'
    ])
  })
})
