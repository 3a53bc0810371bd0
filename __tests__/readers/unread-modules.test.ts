/**
 * Unread inputs speak (issue 13 item 4): a module or linked template the gate does not read (Terraform
 * registry/git sources and local folders outside the scan, Bicep `br:`/`ts:` modules, ARM `templateLink`)
 * gets a located notice; when the inputs it receives carry a hotpatch signal (an Azure Edition SKU, the
 * hotpatch flag, a hotpatch tag) the call itself is an `indeterminate` resource that says how to judge it.
 * Scanned through the CLI as of 2026-11-24.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { scanJson } from '../support/cli-scan.js'

const FIXTURES = resolve('__tests__/fixtures/unread-modules')

const scan = (folder: string) => scanJson(FIXTURES, folder)

const TERRAFORM_JUDGE = 'scan its plan instead (terraform show -json beside the configuration), or exempt the call'
const TERRAGRUNT_JUDGE = 'scan the plan Terragrunt makes (terragrunt plan -out=tfplan, then terragrunt show -json tfplan)'
const WHAT_IF_JUDGE = 'scan its what-if result instead (az deployment group what-if --no-pretty-print beside the template)'
const ARM_RESOLVE = 'Make these values resolvable (a literal, a parameter default or a parameter file), or exempt the resource with a reason.'
const TF_RESOLVE = 'Make these values resolvable (a literal, a variable default or a .tfvars file of the root module), or exempt the resource with a reason.'
const resolvableAdvice = (at: string): string => (/\.(?:tf|hcl):/.test(at) ? TF_RESOLVE : ARM_RESOLVE)
const decidedInside = (call: string, at: string, fields: readonly string[]) =>
  fields.map(field => `; ${field} at ${at}: decided inside ${call}, which is not read`).join('')

interface Case {
  readonly folder: string
  /** The call reported as a resource: name, where, and the reason its osType carries. */
  readonly call: readonly [name: string, at: string, reason: string]
  readonly undecided: readonly string[]
  readonly notices: readonly (readonly [at: string, message: string])[]
}

