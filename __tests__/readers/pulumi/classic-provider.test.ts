/**
 * Resources of Pulumi's classic `azure` provider (bridged from azurerm), which the reader does not model:
 * a machine with a hotpatch signal is an indeterminate VM, another machine or a maintenance resource a
 * located notice, anything else nothing. None passes unseen (a helper found a hotpatch VM written this way
 * read as no VM at all).
 */
import { describe, expect, it } from '@jest/globals'
import { pulumiReader } from '../../../src/readers/pulumi/pulumi-reader.js'
import { memoryWorkspace, readWorkspace } from '../kubernetes/helpers.js'

const PROGRAM = `name: classic
runtime: yaml
resources:
  web:
    type: azure:compute:WindowsVirtualMachine
    properties:
      name: vm-web-01
      patchMode: AutomaticByPlatform
      hotpatchingEnabled: true
      sourceImageReference:
        publisher: MicrosoftWindowsServer
        offer: WindowsServer
        sku: 2022-datacenter-azure-edition-hotpatch
        version: latest
  legacy:
    type: azure:compute:WindowsVirtualMachine
    properties:
      name: vm-legacy-01
      sourceImageReference:
        sku: 2019-datacenter
  linux:
    type: azure:compute:LinuxVirtualMachine
    properties:
      name: vm-linux-01
  window:
    type: azure:maintenance:Configuration
    properties:
      scope: InGuestPatch
  existingVm:
    type: azure:compute:WindowsVirtualMachine
    get:
      id: /subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm-old
  storage:
    type: azure:storage:Account
    properties:
      name: stweb
`

const NOT_READ = "is written with Pulumi's classic azure provider, which the gate does not read"

describe("Pulumi's classic azure provider", () => {
  it('turns a hotpatch machine into an indeterminate VM and says what else it does not read', async () => {
    const output = await readWorkspace(pulumiReader, memoryWorkspace({ 'Pulumi.yaml': PROGRAM }))
    expect(output.resources.map(r => [r.kind, r.displayName, r.identity.symbol, r.reportAt.line])).toEqual([
      ['virtual-machine', 'web', 'Pulumi.yaml#web', 4]
    ])
    const [vm] = output.resources
    expect(vm?.kind === 'virtual-machine' && vm.osType).toEqual({
      value: undefined,
      origin: 'unresolved',
      location: { file: 'Pulumi.yaml', line: 4, column: 3, endLine: 4, endColumn: 6 },
      reason:
        `azure:compute:WindowsVirtualMachine 'web' ${NOT_READ}, and its inputs carry a hotpatch signal ` +
        '(hotpatchingEnabled = true at Pulumi.yaml:9:27; sourceImageReference.sku = "2022-datacenter-azure-edition-hotpatch" ' +
        'at Pulumi.yaml:13:14): write it with azure-native, whose resources the gate reads, or exempt it'
    })
    expect(output.parseErrors).toEqual([
      {
        file: 'Pulumi.yaml',
        line: 15,
        column: 3,
        severity: 'notice',
        message:
          `azure:compute:WindowsVirtualMachine 'legacy' ${NOT_READ}, so whether it is a hotpatch machine is not judged; ` +
          'write it with azure-native, whose resources the gate reads'
      },
      {
        file: 'Pulumi.yaml',
        line: 25,
        column: 3,
        severity: 'notice',
        message:
          `azure:maintenance:Configuration 'window' ${NOT_READ}, so the reboot plan it may declare is not seen; write it ` +
          'with azure-native, whose resources the gate reads, or declare the plan under reboot-plans in the configuration file'
      }
    ])
  })
})
