/**
 * Notices of one kind that carry no hotpatch signal are said once per group, not once each (a real-repository audit:
 * 751 var files of one repository's examples, a registry naming module called in each of 21 examples): the scan's
 * notice of a group is located at its first member and says how many there are and where the first few are, and a
 * var file or module call with a signal keeps its own notice and stand-in.
 */
import { describe, expect, it } from '@jest/globals'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { scan } from '../../../src/scan.js'
import { scanTree, withTree } from '../../support/temporary-tree.js'
import { imageReferenceLines } from './support.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')

const ROOT = [
  'variable "hotpatching_enabled" {',
  '  default = false',
  '}',
  'module "vm" {',
  '  source = "../modules/vm"',
  '}',
  'resource "azurerm_windows_virtual_machine" "web" {',
  '  name                = "vm-web-01"',
  '  resource_group_name = "rg-web"',
  '  patch_mode          = "AutomaticByPlatform"',
  '  hotpatching_enabled = var.hotpatching_enabled',
  ...imageReferenceLines('"2022-datacenter-azure-edition-hotpatch"'),
  '}',
  ''
].join('\n')

const notice = (file: string, line: number, message: string) => ({ file, line, column: 1, message, severity: 'notice' })
const JUDGE = 'scan the plan of the root it feeds (terraform plan -var-file, then terraform show -json) to check them'
const alone = (path: string) => `variables file ${path} is beside no root module of the scan, so its values are applied to nothing here; ${JUDGE}`

describe('var files beside no root module', () => {
  const files = {
    'infra/main.tf': ROOT,
    'modules/vm/main.tf': 'variable "size" {\n  default = "Standard_D2s_v5"\n}\n',
    // Beside a module's .tf: it may be meant for that module, said on its own.
    'modules/vm/dev.tfvars': 'size = "Standard_D4s_v5"\n',
    'examples/b/configuration.tfvars': 'location = "westeurope"\n',
    'examples/a/configuration.tfvars': 'location = "westeurope"\n',
    'examples/c/nested/configuration.tfvars': 'location = "northeurope"\n',
    'examples/d/configuration.tfvars': 'location = "westeurope"\n',
    'examples/e/configuration.tfvars.json': '{"location": "westeurope"}',
    // A hotpatch signal: its own indeterminate stand-in, never in the group.
    'examples/hot/configuration.tfvars': 'hotpatching_enabled = true\n',
    // The only one below envs/: a group of one is its own notice, as written.
    'envs/prod.tfvars': 'location = "westeurope"\n'
  }

  it('are one notice per top folder of the scan when their folders hold no .tf and their values no hotpatch signal', async () => {
    const result = await scanTree(files, { asOf: AS_OF })
    expect(result.model.parseErrors).toEqual([
      notice('envs/prod.tfvars', 1, alone('envs/prod.tfvars')),
      notice(
        'examples/a/configuration.tfvars',
        1,
        '5 variables files below examples/, beside no root module of the scan, in folders without .tf files and with no hotpatch ' +
          'signal among their values (examples/a/configuration.tfvars, examples/b/configuration.tfvars, ' +
          'examples/c/nested/configuration.tfvars and 2 more); their values are applied to nothing here: scan the plan of the ' +
          'root each feeds (terraform plan -var-file, then terraform show -json) to check them'
      ),
      notice('modules/vm/dev.tfvars', 1, alone('modules/vm/dev.tfvars'))
    ])
    expect(result.model.virtualMachines.map(vm => [vm.displayName, vm.reportAt.file])).toEqual([
      ['variables file examples/hot/configuration.tfvars', 'examples/hot/configuration.tfvars'],
      ['vm-web-01', 'infra/main.tf']
    ])
  })

  it('group the same whether the units are read inline or in worker threads', async () => {
    await withTree(files, async root => {
      const report = async (threads: number) =>
        JSON.stringify(buildJsonReport(await scan({ root, asOf: AS_OF, threads, poolTesting: { taskFiles: 1 } }), { toolVersion: 't', asOf: '2026-11-24' }))
      expect(await report(3)).toBe(await report(1))
    })
  })
})

