/**
 * Stacks that import Pulumi ESC environments (`environment:` in `Pulumi.<stack>.yaml`): an environment's
 * `pulumiConfig` becomes the stack's config, and the gate cannot read it (it is not in the repository). A key the
 * stack file does not set is not known, rather than the project default (a helper found `hotpatch: false` by default
 * passed a stack whose environment may well turn it on); a key the stack file sets is read as before.
 */
import { describe, expect, it } from '@jest/globals'
import { pulumiReader } from '../../../src/readers/pulumi/pulumi-reader.js'
import { scan } from '../../../src/scan.js'
import { fixture, readFolder, show } from '../kubernetes/helpers.js'

const FOLDER = 'pulumi/esc-environment'

describe('Pulumi stacks that import ESC environments', () => {
  it('leaves a value from config the stack does not set unresolved, naming the environments; a set key is read', async () => {
    const output = await readFolder(pulumiReader, fixture(FOLDER))
    expect(output.parseErrors).toEqual([])
    const hotpatch = Object.fromEntries(
      output.resources.map(vm => [vm.variant, vm.kind === 'virtual-machine' ? show(vm.enableHotpatching) : vm.kind])
    )
    expect(hotpatch).toEqual({
      // Its environment is read nowhere, but the stack file sets the key, which wins over the environment's.
      dev: 'false parameter-file hotpatch @4:17 via Pulumi.yaml:25',
      prod:
        'unresolved @25:32: config "hotpatch" is not set in Pulumi.prod.yaml, which imports the Pulumi ESC environments ' +
        'web/common, web/prod: their pulumiConfig may set it, and the gate does not read ESC environments (they are not in the repository)',
      // No environment: the project default, as before.
      test: 'false default hotpatch @6:14 via Pulumi.yaml:25'
    })
  })

  it('judges the stack that leaves a hotpatch VM to its environment indeterminate, the others as before', async () => {
    const result = await scan({ root: fixture(FOLDER), asOf: new Date('2026-02-01T00:00:00Z') })
    expect(result.assessments.map(a => [a.vm.displayName, a.vm.variant, a.verdict])).toEqual([
      ['vm-web-01', 'dev', 'not-affected'],
      ['vm-web-01', 'prod', 'indeterminate'],
      ['vm-web-01', 'test', 'not-affected']
    ])
  })
})
