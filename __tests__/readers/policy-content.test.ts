/** Unit tests for src/readers/policy-content.ts: which unreadable files may declare what the policy reads. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mayDeclarePolicyInput } from '../../src/readers/policy-content.js'

const folder = mkdtempSync(join(tmpdir(), 'hrg-policy-content-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function file(name: string, content: string | Buffer): string {
  const path = join(folder, name)
  writeFileSync(path, content)
  return path
}

describe('mayDeclarePolicyInput', () => {
  it.each([
    ['an ARM VM type', '"type": "Microsoft.Compute/virtualMachines"'],
    ['a scale set', '"type": "Microsoft.Compute/virtualMachineScaleSets"'],
    ['an Arc machine', "resource arc 'Microsoft.HybridCompute/machines@2024-07-10' = {"],
    ['a Terraform VM', 'resource "azurerm_windows_virtual_machine" "web" {'],
    ['a Terraform maintenance assignment', 'resource "azurerm_maintenance_assignment_virtual_machine" "a" {'],
    ['an ASO kind', 'kind: VirtualMachine'],
    ['a Bicep module', "module web './web.bicep' = {"],
    ['an ARM nested deployment', '"type": "Microsoft.Resources/deployments"']
  ])('says yes for %s', (_name, text) => {
    expect(mayDeclarePolicyInput(file('yes.txt', `{\n  ${text}\n}`))).toBe(true)
  })

  it('says no for files that cannot matter', () => {
    expect(mayDeclarePolicyInput(file('no.json', '{ "type": "Microsoft.Storage/storageAccounts", "name": "st" }'))).toBe(false)
  })

  it('finds a word across the 1 MiB chunk boundary, and in UTF-16 text', () => {
    const padding = 'x'.repeat(1024 * 1024 - 5)
    expect(mayDeclarePolicyInput(file('boundary.tf', `${padding}virtual_machine`))).toBe(true)
    expect(mayDeclarePolicyInput(file('utf16.json', Buffer.from('\ufeff"Microsoft.Compute/virtualMachines"', 'utf16le')))).toBe(true)
  })

  it('says yes for a file it cannot open (fail closed)', () => {
    expect(mayDeclarePolicyInput(join(folder, 'missing.json'))).toBe(true)
  })
})
