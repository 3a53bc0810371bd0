/**
 * A YAML syntax error in a file of Azure objects the gate does not model (provider-upjet-azure's examples: a Cosmos DB
 * SQL role assignment with its `labels:` key written twice, an advanced threat protection whose `targetResourceId: ""`
 * runs into a comment and an indented line) is a notice that its broken part is not read: nothing in it names a VM,
 * maintenance resource or module, so it cannot hide one (docs/rules/unreadable-manifest.md: such files stay notices).
 * It was an error, a ✖ parse error in the report. A broken file that may declare a VM stays an error.
 */
import { describe, expect, it } from '@jest/globals'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import { memoryWorkspace, readWorkspace } from './helpers.js'

const ROLE_ASSIGNMENT = [
  'apiVersion: cosmosdb.azure.upbound.io/v1beta1',
  'kind: SQLRoleAssignment',
  'metadata:',
  '  labels:',
  '    testing.upbound.io/example-name: orders-reader',
  '  annotations:',
  '    meta.upbound.io/example-id: cosmosdb/v1beta1/sqlroleassignment',
  '  labels:',
  '    testing.upbound.io/example-name: orders-reader',
  '  name: orders-reader',
  'spec:',
  '  forProvider:',
  '    accountNameSelector:',
  '      matchLabels:',
  '        testing.upbound.io/example-name: orders',
  ''
].join('\n')

const THREAT_PROTECTION = [
  'apiVersion: security.azure.upbound.io/v1beta1',
  'kind: AdvancedThreatProtection',
  'metadata:',
  '  name: orders-store',
  'spec:',
  '  forProvider:',
  '    enabled: true',
  '    targetResourceId: ""# filled in by the composition',
  '      resourceGroupName: rg-orders',
  ''
].join('\n')

/** The same mistake in a VM's manifest: what it declares is not all read, so it must stay an error. */
const BROKEN_VM = [
  'apiVersion: compute.azure.upbound.io/v1beta2',
  'kind: WindowsVirtualMachine',
  'metadata:',
  '  labels:',
  '    app: orders',
  '  labels:',
  '    app: orders',
  '  name: vm-orders',
  'spec:',
  '  forProvider:',
  '    hotpatchingEnabled: true',
  ''
].join('\n')

const listed = async (files: Record<string, string>): Promise<string[]> => {
  const output = await readWorkspace(kubernetesReader, memoryWorkspace(files))
  return output.parseErrors.map(error => `${error.file}:${error.line}:${error.column} ${error.severity} ${error.kind ?? ''} ${error.message}`)
}

describe('a YAML syntax error in a file of Azure objects', () => {
  it('that names no VM, maintenance resource or module: a notice that the broken part is not read', async () => {
    expect(await listed({ 'cosmosdb/sqlroleassignment.yaml': ROLE_ASSIGNMENT, 'security/atp.yaml': THREAT_PROTECTION })).toEqual([
      'cosmosdb/sqlroleassignment.yaml:8:3 notice file-skipped duplicated mapping key "labels" (first at line 4)',
      'security/atp.yaml:8:25 notice file-skipped bad indentation of a mapping entry'
    ])
  })

  it('that may declare a VM: an error, which the scan makes unreadable-manifest', async () => {
    expect(await listed({ 'compute/vm.yaml': BROKEN_VM })).toEqual(['compute/vm.yaml:6:3 error  duplicated mapping key "labels" (first at line 4)'])
  })

  it('that names a hotpatch input only (a claim of a platform API): an error, not passed over', async () => {
    const claim = ROLE_ASSIGNMENT.replace('  forProvider:', '  hotpatch: true\n  forProvider:')
    expect(await listed({ 'claims/orders.yaml': claim })).toEqual(['claims/orders.yaml:8:3 error  duplicated mapping key "labels" (first at line 4)'])
  })
})
