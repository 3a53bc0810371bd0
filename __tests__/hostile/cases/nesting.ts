/**
 * Inputs built to exhaust memory or the stack: YAML alias bombs and merge-key fan-out, and JSON,
 * YAML, HCL and Bicep nested 100,000 levels deep.
 */
import type { HostileCase } from '../case.js'
import { armTemplate, armVm, asoVm, pulumiVm, terraformVm } from '../manifests.js'

const DEPTH = 100_000
const nestedArrays = (depth = DEPTH): string => '['.repeat(depth) + ']'.repeat(depth)
/** `{key {key ... 1}}`, DEPTH maps deep. */
const nestedMaps = (key: string): string => `${`{${key}`.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`

/** Nine levels of nine aliases: 9^9 nodes when expanded. */
function billionLaughs(indent: string): string {
  const names = 'abcdefghi'.split('')
  return names
    .map((name, i) => {
      const items = i === 0 ? Array(9).fill('lol') : Array(9).fill(`*${names[i - 1] as string}`)
      return `${indent}${name}: &${name} [${items.join(', ')}]\n`
    })
    .join('')
}

export const NESTING_CASES: readonly HostileCase[] = [
  {
    name: 'YAML alias bomb in a Kubernetes manifest',
    files: () => ({ 'yaml-alias-bomb/vm.yaml': asoVm('bomb-vm', `  bomb:\n${billionLaughs('    ')}`) }),
    parseErrors: [
      'yaml-alias-bomb/vm.yaml:26:12 error aliases expand to more than 10000 nodes (alias bomb); not read'
    ],
    resources: [],
    findings: ['unreadable-manifest error yaml-alias-bomb/vm.yaml:26']
  },
  {
    name: 'YAML alias bomb in a Pulumi program',
    files: () => ({ 'pulumi-alias-bomb/Pulumi.yaml': pulumiVm('pulumi-bomb', `variables:\n${billionLaughs('  ')}`) }),
    parseErrors: [
      'pulumi-alias-bomb/Pulumi.yaml:26:10 error aliases expand to more than 10000 nodes (alias bomb); not read'
    ],
    resources: [],
    findings: ['unreadable-manifest error pulumi-alias-bomb/Pulumi.yaml:26']
  },
  {
    name: 'YAML merge-key fan-out',
    files: () => {
      const base = Array.from({ length: 200 }, (_, i) => `k${i}: v`).join(', ')
      const merges = Array.from({ length: 100 }, (_, i) => `    m${i}: {<<: *base}\n`).join('')
      return { 'yaml-merge-fan-out/vm.yaml': asoVm('merge-vm', `  fanout:\n    base: &base {${base}}\n${merges}`) }
    },
    parseErrors: [
      'yaml-merge-fan-out/vm.yaml:72:15 error aliases expand to more than 10000 nodes (alias bomb); not read'
    ],
    resources: [],
    findings: ['unreadable-manifest error yaml-merge-fan-out/vm.yaml:72']
  },
  {
    name: 'YAML flow collections nested 100,000 deep',
    files: () => ({ 'yaml-deep-flow/vm.yaml': asoVm('deep-flow-vm', `  deep: ${nestedArrays()}\n`) }),
    parseErrors: [
      'yaml-deep-flow/vm.yaml:21:207 error nesting exceeded maxDepth (200)'
    ],
    resources: [],
    findings: ['unreadable-manifest error yaml-deep-flow/vm.yaml:21']
  },
  {
    name: 'YAML block sequences nested 100,000 deep',
    files: () => ({ 'yaml-deep-block/vm.yaml': asoVm('deep-block-vm', `  deep:\n  ${'- '.repeat(DEPTH)}x\n`) }),
    parseErrors: [
      'yaml-deep-block/vm.yaml:22:399 error nesting exceeded maxDepth (200)'
    ],
    resources: [],
    findings: ['unreadable-manifest error yaml-deep-block/vm.yaml:22']
  },
  {
    name: 'Pulumi YAML nested 100,000 deep',
    files: () => ({
      'pulumi-deep/Pulumi.yaml': pulumiVm('pulumi-deep', `variables:\n  deep: ${nestedMaps('a: ')}\n`)
    }),
    parseErrors: [
      'pulumi-deep/Pulumi.yaml:22:798 error nesting exceeded maxDepth (200)'
    ],
    resources: [],
    findings: ['unreadable-manifest error pulumi-deep/Pulumi.yaml:22']
  },
  {
    name: 'ARM template JSON nested 100,000 deep',
    files: () => ({
      'json-deep-arm/vm.json': armTemplate([armVm('vm-deep', { tags: 'DEEP' })]).replace('"DEEP"', nestedArrays())
    }),
    parseErrors: [
      'json-deep-arm/vm.json:10:524 error JSON nested deeper than 512 levels; not read'
    ],
    resources: [],
    findings: ['unreadable-manifest error json-deep-arm/vm.json:10']
  },
  {
    name: 'ARM parameter file JSON nested 100,000 deep',
    files: () => ({
      'json-deep-parameters/azuredeploy.json': armTemplate([armVm("[parameters('vmName')]")], {
        parameters: { vmName: { type: 'string', defaultValue: 'vm-parameters-default' } }
      }),
      'json-deep-parameters/azuredeploy.parameters.json': `${JSON.stringify(
        {
          $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
          contentVersion: '1.0.0.0',
          parameters: { vmName: { value: 'DEEP' } }
        },
        null,
        2
      ).replace('"DEEP"', nestedArrays())}\n`
    }),
    parseErrors: [
      'json-deep-parameters/azuredeploy.parameters.json:6:525 error JSON nested deeper than 512 levels; not read'
    ],
    resources: [
      'json-deep-parameters/azuredeploy.json:11 vm-parameters-default affected-no-plan'
    ],
    // The parameter file sets the VM's values: not read, it fails closed (the VM was judged with its default).
    findings: [
      'reboot-plan-required error json-deep-parameters/azuredeploy.json:11',
      'unreadable-manifest error json-deep-parameters/azuredeploy.parameters.json:6'
    ]
  },
  {
    name: 'Terraform plan JSON nested 100,000 deep',
    files: () => ({
      'json-deep-plan/plan.json': `{"format_version":"1.2","terraform_version":"1.9.8","planned_values":${nestedMaps('"a":')}}\n`
    }),
    // No word of what the policy reads: the content prefilter skips it unparsed (issue 18) and counts it.
    parseErrors: [
      '.:1:1 notice 1 file checked without parsing: it declares no VM, scale set, Arc machine or maintenance resource and calls no module, nested deployment or Pulumi component with a hotpatch input'
    ],
    resources: [],
    findings: []
  },
  {
    name: 'terraform.tfvars.json nested 100,000 deep',
    files: () => ({
      'json-deep-tfvars/main.tf': `variable "name" {\n  default = "vm-tfvars-default"\n}\n\n${terraformVm('var.name')}`,
      'json-deep-tfvars/terraform.tfvars.json': `{"name": ${nestedArrays()}}\n`
    }),
    parseErrors: [
      'json-deep-tfvars/terraform.tfvars.json:1:521 error JSON nested deeper than 512 levels; not read'
    ],
    resources: [
      'json-deep-tfvars/main.tf:5 vm-tfvars-default affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error json-deep-tfvars/main.tf:5',
      'unreadable-manifest error json-deep-tfvars/terraform.tfvars.json:1'
    ]
  },
  {
    name: 'HCL nested 100,000 deep',
    files: () => ({
      'hcl-deep/vm.tf': terraformVm('"vm-hcl-deep"'),
      'hcl-deep/deep.tf': `locals {\n  deep = ${nestedArrays()}\n}\n`
    }),
    parseErrors: [
      'hcl-deep/deep.tf:2:343 error nesting is too deep to read (more than 1000 levels); the file is not evaluated'
    ],
    resources: [
      'hcl-deep/vm.tf:1 vm-hcl-deep affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error hcl-deep/vm.tf:1',
      'unreadable-manifest error hcl-deep/deep.tf:2'
    ]
  },
  {
    name: 'Bicep nested 100,000 deep',
    files: () => ({ 'bicep-deep/main.bicep': `var deep = ${nestedArrays()}\n` }),
    // No word of what the policy reads: the content prefilter skips it unparsed (issue 18) and counts it.
    parseErrors: [
      '.:1:1 notice 1 file checked without parsing: it declares no VM, scale set, Arc machine or maintenance resource and calls no module, nested deployment or Pulumi component with a hotpatch input'
    ],
    resources: [],
    findings: []
  }
]