describe('calls of a registry or remote module that is not read', () => {
  const naming = (name: string) => `module "${name}" {\n  source  = "Azure/naming/azurerm"\n  version = "0.4.0"\n  suffix  = ["web"]\n}\n`
  const files = {
    'app1/main.tf': `${naming('naming')}${naming('naming_db')}module "plan" {\n  source = "contoso/maintenance-plan/azurerm"\n}\n`,
    'app2/main.tf': [
      naming('naming'),
      // A hotpatch signal among its inputs: its own notice and an indeterminate stand-in.
      'module "web" {',
      '  source              = "contoso/windows-vm/azurerm"',
      '  hotpatching_enabled = true',
      '}',
      // A source that names maintenance: its own notice, whatever it is passed.
      'module "plan" {',
      '  source = "contoso/maintenance-plan/azurerm"',
      '}',
      ''
    ].join('\n'),
    // The only call of its source without a signal: a group of one is its own notice, as written.
    'app3/main.tf': `${naming('naming')}module "jump" {\n  source = "contoso/windows-vm/azurerm"\n  size   = "Standard_B2s"\n}\n`,
    // A local source outside the scan: the same text names other folders from other callers, said on its own.
    'app4/main.tf': 'module "shared" {\n  source = "../../shared"\n}\n',
    'app5/main.tf': 'module "shared" {\n  source = "../../shared"\n}\n'
  }
  const unread = (name: string, source: string) =>
    `module "${name}" comes from "${source}" (a registry or remote module), which the scanner does not read; the resources it declares are not checked`
  const outside = (file: string) => notice(file, 1, `module "shared": source '../../shared' leads outside the scanned folder; the resources it declares are not checked`)

  it('are one notice per source when none is passed a hotpatch signal and the source does not name maintenance', async () => {
    const result = await scanTree(files, { asOf: AS_OF })
    expect(result.model.parseErrors).toEqual([
      notice(
        'app1/main.tf',
        1,
        '4 calls of module "Azure/naming/azurerm" (a registry or remote module), which the scanner does not read, with no hotpatch ' +
          'signal among their inputs, in 3 files (app1/main.tf:1, app1/main.tf:6, app2/main.tf:1 and 1 more); the resources the ' +
          'module declares are not checked'
      ),
      notice('app1/main.tf', 11, unread('plan', 'contoso/maintenance-plan/azurerm')),
      notice('app2/main.tf', 7, unread('web', 'contoso/windows-vm/azurerm')),
      notice('app2/main.tf', 11, unread('plan', 'contoso/maintenance-plan/azurerm')),
      notice('app3/main.tf', 6, unread('jump', 'contoso/windows-vm/azurerm')),
      outside('app4/main.tf'),
      outside('app5/main.tf')
    ])
    expect(result.model.virtualMachines.map(vm => [vm.displayName, vm.reportAt.file, vm.reportAt.line])).toEqual([['module.web', 'app2/main.tf', 7]])
  })

  it('keep a call apart when one var file of its root passes it a hotpatch signal and another does not', async () => {
    const call = (name: string, value: string) => `module "${name}" {\n  source              = "contoso/windows-vm/azurerm"\n  hotpatching_enabled = ${value}\n}\n`
    const result = await scanTree(
      {
        'live/main.tf': `variable "hotpatch" {\n  default = false\n}\n${call('web', 'var.hotpatch')}`,
        // dev.tfvars is evaluated first: its call has no signal, prod.tfvars's has one.
        'live/dev.tfvars': 'hotpatch = false\n',
        'live/prod.tfvars': 'hotpatch = true\n',
        'other/main.tf': `${call('a', 'false')}${call('b', 'false')}`
      },
      { asOf: AS_OF }
    )
    expect(result.model.parseErrors).toEqual([
      notice('live/main.tf', 4, unread('web', 'contoso/windows-vm/azurerm')),
      notice(
        'other/main.tf',
        1,
        '2 calls of module "contoso/windows-vm/azurerm" (a registry or remote module), which the scanner does not read, with no ' +
          'hotpatch signal among their inputs, in 1 file (other/main.tf:1, other/main.tf:5); the resources the module declares are not checked'
      )
    ])
    expect(result.model.virtualMachines.map(vm => [vm.displayName, vm.variant])).toEqual([['module.web', 'prod.tfvars']])
  })
})