const CASES: readonly Case[] = [
  {
    folder: 'terraform/registry',
    call: [
      'module.web',
      'main.tf:2',
      'module "web" comes from "Azure/avm-res-compute-virtualmachine/azurerm" (a registry or remote module), which the scanner ' +
        'does not read, and its inputs carry a hotpatch signal (hotpatching_enabled = true at main.tf:16:3; ' +
        `source_image_reference.sku = "2025-datacenter-azure-edition" at main.tf:10:3): ${TERRAFORM_JUDGE}`
    ],
    undecided: [],
    notices: [
      ['main.tf:2', 'module "web" comes from "Azure/avm-res-compute-virtualmachine/azurerm" (a registry or remote module), which the scanner does not read; the resources it declares are not checked'],
      ['main.tf:20', 'module "network" comes from "Azure/avm-res-network-virtualnetwork/azurerm" (a registry or remote module), which the scanner does not read; the resources it declares are not checked']
    ]
  },
  {
    folder: 'terraform/git',
    call: [
      'module.app',
      'main.tf:7',
      'module "app" comes from "git::https://github.com/contoso/terraform-modules.git//windows-vm?ref=v1.2.0" (a registry or ' +
        'remote module), which the scanner does not read, and its inputs carry a hotpatch signal (image_sku = ' +
        `"2022-datacenter-azure-edition-hotpatch" at main.tf:11:3): ${TERRAFORM_JUDGE}`
    ],
    undecided: ['image.publisher', 'image.offer', 'enableHotpatching'],
    notices: [
      ['main.tf:7', 'module "app" comes from "git::https://github.com/contoso/terraform-modules.git//windows-vm?ref=v1.2.0" (a registry or remote module), which the scanner does not read; the resources it declares are not checked'],
      ['main.tf:15', 'module "jump" comes from "git::https://github.com/contoso/terraform-modules.git//linux-vm?ref=v1.2.0" (a registry or remote module), which the scanner does not read; the resources it declares are not checked']
    ]
  },
  {
    // The flag as a string: its stand-in was read as "not true", so the call was not affected (a false pass).
    folder: 'terraform/string-flag',
    call: [
      'module.web',
      'main.tf:2',
      'module "web" comes from "Azure/avm-res-compute-virtualmachine/azurerm" (a registry or remote module), which the scanner ' +
        `does not read, and its inputs carry a hotpatch signal (hotpatching_enabled = true at main.tf:6:3): ${TERRAFORM_JUDGE}`
    ],
    undecided: ['image.publisher', 'image.offer', 'image.sku'],
    notices: [
      ['main.tf:2', 'module "web" comes from "Azure/avm-res-compute-virtualmachine/azurerm" (a registry or remote module), which the scanner does not read; the resources it declares are not checked']
    ]
  },
  {
    // An image URN: its SKU part was no signal (only a whole value was), so the call was a notice only.
    folder: 'terraform/image-urn',
    call: [
      'module.web',
      'main.tf:2',
      'module "web" comes from "app.terraform.io/contoso/windows-server/azurerm" (a registry or remote module), which the scanner ' +
        'does not read, and its inputs carry a hotpatch signal (image_urn = ' +
        `"MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition:latest" at main.tf:6:3): ${TERRAFORM_JUDGE}`
    ],
    undecided: ['enableHotpatching'],
    notices: [
      ['main.tf:2', 'module "web" comes from "app.terraform.io/contoso/windows-server/azurerm" (a registry or remote module), which the scanner does not read; the resources it declares are not checked'],
      ['main.tf:10', 'module "jump" comes from "app.terraform.io/contoso/windows-server/azurerm" (a registry or remote module), which the scanner does not read; the resources it declares are not checked']
    ]
  },
  {
    // Terragrunt's inputs: terragrunt.hcl was not read at all (0 files, no notice).
    folder: 'terraform/terragrunt',
    call: [
      'Terragrunt inputs live/prod/web/terragrunt.hcl',
      'live/prod/web/terragrunt.hcl:6',
      'Terragrunt file live/prod/web/terragrunt.hcl passes its inputs to the module ' +
        '"tfr:///Azure/avm-res-compute-virtualmachine/azurerm?version=0.19.3" through Terragrunt, which the gate does not run, ' +
        'so they are applied to nothing here, and its inputs carry a hotpatch signal (hotpatching_enabled = true at ' +
        'live/prod/web/terragrunt.hcl:9:3; source_image_reference.sku = "2025-datacenter-azure-edition" at live/prod/web/terragrunt.hcl:10:3): ' +
        `${TERRAGRUNT_JUDGE} instead, or exempt it`
    ],
    undecided: [],
    notices: [
      [
        'live/prod/net/terragrunt.hcl:6',
        'Terragrunt file live/prod/net/terragrunt.hcl passes its inputs to the module "tfr:///Azure/avm-res-network-virtualnetwork/azurerm?version=0.8.1" ' +
          `through Terragrunt, which the gate does not run, so they are applied to nothing here; ${TERRAGRUNT_JUDGE} to check them`
      ]
    ]
  },
  {
    folder: 'terraform/outside',
    call: [
      'module.dc',
      'main.tf:2',
      "module \"dc\": source '../../../platform/modules/windows-vm' leads outside the scanned folder, and its " +
        `inputs carry a hotpatch signal (tags.patching = "hotpatch" at main.tf:6:3): ${TERRAFORM_JUDGE}`
    ],
    undecided: ['image.publisher', 'image.offer', 'image.sku', 'enableHotpatching'],
    notices: [['main.tf:2', "module \"dc\": source '../../../platform/modules/windows-vm' leads outside the scanned folder; the resources it declares are not checked"]]
  },
  {
    folder: 'bicep',
    call: [
      'module web',
      'main.bicep:4',
      'registry module br/public:avm/res/compute/virtual-machine:0.7.0 is not read, and its inputs carry a hotpatch signal ' +
        `(enableHotpatching = true at main.bicep:17:5; imageReference.sku = "2025-datacenter-azure-edition" at main.bicep:13:7): ${WHAT_IF_JUDGE}, or exempt the call`
    ],
    undecided: [],
    notices: [
      ['main.bicep:4', 'registry module br/public:avm/res/compute/virtual-machine:0.7.0 is not read; the resources it deploys are not checked'],
      ['main.bicep:22', 'registry module ts:00000000-0000-0000-0000-000000000000/rg-specs/storage:1.0 is not read; the resources it deploys are not checked']
    ]
  },
  {
    folder: 'bicep-missing',
    call: [
      'module web',
      'main.bicep:2',
      "module './modules/windows-vm.bicep' is not read (module file 'modules/windows-vm.bicep' not found), and its inputs " +
        `carry a hotpatch signal (imageSku = "2022-datacenter-azure-edition-hotpatch" at main.bicep:6:5): ${WHAT_IF_JUDGE}, or exempt the call`
    ],
    undecided: ['image.publisher', 'image.offer', 'enableHotpatching'],
    notices: [
      ['main.bicep:2', "module './modules/windows-vm.bicep' not read: module file 'modules/windows-vm.bicep' not found"],
      ['main.bicep:11', "module './modules/linux-vm.bicep' not read: module file 'modules/linux-vm.bicep' not found"]
    ]
  },
  {
    folder: 'arm',
    call: [
      'deployment web-vm',
      'azuredeploy.json:11',
      'the linked template (templateLink) is not read, and its inputs carry a hotpatch signal (patchSettings.enableHotpatching = ' +
        `true at azuredeploy.json:29:13; imageSku = "2025-datacenter-azure-edition" at azuredeploy.json:26:13): ${WHAT_IF_JUDGE}, or exempt the deployment`
    ],
    undecided: ['image.publisher', 'image.offer'],
    notices: [
      ['azuredeploy.json:17', 'the linked template (templateLink) is not read; the resources it deploys are not checked'],
      ['azuredeploy.json:43', 'the linked template (templateLink) is not read; the resources it deploys are not checked']
    ]
  }
]

