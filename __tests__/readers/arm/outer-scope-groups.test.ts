/**
 * The resource group an ARM resource ID names when it is evaluated in the parent template's scope: `resourceId()`
 * without a group in an outer-scope nested deployment (the default) resolves to the parent's group, not to the
 * group the nested deployment sets ("outer: resolve to the scope of the parent template", Learn scope-functions),
 * and so does `resourceGroup().name` passed down to an inner-scope template. Verdicts, reasons and locations from
 * the JSON report; inner scope, no `resourceGroup` and a literal group are the controls.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { scan } from '../../../src/scan.js'
import { armWindow } from '../../support/manifests.js'

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
const AS_OF = new Date('2025-11-03T00:00:00Z')

type Json = Record<string, unknown>
const folders: string[] = []
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })))

const configuration = (name: string, rebootSetting: string): Json => armWindow(name, { rebootSetting })
const vm = (name: string): Json => ({
  type: 'Microsoft.Compute/virtualMachines',
  apiVersion: '2024-07-01',
  name,
  location: 'westeurope',
  properties: {
    storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' } },
    osProfile: {
      windowsConfiguration: {
        patchSettings: {
          patchMode: 'AutomaticByPlatform',
          enableHotpatching: true,
          automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
        }
      }
    }
  }
})
const assignment = (configurationId: string): Json => ({
  type: 'Microsoft.Maintenance/configurationAssignments',
  apiVersion: '2023-04-01',
  name: 'a1',
  location: 'westeurope',
  scope: 'Microsoft.Compute/virtualMachines/vm1',
  properties: { maintenanceConfigurationId: configurationId }
})
const PLANNED = [
  "maintenance configuration 'mc1' is assigned directly (assignment 'a1') and is an InGuestPatch window that allows reboots (rebootSetting IfRequired); next reboot window 2026-01-17 22:00 UTC, 4 days after the January 2026 baseline",
  'patchMode is AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule is true, so the window is honoured'
]
const BY_RESOURCE_ID = "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc1')]"

interface Deployment {
  readonly resourceGroup?: string
  readonly scope?: 'inner' | 'outer'
  readonly parameters?: Json
  readonly templateParameters?: Json
}
function deployment(resources: Json[], { resourceGroup, scope, parameters, templateParameters }: Deployment): Json {
  const template = { $schema: SCHEMA, contentVersion: '1.0.0.0', ...(templateParameters === undefined ? {} : { parameters: templateParameters }), resources }
  const properties: Json = { mode: 'Incremental', ...(scope === undefined ? {} : { expressionEvaluationOptions: { scope } }), ...(parameters === undefined ? {} : { parameters }), template }
  return { type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: 'app', ...(resourceGroup === undefined ? {} : { resourceGroup }), properties }
}

async function verdictOf(resources: Json[]) {
  const root = mkdtempSync(join(tmpdir(), 'outer-scope-'))
  folders.push(root)
  writeFileSync(join(root, 'main.json'), `${JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', resources }, null, 2)}\n`)
  const report = buildJsonReport(await scan({ root, asOf: AS_OF, repositoryFolder: '' }), { toolVersion: 'test', asOf: '2025-11-03' })
  return report.resources.map(r => ({
    vm: `${r.name} ${r.file}:${r.startLine}`,
    verdict: r.verdict,
    plan: r.evidence.map(e => {
      const configuration = e.kind === 'maintenance-assignment' ? e.configuration : undefined
      const named = configuration === undefined ? 'none' : [configuration.name, configuration.file, configuration.startLine].filter(part => part !== undefined).join(' ')
      return `${e.status} ${e.file}:${e.startLine} -> ${named}`
    }),
    reasons: r.reasons.slice(2),
    findings: report.findings.map(f => `${f.ruleId} ${f.file}:${f.startLine}`)
  }))
}

describe('resource IDs of an outer-scope nested deployment into another group name the parent’s group (#2)', () => {
  it('picks the parent’s configuration, not the one of the same name the nested deployment declares in its group', async () => {
    const nested = (scope?: 'inner' | 'outer') => deployment([configuration('mc1', 'IfRequired'), vm('vm1'), assignment(BY_RESOURCE_ID)], { resourceGroup: 'rg-other', scope })
    const parentNever = configuration('mc1', 'Never')
    // Outer scope, by default and written: the parent's mc1 (line 5), whose rebootSetting is Never (line 22).
    const blocked = {
      vm: 'vm1 main.json:70',
      verdict: 'affected-reboot-blocked',
      plan: ['reboot-blocked main.json:98 -> mc1 main.json 5'],
      reasons: ["maintenance configuration 'mc1' is assigned directly (assignment 'a1'), but its rebootSetting is Never (main.json:22)"],
      findings: ['reboot-blocked main.json:22']
    }
    expect(await verdictOf([parentNever, nested()])).toEqual([blocked])
    expect(await verdictOf([parentNever, nested('outer')])).toEqual([{ ...blocked, vm: 'vm1 main.json:73', plan: ['reboot-blocked main.json:101 -> mc1 main.json 5'] }])
    // Control: in inner scope resourceId() names the nested deployment's group, and its mc1 (IfRequired).
    expect(await verdictOf([parentNever, nested('inner')])).toEqual([
      {
        vm: 'vm1 main.json:73',
        verdict: 'affected-with-plan',
        plan: ['valid main.json:101 -> mc1 main.json 46'],
        reasons: PLANNED,
        findings: []
      }
    ])
  })

  it('finds the configuration the parent declares (it was "not declared in the scanned files")', async () => {
    const template = (target: Deployment) => [configuration('mc1', 'IfRequired'), deployment([vm('vm1'), assignment(BY_RESOURCE_ID)], target)]
    const planned = (line: number, assignmentLine: number) => ({
      vm: `vm1 main.json:${line}`,
      verdict: 'affected-with-plan',
      plan: [`valid main.json:${assignmentLine} -> mc1 main.json 5`],
      reasons: PLANNED,
      findings: []
    })
    expect(await verdictOf(template({ resourceGroup: 'rg-other' }))).toEqual([planned(43, 71)])
    // Control: without a resourceGroup the nested deployment deploys into the parent's group anyway.
    expect(await verdictOf(template({}))).toEqual([planned(42, 70)])
  })

  it('names the parent’s group only: a configuration declared in another group alone is not a plan, and says why', async () => {
    const elsewhere = deployment([configuration('mc1', 'IfRequired')], { resourceGroup: 'rg-maint' })
    const [result] = await verdictOf([elsewhere, { ...deployment([vm('vm1'), assignment(BY_RESOURCE_ID)], { resourceGroup: 'rg-other' }), name: 'app2' }])
    expect(result?.verdict).toBe('indeterminate')
    expect(result?.plan).toEqual(['unverifiable main.json:86 -> mc1'])
    const why =
      "the assignment names the 'mc1' of the resource group the deployment is run against, not of the group its nested deployment puts it in, " +
      "and the maintenance configuration is in resource group 'rg-maint': the same maintenance configuration only if the deployment is run against 'rg-maint'"
    expect(result?.reasons).toEqual([
      `assignment 'a1' targets it directly, but its maintenance configuration cannot be verified (${why})`,
      `maintenanceAssignment.configuration could not be resolved (main.json:93): ${why}`
    ])
    expect(result?.findings).toEqual(['indeterminate main.json:93'])
  })
})

describe('resourceGroup().name of the parent passed to an inner-scope deployment into another group (#9)', () => {
  const passing = (mcRg: string) =>
    deployment([vm('vm1'), assignment("[resourceId(parameters('mcRg'), 'Microsoft.Maintenance/maintenanceConfigurations', 'mc1')]")], {
      resourceGroup: 'rg-other',
      scope: 'inner',
      parameters: { mcRg: { value: mcRg } },
      templateParameters: { mcRg: { type: 'string' } }
    })

  it('names the group the parent runs against, where the parent declares the configuration', async () => {
    expect(await verdictOf([configuration('mc1', 'IfRequired'), passing('[resourceGroup().name]')])).toEqual([
      {
        vm: 'vm1 main.json:56',
        verdict: 'affected-with-plan',
        plan: ['valid main.json:84 -> mc1 main.json 5'],
        reasons: PLANNED,
        findings: []
      }
    ])
    // Control: a literal group names that group; the parent's mc1 is there only if the deployment runs against it.
    const [literal] = await verdictOf([configuration('mc1', 'IfRequired'), passing('rg-shared')])
    expect([literal?.verdict, literal?.reasons]).toEqual([
      'indeterminate',
      [
        "assignment 'a1' targets it directly, but its maintenance configuration cannot be verified (the assignment is deployed into " +
          "resource group 'rg-other' and names 'rg-shared/mc1', while the maintenance configuration is in the group its deployment is " +
          "run against: the same maintenance configuration only if that group is 'rg-shared')",
        "maintenanceAssignment.configuration could not be resolved (main.json:91): the assignment is deployed into resource group " +
          "'rg-other' and names 'rg-shared/mc1', while the maintenance configuration is in the group its deployment is run against: " +
          "the same maintenance configuration only if that group is 'rg-shared'"
      ]
    ])
  })
})
