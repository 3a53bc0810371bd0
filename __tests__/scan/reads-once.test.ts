/**
 * How often the scan reads a file (issue 18): each text the readers need is read from its file once, even
 * when more text than the workspace's cache holds is read in between (each reader's units are planned
 * just before they are read, so the texts its `units()` read are still cached).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { readModel } from '../../src/scan.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { armTemplate, armVm } from '../support/manifests.js'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'reads-once-'))
  roots.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

/** 24 ARM templates of 256 KiB: 6 MiB of text, more than the workspace's cache keeps (4 Mi characters). */
function largeTemplates(): Record<string, string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < 24; i++) {
    const storage = { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: `s${i}`, location: 'x', tags: { note: 'n'.repeat(256 * 1024) } }
    files[`arm/t${String(i).padStart(2, '0')}/azuredeploy.json`] = armTemplate([storage])
  }
  return files
}

const TERRAFORM = {
  'tf/root/main.tf': 'module "vm" {\n  source = "../modules/vm"\n  name   = var.name\n}\nvariable "name" {\n  default = "a"\n}\n',
  'tf/root/terraform.tfvars': 'name = "b"\n',
  'tf/modules/vm/main.tf': 'variable "name" {}\nresource "azurerm_windows_virtual_machine" "vm" {\n  name = var.name\n}\n'
}

const KUBERNETES = {
  'k8s/vm.yaml':
    'apiVersion: compute.azure.com/v1api20220301\nkind: VirtualMachine\nmetadata:\n  name: vm\nspec:\n  owner:\n    name: rg\n'
}

describe('reading each file once', () => {
  it('reads every text once inline, Terraform and Kubernetes texts after 6 MiB of ARM text', async () => {
    const files = { ...largeTemplates(), ...TERRAFORM, ...KUBERNETES }
    const workspace = new Workspace(repository(files))
    const model = await readModel(workspace, { threads: 1 })
    expect(model.files).toEqual(expect.arrayContaining(['tf/root/main.tf', 'tf/modules/vm/main.tf', 'k8s/vm.yaml']))
    expect(workspace.textsLoaded).toBe(Object.keys(files).length)
  })

  it('skips a unit of files no longer than their head without reading them again, and reads a unit with a VM whole', async () => {
    const storage = { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'logs', location: 'x' }
    const files = {
      'storage/azuredeploy.json': armTemplate([storage]),
      'storage/azuredeploy.parameters.json': '{"parameters": {"name": {"value": "x"}}}',
      'vm/azuredeploy.json': armTemplate([armVm("[parameters('name')]")], { parameters: { name: { type: 'string' } } }),
      'vm/azuredeploy.parameters.json': '{"parameters": {"name": {"value": "vm1"}}}',
      // Longer than the claim's 4 KiB head, whole in its one read of 64 KiB: known from the claim too.
      'large/azuredeploy.json': armTemplate([{ ...storage, tags: { note: 'n'.repeat(8 * 1024) } }]),
      // Longer than one read: read to be judged.
      'huge/azuredeploy.json': armTemplate([{ ...storage, tags: { note: 'n'.repeat(80 * 1024) } }])
    }
    const workspace = new Workspace(repository(files))
    const model = await readModel(workspace, { threads: 1 })
    expect(model.checkedWithoutParsing).toEqual([
      'huge/azuredeploy.json',
      'large/azuredeploy.json',
      'storage/azuredeploy.json',
      'storage/azuredeploy.parameters.json'
    ])
    expect(model.virtualMachines.map(vm => vm.identity.name)).toEqual(['vm1'])
    // The huge template is read by its reader; the others' texts come from the claim's one read: the large
    // template is known from it, the four files no longer than its head are kept (a small text), and the VM's
    // template has a policy word in its head.
    expect(workspace.textsLoaded).toBe(5)
    expect(workspace.textsKept).toBe(4)
  })

  it('keeps the text of a file under 64 KiB with a policy word in its head from the claim, and reads a larger one again', async () => {
    const storage = (name: string, kib: number) => ({
      type: 'Microsoft.Storage/storageAccounts',
      apiVersion: '2023-01-01',
      name,
      location: 'x',
      tags: { note: 'n'.repeat(kib * 1024) }
    })
    const files = {
      // A VM first, then 20 KiB: the word is in the head, the file is longer than it (one read of 64 KiB).
      'kept/azuredeploy.json': armTemplate([armVm('vm-kept'), storage('kept', 20)]),
      // Longer than one read: the claim has its head only, the reader reads it.
      'large/azuredeploy.json': armTemplate([armVm('vm-large'), storage('large', 80)]),
      // A policy word past the head: read to be judged, then parsed.
      'late/azuredeploy.json': armTemplate([storage('late', 8), armVm('vm-late')])
    }
    const workspace = new Workspace(repository(files))
    const model = await readModel(workspace, { threads: 1 })
    expect(model.virtualMachines.map(vm => vm.identity.name)).toEqual(['vm-kept', 'vm-large', 'vm-late'])
    expect(model.checkedWithoutParsing).toBeUndefined()
    expect(workspace.textsKept).toBe(1)
    expect(workspace.textsLoaded).toBe(3)
  })
})