describe.each(CASES)('$folder', ({ folder, call: [name, at, reason], undecided, notices }) => {
  it('reports the call with a hotpatch signal as indeterminate, saying how to judge it; the others are notices', async () => {
    const { code, report } = await scan(folder)
    // indeterminate is a warning: the default fail-on error passes, but the build says why.
    expect(code).toBe(0)
    expect(report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict])).toEqual([[name, at, 'indeterminate']])
    expect(report.findings.map(f => [f.ruleId, f.severity, f.message, `${f.file}:${f.startLine}`])).toEqual([
      [
        'indeterminate',
        'warning',
        `Could not tell whether VM '${name}' needs a reboot plan: osType at ${at}: ${reason}${decidedInside(name, at, undecided)}. ${resolvableAdvice(at)}`,
        at
      ]
    ])
    expect(report.parseErrors.map(p => [`${p.file}:${p.line}`, p.message, p.severity])).toEqual(notices.map(([where, message]) => [where, message, 'notice']))
  })
})

describe('terraform/var-files: a root evaluated once per var file', () => {
  it('reports the call once per variant, each judged with its own inputs', async () => {
    const { code, report } = await scan('terraform/var-files')
    expect(code).toBe(0)
    const resources = report.resources as readonly { name: string; variant?: string; startLine: number; verdict: string }[]
    expect(resources.map(r => [r.name, r.variant, r.startLine, r.verdict])).toEqual([
      // The 2022 Azure Edition (Desktop Experience) SKU cannot hotpatch: the call is not a hotpatch VM.
      ['module.app', 'dev.tfvars', 6, 'not-affected'],
      ['module.app', 'prod.tfvars', 6, 'indeterminate']
    ])
  })
})
