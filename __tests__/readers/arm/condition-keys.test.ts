/**
 * ARM condition keys (src/readers/arm/template/condition-keys.ts, model/deployment-condition.ts): a resource whose
 * `condition` or `copy.count` could not be evaluated carries a key per such condition, equal for one expression
 * (whitespace and the letter case of function names aside) in one template evaluation, and different in a nested
 * deployment's own scope or when it reads the copy index. `copyIndex()` of a loop whose count is not known has a
 * pattern of that count, so a name built of it in another loop of the same count names the same iteration.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MaintenanceAssignment, Resource } from '../../../src/model/resources.js'
import { armReader } from '../../../src/readers/arm/arm-reader.js'
import { Workspace } from '../../../src/workspace/workspace.js'

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
type Json = Record<string, unknown>
const folders: string[] = []
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })))

async function readTemplate(resources: Json[], parameters: Json): Promise<readonly Resource[]> {
  const folder = mkdtempSync(join(tmpdir(), 'condition-keys-'))
  folders.push(folder)
  writeFileSync(join(folder, 'azuredeploy.json'), `${JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', parameters, resources }, null, 2)}\n`)
  const workspace = new Workspace(folder)
  return (await armReader.read(workspace.list(), workspace)).resources
}

const vm = (name: string, extra: Json = {}): Json => ({ type: 'Microsoft.Compute/virtualMachines', apiVersion: '2024-07-01', name, ...extra, properties: {} })
const assignment = (name: string, scope: string, extra: Json = {}): Json => ({
  type: 'Microsoft.Maintenance/configurationAssignments',
  apiVersion: '2023-04-01',
  name,
  ...extra,
  scope,
  properties: { maintenanceConfigurationId: "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc')]" }
})
const keysOf = (resources: readonly Resource[], name: string) => resources.find(r => r.displayName === name)?.conditionKeys
const PARAMETERS = { deployVm: { type: 'bool' }, count: { type: 'int' }, otherCount: { type: 'int' } }

describe('ARM condition keys', () => {
  it('one expression in one evaluation: one key, whatever its whitespace and the letter case of its functions', async () => {
    const resources = await readTemplate(
      [
        vm('vm-a', { condition: "[parameters('deployVm')]" }),
        vm('vm-b', { condition: "[ PARAMETERS( 'deployVm' ) ]" }),
        vm('vm-c', { condition: "[not(parameters('deployVm'))]" }),
        vm('vm-d', { condition: true })
      ],
      PARAMETERS
    )
    const key = "arm:azuredeploy.json||condition|[parameters('deployVm')]"
    expect(['vm-a', 'vm-b', 'vm-c', 'vm-d'].map(name => keysOf(resources, name))).toEqual([
      [key],
      [key],
      ["arm:azuredeploy.json||condition|[not(parameters('deployVm'))]"],
      undefined
    ])
  })

  it('a nested deployment’s condition is its resources’; their own are keyed in that deployment', async () => {
    const nested = {
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: 'stack',
      condition: "[parameters('deployVm')]",
      properties: {
        mode: 'Incremental',
        expressionEvaluationOptions: { scope: 'inner' },
        parameters: { deployVm: { value: "[parameters('deployVm')]" } },
        template: { $schema: SCHEMA, contentVersion: '1.0.0.0', parameters: { deployVm: { type: 'bool' } }, resources: [vm('vm-inner', { condition: "[parameters('deployVm')]" })] }
      }
    }
    const resources = await readTemplate([vm('vm-outer', { condition: "[parameters('deployVm')]" }), nested], PARAMETERS)
    const outer = "arm:azuredeploy.json||condition|[parameters('deployVm')]"
    expect(keysOf(resources, 'vm-outer')).toEqual([outer])
    expect(keysOf(resources, 'vm-inner')).toEqual([outer, "arm:azuredeploy.json| > resources/1|condition|[parameters('deployVm')]"])
  })

  it('a condition that reads the copy index is keyed with the iterations it is in', async () => {
    const resources = await readTemplate(
      [
        vm("[format('vm-{0}', copyIndex())]", { copy: { name: 'vms', count: 2 }, condition: "[or(parameters('deployVm'), equals(copyIndex(), 5))]" }),
        vm("[format('other-{0}', copyIndex())]", { copy: { name: 'others', count: 2 }, condition: "[or(parameters('deployVm'), equals(copyIndex(), 5))]" })
      ],
      PARAMETERS
    )
    const text = "[or(parameters('deployVm'),equals(copyindex(),5))]"
    expect(['vm-0', 'vm-1', 'other-0'].map(name => keysOf(resources, name))).toEqual([
      [`arm:azuredeploy.json||condition|vms=0|${text}`],
      [`arm:azuredeploy.json||condition|vms=1|${text}`],
      [`arm:azuredeploy.json||condition|others=0|${text}`]
    ])
  })

  it('loops of one unknown count: one key, and a name built of copyIndex() names the same iteration; copyIndex(1) does not', async () => {
    const resources = await readTemplate(
      [
        vm("[format('vm-{0}', copyIndex())]", { copy: { name: 'vms', count: "[parameters('count')]" } }),
        assignment("[format('a-{0}', copyIndex())]", "[resourceId('Microsoft.Compute/virtualMachines', format('vm-{0}', copyIndex()))]", {
          copy: { name: 'same', count: "[parameters('count')]" }
        }),
        assignment("[format('b-{0}', copyIndex())]", "[resourceId('Microsoft.Compute/virtualMachines', format('vm-{0}', copyIndex(1)))]", {
          copy: { name: 'shifted', count: "[parameters('count')]" }
        }),
        assignment("[format('c-{0}', copyIndex())]", "[resourceId('Microsoft.Compute/virtualMachines', format('vm-{0}', copyIndex()))]", {
          copy: { name: 'other', count: "[parameters('otherCount')]" }
        })
      ],
      PARAMETERS
    )
    const [vms, same, shifted, other] = resources as [Resource, MaintenanceAssignment, MaintenanceAssignment, MaintenanceAssignment]
    const count = "arm:azuredeploy.json||copy|[parameters('count')]"
    expect([vms, same, shifted, other].map(resource => resource.conditionKeys)).toEqual([
      [count],
      [count],
      [count],
      ["arm:azuredeploy.json||copy|[parameters('otherCount')]"]
    ])
    expect(same.target?.target.value).toEqual({ type: 'Microsoft.Compute/virtualMachines', name: undefined, symbol: vms.identity.symbol })
    expect(vms.identity.symbol).toBe('azuredeploy.json#resources[0][*]')
    expect([shifted, other].map(a => [a.target?.target.origin, a.target?.target.reason])).toEqual([
      ['unresolved', "copyIndex() of loop 'shifted' is unknown: parameter 'count' has no default value and no parameter file sets it"],
      ['unresolved', "copyIndex() of loop 'other' is unknown: parameter 'otherCount' has no default value and no parameter file sets it"]
    ])
  })
})
