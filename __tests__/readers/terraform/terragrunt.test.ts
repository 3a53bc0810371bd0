/**
 * Terragrunt (src/readers/terraform/runtime/terragrunt-inputs.ts): a `terragrunt.hcl` passes its `inputs` to the
 * module it deploys through Terragrunt, which the gate does not run. They were read by nothing (the file was not
 * claimed), so the module was judged with its defaults in silence; now they are a located notice, or an
 * indeterminate VM when they carry a hotpatch signal, as a var file beside no root is.
 */
import { describe, expect, it } from '@jest/globals'
import type { ParseError, VirtualMachine } from '../../../src/model/resources.js'
import type { WorkspaceFile } from '../../../src/workspace/workspace.js'
import { terraformReader } from '../../../src/readers/terraform/terraform-reader.js'
import { imageReferenceLines, memoryWorkspace, readMemoryModel, show } from './support.js'

/** A Windows VM module whose hotpatch flag and SKU are variables, off by default. */
const MODULE = [
  'variable "sku" {',
  '  default = "2022-datacenter-g2"',
  '}',
  'variable "hotpatch" {',
  '  type    = bool',
  '  default = false',
  '}',
  'resource "azurerm_windows_virtual_machine" "this" {',
  '  name                = "vm-web"',
  '  resource_group_name = "rg-web"',
  '  location            = "westeurope"',
  '  patch_mode          = "AutomaticByPlatform"',
  '  hotpatching_enabled = var.hotpatch',
  ...imageReferenceLines('var.sku'),
  '}',
  ''
].join('\n')

const LIVE = [
  'include "root" {',
  '  path = find_in_parent_folders("root.hcl")',
  '}',
  'terraform {',
  '  source = "../../../modules//winvm"',
  '}',
  'inputs = {',
  '  sku      = "2025-datacenter-azure-edition"',
  '  hotpatch = true',
  '}',
  ''
].join('\n')

const JUDGE = 'scan the plan Terragrunt makes (terragrunt plan -out=tfplan, then terragrunt show -json tfplan)'
const why = (path: string, module: string) =>
  `Terragrunt file ${path} passes its inputs to ${module} through Terragrunt, which the gate does not run, so they are applied to nothing here`

describe('a terragrunt.hcl', () => {
  it('whose inputs carry a hotpatch signal is an indeterminate VM at its inputs; the module is judged with its defaults', async () => {
    const model = await readMemoryModel({
      'modules/winvm/main.tf': MODULE,
      'live/root.hcl': 'remote_state {\n  backend = "azurerm"\n}\ninputs = {\n  hotpatch = true\n}\n',
      'live/prod/web/terragrunt.hcl': LIVE
    })
    expect(model.parseErrors).toEqual([])
    // root.hcl is only what a terragrunt.hcl includes: not claimed (nor is any other .hcl file).
    expect(model.manifests).toEqual(['live/prod/web/terragrunt.hcl', 'modules/winvm/main.tf'])
    expect(model.resources.map(resource => [resource.displayName, `${resource.reportAt.file}:${resource.reportAt.line}`])).toEqual([
      ['Terragrunt inputs live/prod/web/terragrunt.hcl', 'live/prod/web/terragrunt.hcl:7'],
      ['vm-web', 'modules/winvm/main.tf:8']
    ])
    const inputs = model.resources[0] as VirtualMachine
    const module = 'the module "../../../modules//winvm"'
    expect(inputs.osType.reason).toBe(
      `${why('live/prod/web/terragrunt.hcl', module)}, and its inputs carry a hotpatch signal (hotpatch = true at live/prod/web/terragrunt.hcl:9:3; ` +
        `sku = "2025-datacenter-azure-edition" at live/prod/web/terragrunt.hcl:8:3): ${JUDGE} instead, or exempt it`
    )
    expect(show(inputs.enableHotpatching)).toBe('true (literal) @live/prod/web/terragrunt.hcl:9')
    expect(show(inputs.image.sku)).toBe('"2025-datacenter-azure-edition" (literal) @live/prod/web/terragrunt.hcl:8')
    expect(show(inputs.image.publisher)).toBe(`unresolved: decided by ${module} with these inputs, which the gate does not evaluate @live/prod/web/terragrunt.hcl:7`)
    expect(show((model.resources[1] as VirtualMachine).enableHotpatching)).toBe('false (default:hotpatch) @modules/winvm/main.tf:13')
  })

  it('names a registry source, and reads inputs merged with what it cannot know (a hotpatch flag in the merge is seen)', async () => {
    const model = await readMemoryModel({
      'live/web/terragrunt.hcl': [
        'terraform {',
        '  source = "tfr:///Azure/avm-res-compute-virtualmachine/azurerm?version=0.19.3"',
        '}',
        'inputs = merge(read_terragrunt_config(find_in_parent_folders("env.hcl")).inputs, {',
        '  hotpatching_enabled = "true"',
        '})',
        ''
      ].join('\n')
    })
    expect(model.parseErrors).toEqual([])
    expect((model.resources as VirtualMachine[]).map(vm => vm.osType.reason)).toEqual([
      `${why('live/web/terragrunt.hcl', 'the module "tfr:///Azure/avm-res-compute-virtualmachine/azurerm?version=0.19.3"')}, and its inputs carry ` +
        `a hotpatch signal (hotpatching_enabled = true at live/web/terragrunt.hcl:4:1): ${JUDGE} instead, or exempt it`
    ])
  })

  it('whose inputs carry no hotpatch signal, or that has none, is a located notice', async () => {
    const model = await readMemoryModel({
      'app/main.tf': MODULE,
      'app/terragrunt.hcl': '# Terraform runs in this folder\ninputs = {\n  sku = "2022-datacenter-g2"\n}\n',
      'net/terragrunt.hcl': 'terraform {\n  source = local.source\n}\n',
      'other/terragrunt.hcl': 'inputs = {\n  sku = "x"\n'
    })
    const notice = (file: string, line: number, module: string): ParseError => ({
      file,
      line,
      column: 1,
      message: `${why(file, module)}; ${JUDGE} to check them`,
      severity: 'notice'
    })
    expect(model.parseErrors).toEqual([
      // A file with a syntax error is that error only.
      { file: 'other/terragrunt.hcl', line: 1, column: 10, message: '`{` is never closed: expected `}`', severity: 'error' },
      notice('app/terragrunt.hcl', 2, 'the Terraform files of its folder'),
      notice('net/terragrunt.hcl', 1, 'a module whose source is not known')
    ])
    expect(model.resources.map(resource => resource.displayName)).toEqual(['vm-web'])
  })

  it('is claimed by its name only, and its unit is read whatever its words', () => {
    const workspace = memoryWorkspace({})
    const file = (path: string): WorkspaceFile => ({ path, absolutePath: `/memory/${path}`, size: 1 })
    const claimed = (path: string) => terraformReader.claims(file(path), () => '')
    expect(['terragrunt.hcl', 'live/prod/terragrunt.hcl'].map(claimed)).toEqual([true, true])
    expect(['live/root.hcl', 'live/my-terragrunt.hcl', 'packer/windows.pkr.hcl', 'terragrunt.hcl.json'].map(claimed)).toEqual([false, false, false, false])
    expect(terraformReader.mustRead?.({ files: [file('live/prod/terragrunt.hcl')] }, workspace)).toBe(true)
    expect(terraformReader.mustRead?.({ files: [file('app/main.tf'), file('app/terraform.tfvars')] }, workspace)).toBe(false)
  })
})
