/**
 * The whole scan on provider-upjet-azure-style examples: a Crossplane hotpatch VM beside broken YAML of objects the
 * gate does not model (a Cosmos DB SQL role assignment with `labels:` twice, an advanced threat protection whose
 * `targetResourceId: ""` runs into a comment), linked to it by the example labels. Those files cannot hide a VM: they
 * are listed as notices (skipped), not as parse errors, and the run's verdicts are the VM's alone. The same mistake
 * in the VM's own manifest is unreadable-manifest, an error that fails the run.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from '../readers/terraform/scan-files.js'

const VM = [
  'apiVersion: compute.azure.upbound.io/v1beta2',
  'kind: WindowsVirtualMachine',
  'metadata:',
  '  labels:',
  '    testing.upbound.io/example-name: orders',
  '  name: vm-orders',
  'spec:',
  '  forProvider:',
  '    location: westeurope',
  '    resourceGroupName: rg-orders',
  '    patchMode: AutomaticByPlatform',
  '    hotpatchingEnabled: true',
  '    sourceImageReference:',
  '      publisher: MicrosoftWindowsServer',
  '      offer: WindowsServer',
  '      sku: 2025-datacenter-azure-edition',
  '      version: latest',
  ''
].join('\n')

const ROLE_ASSIGNMENT = [
  'apiVersion: cosmosdb.azure.upbound.io/v1beta1',
  'kind: SQLRoleAssignment',
  'metadata:',
  '  annotations:',
  '    meta.upbound.io/example-id: cosmosdb/v1beta1/sqlroleassignment',
  '  labels:',
  '    testing.upbound.io/example-name: orders',
  '  annotations:',
  '    meta.upbound.io/example-id: cosmosdb/v1beta1/sqlroleassignment',
  '  name: orders-reader',
  'spec:',
  '  forProvider:',
  '    resourceGroupNameSelector:',
  '      matchLabels:',
  '        testing.upbound.io/example-name: orders',
  ''
].join('\n')

const THREAT_PROTECTION = [
  'apiVersion: security.azure.upbound.io/v1beta1',
  'kind: AdvancedThreatProtection',
  'metadata:',
  '  labels:',
  '    testing.upbound.io/example-name: orders',
  '  name: orders-store',
  'spec:',
  '  forProvider:',
  '    enabled: true',
  '    targetResourceId: ""# filled in by the composition',
  '      resourceGroupName: rg-orders',
  ''
].join('\n')

const listed = (result: Awaited<ReturnType<typeof scanFiles>>): string[] =>
  result.parseErrors.filter(error => error.file !== '.').map(error => `${error.file}:${error.line} ${error.severity} ${error.kind ?? ''}`)
const ruleIds = (result: Awaited<ReturnType<typeof scanFiles>>): string[] =>
  result.findings.map(finding => `${finding.ruleId} ${finding.location.file}:${finding.location.line}`)

describe('broken YAML of Azure objects the gate does not model, beside a hotpatch VM', () => {
  it('is listed as skipped notices, and only the VM is judged', async () => {
    const result = await scanFiles({
      'examples/compute/vm.yaml': VM,
      'examples/cosmosdb/sqlroleassignment.yaml': ROLE_ASSIGNMENT,
      'examples/security/atp.yaml': THREAT_PROTECTION
    })
    expect(verdicts(result)).toEqual(['vm-orders affected-no-plan: reboot-plan-required'])
    expect(ruleIds(result)).toEqual(['reboot-plan-required examples/compute/vm.yaml:1'])
    expect(listed(result)).toEqual(['examples/cosmosdb/sqlroleassignment.yaml:8 notice file-skipped', 'examples/security/atp.yaml:10 notice file-skipped'])
  })

  it('in the manifest of the VM itself: unreadable-manifest, which fails the run', async () => {
    const broken = VM.replace('  name: vm-orders', '  labels:\n    testing.upbound.io/example-name: orders\n  name: vm-orders')
    const result = await scanFiles({ 'examples/compute/vm.yaml': broken, 'examples/cosmosdb/sqlroleassignment.yaml': ROLE_ASSIGNMENT })
    expect(ruleIds(result)).toContain('unreadable-manifest examples/compute/vm.yaml:6')
    expect(listed(result)).toEqual(['examples/compute/vm.yaml:6 error unreadable-manifest', 'examples/cosmosdb/sqlroleassignment.yaml:8 notice file-skipped'])
  })
})
