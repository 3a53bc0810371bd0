/**
 * Unit tests for src/readers/kubernetes: Lists as `kubectl get -o yaml` writes them, `kind: List` after the
 * items, so that a List longer than the claim's 4 KiB head shows only `apiVersion:` and `items:` in it.
 */
import { describe, expect, it } from '@jest/globals'
import { mayHoldAzureObject } from '../../../src/readers/kubernetes/claims.js'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import type { WorkspaceFile } from '../../../src/workspace/workspace.js'
import { memoryWorkspace, readWorkspace, show } from './helpers.js'
import type { VirtualMachine } from '../../../src/model/resources.js'

const file = (path: string): WorkspaceFile => ({ path, absolutePath: `/repo/${path}`, size: 100 })

/** A VM item as kubectl writes it, with 60 status conditions (about 100 bytes each). */
const item = (name: string): string[] => [
  '- apiVersion: compute.azure.upbound.io/v1beta2',
  '  kind: WindowsVirtualMachine',
  '  metadata:',
  `    name: ${name}`,
  '  spec:',
  '    forProvider:',
  '      location: westeurope',
  '      hotpatchingEnabled: true',
  '  status:',
  '    conditions:',
  ...Array.from({ length: 60 }, (_, i) => [`    - lastTransitionTime: "2025-10-20T10:00:${String(i).padStart(2, '0')}Z"`, '      type: Synced']).flat()
]

const kubectlList = (tail: readonly string[]): string => ['apiVersion: v1', 'items:', ...item('vm-a'), ...item('vm-b'), ...tail, ''].join('\n')

describe('claims', () => {
  it.each([
    ['a kubectl List, kind after the items', 'apiVersion: v1\nitems:\n- apiVersion: compute.azure.com/v1\n  kind: VirtualMachine\n', true],
    ['items indented under items:', 'apiVersion: v1\nitems:\n  # the VMs\n  - kind: VirtualMachine\n', true],
    ['items that are not objects', 'apiVersion: v1\nitems:\n- name: a\n- name: b\n', false],
    ['items without apiVersion', 'items:\n- apiVersion: compute.azure.com/v1\n  kind: VirtualMachine\n', false],
    ['nested items', 'apiVersion: v1\nspec:\n  items:\n  - apiVersion: x/v1\n', false]
  ])('%s', (_, head, expected) => {
    expect(kubernetesReader.claims(file('exported.yaml'), () => head)).toBe(expected)
  })

  it('parses a document of items whose kind is not in it', () => {
    expect(mayHoldAzureObject('apiVersion: v1\nitems:\n- apiVersion: compute.azure.com/v1\n')).toBe(true)
  })
})

describe('read', () => {
  it('claims and reads a kubectl List longer than the claim head, its kind written last', async () => {
    const text = kubectlList(['kind: List', 'metadata:', '  resourceVersion: ""'])
    expect(text.length).toBeGreaterThan(8192)
    expect(text.slice(0, 4096)).not.toMatch(/^kind:/m)
    const output = await readWorkspace(kubernetesReader, memoryWorkspace({ 'exported.yaml': text }))
    expect(output.resources.map(vm => [vm.identity.name, vm.reportAt.line, show((vm as VirtualMachine).enableHotpatching)])).toEqual([
      ['vm-a', 3, 'true literal @10:27'],
      ['vm-b', 133, 'true literal @140:27']
    ])
    expect(output.parseErrors).toEqual([])
    expect(output.manifests).toEqual(['exported.yaml'])
  })

  it('reads the items of a List whose kind is missing', async () => {
    const output = await readWorkspace(kubernetesReader, memoryWorkspace({ 'exported.yaml': kubectlList([]) }))
    expect(output.resources.map(vm => vm.identity.name)).toEqual(['vm-a', 'vm-b'])
  })
})
