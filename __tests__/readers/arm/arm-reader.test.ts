/**
 * Tests for src/readers/arm/arm-reader.ts: templates read from fixture folders into the model.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type {
  MaintenanceAssignment,
  MaintenanceConfiguration,
  Resource,
  VirtualMachine
} from '../../../src/model/resources.js'
import { armReader } from '../../../src/readers/arm/arm-reader.js'
import type { ReaderOutput } from '../../../src/readers/reader.js'
import { Workspace } from '../../../src/workspace/workspace.js'

const FIXTURES = fileURLToPath(new URL('../../fixtures/arm/', import.meta.url))

async function read(root: string): Promise<ReaderOutput & { claimed: string[] }> {
  const workspace = new Workspace(root)
  const files = workspace.list().filter(file => armReader.claims(file, () => readFileSync(file.absolutePath, 'utf8').slice(0, 4096)))
  return { ...(await armReader.read(files, workspace)), claimed: files.map(file => file.path) }
}

const readFixture = (folder: string) => read(join(FIXTURES, folder))
const at = (file: string, line: number, column: number) => ({ file, line, column })
const byName = <T extends Resource>(resources: readonly Resource[], name: string, variant = ''): T =>
  resources.find(resource => resource.displayName === name && resource.variant === variant) as T

describe('nested deployments (Bicep-compiled template)', () => {
  it('reads a VM of an inner-scope deployment, its image passed from an outer parameter default', async () => {
    const { resources } = await readFixture('nested-deployment')
    const file = 'azuredeploy.json'
    const vm = byName<VirtualMachine>(resources, 'app-vm-01')
    expect(vm).toEqual({
      format: 'arm',
      kind: 'virtual-machine',
      identity: { type: 'Microsoft.Compute/virtualMachines', name: 'app-vm-01' },
      displayName: 'app-vm-01',
      // Issue 13: an inline nested deployment's VM is reported at its own line, the deployment is related.
      reportAt: at(file, 87, 13),
      declaredAt: at(file, 87, 13),
      related: [{ file, startLine: 36, role: 'nested-deployment' }],
      variant: '',
      deployed: { value: true, origin: 'provider-default', location: at(file, 87, 13) },
      // Issue 9: every resource carries its deployment unit and Azure scope (added fields).
      unit: {
        value: { kind: 'template-deployment', key: 'azure-deployment:', path: 'nested deployments at lines 36' },
        origin: 'literal',
        location: at(file, 36, 5)
      },
      scope: {
        subscription: { value: undefined, origin: 'absent', location: at(file, 36, 5) },
        resourceGroup: { value: undefined, origin: 'absent', location: at(file, 36, 5) }
      },
      canHotpatch: true,
      orchestrationMode: { value: undefined, origin: 'absent', location: at(file, 87, 13) },
      osType: { value: 'Windows', origin: 'literal', location: at(file, 108, 19) },
      image: {
        publisher: {
          value: 'MicrosoftWindowsServer',
          origin: 'variable',
          location: at(file, 98, 21),
          detail: 'windowsImage',
          via: [at(file, 56, 13), at(file, 30, 5)]
        },
        offer: {
          value: 'WindowsServer',
          origin: 'variable',
          location: at(file, 99, 21),
          detail: 'windowsImage',
          via: [at(file, 56, 13), at(file, 30, 5)]
        },
        sku: {
          value: '2025-datacenter-azure-edition-core',
          origin: 'default',
          location: at(file, 100, 21),
          detail: 'imageSku',
          // The default first (a reason cites it), then the nested deployment's parameter that passes it.
          via: [at(file, 22, 7), at(file, 53, 13)],
          defaultAt: at(file, 22, 7)
        },
        version: { value: 'latest', origin: 'literal', location: at(file, 101, 21) },
        customImageId: { value: undefined, origin: 'absent', location: at(file, 87, 13) }
      },
      location: {
        value: undefined,
        origin: 'unresolved',
        location: at(file, 91, 15),
        reason: 'resourceGroup().location is only known at deployment',
        detail: 'location',
        via: [at(file, 14, 7), at(file, 50, 13)]
      },
      tags: { value: { 'patch-group': 'WAVE-1' }, origin: 'expression', location: at(file, 92, 15) },
      patchMode: { value: 'AutomaticByPlatform', origin: 'literal', location: at(file, 111, 23) },
      enableHotpatching: { value: true, origin: 'default', location: at(file, 112, 23), detail: 'hotpatch', via: [at(file, 83, 15)], defaultAt: at(file, 83, 15) },
      rebootSetting: { value: undefined, origin: 'absent', location: at(file, 87, 13) },
      bypassPlatformSafetyChecksOnUserSchedule: { value: undefined, origin: 'absent', location: at(file, 87, 13) }
    })
  })

  it('lets an outer-scope deployment see the outer parameters, and notes a linked template it cannot read', async () => {
    const { resources, parseErrors, manifests } = await readFixture('nested-deployment')
    const configuration = byName<MaintenanceConfiguration>(resources, 'app-patch-window')
    expect(configuration.identity).toEqual({
      type: 'Microsoft.Maintenance/maintenanceConfigurations',
      name: 'app-patch-window'
    })
    expect([configuration.reportAt.line, configuration.declaredAt.line]).toEqual([132, 132])
    // Issue 9 item 6: build output read without its .bicep source is said so (it was silent before).
    expect(parseErrors).toEqual([
      {
        ...at('azuredeploy.json', 5, 5),
        message: 'built by bicep from a .bicep source that is not in the scan: this build output is read as ARM JSON, and findings point at it',
        severity: 'notice'
      },
      {
        ...at('azuredeploy.json', 163, 9),
        message: 'the linked template (templateLink) is not read; the resources it deploys are not checked',
        severity: 'notice'
      }
    ])
    expect(manifests).toEqual(['azuredeploy.json'])
  })
})

describe('parameter files', () => {
  it('evaluates a template once per parameter file, the file winning over defaults', async () => {
    const { resources } = await readFixture('parameter-files')
    const dev = byName<VirtualMachine>(resources, 'web-dev-01', 'vm.parameters.json')
    const prod = byName<VirtualMachine>(resources, 'web-prod-01', 'vm.parameters.prod.json')
    expect(resources.filter(resource => resource.kind === 'virtual-machine').map(vm => vm.variant)).toEqual([
      'vm.parameters.json',
      'vm.parameters.prod.json'
    ])
    expect(dev.image.sku).toEqual({
      value: '2022-datacenter-azure-edition-hotpatch',
      origin: 'default',
      location: at('web/vm.json', 36, 13),
      detail: 'osVersion',
      via: [at('web/vm.json', 10, 7)],
      defaultAt: at('web/vm.json', 10, 7)
    })
    expect(prod.image.sku).toEqual({
      value: '2025-datacenter-azure-edition',
      origin: 'parameter-file',
      location: at('web/vm.json', 36, 13),
      detail: 'osVersion',
      via: [at('web/vm.parameters.prod.json', 9, 7)]
    })
    expect(prod.rebootSetting).toEqual({
      value: 'Never',
      origin: 'parameter-file',
      location: at('web/vm.json', 53, 17),
      detail: 'rebootSetting',
      via: [at('web/vm.parameters.prod.json', 12, 7)]
    })
    expect(dev.related).toEqual([{ file: 'web/vm.parameters.json', startLine: 1, role: 'parameter-file' }])
    expect(prod.related).toEqual([{ file: 'web/vm.parameters.prod.json', startLine: 9, role: 'parameter-file' }])
  })

  it("pairs a folder's only template with any parameter file, and says one that pairs with none is applied to nothing", async () => {
    const { resources, manifests, claimed, parseErrors } = await readFixture('parameter-files')
    expect(byName<MaintenanceConfiguration>(resources, 'mc-monthly', 'azuredeploy.parameters.json').rebootSetting.value).toBe(
      'AlwaysReboot'
    )
    expect(claimed).toContain('bicep/main.parameters.json')
    expect(manifests).toEqual([
      'lone/mainTemplate.json',
      'lone/azuredeploy.parameters.json',
      'web/vm.json',
      'web/vm.parameters.json',
      'web/vm.parameters.prod.json'
    ])
    // Its main.bicep is not in the folder: its values reach no template.
    expect(parseErrors.map(error => [error.file, error.severity, error.message.slice(0, 80)])).toEqual([
      ['bicep/main.parameters.json', 'notice', 'parameter file bicep/main.parameters.json pairs with no template of its folder (']
    ])
  })

  it('reads a required parameter no file sets as unresolved, saying so', async () => {
    const { resources } = await readFixture('scale-set')
    expect(byName<VirtualMachine>(resources, 'vmss-web-prod').location).toEqual({
      value: undefined,
      origin: 'unresolved',
      location: at('flexible.json', 41, 7),
      reason: "parameter 'location' has no default value and no parameter file sets it",
      detail: 'location',
      via: [at('flexible.json', 5, 5)]
    })
  })
})

describe('Bicep build output', () => {
  it('skips a template compiled from the .bicep beside it, and reads one without its source', async () => {
    const output = await readFixture('compiled-bicep')
    expect(output.claimed).toEqual(['main.json', 'standalone.json'])
    expect(output.resources.map(resource => [resource.displayName, resource.reportAt.file])).toEqual([
      ['vm-api-01', 'standalone.json']
    ])
    expect(output.manifests).toEqual(['standalone.json'])
    // Issue 9 item 6: both build outputs get a located notice saying which file is read (silent before).
    expect(output.parseErrors).toEqual([
      {
        ...at('main.json', 5, 5),
        message: 'built by bicep from main.bicep, which is read instead: this build output is not read',
        severity: 'notice'
      },
      {
        ...at('standalone.json', 5, 5),
        // Not its twin, but the folder's only Bicep template: maybe its source, so both are read (the quickstart layout).
        message: 'built by bicep, perhaps from main.bicep beside it: both are read, so a VM both declare is reported for each',
        severity: 'notice'
      }
    ])
  })

  it('reads a build output whose source is not in the scan, saying so', async () => {
    const root = mkdtempSync(join(tmpdir(), 'arm-built-'))
    try {
      writeFileSync(join(root, 'main.json'), readFileSync(join(FIXTURES, 'compiled-bicep', 'standalone.json')))
      const output = await read(root)
      expect(output.resources.map(resource => resource.reportAt.file)).toEqual(['main.json'])
      expect(output.parseErrors.map(error => error.message)).toEqual([
        'built by bicep from a .bicep source that is not in the scan: this build output is read as ARM JSON, and findings point at it'
      ])
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('scale sets, copy loops and conditions', () => {
  it('reads a Flexible scale set from its virtualMachineProfile, the image from a variable', async () => {
    const { resources } = await readFixture('scale-set')
    const vmss = byName<VirtualMachine>(resources, 'vmss-web-prod')
    expect(vmss.kind).toBe('scale-set')
    expect(vmss.orchestrationMode).toEqual({ value: 'Flexible', origin: 'literal', location: at('flexible.json', 51, 9) })
    expect(vmss.image.sku).toEqual({
      value: '2025-datacenter-azure-edition',
      origin: 'variable',
      location: at('flexible.json', 55, 13),
      detail: 'image',
      via: [at('flexible.json', 29, 5)]
    })
    expect([vmss.enableHotpatching.value, vmss.rebootSetting.value, vmss.patchMode.value]).toEqual([true, 'Always', 'AutomaticByPlatform'])
    expect(vmss.tags).toEqual({
      value: { environment: 'prod', owner: 'platform' },
      origin: 'expression',
      location: at('flexible.json', 42, 7),
      via: [at('flexible.json', 10, 7)]
    })
  })

  it('leaves an unset orchestration mode absent, defaults patch mode to AutomaticByOS; a false condition is not deployed', async () => {
    const { resources } = await readFixture('scale-set')
    const legacy = byName<VirtualMachine>(resources, 'vmss-legacy')
    expect(legacy.orchestrationMode).toEqual({ value: undefined, origin: 'absent', location: at('flexible.json', 74, 5) })
    expect(legacy.patchMode).toEqual({ value: 'AutomaticByOS', origin: 'provider-default', location: at('flexible.json', 74, 5) })
    expect(legacy.deployed).toEqual({
      value: false,
      origin: 'default',
      location: at('flexible.json', 75, 7),
      detail: 'deployLegacyPool',
      via: [at('flexible.json', 18, 7)],
      defaultAt: at('flexible.json', 18, 7)
    })
  })

  it('gives one instance per copy index, each with its own name and condition', async () => {
    const { resources } = await readFixture('scale-set')
    const workers = resources.filter(resource => resource.displayName.startsWith('worker-')) as VirtualMachine[]
    // Named, so no symbol: references by symbol are made only to resources whose name is not known.
    expect(workers.map(vm => [vm.displayName, vm.variant, 'symbol' in vm.identity, vm.deployed.value, vm.osType.value])).toEqual([
      ['worker-1', '[0]', false, true, 'Linux'],
      ['worker-2', '[1]', false, false, 'Linux']
    ])
  })

  it('stands one instance for a copy loop of unknown count, its deployment unresolved', async () => {
    const { resources } = await readFixture('scale-set')
    const batch = resources.find(resource => resource.variant === '[*]') as VirtualMachine
    expect(batch.identity).toEqual({ type: 'Microsoft.Compute/virtualMachines', name: undefined, symbol: 'flexible.json#resources[3][*]' })
    expect(batch.deployed).toEqual({
      value: undefined,
      origin: 'unresolved',
      location: at('flexible.json', 137, 7),
      reason: 'the copy count is unresolved: reference() is only known at deployment'
    })
  })
})

describe('maintenance configurations and assignments', () => {
  it('reads a configuration as written, reboot spelling included', async () => {
    const { resources } = await readFixture('maintenance')
    const configuration = byName<MaintenanceConfiguration>(resources, 'mc-patch-tuesday')
    const { window } = configuration
    expect({
      startDateTime: window.startDateTime.value,
      expirationDateTime: window.expirationDateTime.value,
      duration: window.duration.value,
      timeZone: window.timeZone.value,
      recurEvery: window.recurEvery.value,
      maintenanceScope: configuration.maintenanceScope.value,
      rebootSetting: configuration.rebootSetting.value,
      excludeKbsRequiringReboot: configuration.excludeKbsRequiringReboot.value,
      classificationsToInclude: configuration.classificationsToInclude.value,
      kbNumbersToInclude: configuration.kbNumbersToInclude.value
    }).toEqual({
      startDateTime: '2025-11-11 20:00',
      expirationDateTime: '2026-06-30 23:59',
      duration: '03:55',
      timeZone: 'W. Europe Standard Time',
      recurEvery: 'Month Second Tuesday',
      maintenanceScope: 'InGuestPatch',
      rebootSetting: 'NeverReboot',
      excludeKbsRequiringReboot: true,
      classificationsToInclude: ['Critical', 'Security', 'UpdateRollup'],
      kbNumbersToInclude: ['KB5070893']
    })
    expect(configuration.rebootSetting.location).toEqual(at('main.json', 33, 11))
  })

  it('reads expirationDateTime "" as no expiration, located where it is written (azurerm sends "" for unset)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'arm-expiry-'))
    try {
      const window = { startDateTime: '2025-01-15 03:00', expirationDateTime: '', duration: '03:55', timeZone: 'UTC', recurEvery: 'Day' }
      const configuration = { type: 'Microsoft.Maintenance/maintenanceConfigurations', apiVersion: '2023-04-01', name: 'mc', location: 'westeurope', properties: { maintenanceScope: 'InGuestPatch', maintenanceWindow: window } }
      const schema = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
      writeFileSync(join(root, 'main.json'), JSON.stringify({ $schema: schema, contentVersion: '1.0.0.0', resources: [configuration] }, null, 2))
      const mc = byName<MaintenanceConfiguration>((await read(root)).resources, 'mc')
      expect(mc.window.expirationDateTime).toEqual({ value: undefined, origin: 'absent', location: at('main.json', 14, 11) })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('targets the VM of an extension scope, of properties.resourceId, and of the legacy providers form', async () => {
    const { resources } = await readFixture('maintenance')
    const assignments = resources.filter((resource): resource is MaintenanceAssignment => resource.kind === 'maintenance-assignment')
    const vm = (name: string) => ({ type: 'Microsoft.Compute/virtualMachines', name })
    const mc = (name: string, resourceGroup?: string) => ({
      type: 'Microsoft.Maintenance/maintenanceConfigurations',
      name,
      ...(resourceGroup ? { resourceGroup } : {})
    })
    expect(assignments.filter(a => a.declaredAt.file === 'main.json').map(a => [a.displayName, a.target?.target.value, a.configuration.target.value])).toEqual([
      ['nested-legacy', vm('sql-01'), mc('mc-patch-tuesday')],
      ['sql-01-patch-tuesday', vm('sql-01'), mc('mc-patch-tuesday')],
      ['shared-window', vm('sql-02'), { ...mc('mc-shared', 'rg-maintenance'), subscription: '00000000-0000-0000-0000-000000000000' }],
      ['sql-03-assignment', vm('sql-03'), mc('mc-shared', 'rg-maintenance')]
    ])
    expect(byName<MaintenanceAssignment>(resources, 'sql-01-patch-tuesday').target?.target.location).toEqual(at('main.json', 88, 7))
    // The legacy form's target is its name: located where the name is written.
    expect(byName<MaintenanceAssignment>(resources, 'nested-legacy').target?.target.location).toEqual(at('main.json', 74, 11))
  })

  it('reads a subscription-level assignment with a filter as a dynamic scope', async () => {
    const { resources } = await readFixture('maintenance')
    const file = 'dynamic-scope.json'
    const prod = byName<MaintenanceAssignment>(resources, 'prod-windows')
    expect(prod.target).toBeUndefined()
    expect(prod.filter).toEqual({
      resourceTypes: { value: ['Microsoft.Compute/virtualMachines'], origin: 'literal', location: at(file, 18, 11) },
      resourceGroups: { value: ['rg-web', 'rg-sql'], origin: 'literal', location: at(file, 19, 11) },
      locations: { value: ['westeurope'], origin: 'literal', location: at(file, 21, 11) },
      osTypes: { value: ['Windows'], origin: 'literal', location: at(file, 20, 11) },
      tags: { value: { environment: ['prod'], 'patch-group': ['wave-1', 'wave-2'] }, origin: 'literal', location: at(file, 23, 13) },
      tagOperator: { value: 'All', origin: 'literal', location: at(file, 27, 13) }
    })
    expect(byName<MaintenanceAssignment>(resources, 'all-windows').filter?.tagOperator).toEqual({
      value: 'Any',
      origin: 'provider-default',
      location: at(file, 32, 5)
    })
  })
})

describe('language version 2.0', () => {
  it('reads symbolic resources, skips existing ones, and links unnamed resources by symbol', async () => {
    const { resources } = await readFixture('symbolic')
    expect(resources.map(resource => [resource.kind, resource.identity])).toEqual([
      ['maintenance-configuration', { type: 'Microsoft.Maintenance/maintenanceConfigurations', name: undefined, symbol: 'main.json#maintenanceConfiguration' }],
      ['virtual-machine', { type: 'Microsoft.Compute/virtualMachines', name: undefined, symbol: 'main.json#vm' }],
      ['maintenance-assignment', { type: 'Microsoft.Maintenance/configurationAssignments', name: undefined, symbol: 'main.json#vm_configurationAssignment' }]
    ])
    const assignment = resources[2] as MaintenanceAssignment
    expect(assignment.target?.target).toEqual({
      value: { type: 'Microsoft.Compute/virtualMachines', name: undefined, symbol: 'main.json#vm' },
      origin: 'expression',
      location: at('main.json', 76, 7),
      via: [at('main.json', 13, 5)]
    })
    expect(assignment.configuration.target.value).toEqual({
      type: 'Microsoft.Maintenance/maintenanceConfigurations',
      name: undefined,
      symbol: 'main.json#maintenanceConfiguration'
    })
  })

  it('reads patch settings built by createObject, and a null (nullable) tags parameter as absent', async () => {
    const { resources } = await readFixture('symbolic')
    const vm = resources[1] as VirtualMachine
    expect(vm.enableHotpatching).toEqual({
      value: true,
      origin: 'expression',
      location: at('main.json', 69, 9),
      // An object built by createObject passed through all its inputs (the name parameter too).
      via: [at('main.json', 13, 5), at('main.json', 28, 7)]
    })
    expect([vm.bypassPlatformSafetyChecksOnUserSchedule.value, vm.rebootSetting.value]).toEqual([true, 'IfRequired'])
    expect(vm.tags).toEqual({ value: undefined, origin: 'absent', location: at('main.json', 54, 5) })
  })
})

describe('files that are not (valid) templates', () => {
  it('reports malformed JSON and a template without resources, and skips other JSON silently', async () => {
    const { parseErrors, manifests, claimed } = await readFixture('invalid')
    expect(claimed).toEqual([
      'bad-expression.json',
      'broken.json',
      'commented.json',
      'no-resources.json',
      'prototype-keys.json',
      'release-notes.json'
    ])
    expect(manifests).toEqual(['bad-expression.json', 'broken.json', 'commented.json', 'no-resources.json', 'prototype-keys.json'])
    expect(parseErrors).toEqual([
      {
        ...at('bad-expression.json', 21, 13),
        message: "invalid expression: expected ',' or ')', found the end of the expression (character 50 of the string)",
        severity: 'error'
      },
      { ...at('broken.json', 9, 7), message: "invalid JSON: expected ',', found '\"location\"'", severity: 'error' },
      { ...at('no-resources.json', 1, 1), message: 'expected a `resources` array or object', severity: 'error' }
    ])
  })

  it('reads an unbalanced expression as unresolved, and a [[ escape as literal text', async () => {
    const { resources } = await readFixture('invalid')
    const vm = byName<VirtualMachine>(resources, 'vm-typo')
    expect(vm.image.sku).toEqual({
      value: undefined,
      origin: 'unresolved',
      location: at('bad-expression.json', 21, 13),
      reason: "invalid expression: expected ',' or ')', found the end of the expression (character 50 of the string)"
    })
    expect(vm.image.version.value).toBe('[latest]')
  })

  it('reads a template with comments', async () => {
    const { resources } = await readFixture('invalid')
    expect(byName<VirtualMachine>(resources, 'jump-01').image.sku.value).toBe('2022-datacenter-g2')
  })

  it('treats __proto__ and constructor as ordinary names, polluting nothing', async () => {
    const { resources } = await readFixture('invalid')
    const vm = byName<VirtualMachine>(resources, 'vm-proto')
    expect(vm.tags.value).toEqual({ ['__proto__']: 'x', polluted: 'yes', constructor: 'y' })
    expect(Object.keys(vm.tags.value ?? {})).toEqual(['polluted', '__proto__', 'constructor'])
    expect(vm.enableHotpatching.value).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('survives hostile nesting: 100,000-deep JSON and 10,000 nested calls give located errors', async () => {
    const root = mkdtempSync(join(tmpdir(), 'arm-hostile-'))
    try {
      const schema = '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"'
      writeFileSync(join(root, 'deep.json'), `{${schema}, "resources": [], "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`)
      const calls = `${'concat('.repeat(10_000)}'x'${')'.repeat(10_000)}`
      const vm = { type: 'Microsoft.Compute/virtualMachines', name: `[${calls}]`, location: 'westeurope' }
      writeFileSync(join(root, 'calls.json'), `{${schema},\n"resources": [\n${JSON.stringify(vm)}]}`)
      const { parseErrors, resources } = await read(root)
      expect(parseErrors).toEqual([
        {
          ...at('calls.json', 3, 45),
          message: 'invalid expression: expression nested deeper than 64 levels (character 457 of the string)',
          severity: 'error'
        },
        { ...at('deep.json', 1, 629), message: 'JSON nested deeper than 512 levels; not read', severity: 'error' }
      ])
      expect(resources.map(resource => resource.identity.name)).toEqual([undefined])
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('absent values of one resource', () => {
  it('are one object: the scope and the fields a VM does not write share the resource’s absent value', async () => {
    const { resources } = await readFixture('maintenance')
    const vms = resources.filter((resource): resource is VirtualMachine => resource.kind === 'virtual-machine')
    expect(vms.length).toBeGreaterThan(0)
    for (const vm of vms) {
      expect(vm.scope?.subscription).toEqual({ value: undefined, origin: 'absent', location: vm.reportAt })
      expect(vm.scope?.resourceGroup).toBe(vm.scope?.subscription)
      expect(vm.orchestrationMode).toBe(vm.scope?.subscription)
    }
  })
})

describe('a parameter file that pairs with no template of its folder', () => {
  const parameters = (values: Record<string, unknown>) =>
    JSON.stringify(
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
        contentVersion: '1.0.0.0',
        parameters: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value }]))
      },
      null,
      2
    )

  it('is a notice that its values are applied to nothing, or an indeterminate VM when they carry a hotpatch signal', async () => {
    const root = mkdtempSync(join(tmpdir(), 'arm-unpaired-'))
    try {
      // Two Bicep templates the names point at neither of, and a folder of parameters alone.
      writeFileSync(join(root, 'web.bicep'), "param enableHotpatching bool = false\n")
      writeFileSync(join(root, 'api.bicep'), "param enableHotpatching bool = false\n")
      writeFileSync(join(root, 'main.parameters.json'), parameters({ vmName: 'vm-web-01', enableHotpatching: true }))
      mkdirSync(join(root, 'envs'))
      writeFileSync(join(root, 'envs/dev.parameters.json'), parameters({ vmName: 'vm-dev-01' }))
      const output = await read(root)
      const why = (file: string) =>
        `parameter file ${file} pairs with no template of its folder (by its name, or as the folder's only ARM or Bicep template), so its values are applied to nothing here`
      const judge = (file: string) => `run what-if for the deployment it feeds (az deployment group what-if --parameters ${file} --no-pretty-print) and scan the result`
      expect(output.parseErrors).toEqual([
        { file: 'envs/dev.parameters.json', line: 1, column: 1, message: `${why('envs/dev.parameters.json')}; ${judge('envs/dev.parameters.json')}`, severity: 'notice' }
      ])
      expect(output.resources.map(resource => [resource.displayName, resource.reportAt])).toEqual([
        ['parameter file main.parameters.json', at('main.parameters.json', 1, 1)]
      ])
      const vm = output.resources[0] as VirtualMachine
      expect([vm.enableHotpatching.value, vm.enableHotpatching.location]).toEqual([true, at('main.parameters.json', 9, 7)])
      expect(vm.osType.reason).toBe(
        `${why('main.parameters.json')}, and its inputs carry a hotpatch signal (enableHotpatching = true at main.parameters.json:9:7): ` +
          `${judge('main.parameters.json')} instead, or exempt it`
      )
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('must be read whatever its words when its folder holds parameter files alone', () => {
    const file = (path: string) => ({ path, absolutePath: `/repo/${path}`, size: 1 })
    // It looks at names only: no workspace is read.
    const workspace = {} as Workspace
    expect(armReader.mustRead?.({ files: [file('envs/prod.parameters.json'), file('envs/parameters.json')] }, workspace)).toBe(true)
    expect(armReader.mustRead?.({ files: [file('app/azuredeploy.json'), file('app/azuredeploy.parameters.json')] }, workspace)).toBe(false)
  })
})
