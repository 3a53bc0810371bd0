/**
 * Where an inline exemption comment may sit, read from real files through the whole scan
 * (src/policy/configuration/inline-attach.ts, block-extent.ts, brace-lexer.ts): on the lines above a VM's
 * declaration, or inside its block. A comment below a block that has ended, above a declaration that is no
 * VM (an output, a param, locals, another YAML document), sits on no VM: invalid-exemption at the comment,
 * and the VM above keeps its error. That VM used to take the exemption (a VM deleted or moved handed its
 * exemption to the one above it). Every case also shows a placement that keeps working beside it.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createRepository, scanRepository, type TempRepository } from '../hostile/support.js'

let repository: TempRepository | undefined

afterEach(() => {
  repository?.remove()
  repository = undefined
})

/** The findings (`rule file:line`, with the exemption applied) and the VMs each exemption is keyed to. */
async function placed(files: Record<string, string>): Promise<{ findings: string[]; exemptions: string[] }> {
  repository = createRepository(files)
  const { result } = await scanRepository(repository.root)
  return {
    findings: result.findings.map(
      f => `${f.ruleId} ${f.location.file}:${f.location.line}${f.exemption ? ` exempted by ${f.exemption.source}` : ''}`
    ),
    exemptions: (result.exemptions ?? []).map(e => `${e.location.file}:${e.location.line} ${e.reason}: [${e.resources.join(', ')}]`)
  }
}

/** An inline exemption of reboot-plan-required (`rule=*` when `any`), in force on the suite's evaluation date. */
const exempt = (lead: string, reason: string, any = false): string =>
  `${lead} hotpatch-reboot-gate-exempt rule=${any ? '*' : 'reboot-plan-required'} reason="${reason}" owner=team-b expires=2025-12-20`

const text = (...lines: string[]): string => `${lines.join('\n')}\n`

/** A hotpatch Bicep VM without a reboot plan: 8 lines, or more with `body` after its location. */
const bicepVm = (symbol: string, name: string, ...body: string[]): string[] => [
  `resource ${symbol} 'Microsoft.Compute/virtualMachines@2024-11-01' = {`,
  `  name: '${name}'`,
  "  location: 'westeurope'",
  ...body,
  '  properties: {',
  "    storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' } }",
  "    osProfile: { windowsConfiguration: { patchSettings: { patchMode: 'AutomaticByPlatform', enableHotpatching: true } } }",
  '  }',
  '}'
]

describe('Bicep', () => {
  it('below a VM’s closed block, above an output: on no VM, and the VM keeps its error', async () => {
    expect(await placed({ 'main.bicep': text(...bicepVm('vm_a', 'vm-a'), '', exempt('//', 'output'), 'output vmId string = vm_a.id') })).toEqual({
      findings: ['reboot-plan-required main.bicep:1', 'invalid-exemption main.bicep:10'],
      exemptions: ['main.bicep:10 output: []']
    })
  })

  it('above a param between two VMs: on neither VM', async () => {
    const file = text(...bicepVm('vm_a', 'vm-a'), '', exempt('//', 'for vm-b'), "param adminUser string = 'azureuser'", '', ...bicepVm('vm_b', 'vm-b'))
    expect(await placed({ 'main.bicep': file })).toEqual({
      findings: ['reboot-plan-required main.bicep:1', 'reboot-plan-required main.bicep:13', 'invalid-exemption main.bicep:10'],
      exemptions: ['main.bicep:10 for vm-b: []']
    })
  })

  it('above the VM past blank lines, comments and a decorator whose string spans lines; at the end of the file, on nothing', async () => {
    const file = text(
      exempt('//', 'above'), // 1
      '',
      '// another comment',
      ...bicepVm('vm_a', 'vm-a'), // 4-11
      '',
      exempt('//', 'above decorators'), // 13
      "@description('''",
      'Web front end: { and } are text here.',
      "''')",
      ...bicepVm('vm_b', 'vm-b'), // 17-24
      exempt('//', 'last line') // 25
    )
    expect(await placed({ 'main.bicep': file })).toEqual({
      findings: [
        'reboot-plan-required main.bicep:4 exempted by main.bicep:1',
        'reboot-plan-required main.bicep:17 exempted by main.bicep:13',
        'invalid-exemption main.bicep:25'
      ],
      exemptions: ['main.bicep:1 above: [vm-a]', 'main.bicep:13 above decorators: [vm-b]', 'main.bicep:25 last line: []']
    })
  })

  it('inside the block, past a `}` in strings, and in a nested block; below it, on nothing', async () => {
    const file = text(
      ...bicepVm(
        'vm_a',
        'vm-a',
        '  tags: {',
        "    brace: '}'",
        "    note: '''",
        '}',
        "'''",
        "    joined: '${'}'}' // }",
        '  }',
        exempt('  //', 'after the strings'), // 11
        "  /* } */ zones: [ '1' ]"
      ), // 1-17
      ...bicepVm('vm_b', 'vm-b', '  identity: {', "    type: 'SystemAssigned'", exempt('    //', 'nested'), '  }'), // 18-29, the comment on 23
      exempt('//', 'below vm-b'), // 30
      "output vmId string = vm_b.id"
    )
    expect(await placed({ 'main.bicep': file })).toEqual({
      findings: [
        'reboot-plan-required main.bicep:1 exempted by main.bicep:11',
        'reboot-plan-required main.bicep:18 exempted by main.bicep:23',
        'invalid-exemption main.bicep:30'
      ],
      exemptions: ['main.bicep:11 after the strings: [vm-a]', 'main.bicep:23 nested: [vm-b]', 'main.bicep:30 below vm-b: []']
    })
  })
})

