/**
 * A values file (Terraform variable file, ARM/Bicep parameter file, Pulumi stack settings) that cannot be read
 * beside a manifest that may declare a VM fails the run as unreadable-manifest: its VMs were judged with the
 * defaults it would have replaced (`hotpatching_enabled = var.hotpatch`, default false, tfvars true: not-affected,
 * exit 0, a false pass found by probing). One beside nothing the policy reads stays a listed parse error.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from '../readers/terraform/scan-files.js'
import { armTemplate, armVm, pulumiVm, terraformVm } from '../support/manifests.js'

const ruleIds = (result: Awaited<ReturnType<typeof scanFiles>>): string[] =>
  result.findings.map(finding => `${finding.ruleId} ${finding.location.file}:${finding.location.line}`)

describe('a values file that cannot be read', () => {
  it('Terraform: a tfvars with a syntax error beside the root it sets', async () => {
    const result = await scanFiles({
      'tf/main.tf': `variable "name" {\n  default = "vm-default"\n}\n\n${terraformVm('var.name')}`,
      'tf/terraform.tfvars': 'name = "vm-prod"\nsize = \n'
    })
    expect(ruleIds(result)).toEqual(['reboot-plan-required tf/main.tf:5', 'unreadable-manifest tf/terraform.tfvars:2'])
  })

  it('Terraform: another .tf file of the module (its variables) with a syntax error', async () => {
    const result = await scanFiles({
      'tf/main.tf': terraformVm('var.name'),
      'tf/variables.tf': 'variable "name" {\n  default = "vm-default"\n}\n\nlocals {\n  size = \n}\n'
    })
    expect(ruleIds(result).filter(id => id.startsWith('unreadable-manifest'))).toEqual(['unreadable-manifest tf/variables.tf:6'])
  })

  it('ARM: a parameter file with a trailing comma beside its template', async () => {
    const template = armTemplate([armVm("[parameters('vmName')]")], { parameters: { vmName: { type: 'string', defaultValue: 'vm-default' } } })
    const result = await scanFiles({
      'arm/azuredeploy.json': template,
      'arm/azuredeploy.parameters.json': '{\n  "parameters": {\n    "vmName": { "value": "vm-prod" },\n  }\n}\n'
    })
    expect(ruleIds(result)).toEqual(['reboot-plan-required arm/azuredeploy.json:11', 'unreadable-manifest arm/azuredeploy.parameters.json:4'])
  })

  it('Pulumi: stack settings that are not YAML beside the program', async () => {
    const result = await scanFiles({ 'app/Pulumi.yaml': pulumiVm('vm-app'), 'app/Pulumi.prod.yaml': 'config:\n  app:size: [\n' })
    expect(ruleIds(result).filter(id => id.startsWith('unreadable-manifest'))).toEqual(['unreadable-manifest app/Pulumi.prod.yaml:3'])
  })

  it.each([
    ['a var file beside no root', 'envs/prod.tfvars', 'hotpatching_enabled = true\nsize = \n', 2],
    ['a terragrunt.hcl', 'live/prod/terragrunt.hcl', 'inputs = {\n  sku = "2025-datacenter-azure-edition"\n  size = \n}\n', 3],
    ['a parameter file beside no template', 'params/prod.parameters.json', '{ "parameters": { "hotpatch": { "value": true }, } }\n', 1]
  ])('beside nothing it feeds, %s that mentions hotpatch: its signals cannot be read, so it fails the run', async (_kind, path, text, line) => {
    const result = await scanFiles({ 'tf/main.tf': terraformVm('"vm-app"'), [path]: text })
    expect(ruleIds(result)).toEqual(['reboot-plan-required tf/main.tf:1', `unreadable-manifest ${path}:${line}`])
  })

  it('beside no manifest the policy reads: listed, and the run does not fail for it', async () => {
    const result = await scanFiles({ 'tf/main.tf': terraformVm('"vm-app"'), 'other/terraform.tfvars': 'size = \n' })
    expect(verdicts(result)).toEqual(['vm-app affected-no-plan: reboot-plan-required'])
    expect(ruleIds(result)).toEqual(['reboot-plan-required tf/main.tf:1'])
    expect(result.parseErrors.map(error => `${error.file}:${error.line} ${error.severity} ${error.kind ?? ''}`)).toEqual([
      'other/terraform.tfvars:1 error ',
      'other/terraform.tfvars:1 notice '
    ])
  })
})
