/**
 * Unit tests for src/readers/pulumi: evaluating a Pulumi YAML program per stack.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { pulumiReader } from '../../../src/readers/pulumi/pulumi-reader.js'
import type { ReaderOutput } from '../../../src/readers/reader.js'
import { fixture, memoryWorkspace, readFolder, readWorkspace, show, showVm } from '../kubernetes/helpers.js'

let fleet: ReaderOutput
let scaleOut: ReaderOutput
let split: ReaderOutput
beforeAll(async () => {
  fleet = await readFolder(pulumiReader, fixture('pulumi/hotpatch-fleet'))
  scaleOut = await readFolder(pulumiReader, fixture('pulumi/scale-out'))
  split = await readFolder(pulumiReader, fixture('pulumi/split-program'))
})

const vmOf = (output: ReaderOutput, variant: string, logicalName: string): VirtualMachine => {
  const found = output.resources.find(r => r.variant === variant && r.identity.symbol?.includes(`#${logicalName}`))
  if (found?.kind === 'virtual-machine' || found?.kind === 'scale-set') return found
  throw new Error(`no VM ${logicalName} in ${variant}`)
}

describe('stacks', () => {
  it('evaluates the program once per stack settings file', () => {
    expect(fleet.resources.map(r => [r.variant, r.kind, r.displayName])).toEqual([
      ['dev', 'virtual-machine', 'web-01'],
      ['dev', 'maintenance-configuration', 'mc-web-monthly'],
      ['dev', 'maintenance-assignment', 'web-monthly'],
      ['prod', 'virtual-machine', 'web-prod-01'],
      ['prod', 'maintenance-configuration', 'mc-web-monthly'],
      ['prod', 'maintenance-assignment', 'web-monthly']
    ])
    expect(fleet.manifests).toEqual(['Pulumi.yaml', 'Pulumi.dev.yaml', 'Pulumi.prod.yaml'])
  })

  it('takes values from the stack file, typed by the config declaration, and defaults from the project', () => {
    const prod = vmOf(fleet, 'prod', 'web')
    expect(showVm(prod)).toEqual({
      kind: 'virtual-machine',
      identity: {
        type: 'Microsoft.Compute/virtualMachines',
        name: 'web-prod-01',
        resourceGroup: 'rg-hotpatch-prod',
        symbol: 'Pulumi.yaml#web@prod'
      },
      reportAt: '26:3',
      deployed: 'true literal @26:3',
      canHotpatch: true,
      orchestrationMode: 'absent @26:3',
      osType: '"Windows" literal @42:11',
      image: [
        '"MicrosoftWindowsServer" literal @52:22',
        '"WindowsServer" literal @53:18',
        '"2025-datacenter-azure-edition" variable imageSku @18:13 via Pulumi.yaml:54',
        '"latest" literal @55:20',
        'absent @26:3'
      ],
      location: '"westeurope" literal @31:17',
      tags: '{"workload":"web","stack":"prod"} literal @33:9',
      patchMode: '"AutomaticByPlatform" variable patchMode @19:14 via Pulumi.yaml:45',
      enableHotpatching: 'true parameter-file enableHotpatch @4:34 via Pulumi.yaml:46',
      rebootSetting: '"IfRequired" default rebootSetting @13:14 via Pulumi.yaml:48',
      bypass: 'true literal @49:57'
    })
    expect(prod.enableHotpatching.location.file).toBe('Pulumi.prod.yaml')
    expect(prod.related).toEqual([{ file: 'Pulumi.prod.yaml', startLine: 1, role: 'stack-config' }])
  })

  it('lets another stack turn hotpatching off and block reboots', () => {
    expect(showVm(vmOf(fleet, 'dev', 'web'))).toMatchObject({
      identity: { name: 'web-01', symbol: 'Pulumi.yaml#web@dev' },
      enableHotpatching: 'false parameter-file enableHotpatch @2:34 via Pulumi.yaml:46',
      rebootSetting: '"Never" parameter-file rebootSetting @3:33 via Pulumi.yaml:48'
    })
  })

  it('evaluates once with config defaults when there is no stack file', () => {
    expect(new Set(scaleOut.resources.map(r => r.variant))).toEqual(new Set(['']))
    expect(show(vmOf(scaleOut, '', 'pool').location)).toBe('"westeurope" default region @9:11 via Pulumi.yaml:27')
  })

  it('reads a program from Main.yaml of the main folder and stacks from stackConfigDir', () => {
    const vm = vmOf(split, 'test', 'vm')
    expect(vm.identity).toEqual({
      type: 'Microsoft.Compute/virtualMachines',
      name: 'vm-test',
      resourceGroup: 'rg-split',
      symbol: 'infra/Main.yaml#vm@test'
    })
    expect(vm.enableHotpatching).toEqual({
      value: true,
      origin: 'parameter-file',
      detail: 'hotpatch',
      location: { file: 'stacks/Pulumi.test.yaml', line: 2, column: 27, endLine: 2, endColumn: 33 },
      via: [
        { file: 'infra/Main.yaml', line: 2, column: 20, endLine: 2, endColumn: 31 },
        { file: 'infra/Main.yaml', line: 13, column: 32, endLine: 13, endColumn: 50 }
      ]
    })
    expect(split.manifests).toEqual(['Pulumi.yaml', 'infra/Main.yaml', 'stacks/Pulumi.test.yaml'])
  })
})

describe('expressions the gate cannot evaluate', () => {
  it('gives the reason: fn::invoke, unknown names, a variable cycle, an encrypted secret', () => {
    const builder = showVm(vmOf(scaleOut, '', 'builder'))
    expect(builder.image).toEqual([
      'absent @48:3',
      'absent @48:3',
      'absent @48:3',
      'absent @48:3',
      'unresolved @15:5: fn::invoke of azure-native:compute:getGalleryImage is evaluated only at deployment'
    ])
    expect(builder.patchMode).toBe('unresolved @58:24: unknown name "unknownSetting" in ${unknownSetting}')
    expect((showVm(vmOf(scaleOut, '', 'pool')).image as string[])[3]).toBe(
      'unresolved @13:13: variable "loop" refers to itself'
    )
  })

  it('keeps a custom image from another resource output as a custom image', () => {
    const vm = vmOf(scaleOut, '', 'fromGolden')
    expect(show(vm.image.customImageId)).toBe('"${golden.id}" expression @73:15')
    // No osProfile: the OS is the image's, so no Windows default is assumed.
    expect(show(vm.patchMode)).toBe('absent @66:3')
  })

  it('leaves an auto-named resource without a name but with its symbol', () => {
    expect(vmOf(scaleOut, '', 'pool').identity).toEqual({
      type: 'Microsoft.Compute/virtualMachineScaleSets',
      name: undefined,
      resourceGroup: 'rg-scale-out',
      symbol: 'Pulumi.yaml#pool'
    })
    expect(vmOf(scaleOut, '', 'pool').displayName).toBe('pool')
  })
})

describe('functions and builtins', () => {
  it('evaluates fn::join, fn::secret, pulumi.project and the $${ escape', async () => {
    const program = [
      'name: builtins',
      'runtime: yaml',
      'resources:',
      '  vm:',
      '    type: azure-native:compute:VirtualMachine',
      '    properties:',
      '      vmName:',
      '        fn::join: ["-", ["${pulumi.project}", web, "01"]]',
      '      location:',
      '        fn::secret: westeurope',
      '      tags:',
      '        literal: $${not-interpolated}',
      '        mixed: ${pulumi.project}/x',
      '      osProfile:',
      '        windowsConfiguration:',
      '          patchSettings:',
      '            patchMode:',
      '              fn::toBase64: AutomaticByPlatform',
      '            automaticByPlatformSettings:',
      '              rebootSetting: ${pulumi.stack}'
    ].join('\n')
    const output = await readWorkspace(pulumiReader, memoryWorkspace({ 'Pulumi.yaml': program }))
    const vm = output.resources[0] as VirtualMachine
    expect(vm.identity.name).toBe('builtins-web-01')
    expect(show(vm.location)).toBe('"westeurope" literal @10:21')
    expect(show(vm.tags)).toBe('{"literal":"${not-interpolated}","mixed":"builtins/x"} literal @12:9')
    expect(show(vm.patchMode)).toBe('unresolved @18:15: fn::tobase64 is not evaluated by the gate')
    expect(show(vm.rebootSetting)).toBe('unresolved @20:30: pulumi.stack is known only when the program runs')
  })
})

describe('hostile programs', () => {
  it('stops long chains of variables and resource names without a stack overflow', async () => {
    const variables = Array.from({ length: 10_000 }, (_, i) => `  v${i}: \${v${i + 1}}`)
    const resource = (i: number): string =>
      `  r${i}:\n    type: azure-native:compute:VirtualMachine\n    properties:\n      vmName: \${r${i + 1}.name}`
    const resources = Array.from({ length: 10_000 }, (_, i) => resource(i))
    const program = ['name: chains', 'runtime: yaml', 'variables:', ...variables, 'resources:', ...resources]
    const text = `${program.join('\n')}\n      location: \${v0}`
    const output = await readWorkspace(pulumiReader, memoryWorkspace({ 'Pulumi.yaml': text }))
    expect(output.parseErrors).toEqual([])
    expect(output.resources).toHaveLength(10_000)
    const last = output.resources[9_999] as VirtualMachine
    expect(last.identity.name).toBeUndefined()
    expect(show(last.location)).toBe('unresolved @35:8: expressions nested deeper than 32')
  })
})
