/**
 * Declarations beside a what-if result (src/readers/what-if/declarations.ts): read from `.bicep` and ARM `.json`
 * files of the result's folder, and paired with the result's resources only where the pairing is unambiguous.
 */
import { describe, expect, it } from '@jest/globals'
import { pairDeclarations, siblingDeclarations, type SourceDeclaration } from '../../../src/readers/what-if/declarations.js'
import { memoryWorkspace } from '../terraform/support.js'

const VM = 'Microsoft.Compute/virtualMachines'

describe('siblingDeclarations', () => {
  it('reads Bicep and ARM declarations of the folder (names literal, parameter defaults, nested templates)', () => {
    const arm = JSON.stringify(
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        parameters: { vmName: { type: 'string', defaultValue: 'vm-arm-01' } },
        resources: [
          { type: VM, name: "[parameters('vmName')]" },
          { type: 'Microsoft.Resources/deployments', name: 'inner', properties: { template: { resources: [{ type: VM, name: 'vm-inner' }] } } }
        ]
      },
      null,
      2
    )
    const bicep = ["param name string = 'vm-bicep-01'", '', `resource vm '${VM}@2024-07-01' = {`, '  name: name', '}', `resource old '${VM}@2024-07-01' existing = {`, "  name: 'x'", '}'].join('\n')
    const workspace = memoryWorkspace({
      'infra/whatif.json': '{"changes": []}',
      'infra/azuredeploy.json': arm,
      'infra/main.bicep': bicep,
      'infra/sub/other.bicep': `resource vm '${VM}@2024-07-01' = {\n  name: 'elsewhere'\n}\n`
    })
    expect(siblingDeclarations(workspace, 'infra/whatif.json').map(d => [d.at.file, d.at.line, d.type, d.name, d.defaultName])).toEqual([
      ['infra/azuredeploy.json', 11, VM, undefined, 'vm-arm-01'],
      ['infra/azuredeploy.json', 15, 'Microsoft.Resources/deployments', 'inner', undefined],
      ['infra/azuredeploy.json', 21, VM, 'vm-inner', undefined],
      // `existing` declares nothing; a file of another folder is not beside the result.
      ['infra/main.bicep', 3, VM, undefined, 'vm-bicep-01']
    ])
  })
})

describe('pairDeclarations', () => {
  const at = (line: number) => ({ file: 'main.bicep', line, column: 1 })
  const declarations: SourceDeclaration[] = [
    { type: VM, name: 'vm-literal', at: at(1) },
    { type: VM, name: undefined, defaultName: 'vm-default', at: at(10) },
    { type: 'Microsoft.Maintenance/maintenanceConfigurations', name: undefined, at: at(20) }
  ]
  const pairs = (resources: { type: string; name: string | undefined }[]) =>
    [...pairDeclarations(resources, declarations)].map(([resource, declaration]) => [resource.name, declaration.at.line])

  it('by literal name, then by a name parameter default', () => {
    expect(pairs([{ type: VM, name: 'vm-default' }, { type: VM, name: 'VM-LITERAL' }])).toEqual([
      ['vm-default', 10],
      ['VM-LITERAL', 1]
    ])
  })

  it('the only computed declaration of a type takes the only resource of that type left, never one of two', () => {
    const configuration = 'Microsoft.Maintenance/maintenanceConfigurations'
    expect(pairs([{ type: configuration, name: 'mc-a' }])).toEqual([['mc-a', 20]])
    expect(pairs([{ type: configuration, name: 'mc-a' }, { type: configuration, name: 'mc-b' }])).toEqual([])
  })
})
