/**
 * VMs that share a resource key but are different Azure resources (one name in two Kubernetes namespaces of a
 * folder, or in two resource groups of one Terraform root) get keys and fingerprints of their own, labelled by
 * what differs; every other VM keeps the key and fingerprint it had.
 */
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import type { DeploymentUnit } from '../../src/model/resources.js'
import { known } from '../../src/model/source.js'
import { fingerprintOf } from '../../src/policy/findings.js'
import { identityScopes } from '../../src/policy/identity-scope.js'
import { resourceKey } from '../../src/policy/subject.js'
import { scan } from '../../src/scan.js'
import { loc, vm } from './builders.js'

const FIXTURE = fileURLToPath(new URL('../fixtures/scope/same-name-two-scopes/', import.meta.url))
const AS_OF = new Date('2026-11-24T00:00:00Z')
const VM = 'microsoft.compute/virtualmachines'

describe('one VM name twice in one folder', () => {
  it('gives each its key and fingerprint, named by the namespace or resource group that differs', async () => {
    const result = await scan({ root: FIXTURE, asOf: AS_OF })
    const rows = result.findings
      .filter(f => f.ruleId === 'reboot-plan-required' && f.subject.kind === 'resource')
      .map(f => (f.subject.kind === 'resource' ? f.subject.key : ''))
    expect(rows.sort()).toEqual([
      `kubernetes:${VM}/web#namespace=prod,resourceGroup=rg-prod`,
      `kubernetes:${VM}/web#namespace=staging,resourceGroup=rg-staging`,
      `terraform:${VM}/web#resourceGroup=rg-a`,
      `terraform:${VM}/web#resourceGroup=rg-b`
    ])
    const fingerprints = result.findings.filter(f => f.ruleId === 'reboot-plan-required').map(f => f.fingerprint)
    expect(new Set(fingerprints).size).toBe(4)
  })
})

describe('identityScopes', () => {
  const unit = (key: string, kind: DeploymentUnit['kind'] = 'kubernetes-namespace') => known<DeploymentUnit>({ kind, key }, loc(1, 'apps/vms.yaml'))
  const named = (resourceGroup?: string) => ({
    type: 'Microsoft.Compute/virtualMachines',
    name: 'web',
    ...(resourceGroup === undefined ? {} : { resourceGroup })
  })

  it('labels nothing when no two VMs share a key', () => {
    const a = vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'a' } })
    const b = vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'b' } })
    expect(identityScopes([a, b]).size).toBe(0)
  })

  it('labels only what differs: the namespace when the resource group is the same', () => {
    const prod = vm({ unit: unit('kubernetes:prod'), identity: named('rg') })
    const staging = vm({ unit: unit('kubernetes:staging'), identity: named('rg') })
    const labels = identityScopes([prod, staging])
    expect([labels.get(prod), labels.get(staging)]).toEqual(['namespace=prod', 'namespace=staging'])
  })

  it('compares resource groups as Azure does, without case', () => {
    const a = vm({ identity: named('RG-Prod') })
    const b = vm({ identity: named('rg-prod') })
    expect(identityScopes([a, b]).size).toBe(0)
  })

  it('leaves a VM whose resource group is not known unlabelled beside one whose group is', () => {
    const known = vm({ identity: named('rg-a') })
    const unknown = vm({ identity: named() })
    const labels = identityScopes([known, unknown])
    expect([labels.get(known), labels.get(unknown)]).toEqual(['resourceGroup=rg-a', undefined])
  })

  it('groups names without case, and tells apart one name in two folders, types or variants', () => {
    const upper = vm({ identity: { ...named('rg-a'), name: 'WEB' } })
    const lower = vm({ identity: named('rg-b') })
    const elsewhere = vm({ unit: unit('terraform:other', 'terraform-root'), identity: named('rg-c') })
    const scaleSet = vm({ identity: { ...named('rg-d'), type: 'Microsoft.Compute/virtualMachineScaleSets' } })
    const variant = vm({ variant: 'prod.tfvars', identity: named('rg-e') })
    const labels = identityScopes([upper, lower, elsewhere, scaleSet, variant])
    expect([...labels.entries()].map(([machine, label]) => [machine.identity.resourceGroup, label])).toEqual([
      ['rg-a', 'resourceGroup=rg-a'],
      ['rg-b', 'resourceGroup=rg-b']
    ])
  })

  it('never labels one resource declared twice (same scope): both keep their key, the report numbers them', () => {
    const first = vm({ identity: named('rg-a') })
    const second = vm({ identity: named('rg-a') })
    expect(identityScopes([first, second]).size).toBe(0)
  })

  it('puts the label after the variant in the key, and in the fingerprint only when there is one', () => {
    const machine = vm({ variant: 'prod.tfvars' })
    expect(resourceKey(machine, 'resourceGroup=rg-a')).toBe(`${VM}/web-01@prod.tfvars#resourceGroup=rg-a`)
    expect(fingerprintOf('reboot-plan-required', machine)).toBe(fingerprintOf('reboot-plan-required', machine, 0, '', undefined))
    expect(fingerprintOf('reboot-plan-required', machine, 0, '', 'resourceGroup=rg-a')).not.toBe(fingerprintOf('reboot-plan-required', machine))
  })
})
