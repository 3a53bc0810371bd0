/**
 * The ARM reader under fast-check at CI scale: mutated templates and parameter files (expressions,
 * copy loops, nested deployments) and token soup give located ParseErrors only, each call within the
 * hang bound.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { armReader } from '../../src/readers/arm/arm-reader.js'
import { ARM_SEEDS } from './seeds.js'
import { manifestText, PARAMETERS, readChecked, RUNS, timeoutFor } from './support.js'

const TOKENS = [
  '{', '}', '[', ']', '"', ',', ':', '\\', '\\u0000', '"[', ']"', '"[[', "'", "''", '(', ')', '.', '[0]', '/*', '*/',
  '//', '\n', 'null', 'true', '1e309', '-0', '"copy": [{"name": "c", "count": 800, "input": "[copyIndex(\'c\')]"}]',
  "[concat(", "[variables('tags')]", "[parameters('vmName')]", "[copyIndex()]", "[reference('x').outputs.y.value]",
  "[json('[1,[2]]')]", "[range(0, 100000)]", "[padLeft('x', 1048577)]", "[union(variables('tags'), json('{}'))]",
  '"__proto__": {}', '"constructor": "x"', '"expressionEvaluationOptions": {"scope": "inner"}', '"templateLink": {}',
  '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"', '"resources": {}'
]

const text = manifestText([ARM_SEEDS.template, ARM_SEEDS.parameters], TOKENS)

describe('ARM reader fuzzing', () => {
  it('reads its seeds without an error', async () => {
    const output = await readChecked(armReader, {
      'infra/azuredeploy.json': ARM_SEEDS.template,
      'infra/azuredeploy.parameters.json': ARM_SEEDS.parameters
    })
    expect(output.parseErrors).toEqual([])
    expect(output.resources.map(r => `${r.kind} ${r.displayName}`)).toEqual([
      'virtual-machine vm-prod-0',
      'virtual-machine vm-prod-1',
      'maintenance-configuration mc-vm-prod',
      'maintenance-assignment vm-prod-patching-0',
      'maintenance-assignment vm-prod-patching-1',
      'virtual-machine VM-PROD'
    ])
  })

  it(`gives only located errors on ${RUNS} mutated templates and parameter files`, async () => {
    await fc.assert(
      fc.asyncProperty(text, text, async (template, parameters) => {
        await readChecked(armReader, {
          'infra/azuredeploy.json': template,
          'infra/azuredeploy.parameters.json': parameters
        })
      }),
      PARAMETERS
    )
  }, timeoutFor(3))
})
