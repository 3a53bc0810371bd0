/**
 * Resources of Pulumi's classic `azure` provider (bridged from azurerm), which the reader does not model:
 * a machine with a hotpatch signal is an indeterminate VM, another machine or a maintenance resource a
 * located notice, anything else nothing. None passes unseen (a helper found a hotpatch VM written this way
 * read as no VM at all).
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pulumiReader } from '../../../src/readers/pulumi/pulumi-reader.js'
import { scan } from '../../../src/scan.js'
import { memoryWorkspace, readWorkspace, show } from '../kubernetes/helpers.js'

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

/** The repro of a helper's report: the hotpatch signal comes from config, as Pulumi YAML interpolates it. */
const FROM_CONFIG = `name: classic-config
runtime: yaml
config:
  hotpatch:
    type: boolean
    default: true
  sku:
    type: string
    default: 2025-datacenter-azure-edition
resources:
  vm:
    type: azure:compute:WindowsVirtualMachine
    properties:
      resourceGroupName: rg-cl
      sourceImageReference:
        publisher: MicrosoftWindowsServer
        offer: WindowsServer
        sku: \${sku}
        version: latest
      patchMode: AutomaticByPlatform
      hotpatchingEnabled: \${hotpatch}
`

/** A stack that turns both off: its machine carries no signal. */
const OFF_STACK = `config:
  classic-config:hotpatch: "false"
  classic-config:sku: 2019-datacenter
`

describe("Pulumi's classic azure provider, with values from config", () => {
  it('judges the evaluated values: a signal from config defaults makes the machine an indeterminate VM, not a notice', async () => {
    const output = await readWorkspace(pulumiReader, memoryWorkspace({ 'Pulumi.yaml': FROM_CONFIG }))
    expect(output.parseErrors).toEqual([])
    expect(output.resources.map(r => [r.kind, r.displayName, r.identity.symbol, r.variant])).toEqual([['virtual-machine', 'vm', 'Pulumi.yaml#vm', '']])
    const [vm] = output.resources
    if (vm?.kind !== 'virtual-machine') throw new Error('expected a VM')
    expect(vm.osType.reason).toBe(
      `azure:compute:WindowsVirtualMachine 'vm' ${NOT_READ}, and its inputs carry a hotpatch signal ` +
        '(hotpatchingEnabled = true at Pulumi.yaml:6:14; sourceImageReference.sku = "2025-datacenter-azure-edition" ' +
        'at Pulumi.yaml:9:14): write it with azure-native, whose resources the gate reads, or exempt it'
    )
    // Each signal keeps where it is written and how it got there: the config default, used at its line.
    expect(show(vm.enableHotpatching)).toBe('true default hotpatch @6:14 via Pulumi.yaml:21')
    expect(show(vm.image.sku)).toBe('"2025-datacenter-azure-edition" default sku @9:14 via Pulumi.yaml:18')
  })

  it('is an indeterminate VM in the scan, as the same machine written literally is', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pulumi-classic-config-'))
    try {
      writeFileSync(join(root, 'Pulumi.yaml'), FROM_CONFIG)
      const result = await scan({ root, asOf: new Date('2025-11-03T00:00:00Z') })
      expect(result.assessments.map(a => [a.vm.displayName, a.verdict])).toEqual([['vm', 'indeterminate']])
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('is a VM of each stack whose values carry the signal; a notice only when none does', async () => {
    const stacks = await readWorkspace(
      pulumiReader,
      memoryWorkspace({ 'Pulumi.yaml': FROM_CONFIG, 'Pulumi.dev.yaml': OFF_STACK, 'Pulumi.prod.yaml': 'config: {}\n' })
    )
    expect(stacks.resources.map(r => [r.kind, r.identity.symbol, r.variant, r.unit?.value?.environment])).toEqual([
      ['virtual-machine', 'Pulumi.yaml#vm@prod', 'prod', 'prod']
    ])
    expect(stacks.parseErrors).toEqual([])
    const off = await readWorkspace(pulumiReader, memoryWorkspace({ 'Pulumi.yaml': FROM_CONFIG, 'Pulumi.dev.yaml': OFF_STACK }))
    expect(off.resources).toEqual([])
    expect(off.parseErrors.map(e => `${e.line}:${e.column} ${e.severity} ${e.message}`)).toEqual([
      `11:3 notice azure:compute:WindowsVirtualMachine 'vm' ${NOT_READ}, so whether it is a hotpatch machine is not judged; ` +
        'write it with azure-native, whose resources the gate reads'
    ])
  })
})
