/**
 * Kubernetes deployment units (issue 18): files linked by names and labels (Crossplane references and
 * selectors, ASO owners), found with line patterns; a file the patterns cannot read, or a selector that
 * may match anything, makes the whole format one unit. Read one at a time and merged by the scan, the
 * units give the whole read.
 */
import { describe, expect, it } from '@jest/globals'
import { posix } from 'node:path'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import { kubernetesUnits } from '../../../src/readers/kubernetes/units.js'
import type { ManifestReader } from '../../../src/readers/reader.js'
import { mergeUnitResults, type UnitResult } from '../../../src/scan/units.js'
import type { WorkspaceFile } from '../../../src/workspace/workspace.js'
import { fixture, memoryWorkspace, readFolder } from './helpers.js'
import { Workspace } from '../../../src/workspace/workspace.js'

const vm = (name: string, labels = `app: ${name}`) => `apiVersion: compute.azure.upbound.io/v1beta2
kind: WindowsVirtualMachine
metadata:
  name: ${name}
  labels:
    ${labels}
spec:
  forProvider:
    location: West Europe
    resourceGroupName: rg-${name}
    patchMode: AutomaticByPlatform
    hotpatchingEnabled: true
    sourceImageReference:
      publisher: MicrosoftWindowsServer
      offer: WindowsServer
      sku: 2025-datacenter-azure-edition
      version: latest
`

const configuration = (name: string) => `apiVersion: maintenance.azure.upbound.io/v1beta2
kind: MaintenanceConfiguration
metadata:
  name: ${name}
spec:
  forProvider:
    location: West Europe
    resourceGroupName: rg-${name}
    scope: InGuestPatch
    installPatches:
      reboot: IfRequired
`

const assignment = (configurationName: string, selector: string) => `apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceAssignmentVirtualMachine
metadata:
  name: assign-${configurationName}
spec:
  forProvider:
    location: West Europe
    maintenanceConfigurationIdRef:
      name: ${configurationName}   # by name
    virtualMachineIdSelector:
      matchLabels:
        ${selector}
`

function unitPaths(files: Record<string, string>): string[][] {
  const workspace = memoryWorkspace(files)
  return kubernetesUnits(workspace.list(), workspace).map(unit => unit.files.map(file => file.path))
}

