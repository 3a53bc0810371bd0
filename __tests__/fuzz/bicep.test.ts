/**
 * The Bicep reader under fast-check at CI scale: mutated templates, modules and parameter files give
 * located ParseErrors only, each call within the hang bound.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { bicepReader } from '../../src/readers/bicep/bicep-reader.js'
import { BICEP_SEEDS } from './seeds.js'
import { manifestText, PARAMETERS, readChecked, RUNS, timeoutFor } from './support.js'

const TOKENS = [
  '{', '}', '[', ']', '(', ')', "'", "'''", '${', '\\', ':', '?', '??', '.?', '!', '::', '@', '=', '=>', '|', '&&',
  '\n', '\r\n', '/*', '*/', '//', "[for x in range(0, 100000): x]", 'if (', "module m './main.bicep' = {}",
  "import * as x from 'window.bicep'", "param p string = ''", 'var v = v', 'output o string = vms[0].name',
  'existing', 'resource r', "'Microsoft.Compute/virtualMachines@2024-07-01'",
  "union({}, json('{\"__proto__\": 1}'))", 'toObject', 'lambda', '(x) => x', 'func f() string => f()', 'type t = {',
  "@secure()", '1e309', '-'
]

const text = manifestText([BICEP_SEEDS.main, BICEP_SEEDS.window, BICEP_SEEDS.simple], TOKENS)
const parameters = manifestText([BICEP_SEEDS.parameters], TOKENS)

describe('Bicep reader fuzzing', () => {
  it('reads its seeds without an error', async () => {
    const output = await readChecked(bicepReader, {
      'main.bicep': BICEP_SEEDS.main,
      'window.bicep': BICEP_SEEDS.window,
      'prod.bicepparam': BICEP_SEEDS.parameters
    })
    expect(output.parseErrors).toEqual([])
    expect(output.resources.map(r => `${r.kind} ${r.displayName} ${r.variant}`)).toEqual([
      'virtual-machine vm-prod-0 prod.bicepparam[0]',
      'virtual-machine vm-prod-1 prod.bicepparam[1]',
      'virtual-machine vm-prod-2 prod.bicepparam[2]',
      'maintenance-configuration mc-vm-prod prod.bicepparam',
      'maintenance-assignment vm-prod-0-patching prod.bicepparam[0]',
      'maintenance-assignment vm-prod-1-patching prod.bicepparam[1]',
      'maintenance-assignment vm-prod-2-patching prod.bicepparam[2]'
    ])
  })

  it(`gives only located errors on ${RUNS} mutated templates, modules and parameter files`, async () => {
    await fc.assert(
      fc.asyncProperty(text, text, parameters, async (main, window, prod) => {
        await readChecked(bicepReader, { 'main.bicep': main, 'window.bicep': window, 'prod.bicepparam': prod })
      }),
      PARAMETERS
    )
  }, timeoutFor(3))
})
