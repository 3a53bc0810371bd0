/**
 * Bounds that are safe one at a time but multiply: a chain of variables (locals) where each one
 * nests deeply before it refers to the next. Evaluation must stop at a bound, never overflow the stack.
 */
import type { HostileCase } from '../case.js'
import { bicepVm, pulumiVm, terraformVm } from '../manifests.js'

const LINKS = 60
const DEPTH = 150

/** LINKS values, each nested DEPTH deep around the next one's name (the last one around `"end"`). */
const chain = (link: (i: number) => string): string[] =>
  Array.from({ length: LINKS }, (_, i) => {
    const inner = i === LINKS - 1 ? '"end"' : link(i + 1)
    return `${'['.repeat(DEPTH)}${inner}${']'.repeat(DEPTH)}`
  })

const lines = (values: readonly string[], line: (value: string, i: number) => string): string => values.map(line).join('')

export const CHAIN_CASES: readonly HostileCase[] = [
  {
    name: 'Terraform locals nested 150 deep, referring to each other in a chain of 60',
    files: () => ({
      'tf-local-chain/main.tf': `locals {
${lines(chain(i => `local.l${i}`), (value, i) => `  l${i} = ${value}\n`)}}

${terraformVm('length(flatten(local.l0)) == 1 ? "vm-chained" : "vm-other"')}`
    }),
    parseErrors: [],
    resources: [
      'tf-local-chain/main.tf:64 azurerm_windows_virtual_machine.web affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error tf-local-chain/main.tf:64'
    ]
  },
  {
    name: 'Bicep variables nested 150 deep, referring to each other in a chain of 60',
    files: () => ({
      'bicep-variable-chain/main.bicep': `${lines(chain(i => `v${i}`), (value, i) => `var v${i} = ${value.replaceAll('"', "'")}\n`)}
${bicepVm('vm-${length(v0)}')}`
    }),
    parseErrors: [],
    resources: [
      'bicep-variable-chain/main.bicep:62 vm-1 affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error bicep-variable-chain/main.bicep:62'
    ]
  },
  {
    name: 'Pulumi variables nested 150 deep, referring to each other in a chain of 60',
    files: () => ({
      'pulumi-variable-chain/Pulumi.yaml': pulumiVm(
        'pulumi-chain',
        `variables:\n${lines(chain(i => `"\${v${i}}"`), (value, i) => `  v${i}: ${value}\n`)}`
      ).replace('vmName: pulumi-chain', 'vmName: ${v0}')
    }),
    parseErrors: [],
    resources: [
      'pulumi-variable-chain/Pulumi.yaml:4 web affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error pulumi-variable-chain/Pulumi.yaml:4'
    ]
  }
]