describe('Kubernetes deployment units', () => {
  it('join a reference to its target by name and a selector to its targets by label, and nothing else', () => {
    const files = {
      'a-assign.yaml': assignment('mc-a', "app: 'vm-a'"),
      'b-vm.yaml': vm('vm-b'),
      'c-config.yaml': configuration('mc-a'),
      'd-vm.yaml': vm('vm-a')
    }
    expect(unitPaths(files)).toEqual([['a-assign.yaml', 'c-config.yaml', 'd-vm.yaml'], ['b-vm.yaml']])
  })

  it('are one unit when a file cannot be read line by line or a selector has no labels', () => {
    const separate = { 'a.yaml': vm('vm-a'), 'b.yaml': vm('vm-b') }
    expect(unitPaths(separate)).toHaveLength(2)
    const opaque = [
      vm('vm-c', 'app: "vm\\x2dc"'),
      vm('vm-c', '{app: vm-c}'),
      vm('vm-c').replace('name: vm-c', 'name: &anchor vm-c'),
      vm('vm-c').replace('name: vm-c', "name: 'vm''c'"),
      vm('vm-c').replace('name: vm-c', 'name:'),
      assignment('mc', '').replace(/matchLabels:\n\s*\n/, 'matchLabels:\n')
    ]
    for (const text of opaque) expect(unitPaths({ ...separate, 'c.yaml': text })).toEqual([['a.yaml', 'b.yaml', 'c.yaml']])
  })

  it('join a kustomization that renames to the files it builds, through its bases; one whose lists are not plain makes one unit', () => {
    const files = {
      'base/assign.yaml': assignment('mc-a', 'app: vm-z'),
      'base/kustomization.yaml': 'resources:\n- vm.yaml\n- ../shared/mc.yaml\n',
      'base/vm.yaml': vm('vm-a'),
      'overlays/prod/kustomization.yaml': 'namePrefix: prod-\nresources:\n  - ../../base\n  - "extra.yaml"\n',
      'overlays/prod/extra.yaml': vm('vm-x'),
      'other/vm.yaml': vm('vm-o'),
      'shared/mc.yaml': configuration('mc-b')
    }
    const paths = (workspaceFiles: Record<string, string>): string[][] => {
      const workspace = resolvingWorkspace(workspaceFiles)
      const claimed = workspace.list().filter(file => kubernetesReader.claims(file, () => workspaceFiles[file.path] ?? ''))
      return kubernetesUnits(claimed, workspace).map(unit => unit.files.map(file => file.path))
    }
    expect(paths(files)).toEqual([
      ['base/assign.yaml'],
      ['base/vm.yaml', 'overlays/prod/extra.yaml', 'overlays/prod/kustomization.yaml', 'shared/mc.yaml'],
      ['other/vm.yaml']
    ])
    // Without the renaming, the kustomization is no file of the format (it names no object) and joins nothing.
    const plain = { ...files, 'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n  - "extra.yaml"\n' }
    expect(paths(plain)).toHaveLength(5)
    const flow = { ...files, 'base/kustomization.yaml': 'resources: [vm.yaml]\n' }
    expect(paths(flow)).toHaveLength(1)
  })

  it('read one at a time and merged in file order give the whole read, on every Kubernetes fixture', async () => {
    for (const folder of ['aso', 'broken', 'crossplane-cluster', 'crossplane-namespaced', 'crossplane-split', 'helm', 'traps']) {
      const root = fixture(`kubernetes/${folder}`)
      const workspace = new Workspace(root)
      const claimed = workspace.list().filter(file => kubernetesReader.claims(file, () => headOf(workspace, file)))
      const units = kubernetesUnits(claimed, workspace)
      const results: UnitResult[] = []
      for (const unit of units) results.push({ kind: 'read', output: await kubernetesReader.read(unit.files, new Workspace(root)) })
      const planned = units.map(unit => ({ reader: 0, unit }))
      const merged = mergeUnitResults([kubernetesReader], planned, results, new Map<ManifestReader, WorkspaceFile[]>([[kubernetesReader, claimed]]))
      const whole = await readFolder(kubernetesReader, root)
      expect(JSON.stringify(merged.resources)).toBe(JSON.stringify(whole.resources))
      expect(JSON.stringify(merged.inlineExemptions)).toBe(JSON.stringify(whole.inlineExemptions))
      expect(merged.parseErrors).toEqual(expect.arrayContaining([...whole.parseErrors]))
      expect(merged.parseErrors).toHaveLength(whole.parseErrors.length)
    }
  })

  it('put interleaved units back in file order', async () => {
    const files = {
      'a.yaml': assignment('mc-c', 'app: vm-d'),
      'b.yaml': vm('vm-b'),
      'c.yaml': configuration('mc-c'),
      'd.yaml': vm('vm-d')
    }
    const workspace = memoryWorkspace(files)
    const claimed = workspace.list()
    const units = kubernetesUnits(claimed, workspace)
    expect(units).toHaveLength(2)
    const results: UnitResult[] = []
    for (const unit of units) results.push({ kind: 'read', output: await kubernetesReader.read(unit.files, memoryWorkspace(files)) })
    const planned = units.map(unit => ({ reader: 0, unit }))
    const merged = mergeUnitResults([kubernetesReader], planned, results, new Map<ManifestReader, WorkspaceFile[]>([[kubernetesReader, claimed]]))
    const whole = await kubernetesReader.read(claimed, memoryWorkspace(files))
    expect(merged.resources.map(resource => resource.displayName)).toEqual(['assign-mc-c', 'vm-b', 'mc-c', 'vm-d'])
    expect(JSON.stringify(merged.resources)).toBe(JSON.stringify(whole.resources))
  })
})

/** An in-memory workspace that resolves relative paths (nothing outside the root), as kustomizations need. */
function resolvingWorkspace(files: Record<string, string>): Workspace {
  const memory = memoryWorkspace(files)
  return Object.assign(memory, {
    list: () => Object.keys(files).sort().map(path => ({ path, absolutePath: `/memory/${path}`, size: files[path]?.length ?? 0 })),
    resolveFrom: (from: string, target: string) => {
      const path = posix.normalize(posix.join(posix.dirname(from), target))
      return path.startsWith('..') || posix.isAbsolute(target) ? undefined : path
    }
  })
}

function headOf(workspace: Workspace, file: WorkspaceFile): string {
  const text = workspace.readText(file.path)
  return text.ok ? text.text.slice(0, 4096) : ''
}
