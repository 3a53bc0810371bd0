/**
 * The Pulumi YAML reader under fast-check at CI scale: mutated programs and stack files give located
 * ParseErrors only, each call within the hang bound.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { pulumiReader } from '../../src/readers/pulumi/pulumi-reader.js'
import { PULUMI_SEEDS } from './seeds.js'
import { manifestText, PARAMETERS, readChecked, RUNS, timeoutFor } from './support.js'

const TOKENS = [
  '\n', '  ', '- ', ': ', '${', '}', '$${', '${web.id}', '${web.name}', '${pulumi.stack}', '${names[0]}',
  '${a.b[0]["c"]}', '${first}', 'fn::invoke:\n  function: f\n', 'fn::join: [",", [a, b]]\n', 'fn::secret: x\n',
  'fn::toJSON: {a: 1}\n', 'fn::select: [100000, []]\n', 'get:\n  id: /subscriptions/s\n',
  'type: azure-native:compute:VirtualMachine\n', 'options:\n  dependsOn: [${web}]\n', 'variables:\n  v: ${v}\n',
  '&a ', '*a', '<<: *a\n', '[', '{', '"', 'true', '~', 'runtime: yaml\n', 'runtime: nodejs\n', 'main: ../..\n',
  '__proto__: x\n', '\t'
]

const project = manifestText([PULUMI_SEEDS.project], TOKENS)
const stack = manifestText([PULUMI_SEEDS.stack], TOKENS)

describe('Pulumi reader fuzzing', () => {
  it('reads its seeds without an error', async () => {
    const output = await readChecked(pulumiReader, {
      'fleet/Pulumi.yaml': PULUMI_SEEDS.project,
      'fleet/Pulumi.prod.yaml': PULUMI_SEEDS.stack
    })
    expect(output.parseErrors).toEqual([])
    expect(output.resources.map(r => `${r.kind} ${r.displayName} ${r.variant}`)).toEqual([
      'virtual-machine web-1 prod',
      'maintenance-configuration mc-web-1 prod',
      'maintenance-assignment monthly prod'
    ])
  })

  it(`gives only located errors on ${RUNS} mutated programs and stack files`, async () => {
    await fc.assert(
      fc.asyncProperty(project, stack, async (program, settings) => {
        await readChecked(pulumiReader, { 'fleet/Pulumi.yaml': program, 'fleet/Pulumi.prod.yaml': settings })
      }),
      PARAMETERS
    )
  }, timeoutFor(3))
})
