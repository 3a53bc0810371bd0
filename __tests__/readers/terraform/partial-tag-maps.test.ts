/**
 * Tags merged on top of a map that is not known (`merge(var.base_tags, { PatchGroup = "B" })`): the later
 * argument wins a duplicate key, so the keys written after the unknown map are certain and a dynamic scope's tag
 * filter decides on them. A key the unknown map alone may hold stays unknown, and so does one written before it.
 */
import { describe, expect, it } from '@jest/globals'
import { HOTPATCH_VM, monthlyConfiguration, scanFiles, verdicts } from './scan-files.js'

const BASE_TAGS = `variable "base_tags" {
  type = map(string)
}
variable "owner" {
  type = string
}
variable "pg" {
  type = string
}
variable "k" {
  type = string
}
`

const dynamicScope = (operator: string, tags: readonly (readonly [string, string])[]) => `resource "azurerm_maintenance_assignment_dynamic_scope" "ds" {
  name                         = "ds-patch-group"
  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id
  filter {
    resource_types = ["Microsoft.Compute/virtualMachines"]
    tag_filter     = "${operator}"
${tags.map(([tag, value]) => `    tags {\n      tag    = "${tag}"\n      values = ["${value}"]\n    }\n`).join('')}  }
}
`

const taggedVm = (tags: string): string => HOTPATCH_VM.replace('  os_disk {', `  tags                  = ${tags}\n  os_disk {`)

const verdictOf = async (tags: string, operator = 'All', filter: readonly (readonly [string, string])[] = [['PatchGroup', 'A']]) =>
  verdicts(await scanFiles({ 'main.tf': BASE_TAGS + monthlyConfiguration() + dynamicScope(operator, filter) + taggedVm(tags) }))

describe('Terraform: a tag map merged on top of an unknown one', () => {
  it('is not selected when a key written after the unknown map has another value', async () => {
    expect(await verdictOf('merge(var.base_tags, { PatchGroup = "B" })')).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })

  it('is selected when a key written after the unknown map has the value the filter asks for', async () => {
    expect(await verdictOf('merge(var.base_tags, { PatchGroup = "A" })')).toEqual(['vm-app-01 affected-with-plan:'])
  })

  it('stays indeterminate when the key may come from the unknown map only, or is written before it', async () => {
    expect(await verdictOf('merge(var.base_tags, { Owner = "team" })')).toEqual(['vm-app-01 indeterminate: indeterminate'])
    expect(await verdictOf('merge({ PatchGroup = "B" }, var.base_tags)')).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })

  it('honours the filter operator: All fails on one certain mismatch, Any waits for a key it does not know', async () => {
    const both: readonly (readonly [string, string])[] = [['PatchGroup', 'A'], ['Env', 'prod']]
    expect(await verdictOf('merge(var.base_tags, { PatchGroup = "B" })', 'All', both)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    expect(await verdictOf('merge(var.base_tags, { PatchGroup = "B" })', 'Any', both)).toEqual(['vm-app-01 indeterminate: indeterminate'])
    expect(await verdictOf('merge(var.base_tags, { PatchGroup = "B", Env = "test" })', 'Any', both)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    expect(await verdictOf('merge(var.base_tags, { Env = "prod" })', 'Any', both)).toEqual(['vm-app-01 affected-with-plan:'])
  })
})

describe('Terraform: a tag map literal with a value that is not known', () => {
  it('is not selected when a key whose value is known has another value', async () => {
    expect(await verdictOf('{ PatchGroup = "B", Owner = var.owner }')).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })

  it('is selected when a key whose value is known has the value the filter asks for', async () => {
    expect(await verdictOf('{ PatchGroup = "A", Owner = var.owner }')).toEqual(['vm-app-01 affected-with-plan:'])
  })

  it('stays indeterminate when the key the filter asks for is the one not known', async () => {
    expect(await verdictOf('{ PatchGroup = var.pg }')).toEqual(['vm-app-01 indeterminate: indeterminate'])
    expect(await verdictOf('{ Owner = "team", PatchGroup = var.pg }')).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })

  it('stays indeterminate when a key is not known: it may be the one the filter asks for, written after the others', async () => {
    expect(await verdictOf('{ (var.k) = "x" }')).toEqual(['vm-app-01 indeterminate: indeterminate'])
    expect(await verdictOf('{ PatchGroup = "B", (var.k) = "A" }')).toEqual(['vm-app-01 indeterminate: indeterminate'])
    expect(await verdictOf('{ (var.k) = "A", PatchGroup = "B" }')).toEqual(['vm-app-01 indeterminate: indeterminate'])
    expect(await verdictOf('merge(var.base_tags, { PatchGroup = "B", (var.k) = "A" })')).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })
})
