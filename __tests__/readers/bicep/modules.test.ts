/**
 * Tests for how the Bicep reader follows modules and parameter files: which templates are entry
 * points, module scopes and conditions, computed module parameters, outputs and existing resources.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, Resource, VirtualMachine } from '../../../src/model/resources.js'
import { bicepReader } from '../../../src/readers/bicep/bicep-reader.js'
import { workspaceDouble } from '../../support/workspace-double.js'
import { memoryFiles, readMemory } from './memory-files.js'

const VM = "'Microsoft.Compute/virtualMachines@2024-07-01'"
const ASSIGNMENT = "'Microsoft.Maintenance/configurationAssignments@2023-04-01'"
const summary = (resources: readonly Resource[]) => resources.map(r => `${r.kind} ${r.displayName} @${r.reportAt.file}:${r.reportAt.line} ${r.variant}`.trim())

const VM_MODULE = `param name string
param sku string = '2022-datacenter-azure-edition'
resource vm ${VM} = {
  name: name
  properties: {
    storageProfile: {
      imageReference: {
        sku: sku
      }
    }
  }
}
output id string = vm.id
`

describe('Bicep modules and entry points', () => {
  it('evaluates a template used as a module only through its callers, once per call', async () => {
    const output = await readMemory({
      'main.bicep': `module a 'vm.bicep' = {\n  name: 'a'\n  params: { name: 'vm-a' }\n}\nmodule b 'vm.bicep' = {\n  name: 'b'\n  params: { name: 'vm-b', sku: '2025-datacenter-azure-edition' }\n}\n`,
      'vm.bicep': VM_MODULE
    })
    expect(summary(output.resources)).toEqual(['virtual-machine vm-a @main.bicep:1', 'virtual-machine vm-b @main.bicep:5'])
    expect((output.resources as VirtualMachine[]).map(vm => vm.image.sku.value)).toEqual(['2022-datacenter-azure-edition', '2025-datacenter-azure-edition'])
  })

  it('takes a parameter passed twice from its last property, whatever the case of its name, and the rest from a spread', async () => {
    const output = await readMemory({
      'main.bicep': [
        `module a 'vm.bicep' = {\n  name: 'a'\n  params: { name: 'first', Name: 'vm-a', SKU: 'sku-a' }\n}`,
        `var shared = { sku: 'sku-shared' }\nmodule b 'vm.bicep' = {\n  name: 'b'\n  params: { name: 'vm-b', ...shared }\n}`,
        `module c 'vm.bicep' = {\n  name: 'c'\n  params: { name: 'vm-c' }\n}\n`
      ].join('\n'),
      'vm.bicep': VM_MODULE
    })
    expect(summary(output.resources)).toEqual(['virtual-machine vm-a @main.bicep:1', 'virtual-machine vm-b @main.bicep:6', 'virtual-machine vm-c @main.bicep:10'])
    const skus = (output.resources as VirtualMachine[]).map(vm => vm.image.sku.value)
    expect(skus).toEqual(['sku-a', 'sku-shared', '2022-datacenter-azure-edition'])
  })

  it('evaluates a template with defaults when nothing calls it, and a parameter-file template only per parameter file', async () => {
    const output = await readMemory({
      'alone.bicep': `resource vm ${VM} = { name: 'alone' }\n`,
      'main.bicep': `param name string = 'default-name'\nresource vm ${VM} = { name: name }\n`,
      'test.bicepparam': "using 'main.bicep'\nparam name = 'from-params'\n",
      'none.bicepparam': 'using none\nparam x = 1\n'
    })
    expect(output.parseErrors).toEqual([])
    expect(summary(output.resources)).toEqual(['virtual-machine from-params @main.bicep:2 test.bicepparam', 'virtual-machine alone @alone.bicep:1'])
  })

  it('takes values a parameter file does not set from the file it extends', async () => {
    const output = await readMemory({
      'main.bicep': `param a string = 'a-default'\nparam b string = 'b-default'\nresource vm ${VM} = { name: '\${a}-\${b}' }\n`,
      'base.bicepparam': "using none\nparam a = 'a-base'\nparam b = 'b-base'\n",
      'child.bicepparam': "using 'main.bicep'\nextends 'base.bicepparam'\nparam b = 'b-child'\n"
    })
    expect(output.parseErrors).toEqual([])
    expect(summary(output.resources)).toEqual(['virtual-machine a-base-b-child @main.bicep:3 child.bicepparam'])
  })

  it('notes a parameter file whose template is missing: it declares nothing, and its values are applied to nothing', async () => {
    const output = await readMemory({ 'test.bicepparam': "using './gone.bicep'\n" })
    expect(output.parseErrors).toEqual([
      {
        file: 'test.bicepparam',
        line: 1,
        column: 7,
        message: "parameter file not evaluated: the template it uses, './gone.bicep', is missing, so its values are applied to nothing here",
        severity: 'notice'
      }
    ])
  })

  it('carries module conditions, resource group scopes, and parameters built by an expression', async () => {
    const output = await readMemory({
      'main.bicep': [
        'param deploy bool = false',
        "var shared = { sku: '2025-datacenter-azure-edition-core' }",
        "module off 'vm.bicep' = if (deploy) {",
        "  name: 'off'",
        "  params: { name: 'vm-off' }",
        '}',
        "module scoped 'vm.bicep' = {",
        "  name: 'scoped'",
        "  scope: resourceGroup('rg-apps')",
        "  params: union(shared, { name: 'vm-scoped' })",
        '}'
      ].join('\n'),
      'vm.bicep': VM_MODULE
    })
    const [off, scoped] = output.resources as VirtualMachine[]
    expect(off?.deployed).toEqual({
      value: false,
      origin: 'default',
      location: { file: 'main.bicep', line: 3, column: 25 },
      detail: 'deploy',
      via: [{ file: 'main.bicep', line: 1, column: 1 }],
      defaultAt: { file: 'main.bicep', line: 1, column: 1 }
    })
    expect(scoped?.identity).toEqual({
      type: 'Microsoft.Compute/virtualMachines',
      name: 'vm-scoped',
      resourceGroup: 'rg-apps',
      symbol: 'main.bicep#scoped > vm.bicep#vm'
    })
    expect(scoped?.image.sku).toMatchObject({ value: '2025-datacenter-azure-edition-core', origin: 'variable', detail: 'shared' })
  })

  it('a loop over items without a value may have none: the [?] instance, a resource or a module call, may not be deployed', async () => {
    const output = await readMemory({
      'main.bicep': [
        'param names array',
        'param vmIds array = []',
        `resource plans ${ASSIGNMENT} = [for id in vmIds: {`,
        "  name: 'plan'",
        "  properties: { maintenanceConfigurationId: 'mc', resourceId: id }",
        '}]',
        `resource loose ${ASSIGNMENT} = [for n in names: {`,
        "  name: 'plan-${n}'",
        "  properties: { maintenanceConfigurationId: 'mc', resourceId: 'vm' }",
        '}]',
        "module fleet 'vm.bicep' = [for n in names: {",
        "  name: 'fleet-${n}'",
        "  params: { name: 'vm-${n}' }",
        '}]'
      ].join('\n'),
      'vm.bicep': VM_MODULE
    })
    const loop = (line: number, column: number) => ({
      origin: 'unresolved',
      location: { file: 'main.bicep', line, column },
      reason: "the loop's items are unresolved: parameter 'names' has no default and no parameter file sets it",
      detail: 'names',
      via: [{ file: 'main.bicep', line: 1, column: 1 }]
    })
    const [none, loose, fleet] = output.resources as (MaintenanceAssignment | VirtualMachine)[]
    // An empty loop is known not to deploy (as before); the ones over `names` may deploy nothing.
    expect(none?.deployed).toMatchObject({ value: false, location: { file: 'main.bicep', line: 3, column: 89 } })
    expect(loose?.deployed).toEqual(loop(7, 88))
    expect(fleet?.deployed).toEqual(loop(11, 37))
  })

  it('places a module\'s resources in the subscription its scope names, down the modules it calls', async () => {
    const call = (name: string, scope: string) => `module ${name} 'vm.bicep' = {\n  name: '${name}'\n  scope: ${scope}\n  params: { name: '${name}' }\n}`
    const output = await readMemory({
      'main.bicep': [
        "param workload string\nparam current string = subscription().subscriptionId\nvar literal = '1111'",
        call('named', "resourceGroup(literal, 'rg-a')"),
        call('unevaluated', "resourceGroup(workload, 'rg-b')"),
        call('own', "resourceGroup(current, 'rg-c')"),
        call('plain', "resourceGroup('rg-d')"),
        "module outer 'outer.bicep' = {\n  name: 'outer'\n  scope: subscription(literal)\n}"
      ].join('\n'),
      'outer.bicep': "targetScope = 'subscription'\nmodule inner 'vm.bicep' = {\n  name: 'inner'\n  scope: resourceGroup('rg-e')\n  params: { name: 'inner' }\n}\n",
      'vm.bicep': VM_MODULE
    })
    const subscriptions = (output.resources as VirtualMachine[]).map(vm => [vm.displayName, vm.identity.resourceGroup, vm.scope?.subscription])
    expect(subscriptions).toEqual([
      ['named', 'rg-a', { value: '1111', origin: 'variable', location: { file: 'main.bicep', line: 4, column: 1 }, detail: 'literal', via: [{ file: 'main.bicep', line: 3, column: 1 }] }],
      [
        'unevaluated',
        'rg-b',
        {
          value: undefined,
          origin: 'unresolved',
          location: { file: 'main.bicep', line: 9, column: 1 },
          reason: "parameter 'workload' has no default and no parameter file sets it",
          detail: 'workload',
          via: [{ file: 'main.bicep', line: 1, column: 1 }]
        }
      ],
      ['own', 'rg-c', { value: undefined, origin: 'absent', location: { file: 'main.bicep', line: 14, column: 1 } }],
      ['plain', 'rg-d', { value: undefined, origin: 'absent', location: { file: 'main.bicep', line: 19, column: 1 } }],
      ['inner', 'rg-e', { value: '1111', origin: 'variable', location: { file: 'main.bicep', line: 24, column: 1 }, detail: 'literal', via: [{ file: 'main.bicep', line: 3, column: 1 }] }]
    ])
  })

  it('keeps the tags it knows when the value of another is not evaluated, and names that one', async () => {
    const output = await readMemory({
      'main.bicep': `param owner string\nresource vm ${VM} = {\n  name: 'vm'\n  tags: {\n    PatchGroup: 'prod'\n    Owner: owner\n    'cost-center': 42\n  }\n}\n`
    })
    const [vm] = output.resources as VirtualMachine[]
    expect(vm?.tags).toEqual({
      value: { PatchGroup: 'prod', 'cost-center': '42' },
      origin: 'literal',
      location: { file: 'main.bicep', line: 4, column: 3 },
      unknownKeys: ['Owner']
    })
  })

  it('reads an unread maintenance module passed a VM as an assignment to it whose configuration is decided inside', async () => {
    const call = (name: string, path: string, params: string) => `module ${name} '${path}' = {\n  name: '${name}'\n  params: { ${params} }\n}`
    const output = await readMemory({
      'main.bicep': [
        `resource vm ${VM} = { name: 'vm-app' }`,
        call('assign', 'br/public:avm/res/maintenance/configuration-assignment:0.1.0', "name: 'a', resourceId: vm.id"),
        call('nic', 'br/public:avm/res/network/network-interface:0.4.0', "vmId: vm.id"),
        call('window', 'br/public:avm/res/maintenance/maintenance-configuration:0.3.0', "name: 'mc'")
      ].join('\n')
    })
    const assignments = output.resources.filter((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment')
    expect(assignments.map(a => [a.displayName, a.reportAt.line, a.target?.target, a.configuration.target])).toEqual([
      [
        'module assign',
        2,
        { value: { type: 'Microsoft.Compute/virtualMachines', name: 'vm-app', symbol: 'main.bicep#vm' }, origin: 'expression', location: { file: 'main.bicep', line: 4, column: 24 } },
        {
          value: undefined,
          origin: 'unresolved',
          location: { file: 'main.bicep', line: 2, column: 1 },
          reason: 'decided inside module assign, which is not read (registry module br/public:avm/res/maintenance/configuration-assignment:0.1.0 is not read)'
        }
      ]
    ])
  })

  it('reads an unread maintenance module passed several VMs as one assignment to each, each VM once', async () => {
    const output = await readMemory({
      'main.bicep': [
        `resource a ${VM} = { name: 'vm-a' }`,
        `resource b ${VM} = { name: 'vm-b' }`,
        "module assign 'br/public:avm/res/maintenance/configuration-assignment:0.1.0' = {\n  name: 'assign'\n  params: { resourceIds: [ a.id, b.id, a.id ] }\n}"
      ].join('\n')
    })
    const assignments = output.resources.filter((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment')
    expect(assignments.map(a => [a.identity.symbol, a.target?.target.value?.name])).toEqual([
      ['main.bicep#assign > main.bicep#a', 'vm-a'],
      ['main.bicep#assign > main.bicep#b', 'vm-b']
    ])
  })

  it('uses module outputs in the caller, and links an assignment to an existing VM by name', async () => {
    const output = await readMemory({
      'main.bicep': [
        "module web 'vm.bicep' = {",
        "  name: 'web'",
        "  params: { name: 'web-01' }",
        '}',
        `resource existingVm ${VM} existing = {`,
        "  name: last(split(web.outputs.id, '/'))",
        '}',
        `resource assignment ${ASSIGNMENT} = {`,
        "  name: 'web-patching'",
        '  scope: existingVm',
        '  properties: {',
        "    maintenanceConfigurationId: resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc')",
        '  }',
        '}'
      ].join('\n'),
      'vm.bicep': VM_MODULE
    })
    expect(summary(output.resources)).toEqual(['virtual-machine web-01 @main.bicep:1', 'maintenance-assignment web-patching @main.bicep:8'])
    const assignment = output.resources[1] as MaintenanceAssignment
    // An `existing` resource carries no symbol: it is declared elsewhere, maybe in another deployment (issue 9).
    expect(assignment.target?.target.value).toEqual({ type: 'Microsoft.Compute/virtualMachines', name: 'web-01' })
    expect(assignment.configuration.target.value).toEqual({ type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'mc' })
  })

  it('reads nested child resources and resources with a parent property', async () => {
    const output = await readMemory({
      'main.bicep': [
        `resource vm ${VM} = {`,
        "  name: 'parent-vm'",
        "  resource ext 'extensions' = {",
        "    name: 'health'",
        '  }',
        '}',
        `resource assignment ${ASSIGNMENT} = {`,
        "  name: 'a'",
        '  properties: {',
        '    resourceId: vm::ext.id',
        "    maintenanceConfigurationId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Maintenance/maintenanceConfigurations/mc'",
        '  }',
        '}'
      ].join('\n')
    })
    const assignment = output.resources.find((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment')
    expect(assignment?.target?.target.value).toEqual({ type: 'Microsoft.Compute/virtualMachines/extensions', name: 'health', symbol: 'main.bicep#vm::ext' })
    expect(assignment?.configuration.target.value).toEqual({ type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'mc', resourceGroup: 'rg', subscription: 's' })
  })

  it('keeps a loop over unknown items as one [?] instance whose values are unresolved', async () => {
    const output = await readMemory({
      'main.bicep': `param names array\nresource vms ${VM} = [for n in names: {\n  name: n\n}]\n`
    })
    const [vm] = output.resources
    expect(vm?.variant).toBe('[?]')
    expect(vm?.identity).toEqual({ type: 'Microsoft.Compute/virtualMachines', name: undefined, symbol: 'main.bicep#vms[?]' })
  })
})

describe('a parameter file of a registry template', () => {
  const PARAMS = [
    "using 'br/public:avm/res/compute/virtual-machine:0.10.0'",
    '',
    "param name = 'vm-prod-01'",
    'param enableHotpatching = true',
    ''
  ].join('\n')

  it('is an indeterminate VM beside its notice when its values carry a hotpatch signal', async () => {
    const output = await readMemory({ 'prod.bicepparam': PARAMS, 'dev.bicepparam': "using 'br/public:avm/res/compute/virtual-machine:0.10.0'\nparam name = 'vm-dev-01'\n" })
    expect(output.resources.map(resource => [resource.displayName, `${resource.reportAt.file}:${resource.reportAt.line}`])).toEqual([
      ['parameter file prod.bicepparam', 'prod.bicepparam:1']
    ])
    const vm = output.resources[0] as VirtualMachine
    expect(vm.osType.reason).toBe(
      'parameter file prod.bicepparam uses br/public:avm/res/compute/virtual-machine:0.10.0, which is not read, and its inputs carry a ' +
        'hotpatch signal (enableHotpatching = true at prod.bicepparam:4:1): scan its what-if result instead ' +
        '(az deployment group what-if --parameters prod.bicepparam --no-pretty-print), or exempt it'
    )
    expect(output.parseErrors.map(error => `${error.file}:${error.line} ${error.message}`)).toEqual([
      "prod.bicepparam:1 parameter file not evaluated: 'br/public:avm/res/compute/virtual-machine:0.10.0' is not a local Bicep template",
      "dev.bicepparam:1 parameter file not evaluated: 'br/public:avm/res/compute/virtual-machine:0.10.0' is not a local Bicep template"
    ])
  })

  it('makes its unit one the reader must read, whatever its words', () => {
    const files = { 'prod.bicepparam': PARAMS, 'local.bicepparam': "using 'main.bicep'\n", 'main.bicep': '', 'gone.bicepparam': "using './gone.bicep'\n" }
    const workspace = workspaceDouble(memoryFiles(files))
    const unit = (path: string) => ({ files: [{ path, absolutePath: `/memory/${path}`, size: 1 }] })
    expect(bicepReader.mustRead?.(unit('prod.bicepparam'), workspace)).toBe(true)
    expect(bicepReader.mustRead?.(unit('local.bicepparam'), workspace)).toBe(false)
    // One whose template is missing: its hotpatch values make a stand-in (missing-using-template.test.ts).
    expect(bicepReader.mustRead?.(unit('gone.bicepparam'), workspace)).toBe(true)
  })
})
