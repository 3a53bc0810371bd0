/**
 * The resource group of a Pulumi fix: a VM (or Arc machine) whose `resourceGroupName` is an interpolation the program
 * does not evaluate (`${rg.name}` of a group Azure names at deployment, `rg-${pulumi.stack}` without a stack) gets
 * the same expression in its fix, so the fix is valid as pasted into that program; `<resource group>` only when
 * nothing is written (src/readers/pulumi/resources.ts withGroupExpression, src/policy/snippets/pulumi.ts pulumiGroup).
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../readers/terraform/scan-files.js'

/** A program with an autonamed resource group and a hotpatch VM (no window) whose group is written `group`. */
const program = (group: string | undefined): string => `name: app
runtime: yaml
resources:
  rg:
    type: azure-native:resources:ResourceGroup
    properties:
      location: westeurope
  web:
    type: azure-native:compute:VirtualMachine
    properties:
${group === undefined ? '' : `      resourceGroupName: ${group}\n`}      vmName: vm-web
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

/** The `resourceGroupName` lines of the VM's fix. */
async function groupLines(group: string | undefined): Promise<string[]> {
  const { findings } = await scanFiles({ 'Pulumi.yaml': program(group) })
  const text = findings.find(f => f.ruleId === 'reboot-plan-required')?.fix?.snippet?.text ?? ''
  return text.split('\n').filter(line => line.includes('resourceGroupName'))
}

describe('the resource group of a Pulumi fix', () => {
  it("is the VM's own expression when the program names no group (${rg.name} of an autonamed group)", async () => {
    expect(await groupLines('${rg.name}')).toEqual(['    resourceGroupName: ${rg.name}', '    resourceGroupName: ${rg.name}'])
  })

  it('is double-quoted when YAML would not read the expression as it is, and still interpolated by Pulumi', async () => {
    expect(await groupLines('rg-${pulumi.stack}')).toEqual(['    resourceGroupName: "rg-${pulumi.stack}"', '    resourceGroupName: "rg-${pulumi.stack}"'])
  })

  it('is the literal when it is known, and the placeholder when nothing is written', async () => {
    expect(await groupLines('rg-app')).toEqual(['    resourceGroupName: "rg-app"', '    resourceGroupName: "rg-app"'])
    expect(await groupLines(undefined)).toEqual(['    resourceGroupName: "<resource group>"', '    resourceGroupName: "<resource group>"'])
  })

  it("of an Arc machine is the machine's own expression too", async () => {
    const arc = `name: arc
runtime: yaml
resources:
  rg:
    type: azure-native:resources:ResourceGroup
  dc:
    type: azure-native:hybridcompute:Machine
    properties:
      resourceGroupName: \${rg.name}
      machineName: dc-01
      location: westeurope
      osProfile:
        windowsConfiguration:
          patchSettings:
            enableHotpatching: true
`
    const { findings } = await scanFiles({ 'Pulumi.yaml': arc })
    const text = findings.find(f => f.fix?.snippet !== undefined)?.fix?.snippet?.text ?? ''
    expect(text.split('\n').filter(line => line.includes('resourceGroupName'))).toEqual([
      '    resourceGroupName: ${rg.name}',
      '    resourceGroupName: ${rg.name}'
    ])
  })
})