/** A hotpatch Terraform VM without a reboot plan: 13 lines, or more with `body` after its name. */
const terraformVm = (label: string, name: string, ...body: string[]): string[] => [
  `resource "azurerm_windows_virtual_machine" "${label}" {`,
  `  name                  = "${name}"`,
  ...body,
  '  resource_group_name   = "rg"',
  '  location              = "westeurope"',
  '  size                  = "Standard_D2s_v5"',
  '  admin_username        = "azureuser"',
  '  admin_password        = "P@ssw0rd1234!"',
  '  network_interface_ids = []',
  '  patch_mode            = "AutomaticByPlatform"',
  '  hotpatching_enabled   = true',
  '  os_disk {',
  '    caching              = "ReadWrite"',
  '    storage_account_type = "Premium_LRS"',
  '  }',
  '  source_image_reference {',
  '    publisher = "MicrosoftWindowsServer"',
  '    offer     = "WindowsServer"',
  '    sku       = "2025-datacenter-azure-edition"',
  '    version   = "latest"',
  '  }',
  '}'
]

describe('Terraform', () => {
  it('above locals between two VMs, and above a variable at the end: on no VM', async () => {
    const file = text(
      ...terraformVm('a', 'vm-a'), // 1-21
      '',
      exempt('#', 'for vm-b'), // 23
      'locals {',
      '  admin = "azureuser"',
      '}',
      '',
      ...terraformVm('b', 'vm-b'), // 28-48
      exempt('//', 'moved away'), // 49
      'variable "size" {',
      '  default = "Standard_D2s_v5"',
      '}'
    )
    expect(await placed({ 'main.tf': file })).toEqual({
      findings: [
        'reboot-plan-required main.tf:1',
        'reboot-plan-required main.tf:28',
        'invalid-exemption main.tf:23',
        'invalid-exemption main.tf:49'
      ],
      exemptions: ['main.tf:23 for vm-b: []', 'main.tf:49 moved away: []']
    })
  })

  it('above the VM, and inside it past a heredoc and strings that hold `}`; below it, on nothing', async () => {
    const file = text(
      exempt('#', 'above'), // 1
      '',
      ...terraformVm('a', 'vm-a', '  user_data             = <<-EOT', '    }', '    EOT', '  computer_name         = "${"}"}$${x}"', exempt('  #', 'inside')), // 3-28, the comment on 9
      exempt('#', 'below'), // 29
      'output "id" {',
      '  value = azurerm_windows_virtual_machine.a.id',
      '}'
    )
    expect(await placed({ 'main.tf': file })).toEqual({
      findings: ['reboot-plan-required main.tf:3 exempted by main.tf:1', 'invalid-exemption main.tf:29'],
      exemptions: ['main.tf:1 above: [vm-a]', 'main.tf:9 inside: [vm-a]', 'main.tf:29 below: []']
    })
  })
})

