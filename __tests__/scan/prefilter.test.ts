/**
 * The content prefilter (issue 18): a deployment unit none of whose files may declare what the policy
 * reads is skipped unparsed and counted in one notice; a unit with such words is read whole (its
 * parameter files too); a skipped file never hides a parse error that fails closed.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { scan } from '../../src/scan.js'
import { skippedFilesMessage, thousands } from '../../src/scan/prefilter.js'
import { armTemplate, armVm } from '../support/manifests.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
const STORAGE = { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'logs', location: 'northeurope' }
const roots: string[] = []

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'prefilter-'))
  roots.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

const notice = (message: string) => ({ file: '.', line: 1, column: 1, message, severity: 'notice' })

describe('content prefilter', () => {
  it('skips units without policy words, counts them in one notice, and reads the others whole', async () => {
    const root = repository({
      'storage/azuredeploy.json': armTemplate([STORAGE]),
      'storage/azuredeploy.parameters.json': '{"parameters": {"name": {"value": "x"}}}',
      'network/azuredeploy.json': armTemplate([{ ...STORAGE, name: 'net' }]),
      // No policy word in the parameter file: it is read because its template has one.
      'vm/azuredeploy.json': armTemplate([armVm('[parameters(\'name\')]')], { parameters: { name: { type: 'string' } } }),
      'vm/azuredeploy.parameters.json': '{"contentVersion": "1.0.0.0", "parameters": {"name": {"value": "vm-from-parameters"}}}'
    })
    const result = await scan({ root, asOf: AS_OF })
    expect(result.model.files).toEqual(['vm/azuredeploy.json', 'vm/azuredeploy.parameters.json'])
    expect(result.model.virtualMachines.map(vm => vm.displayName)).toEqual(['vm-from-parameters'])
    expect(result.model.parseErrors).toEqual([
      notice(
        '3 files checked without parsing: they declare no VM, scale set, Arc machine or maintenance resource and call no module, nested deployment or Pulumi component with a hotpatch input'
      )
    ])
  })

  it('reads every unit when turned off, and then reports nothing about skipping', async () => {
    const root = repository({ 'storage/azuredeploy.json': armTemplate([STORAGE]), 'vm/azuredeploy.json': armTemplate([armVm('vm-1')]) })
    const result = await scan({ root, asOf: AS_OF, prefilter: false })
    expect(result.model.files).toEqual(['storage/azuredeploy.json', 'vm/azuredeploy.json'])
    expect(result.model.parseErrors).toEqual([])
  })

  it('never hides a parse error that fails closed: broken JSON with a VM word is read and is unreadable-manifest', async () => {
    const root = repository({
      'broken-vm/azuredeploy.json': '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [{"type": "Microsoft.Compute/virtualMachines",',
      'broken-other/azuredeploy.json': '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [{"type": "Microsoft.Storage/storageAccounts",'
    })
    const result = await scan({ root, asOf: AS_OF })
    const failing = result.model.parseErrors.filter(error => error.kind === 'unreadable-manifest').map(error => error.file)
    expect(failing).toEqual(['broken-vm/azuredeploy.json'])
    // The file without words would not fail closed if read (an error of a file that cannot matter): it is skipped.
    const unpruned = await scan({ root, asOf: AS_OF, prefilter: false })
    const other = unpruned.model.parseErrors.filter(error => error.file === 'broken-other/azuredeploy.json')
    expect(other.map(error => error.kind)).toEqual([undefined])
    expect(result.model.parseErrors.map(error => error.file)).toEqual(['.', 'broken-vm/azuredeploy.json'])
  })

  it('reads a unit its reader must read whatever its words: a Pulumi project on Azure whose program is code keeps its notice', async () => {
    const root = repository({
      'app/Pulumi.yaml': 'name: app\nruntime: nodejs\n',
      'app/index.ts': 'new compute.VirtualMachine("vm", {})\n',
      'app/package.json': '{ "dependencies": { "@pulumi/azure-native": "^3.0.0" } }\n',
      'fn/Pulumi.yaml': 'name: fn\nruntime:\n  name: python\n  options:\n    virtualenv: venv\n',
      'fn/Pulumi.dev.yaml': 'config:\n  azure-native:location: westeurope\n',
      // Not on Azure: nothing to say of it but the count of files checked without parsing.
      'aws/Pulumi.yaml': 'name: aws\nruntime: go\n',
      'aws/go.mod': 'require github.com/pulumi/pulumi-aws/sdk/v6 v6.0.0\n',
      'site/Pulumi.yaml': 'name: site\nruntime: yaml\nresources:\n  bucket:\n    type: azure-native:storage:StorageAccount\n'
    })
    const result = await scan({ root, asOf: AS_OF })
    const note = (file: string, line: number, column: number, runtime: string) => ({
      file,
      line,
      column,
      message: `Pulumi ${runtime} program is not evaluated (only runtime: yaml programs are read)`,
      severity: 'notice'
    })
    expect(result.model.parseErrors).toEqual([
      notice('2 files checked without parsing: they declare no VM, scale set, Arc machine or maintenance resource and call no module, nested deployment or Pulumi component with a hotpatch input'),
      note('app/Pulumi.yaml', 2, 10, 'nodejs'),
      note('fn/Pulumi.yaml', 3, 3, 'python')
    ])
  })

  it('reads a Terraform var file beside no root whatever its words: one that turns hotpatching on is not dropped unseen', async () => {
    const root = repository({
      'infra/main.tf': 'variable "hotpatching_enabled" {\n  default = false\n}\nresource "azurerm_windows_virtual_machine" "vm" {\n  name = "vm"\n}\n',
      'envs/prod.tfvars': 'hotpatching_enabled = true\n'
    })
    const result = await scan({ root, asOf: AS_OF })
    expect(result.model.checkedWithoutParsing).toBeUndefined()
    expect(result.model.virtualMachines.map(vm => [vm.displayName, vm.reportAt.file])).toEqual([
      ['variables file envs/prod.tfvars', 'envs/prod.tfvars'],
      ['vm', 'infra/main.tf']
    ])
  })

  it('reads a unit whose file is not readable text, so its reader reports it as before', async () => {
    const head = '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [], "x": "'
    const root = repository({ 'binary/azuredeploy.json': `${head}\u0000"}` })
    const expected = [{ file: 'binary/azuredeploy.json', line: 1, column: head.length + 1, message: 'binary content (NUL byte); not a text manifest', severity: 'notice', kind: 'file-skipped' }]
    expect((await scan({ root, asOf: AS_OF })).model.parseErrors).toEqual(expected)
    expect((await scan({ root, asOf: AS_OF, prefilter: false })).model.parseErrors).toEqual(expected)
  })
})

describe('thousands', () => {
  it.each([0, 1, 12, 999, 1000, 1757, 12_345, 999_999, 1_000_000, 123_456_789])('writes %d as toLocaleString("en-US") does', count => {
    expect(thousands(count)).toBe(count.toLocaleString('en-US'))
  })

  it('is the count in the notice', () => {
    expect(skippedFilesMessage(12_345)).toBe(
      '12,345 files checked without parsing: they declare no VM, scale set, Arc machine or maintenance resource and call no module, nested deployment or Pulumi component with a hotpatch input'
    )
  })
})
