/**
 * Tests for the Bicep reader (src/readers/bicep/bicep-reader.ts) on fixture repositories: the model
 * it builds, with where every value is written and how it got there.
 */
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import type { MaintenanceAssignment, MaintenanceConfiguration, Resource, VirtualMachine } from '../../../src/model/resources.js'
import { bicepReader } from '../../../src/readers/bicep/bicep-reader.js'
import type { ReaderOutput } from '../../../src/readers/reader.js'
import { Workspace } from '../../../src/workspace/workspace.js'
import { readMemory } from './memory-files.js'

const FIXTURES = fileURLToPath(new URL('../../fixtures/bicep/', import.meta.url))

async function read(fixture: string): Promise<ReaderOutput> {
  const workspace = new Workspace(`${FIXTURES}${fixture}`)
  const files = workspace.list().filter(file => bicepReader.claims(file, () => ''))
  return bicepReader.read(files, workspace)
}

const at = (file: string, line: number, column: number) => ({ file, line, column })
const vms = (output: ReaderOutput) => output.resources.filter((r): r is VirtualMachine => r.kind === 'virtual-machine' || r.kind === 'scale-set')
const configurations = (output: ReaderOutput) => output.resources.filter((r): r is MaintenanceConfiguration => r.kind === 'maintenance-configuration')
const assignments = (output: ReaderOutput) => output.resources.filter((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment')
const kinds = (resources: readonly Resource[]) => resources.map(r => `${r.kind} ${r.displayName} ${r.variant}`.trim())

describe('bicepReader.claims', () => {
  it.each([
    ['infra/main.bicep', true],
    ['infra/prod.bicepparam', true],
    ['infra/MAIN.BICEP', true],
    ['infra/main.json', false],
    ['infra/main.bicep.bak', false]
  ])('%s → %s', (path, claimed) => {
    expect(bicepReader.claims({ path, absolutePath: `/${path}`, size: 1 }, () => '')).toBe(claimed)
  })
})

describe('bicepReader: a template calling a VM module (starter kit)', () => {
  it('reports the VM once, at the module call, with the SKU passed from the caller default', async () => {
    const output = await read('starter-kit')
    expect(output.parseErrors).toEqual([])
    expect(output.manifests).toEqual(['main.bicep', 'modules/vm.bicep'])
    const [vm, ...others] = vms(output)
    expect(others).toEqual([])
    expect(vm?.identity).toEqual({ type: 'Microsoft.Compute/virtualMachines', name: 'app-01', symbol: 'main.bicep#appServer > modules/vm.bicep#vm' })
    expect(vm?.reportAt).toEqual(at('main.bicep', 12, 1))
    expect(vm?.declaredAt).toEqual(at('modules/vm.bicep', 9, 1))
    expect(vm?.related).toEqual([{ file: 'modules/vm.bicep', startLine: 9, role: 'module' }])
    expect(vm?.variant).toBe('')
    expect(vm?.deployed).toEqual({ value: true, origin: 'literal', location: at('modules/vm.bicep', 9, 1) })
    expect(vm?.image.sku).toEqual({
      value: '2025-datacenter-azure-edition',
      origin: 'default',
      location: at('modules/vm.bicep', 32, 9),
      detail: 'windowsSku',
      via: [at('modules/vm.bicep', 4, 1), at('main.bicep', 20, 5), at('main.bicep', 6, 1)]
    })
    expect(vm?.image.publisher).toEqual({ value: 'MicrosoftWindowsServer', origin: 'literal', location: at('modules/vm.bicep', 30, 9) })
    expect(vm?.enableHotpatching).toEqual({ value: true, origin: 'literal', location: at('modules/vm.bicep', 24, 11) })
    expect(vm?.patchMode).toEqual({ value: 'AutomaticByPlatform', origin: 'literal', location: at('modules/vm.bicep', 23, 11) })
    expect(vm?.osType).toEqual({ value: 'Windows', origin: 'literal', location: at('modules/vm.bicep', 20, 7) })
    expect(vm?.rebootSetting).toEqual({ value: undefined, origin: 'absent', location: at('modules/vm.bicep', 9, 1) })
    expect(vm?.location).toEqual({
      value: undefined,
      origin: 'unresolved',
      location: at('modules/vm.bicep', 11, 3),
      reason: 'resourceGroup().location is only known at deployment',
      detail: 'location',
      via: [at('modules/vm.bicep', 1, 1), at('main.bicep', 15, 5), at('main.bicep', 3, 1)]
    })
  })

  it('collects the inline exemption comment', async () => {
    const output = await read('starter-kit')
    expect(output.inlineExemptions).toEqual([{ location: at('main.bicep', 11, 1), text: 'ticket=OPS-12 until=2026-01-31' }])
  })
})

describe('bicepReader: parameter files', () => {
  it('evaluates the template once per .bicepparam file, not with its defaults', async () => {
    const output = await read('parameter-files')
    expect(output.parseErrors).toEqual([])
    expect(kinds(output.resources)).toEqual([
      'virtual-machine vm-dev dev.bicepparam',
      'maintenance-configuration mc-vm-dev dev.bicepparam',
      'maintenance-assignment vm-dev-patching dev.bicepparam',
      'virtual-machine vm-prod prod.bicepparam',
      'maintenance-configuration mc-vm-prod prod.bicepparam',
      'maintenance-assignment vm-prod-patching prod.bicepparam'
    ])
  })

  it('reports at the template line, with the parameter file lines as origin and related locations', async () => {
    const [dev, prod] = vms(await read('parameter-files'))
    expect(prod?.reportAt).toEqual(at('main.bicep', 6, 1))
    expect(prod?.identity.symbol).toBe('prod.bicepparam > main.bicep#vm')
    expect(prod?.image.sku).toEqual({
      value: '2022-datacenter-azure-edition-core',
      origin: 'parameter-file',
      location: at('main.bicep', 30, 9),
      detail: 'imageSku',
      via: [at('main.bicep', 2, 1), at('prod.bicepparam', 6, 1)]
    })
    expect(prod?.enableHotpatching).toEqual({
      value: true,
      origin: 'parameter-file',
      location: at('main.bicep', 18, 11),
      detail: 'hotpatch',
      via: [at('main.bicep', 3, 1), at('prod.bicepparam', 7, 1)]
    })
    expect(prod?.related).toEqual([
      { file: 'prod.bicepparam', startLine: 3, role: 'parameter-file' },
      { file: 'prod.bicepparam', startLine: 5, role: 'parameter-file' },
      { file: 'prod.bicepparam', startLine: 6, role: 'parameter-file' },
      { file: 'prod.bicepparam', startLine: 7, role: 'parameter-file' }
    ])
    expect(dev?.enableHotpatching).toEqual({
      value: false,
      origin: 'default',
      location: at('main.bicep', 18, 11),
      detail: 'hotpatch',
      via: [at('main.bicep', 3, 1)],
      defaultAt: at('main.bicep', 3, 1)
    })
    expect(dev?.related).toEqual([{ file: 'dev.bicepparam', startLine: 3, role: 'parameter-file' }])
    expect(dev?.tags).toEqual({ value: { env: 'app', tier: '1' }, origin: 'literal', location: at('main.bicep', 9, 3) })
    expect(dev?.bypassPlatformSafetyChecksOnUserSchedule).toEqual({ value: true, origin: 'literal', location: at('main.bicep', 21, 13) })
  })

  it('links the assignment to the VM symbol and to the configuration id', async () => {
    const output = await read('parameter-files')
    const prod = assignments(output).find(a => a.variant === 'prod.bicepparam')
    expect(prod?.target?.target).toEqual({
      value: { type: 'Microsoft.Compute/virtualMachines', name: 'vm-prod', symbol: 'prod.bicepparam > main.bicep#vm' },
      origin: 'literal',
      location: at('main.bicep', 67, 3)
    })
    expect(prod?.configuration.target.value).toEqual({
      type: 'Microsoft.Maintenance/maintenanceConfigurations',
      name: 'mc-vm-prod',
      symbol: 'prod.bicepparam > main.bicep#window'
    })
    expect(prod?.filter).toBeUndefined()
    const configuration = configurations(output).find(c => c.variant === 'prod.bicepparam')
    expect(configuration?.identity.symbol).toBe('prod.bicepparam > main.bicep#window')
    expect(configuration?.maintenanceScope).toEqual({ value: 'InGuestPatch', origin: 'literal', location: at('main.bicep', 41, 5) })
    expect(configuration?.window.recurEvery).toEqual({ value: 'Month Second Tuesday Offset4', origin: 'literal', location: at('main.bicep', 49, 7) })
    expect(configuration?.window.expirationDateTime).toEqual({ value: undefined, origin: 'absent', location: at('main.bicep', 37, 1) })
    expect(configuration?.rebootSetting).toEqual({ value: 'IfRequired', origin: 'literal', location: at('main.bicep', 52, 7) })
    expect(configuration?.classificationsToInclude).toEqual({ value: ['Critical', 'Security'], origin: 'literal', location: at('main.bicep', 54, 9) })
    expect(configuration?.kbNumbersToInclude).toEqual({ value: [], origin: 'literal', location: at('main.bicep', 58, 9) })
  })
})

describe('bicepReader: an AVM-style module test with a module loop', () => {
  it('yields one VM per loop item, with the image and hotpatch flag passed through the module', async () => {
    const output = await read('avm-style')
    expect(output.parseErrors).toEqual([])
    expect(kinds(output.resources)).toEqual([
      'maintenance-configuration dep-hp-mc',
      'virtual-machine hpvm [0]',
      'maintenance-assignment hpvmassignment [0]',
      'virtual-machine hpvm [1]',
      'maintenance-assignment hpvmassignment [1]'
    ])
    const [first, second] = vms(output)
    expect(first?.identity).toEqual({
      type: 'Microsoft.Compute/virtualMachines',
      name: 'hpvm',
      resourceGroup: 'dep-hp-compute-rg',
      symbol: 'tests/hotpatch/main.test.bicep#testDeployment[0] > vm/main.bicep#vm'
    })
    expect(first?.reportAt).toEqual(at('tests/hotpatch/main.test.bicep', 22, 1))
    expect(first?.declaredAt).toEqual(at('vm/main.bicep', 59, 1))
    expect(first?.image.sku).toEqual({
      value: '2025-datacenter-azure-edition-core',
      origin: 'literal',
      location: at('tests/hotpatch/main.test.bicep', 32, 9),
      detail: 'imageReference',
      via: [at('vm/main.bicep', 11, 1), at('tests/hotpatch/main.test.bicep', 29, 7)]
    })
    expect(first?.enableHotpatching.value).toBe(true)
    expect(first?.enableHotpatching.origin).toBe('variable')
    expect(first?.enableHotpatching.detail).toBe('windowsConfiguration')
    expect(first?.enableHotpatching.location).toEqual(at('vm/main.bicep', 48, 9))
    expect(first?.rebootSetting).toMatchObject({ value: 'IfRequired', origin: 'default', detail: 'rebootSetting', location: at('vm/main.bicep', 52, 15) })
    expect(first?.osType).toEqual({
      value: 'Windows',
      origin: 'literal',
      location: at('vm/main.bicep', 68, 9),
      detail: 'osType',
      via: [at('vm/main.bicep', 17, 1), at('tests/hotpatch/main.test.bicep', 28, 7)]
    })
    expect(first?.tags.value).toEqual({ managedBy: 'bicep', iteration: 'init' })
    expect(second?.tags.value).toEqual({ managedBy: 'bicep', iteration: 'idem' })
    expect(second?.variant).toBe('[1]')
  })

  it('links each assignment to its VM and to the configuration from the dependencies module output', async () => {
    const output = await read('avm-style')
    const [configuration] = configurations(output)
    const [first] = assignments(output)
    expect(first?.target?.target.value).toEqual(vms(output)[0]?.identity)
    expect(first?.configuration.target.value).toEqual(configuration?.identity)
    expect(configuration?.identity).toEqual({
      type: 'Microsoft.Maintenance/maintenanceConfigurations',
      name: 'dep-hp-mc',
      resourceGroup: 'dep-hp-compute-rg',
      symbol: 'tests/hotpatch/main.test.bicep#nestedDependencies > tests/hotpatch/dependencies.bicep#maintenanceConfiguration'
    })
    expect(first?.deployed).toMatchObject({ value: true, origin: 'expression', location: at('vm/main.bicep', 78, 99) })
    expect(configuration?.rebootSetting).toEqual({ value: 'AlwaysReboot', origin: 'literal', location: at('tests/hotpatch/dependencies.bicep', 20, 7) })
    expect(configuration?.excludeKbsRequiringReboot).toEqual({ value: false, origin: 'literal', location: at('tests/hotpatch/dependencies.bicep', 22, 9) })
    expect(configuration?.kbNumbersToInclude.value).toEqual(['KB5070881'])
  })
})

describe('bicepReader: modules it cannot read', () => {
  it('leaves values from registry and ARM JSON modules unresolved, and notes a missing module file', async () => {
    const output = await read('registry')
    // Issue 13: a registry module is said so where it is called, as a local module that is missing is.
    const registry = (line: number, column: number, reference: string) =>
      ({ file: 'main.bicep', line, column, message: `registry module ${reference} is not read; the resources it deploys are not checked`, severity: 'notice' })
    expect(output.parseErrors).toEqual([
      registry(3, 14, 'br/public:avm/utl/image-catalog:0.1.0'),
      registry(7, 17, 'br/public:avm/res/compute/virtual-machine:0.7.0'),
      { file: 'main.bicep', line: 18, column: 16, message: "module 'modules/missing.bicep' not read: module file 'modules/missing.bicep' not found", severity: 'notice' }
    ])
    const [vm] = vms(output)
    expect(vm?.image.sku).toEqual({
      value: undefined,
      origin: 'unresolved',
      location: at('main.bicep', 29, 9),
      reason: 'registry module br/public:avm/utl/image-catalog:0.1.0 is not read'
    })
    expect(vm?.image.version).toMatchObject({ origin: 'unresolved', reason: 'ARM JSON module modules/legacy.json not expanded' })
    expect(vm?.enableHotpatching.value).toBe(true)
  })

  it('reports a module cycle at the call that closes it, and still reads the template', async () => {
    const output = await read('cycle')
    expect(output.parseErrors).toEqual([{ file: 'b.bicep', line: 1, column: 10, message: 'module cycle: a.bicep -> b.bicep -> a.bicep', severity: 'error' }])
    expect(kinds(output.resources)).toEqual(['virtual-machine cycle-vm'])
  })
})

describe('bicepReader: other resource shapes', () => {
  it('reads subscription-level dynamic scopes with their filter', async () => {
    const [fleet, anyTag] = assignments(await read('dynamic-scope'))
    expect(fleet?.target).toBeUndefined()
    expect(fleet?.configuration.target).toEqual({
      value: { type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'mc-monthly', resourceGroup: 'rg-patching', subscription: '0000' },
      origin: 'default',
      location: at('main.bicep', 8, 5),
      detail: 'maintenanceConfigurationId',
      via: [at('main.bicep', 3, 1)],
      defaultAt: at('main.bicep', 3, 1)
    })
    expect(fleet?.filter).toEqual({
      resourceTypes: { value: ['Microsoft.Compute/virtualMachines'], origin: 'literal', location: at('main.bicep', 10, 7) },
      resourceGroups: { value: ['rg-app'], origin: 'literal', location: at('main.bicep', 11, 7) },
      locations: { value: ['westeurope', 'northeurope'], origin: 'literal', location: at('main.bicep', 12, 7) },
      osTypes: { value: ['Windows'], origin: 'literal', location: at('main.bicep', 13, 7) },
      tags: { value: { patchGroup: ['hotpatch'] }, origin: 'literal', location: at('main.bicep', 15, 9) },
      tagOperator: { value: 'All', origin: 'literal', location: at('main.bicep', 18, 9) }
    })
    expect(anyTag?.filter?.tagOperator).toEqual({ value: 'Any', origin: 'provider-default', location: at('main.bicep', 24, 1) })
    expect(anyTag?.filter?.resourceTypes).toEqual({ value: undefined, origin: 'absent', location: at('main.bicep', 24, 1) })
  })

  it('reads the legacy per-VM assignment type, a scale set without a mode, conditional loops, and skips DevTestLab VMs', async () => {
    const output = await read('legacy')
    expect(kinds(output.resources)).toEqual([
      'maintenance-assignment weekly',
      'scale-set vmss-default-mode',
      'virtual-machine web-0 [0]',
      'virtual-machine web-1 [1]'
    ])
    const [legacy] = assignments(output)
    expect(legacy?.target?.target).toEqual({
      value: { type: 'Microsoft.Compute/virtualMachines', name: 'legacy-vm' },
      origin: 'expression',
      location: at('main.bicep', 5, 3),
      via: [at('main.bicep', 1, 1)]
    })
    expect(legacy?.configuration.target.value).toEqual({ type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'mc-weekly' })
    const [scaleSet, web0, web1] = vms(output)
    expect(scaleSet?.orchestrationMode).toEqual({ value: undefined, origin: 'absent', location: at('main.bicep', 12, 1) })
    // Unset stays absent in every ARM-shaped format (issue 12: one Azure compute adapter; issue 9 item 4).
    expect(scaleSet?.enableHotpatching).toEqual({ value: undefined, origin: 'absent', location: at('main.bicep', 12, 1) })
    expect(scaleSet?.image.sku).toEqual({ value: '2022-datacenter-azure-edition', origin: 'literal', location: at('main.bicep', 21, 11) })
    expect(web0?.deployed).toEqual({ value: false, origin: 'expression', location: at('main.bicep', 44, 86) })
    expect(web1?.deployed).toEqual({ value: true, origin: 'expression', location: at('main.bicep', 44, 86) })
    expect(web1?.identity.symbol).toBe('main.bicep#web[1]')
  })

  it('recovers from a syntax error and still reads the declarations after it', async () => {
    const output = await read('broken')
    expect(output.parseErrors).toEqual([
      { file: 'main.bicep', line: 10, column: 48, message: "expected a new line, ',' or '}' after the object property, found 'subnet'", severity: 'error' }
    ])
    expect(kinds(output.resources)).toEqual(['virtual-machine broken-vm'])
    expect(vms(output)[0]?.image.sku.value).toBe('2025-datacenter-azure-edition')
  })
})

describe('bicepReader: JSON parameter files (shared/bicep-parameter-files.ts)', () => {
  it('evaluates a template once per JSON parameter file of its folder that deploys it, not with its defaults', async () => {
    const output = await read('json-parameter-files')
    expect(kinds(output.resources)).toEqual([
      'virtual-machine vm-app-dev app.parameters.dev.json',
      'virtual-machine vm-app-prod app.parameters.prod.json',
      'virtual-machine vm-shop-web main.parameters.json',
      'virtual-machine vm-from-parameters azuredeploy.parameters.json',
      // azuredeploy.json beside it is bicep build output (the quickstart layout): its parameter file deploys main.bicep too.
      'virtual-machine vm-from-parameters azuredeploy.parameters.json',
      // A parameter file of a shorter name (`az deployment group create --parameters param.json`).
      'virtual-machine vm-from-param-json param.json',
      // A params.json that sets no parameter (not a parameter file): main.bicep keeps its defaults.
      'virtual-machine vm-sample',
      // Beside an azuredeploy.json of its own, azuredeploy.parameters.json is that ARM template's: main.bicep keeps its defaults.
      'virtual-machine vm-sample',
      // Two templates the parameter file's name points at neither of: the ARM reader says it is applied to nothing.
      'virtual-machine vm-sample',
      'virtual-machine vm-sample'
    ])
    expect(output.parseErrors).toEqual([])
    expect(output.manifests).toEqual([
      'envs/app.bicep',
      'infra/main.bicep',
      'loose/main.bicep',
      'not-parameters/main.bicep',
      'quickstart-built/main.bicep',
      'quickstart/main.bicep',
      'short-name/main.bicep',
      'two-templates/a.bicep',
      'two-templates/b.bicep',
      'envs/app.parameters.dev.json',
      'envs/app.parameters.prod.json',
      'infra/main.parameters.json',
      'loose/azuredeploy.parameters.json',
      'quickstart-built/azuredeploy.parameters.json',
      'short-name/param.json'
    ])
  })

  it('takes each value from the file, where the file writes it; what azd or Key Vault fills in is unresolved', async () => {
    const vm = vms(await read('json-parameter-files')).find(resource => resource.displayName === 'vm-shop-web') as VirtualMachine
    const parameters = 'infra/main.parameters.json'
    expect(vm.identity.symbol).toBe(`${parameters} > infra/main.bicep#vm`)
    // `VMSku` sets `vmSku`: ARM matches parameter names ignoring case.
    expect(vm.image.sku).toEqual({
      value: '2025-datacenter-azure-edition',
      origin: 'parameter-file',
      location: at('infra/main.bicep', 28, 9),
      detail: 'VMSku',
      via: [at('infra/main.bicep', 4, 1), at(parameters, 12, 7)]
    })
    expect(vm.enableHotpatching).toEqual({
      value: true,
      origin: 'parameter-file',
      location: at('infra/main.bicep', 20, 11),
      detail: 'hotpatch',
      via: [at('infra/main.bicep', 5, 1), at(parameters, 15, 7)]
    })
    expect(vm.location).toEqual({
      value: undefined,
      origin: 'unresolved',
      location: at('infra/main.bicep', 11, 3),
      reason: `${parameters} sets it to '\${AZURE_LOCATION}', which the Azure Developer CLI fills from its environment variable AZURE_LOCATION when it deploys`,
      detail: 'location',
      via: [at('infra/main.bicep', 3, 1), at(parameters, 9, 7)]
    })
    // Every line of the file a value of the VM came from (its name too: `environmentName`).
    expect(vm.related).toEqual([
      { file: parameters, startLine: 6, role: 'parameter-file' },
      { file: parameters, startLine: 9, role: 'parameter-file' },
      { file: parameters, startLine: 12, role: 'parameter-file' },
      { file: parameters, startLine: 15, role: 'parameter-file' }
    ])
  })

  it('keeps the template default for what the file does not set', async () => {
    const prod = vms(await read('json-parameter-files')).find(resource => resource.displayName === 'vm-app-prod') as VirtualMachine
    expect([prod.image.sku.value, prod.image.sku.origin]).toEqual(['2025-datacenter-azure-edition', 'default'])
    const dev = vms(await read('json-parameter-files')).find(resource => resource.displayName === 'vm-app-dev') as VirtualMachine
    expect([dev.image.sku.value, dev.image.sku.origin]).toEqual(['2022-datacenter', 'parameter-file'])
  })
})

describe('bicepReader: a module path in another letter case than the file', () => {
  it('reads the file Windows and macOS would open, saying Bicep on Linux does not find it', async () => {
    const output = await read('letter-case')
    expect(kinds(output.resources)).toEqual(['virtual-machine vm-case-01'])
    expect(vms(output)[0]?.declaredAt).toEqual(at('Modules/WinVM.bicep', 3, 1))
    expect(output.parseErrors).toEqual([
      {
        ...at('main.bicep', 2, 12),
        message: "module path './modules/winvm.bicep' names Modules/WinVM.bicep in another letter case: read, as Windows and macOS find it, though Bicep on Linux does not",
        severity: 'notice'
      }
    ])
  })
})

describe('bicepReader: a parameter without a value, pinned to a few values', () => {
  const template = (params: string) =>
    `${params}
resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: 'vm1'
  properties: {
    storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: sku } }
    osProfile: { windowsConfiguration: { patchSettings: { enableHotpatching: hotpatch, automaticByPlatformSettings: { rebootSetting: reboot } } } }
  }
}
`
  const read = async (params: string) => vms(await readMemory({ 'main.bicep': template(params) }))[0]

  it('a type that is a union of literals (or one literal) allows those values, as @allowed does', async () => {
    const vm = await read(
      "param sku '2025-datacenter-azure-edition' | '2025-datacenter-azure-edition-core'\nparam hotpatch true\n@allowed(['Never'])\nparam reboot string"
    )
    expect(vm?.image.sku).toEqual({
      value: undefined,
      origin: 'unresolved',
      location: at('main.bicep', 8, 102),
      reason: "parameter 'sku' has no default and no parameter file sets it",
      detail: 'sku',
      via: [at('main.bicep', 1, 1)],
      allowed: ['2025-datacenter-azure-edition', '2025-datacenter-azure-edition-core']
    })
    expect(vm?.enableHotpatching.allowed).toEqual([true])
    expect(vm?.rebootSetting.allowed).toEqual(['Never'])
  })

  it('not a union with null or with a type that is not a literal, nor a parameter that has a value', async () => {
    // The literal union alone is pinned.
    expect((await read("param sku 'a' | 'b'\nparam hotpatch bool\nparam reboot string"))?.image.sku.allowed).toEqual(['a', 'b'])
    const vm = await read("param sku '2025-datacenter-azure-edition' | string\nparam hotpatch true | null\nparam reboot 'Never' | 'IfRequired' = 'IfRequired'")
    expect([vm?.image.sku.origin, vm?.image.sku.allowed]).toEqual(['unresolved', undefined])
    expect(vm?.enableHotpatching.allowed).toBeUndefined()
    expect([vm?.rebootSetting.value, vm?.rebootSetting.allowed]).toEqual(['IfRequired', undefined])
  })
})
