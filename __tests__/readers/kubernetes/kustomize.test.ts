/**
 * Tests for src/readers/kubernetes/kustomize.ts: which files the kustomizations of a tree name as patches.
 */
import { describe, expect, it } from '@jest/globals'
import { posix } from 'node:path'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import { KustomizePatches } from '../../../src/readers/kubernetes/kustomize.js'
import { fixture, readFolder } from './helpers.js'

/** Files by path, resolved as the workspace resolves them (nothing outside the root). */
function patchesOf(files: Record<string, string>): KustomizePatches {
  return new KustomizePatches({
    get: path => (Object.hasOwn(files, path) ? { path, absolutePath: `/repo/${path}`, size: 1 } : undefined),
    readText: path =>
      Object.hasOwn(files, path) ? { ok: true, text: files[path] as string } : { ok: false, message: 'not found', line: 1, column: 1 },
    resolveFrom: (from, target) => {
      const path = posix.normalize(posix.join(posix.dirname(from), target))
      return path.startsWith('..') || posix.isAbsolute(target) ? undefined : path
    }
  })
}

const OBJECT = 'apiVersion: compute.azure.com/v1api20220301\nkind: VirtualMachine\nmetadata:\n  name: vm\n'

describe('KustomizePatches', () => {
  const patches = patchesOf({
    'kustomization.yaml': 'patches:\n  - path: root-patch.yaml\n',
    'root-patch.yaml': OBJECT,
    'overlays/prod/Kustomization': [
      'resources: [../../base]',
      'patches:',
      '  - path: ./vm.yaml',
      '  - path: patches/deep/window.yaml',
      '  - path: ../../../outside.yaml',
      '  - patch: |-',
      '      apiVersion: v1',
      '      kind: ConfigMap',
      'patchesStrategicMerge:',
      '  - legacy.yaml',
      '  - |-',
      '    apiVersion: v1',
      '    kind: Secret',
      ''
    ].join('\n'),
    'overlays/prod/vm.yaml': OBJECT,
    'overlays/prod/legacy.yaml': OBJECT,
    'overlays/prod/patches/deep/window.yaml': OBJECT,
    'overlays/prod/service.yaml': OBJECT,
    'overlays/dev/kustomization.yml': 'patchesStrategicMerge: [vm.yaml]\n',
    'overlays/dev/vm.yaml': OBJECT,
    'base/vm.yaml': OBJECT
  })

  it.each([
    ['overlays/prod/vm.yaml', 'overlays/prod/Kustomization'],
    ['overlays/prod/legacy.yaml', 'overlays/prod/Kustomization'],
    ['overlays/prod/patches/deep/window.yaml', 'overlays/prod/Kustomization'],
    ['overlays/dev/vm.yaml', 'overlays/dev/kustomization.yml'],
    ['root-patch.yaml', 'kustomization.yaml'],
    ['overlays/prod/service.yaml', undefined],
    ['base/vm.yaml', undefined]
  ])('%s is a patch of %s', (path, kustomization) => {
    expect(patches.patchedBy(path)?.file).toBe(kustomization)
  })

  it('names the overlay folder of the kustomization that names the patch', () => {
    expect(patches.patchedBy('overlays/prod/patches/deep/window.yaml')?.folder).toBe('overlays/prod')
    expect(patches.patchedBy('root-patch.yaml')?.folder).toBe('')
  })

  it('takes no patch from a kustomization it cannot read or that is not a mapping', () => {
    const broken = patchesOf({ 'a/kustomization.yaml': '- path: vm.yaml\n', 'a/vm.yaml': OBJECT, 'b/kustomization.yaml': 'patches: [', 'b/vm.yaml': OBJECT })
    expect(broken.patchedBy('a/vm.yaml')).toBeUndefined()
    expect(broken.patchedBy('b/vm.yaml')).toBeUndefined()
  })
})

describe('patch files without apiVersion (kustomize takes the group from target:)', () => {
  it('are said as patches: a machine with a hotpatch signal is a VM the gate cannot judge, a plan a notice', async () => {
    const output = await readFolder(kubernetesReader, fixture('kubernetes/kustomize-unversioned'))
    expect(output.resources.map(r => [r.kind, r.identity.symbol, r.reportAt.file, r.reportAt.line])).toEqual([
      ['virtual-machine', 'overlay/hotpatch.yaml#patch:WindowsVirtualMachine/vm1', 'overlay/hotpatch.yaml', 1]
    ])
    expect(output.parseErrors.map(e => `${e.file}:${e.line} ${e.severity} ${e.message}`)).toEqual([
      'overlay/window.yaml:1 notice Kustomize patch of MaintenanceConfiguration mc1 (named by overlay/kustomization.yaml) is not applied: ' +
        'the gate reads MaintenanceConfiguration mc1 from its base as written; run `kustomize build overlay` and scan the output'
    ])
  })
})