/** A Crossplane hotpatch VM without a reboot plan, one YAML document of 13 lines. */
const crossplaneVm = (name: string, ...body: string[]): string[] => [
  'apiVersion: compute.azure.upbound.io/v1beta2',
  'kind: WindowsVirtualMachine',
  'metadata:',
  `  name: ${name}`,
  'spec:',
  '  forProvider:',
  ...body,
  '    patchMode: AutomaticByPlatform',
  '    hotpatchingEnabled: true',
  '    sourceImageReference:',
  '      publisher: MicrosoftWindowsServer',
  '      offer: WindowsServer',
  '      sku: 2025-datacenter-azure-edition',
  '      version: latest'
]

describe('Kubernetes YAML', () => {
  it('after a VM document’s last line, or above a document that is no VM: on no VM; above or inside one: on it', async () => {
    const file = text(
      exempt('#', 'above'), // 1
      '---',
      ...crossplaneVm('vm-y1', exempt('    #', 'inside')), // 3-16
      '---',
      ...crossplaneVm('vm-y2'), // 18-30
      exempt('#', 'after vm-y2'), // 31
      '---',
      exempt('#', 'above the ConfigMap'), // 33
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: unrelated'
    )
    expect(await placed({ 'vms.yaml': file })).toEqual({
      findings: [
        'reboot-plan-required vms.yaml:3 exempted by vms.yaml:1',
        'reboot-plan-required vms.yaml:18',
        'invalid-exemption vms.yaml:31',
        'invalid-exemption vms.yaml:33'
      ],
      exemptions: ['vms.yaml:1 above: [vm-y1]', 'vms.yaml:9 inside: [vm-y1]', 'vms.yaml:31 after vm-y2: []', 'vms.yaml:33 above the ConfigMap: []']
    })
  })

  it('indented at the end of a VM document, before ---: on that VM, never on the next document\'s', async () => {
    const file = text(
      ...crossplaneVm('vm-y3'), // 1-13
      exempt('    #', 'indented at the end'), // 14
      '---',
      ...crossplaneVm('vm-y4') // 16-28
    )
    expect(await placed({ 'vms.yaml': file })).toEqual({
      findings: ['reboot-plan-required vms.yaml:1 exempted by vms.yaml:14', 'reboot-plan-required vms.yaml:16'],
      exemptions: ['vms.yaml:14 indented at the end: [vm-y3]']
    })
  })
})

describe('Pulumi YAML', () => {
  it('inside a VM’s entry, also indented under it after its last key: on it; after the entry at the key\'s indent, above outputs: on nothing', async () => {
    const file = text(
      'name: fleet',
      'runtime: yaml',
      'resources:',
      '  vm:', // 4
      '    type: azure-native:compute:VirtualMachine',
      '    properties:',
      '      resourceGroupName: rg',
      '      vmName: vm-p',
      exempt('      #', 'inside'), // 9
      '      osProfile:',
      '        windowsConfiguration:',
      '          patchSettings:',
      '            patchMode: AutomaticByPlatform',
      '            enableHotpatching: true',
      '      storageProfile:',
      '        imageReference:',
      '          publisher: MicrosoftWindowsServer',
      '          offer: WindowsServer',
      '          sku: 2025-datacenter-azure-edition',
      '          version: latest',
      exempt('    #', 'indented under the entry'), // 21
      exempt('  #', 'after the entry'), // 22
      'outputs:',
      '  vmId: ${vm.id}'
    )
    expect(await placed({ 'Pulumi.yaml': file })).toEqual({
      findings: ['reboot-plan-required Pulumi.yaml:4 exempted by Pulumi.yaml:9', 'invalid-exemption Pulumi.yaml:22'],
      exemptions: ['Pulumi.yaml:9 inside: [vm-p]', 'Pulumi.yaml:21 indented under the entry: [vm-p]', 'Pulumi.yaml:22 after the entry: []']
    })
  })
})
