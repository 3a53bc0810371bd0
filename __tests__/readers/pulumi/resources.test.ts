/**
 * Unit tests for src/readers/pulumi/resources.ts: azure-native resources in the model.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, MaintenanceConfiguration } from '../../../src/model/resources.js'
import { pulumiReader } from '../../../src/readers/pulumi/pulumi-reader.js'
import type { ReaderOutput } from '../../../src/readers/reader.js'
import { scan } from '../../../src/scan.js'
import { fixture, readFolder, show, showAssignment, showConfiguration, showVm } from '../kubernetes/helpers.js'

const MC = 'Microsoft.Maintenance/maintenanceConfigurations'

let fleet: ReaderOutput
let scaleOut: ReaderOutput
let parent: ReaderOutput
beforeAll(async () => {
  fleet = await readFolder(pulumiReader, fixture('pulumi/hotpatch-fleet'))
  scaleOut = await readFolder(pulumiReader, fixture('pulumi/scale-out'))
  parent = await readFolder(pulumiReader, fixture('pulumi/parent-assignment'))
})

const bySymbol = <T>(output: ReaderOutput, symbol: string): T => {
  const found = output.resources.find(r => r.identity.symbol === symbol)
  if (found === undefined) throw new Error(symbol)
  return found as T
}

describe('VirtualMachineScaleSet', () => {
  it('reads a versioned token and virtualMachineProfile', () => {
    expect(showVm(bySymbol(scaleOut, 'Pulumi.yaml#pool'))).toMatchObject({
      kind: 'scale-set',
      canHotpatch: true,
      orchestrationMode: '"Flexible" literal @28:26',
      osType: '"Windows" literal @38:13',
      patchMode: '"AutomaticByPlatform" literal @40:26',
      enableHotpatching: 'true literal @41:34'
    })
  })

  it('does not model a VM read with get: (deployed elsewhere), but lets references reach it', () => {
    expect(scaleOut.resources.some(r => r.identity.symbol === 'Pulumi.yaml#legacy')).toBe(false)
    const assignment = bySymbol<MaintenanceAssignment>(scaleOut, 'Pulumi.yaml#legacyWeekly')
    expect(assignment.target?.target).toEqual({
      value: {
        type: 'Microsoft.Compute/virtualMachines',
        name: 'legacy-01',
        // A `get:` resource carries no symbol: its ID says which resource it is (issue 9).
        resourceGroup: 'rg-legacy',
        subscription: '00000000-0000-0000-0000-000000000000'
      },
      origin: 'expression',
      detail: 'legacy',
      location: { file: 'Pulumi.yaml', line: 115, column: 21, endLine: 115, endColumn: 35 }
    })
  })
})

describe('MaintenanceConfiguration', () => {
  it('reads the window from flattened top-level inputs', () => {
    expect(showConfiguration(bySymbol<MaintenanceConfiguration>(fleet, 'Pulumi.yaml#schedule@prod'))).toEqual({
      identity: {
        type: MC,
        name: 'mc-web-monthly',
        resourceGroup: 'rg-hotpatch-prod',
        symbol: 'Pulumi.yaml#schedule@prod'
      },
      scope: '"InGuestPatch" literal @63:25',
      window: [
        '"2025-11-15 02:00" literal @64:22',
        'absent @57:3',
        '"03:55" literal @65:17',
        '"W. Europe Standard Time" literal @66:17',
        '"Month Second Tuesday Offset4" literal @67:19'
      ],
      rebootSetting: '"IfRequired" literal @71:24',
      excludeKbsRequiringReboot: 'false literal @76:38',
      classifications: '["Critical","Security"] literal @74:13',
      kbs: 'absent @57:3'
    })
  })
})

describe('ConfigurationAssignment', () => {
  it('links the VM by resourceName: ${vm.name} and the configuration by ${mc.id}', () => {
    expect(showAssignment(bySymbol<MaintenanceAssignment>(fleet, 'Pulumi.yaml#scheduleForWeb@prod'))).toEqual({
      identity: {
        type: 'Microsoft.Maintenance/configurationAssignments',
        name: 'web-monthly',
        resourceGroup: 'rg-hotpatch-prod',
        symbol: 'Pulumi.yaml#scheduleForWeb@prod'
      },
      configuration:
        '{"type":"Microsoft.Maintenance/maintenanceConfigurations","name":"mc-web-monthly","symbol":"Pulumi.yaml#schedule@prod","resourceGroup":"rg-hotpatch-prod"} expression schedule @85:35',
      target:
        '{"type":"Microsoft.Compute/virtualMachines","name":"web-prod-01","symbol":"Pulumi.yaml#web@prod","resourceGroup":"rg-hotpatch-prod"} expression web @83:21'
    })
  })

  it('links by resourceName: ${pool.name} in the scale set\'s own group and type, and a bare ${weekly}', () => {
    const assignment = bySymbol<MaintenanceAssignment>(scaleOut, 'Pulumi.yaml#poolWeekly')
    expect(assignment.target?.target.value).toEqual({
      type: 'Microsoft.Compute/virtualMachineScaleSets',
      name: undefined,
      resourceGroup: 'rg-scale-out',
      symbol: 'Pulumi.yaml#pool'
    })
    expect(assignment.configuration.target.value?.symbol).toBe('Pulumi.yaml#weekly')
  })

  it('rejects references to resources of the wrong type; a resourceId without the path assigns nothing', () => {
    expect(showAssignment(bySymbol<MaintenanceAssignment>(scaleOut, 'Pulumi.yaml#wrongTarget'))).toMatchObject({
      configuration: `unresolved @134:35: pool is not a ${MC}`,
      // azure-native requires providerName, resourceType and resourceName (the REST path): never created.
      target: 'absent @129:3'
    })
  })
})

describe('dynamic scopes', () => {
  it('reads a subscription scope filter; the configuration ID is built from config', () => {
    expect(showAssignment(bySymbol<MaintenanceAssignment>(scaleOut, 'Pulumi.yaml#everyWindowsVm'))).toEqual({
      identity: {
        type: 'Microsoft.Maintenance/configurationAssignments',
        name: 'windows-monthly',
        symbol: 'Pulumi.yaml#everyWindowsVm'
      },
      configuration: `{"type":"${MC}","name":"ops-monthly","resourceGroup":"rg-ops","subscription":"00000000-0000-0000-0000-000000000000"} expression @82:35`,
      target: 'undefined',
      filter: {
        resourceTypes: '["Microsoft.Compute/virtualMachines"] literal @85:11',
        resourceGroups: 'absent @78:3',
        // `["${region}"]`: a literal list through the config default (line 9) it reads.
        locations: '["westeurope"] expression @87:20 via Pulumi.yaml:9, Pulumi.yaml:87',
        osTypes: '["Windows"] literal @86:18',
        tags: '{"patch-group":["web","api"]} literal @90:13',
        tagOperator: '"All" literal @91:27'
      }
    })
  })

  it('limits a resource-group scope to its own group', () => {
    const assignment = bySymbol<MaintenanceAssignment>(scaleOut, 'Pulumi.yaml#thisGroup')
    expect(show(assignment.filter?.resourceGroups)).toBe('["rg-scale-out"] variable rgName @11:11 via Pulumi.yaml:95')
    expect(show(assignment.filter?.tagOperator)).toBe('"Any" provider-default @92:3')
  })
})

describe('ConfigurationAssignmentParent', () => {
  it('assigns to the one child resource its path names, a scale set instance, never as a dynamic scope', () => {
    const assignment = bySymbol<MaintenanceAssignment>(parent, 'Pulumi.yaml#instanceWindow')
    expect(showAssignment(assignment)).toEqual({
      identity: {
        type: 'Microsoft.Maintenance/configurationAssignments',
        name: 'pool-instance-0',
        resourceGroup: 'rg-app',
        symbol: 'Pulumi.yaml#instanceWindow'
      },
      configuration: `{"type":"${MC}","name":"mc-monthly","symbol":"Pulumi.yaml#monthly","resourceGroup":"rg-app"} expression monthly @57:35`,
      target:
        '{"type":"Microsoft.Compute/virtualMachineScaleSets/virtualMachines","name":"pool_0","resourceGroup":"rg-app"} literal @56:21'
    })
    expect(assignment.filter).toBeUndefined()
    expect(assignment.target?.notWindowsVm).toBeUndefined()
  })

  it('leaves an unknown part unresolved, on a target that can never be a standalone VM', () => {
    const assignment = bySymbol<MaintenanceAssignment>(parent, 'Pulumi.yaml#someInstanceWindow')
    expect(show(assignment.target?.target)).toBe('unresolved @67:21: config "instanceName" has no value without a stack settings file and no default')
    expect(assignment.target?.notWindowsVm).toBe(true)
    expect(assignment.filter).toBeUndefined()
  })

  it('reads no other ConfigurationAssignment* type as an assignment', () => {
    expect(parent.resources.map(r => `${r.kind} ${r.identity.symbol ?? ''}`)).toEqual([
      'virtual-machine Pulumi.yaml#app',
      'maintenance-configuration Pulumi.yaml#monthly',
      'maintenance-assignment Pulumi.yaml#instanceWindow',
      'maintenance-assignment Pulumi.yaml#someInstanceWindow'
    ])
  })

  it('gives the standalone VM beside the scale set no plan', async () => {
    const result = await scan({ root: fixture('pulumi/parent-assignment'), asOf: new Date('2025-11-03T00:00:00Z') })
    expect(result.findings.map(f => `${f.ruleId} ${f.severity} ${f.location.file}:${f.location.line}`)).toEqual([
      'reboot-plan-required error Pulumi.yaml:8'
    ])
  })
})
