/**
 * The Pulumi fix fed back to the gate: a logical name Pulumi YAML does not read as a name (`web.vm`) is referred to
 * by a quoted root key, `${["web.vm"].location}` (src/policy/snippets/pulumi.ts). The reader must read that form, so
 * the fix pasted under `resources:` gives the VM its reboot plan; it was an `indeterminate` VM ("expected a name").
 */
import { describe, expect, it } from '@jest/globals'
import type { InfrastructureModel, MaintenanceAssignment, MaintenanceConfiguration, VirtualMachine } from '../../src/model/resources.js'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import { rebootPlanSnippet } from '../../src/policy/snippets/index.js'
import { pulumiReader } from '../../src/readers/pulumi/pulumi-reader.js'
import { memoryWorkspace, readWorkspace } from '../readers/kubernetes/helpers.js'
import { windowed } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')

/** A hotpatch VM of this logical name, as a JSON-quoted YAML key (any character is then written as it is). */
const program = (logicalName: string): string => `name: dotted
runtime: yaml
resources:
  ${JSON.stringify(logicalName)}:
    type: azure-native:compute:VirtualMachine
    properties:
      resourceGroupName: rg-web
      vmName: web-01
      location: westeurope
      storageProfile:
        imageReference:
          publisher: MicrosoftWindowsServer
          offer: WindowsServer
          sku: 2025-datacenter-azure-edition
          version: latest
      osProfile:
        windowsConfiguration:
          patchSettings:
            patchMode: AutomaticByPlatform
            enableHotpatching: true
            automaticByPlatformSettings:
              rebootSetting: IfRequired
              bypassPlatformSafetyChecksOnUserSchedule: true
`

async function read(text: string): Promise<InfrastructureModel> {
  const { resources, parseErrors, manifests } = await readWorkspace(pulumiReader, memoryWorkspace({ 'Pulumi.yaml': text }))
  return {
    virtualMachines: resources.filter((r): r is VirtualMachine => r.kind === 'virtual-machine'),
    maintenanceConfigurations: resources.filter((r): r is MaintenanceConfiguration => r.kind === 'maintenance-configuration'),
    maintenanceAssignments: resources.filter((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment'),
    parseErrors,
    files: manifests,
    inlineExemptions: []
  }
}

describe('the Pulumi fix of a VM whose logical name is no Pulumi name, pasted under resources:', () => {
  it.each([
    ['web.vm', '"${[\\"web.vm\\"].location}"'],
    // A `}` and an escaped quote inside the quoted key: the access ends at the `}` after the key.
    ['web}vm', '"${[\\"web}vm\\"].location}"'],
    ['web "a.b"', '"${[\\"web \\\\\\"a.b\\\\\\"\\"].location}"']
  ])('%j: its quoted reference resolves, and the VM has its reboot plan', async (logicalName, location) => {
    const original = program(logicalName)
    const before = await read(original)
    expect(evaluatePolicy(before, { asOf: AS_OF }).assessments.map(a => `${a.vm.displayName} ${a.verdict}`)).toEqual(['web-01 affected-no-plan'])
    const fix = rebootPlanSnippet(windowed(before.virtualMachines[0] as VirtualMachine), AS_OF).text
    expect(fix).toContain(`    location: ${location}\n`)
    const pasted = fix.split('\n').map(line => (line === '' ? line : `  ${line}`)).join('\n')
    const after = await read(`${original}${pasted}`)
    expect(after.parseErrors).toEqual([])
    const window = after.maintenanceAssignments[0]
    expect(window?.target?.target.value).toEqual({
      type: 'Microsoft.Compute/virtualMachines',
      name: 'web-01',
      resourceGroup: 'rg-web',
      symbol: `Pulumi.yaml#${logicalName}`
    })
    const result = evaluatePolicy(after, { asOf: AS_OF })
    expect(result.assessments.map(a => `${a.vm.displayName} ${a.verdict}`)).toEqual(['web-01 affected-with-plan'])
    expect(result.findings).toEqual([])
  })
})
