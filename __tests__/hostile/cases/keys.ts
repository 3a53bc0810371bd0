/**
 * `__proto__`, `constructor` and `prototype` as keys, names and identifiers in every format: they
 * must stay plain data (no prototype pollution, no inherited members read as values).
 */
import type { HostileCase } from '../case.js'
import { armVm, asoVm, pulumiVm, terraformVm } from '../manifests.js'

/** Keys written into the first VM resource itself, next to its tags. */
const RESOURCE_KEYS =
  '"__proto__": { "polluted": "resource" }, "constructor": "[parameters(\'prototype\').constructor.prototype]", "tags"'

/** A name read through `__proto__` and `constructor` members: `vm-parameter-file-y` when they stay plain data. */
const PROTO_NAME = "[concat('vm-', string(parameters('__proto__').polluted), '-', string(variables('tags')['constructor']))]"

const ARM_TEMPLATE = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "__proto__": { "type": "object", "defaultValue": { "polluted": "parameter" } },
    "constructor": { "type": "string", "defaultValue": "vm-proto-arm-default" },
    "prototype": { "type": "object", "defaultValue": { "constructor": { "prototype": { "polluted": "nested" } } } }
  },
  "variables": {
    "__proto__": { "polluted": "variable" },
    "constructor": "[parameters('constructor')]",
    "tags": "[union(parameters('__proto__'), variables('__proto__'), createObject('__proto__', 'x', 'constructor', 'y', 'prototype', 'z'))]",
    "copy": [{ "name": "__proto__", "count": 2, "input": "[copyIndex('__proto__')]" }]
  },
  "resources": [
    ${JSON.stringify({ ...armVm("[variables('constructor')]"), tags: "[variables('tags')]" }).replace('"tags"', RESOURCE_KEYS)},
    ${JSON.stringify(armVm(PROTO_NAME))}
  ]
}
`

const ARM_PARAMETERS = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "__proto__": { "value": { "polluted": "parameter-file" } },
    "constructor": { "value": "vm-proto-arm" },
    "prototype": { "value": { "__proto__": { "polluted": "parameter-file" } } }
  }
}
`

const HOTPATCH_LINE = '  hotpatching_enabled   = true\n'

const TERRAFORM = `variable "constructor" {
  default = "vm-proto-tf-default"
}

variable "prototype" {
  default = { "__proto__" = { polluted = "variable" }, constructor = "c" }
}

locals {
  __proto__ = { polluted = "local" }
  tags      = merge(var.prototype, local.__proto__, { "__proto__" = "x", constructor = "y", prototype = "z" })
  lookups   = [lookup(local.tags, "constructor", "none"), lookup({}, "__proto__", "none"), local.tags["prototype"]]
}

${terraformVm('var.constructor', 'constructor').replace(HOTPATCH_LINE, `${HOTPATCH_LINE}  tags                  = local.tags\n`)}`

const PLAN = `{
  "format_version": "1.2",
  "terraform_version": "1.9.8",
  "resource_changes": [
    {
      "address": "azurerm_windows_virtual_machine.__proto__",
      "mode": "managed",
      "type": "azurerm_windows_virtual_machine",
      "name": "__proto__",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": {
          "__proto__": { "polluted": "plan" },
          "constructor": "c",
          "name": "vm-proto-plan",
          "patch_mode": "AutomaticByPlatform",
          "hotpatching_enabled": true,
          "source_image_reference": [
            { "publisher": "MicrosoftWindowsServer", "offer": "WindowsServer", "sku": "2025-datacenter-azure-edition", "version": "latest" }
          ],
          "tags": { "__proto__": "x", "constructor": "y", "prototype": "z" }
        },
        "after_unknown": { "__proto__": true, "constructor": { "prototype": true } }
      }
    }
  ]
}
`

const KUBERNETES = asoVm('proto-yaml-vm', `  __proto__:
    polluted: yaml
  constructor:
    prototype:
      polluted: yaml
  tags:
    __proto__: x
    constructor: y
    prototype: z
  merged:
    <<: {__proto__: {polluted: merge}, constructor: merge}
`).replace('  namespace: web\n', '  namespace: web\n  labels:\n    __proto__: x\n    constructor: y\n')

const PULUMI = pulumiVm('proto-pulumi', `config:
  __proto__:
    type: string
    default: polluted
  constructor:
    type: string
    default: vm-proto-pulumi
variables:
  prototype:
    __proto__:
      polluted: variable
    constructor: \${constructor}
`).replace('vmName: proto-pulumi', 'vmName: ${prototype.constructor}')

const BICEP = `param constructor string = 'vm-proto-bicep'
param __proto__ object = { polluted: 'parameter' }

var prototype = {
  '__proto__': { polluted: 'variable' }
  constructor: { prototype: { polluted: 'nested' } }
}
var tags = union(prototype, __proto__, { '__proto__': 'x', constructor: 'y', prototype: 'z' })

resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: constructor
  location: 'westeurope'
  tags: { '__proto__': 'x', constructor: tags.constructor, prototype: string(prototype.constructor.prototype) }
  properties: {
    osProfile: {
      windowsConfiguration: {
        patchSettings: {
          patchMode: 'AutomaticByPlatform'
          enableHotpatching: true
        }
      }
    }
    storageProfile: {
      imageReference: {
        publisher: 'MicrosoftWindowsServer'
        offer: 'WindowsServer'
        sku: '2025-datacenter-azure-edition'
        version: 'latest'
      }
    }
  }
}
`

export const KEY_CASES: readonly HostileCase[] = [
  {
    name: '__proto__, constructor and prototype keys in every format',
    files: () => ({
      'proto-arm/vm.json': ARM_TEMPLATE,
      'proto-arm/vm.parameters.json': ARM_PARAMETERS,
      'proto-tf/main.tf': TERRAFORM,
      'proto-tf/terraform.tfvars': 'constructor = "vm-proto-tf"\nprototype = { "__proto__" = "tfvars" }\n',
      'proto-plan/plan.json': PLAN,
      'proto-yaml/vm.yaml': KUBERNETES,
      'proto-pulumi/Pulumi.yaml': PULUMI,
      'proto-bicep/main.bicep': BICEP
    }),
    parseErrors: [],
    resources: [
      'proto-arm/vm.json:16 vm-proto-arm affected-no-plan',
      'proto-arm/vm.json:17 vm-parameter-file-y affected-no-plan',
      'proto-bicep/main.bicep:10 vm-proto-bicep affected-no-plan',
      'proto-plan/plan.json:5 vm-proto-plan affected-no-plan',
      'proto-pulumi/Pulumi.yaml:4 vm-proto-pulumi affected-no-plan',
      'proto-tf/main.tf:15 vm-proto-tf affected-no-plan',
      'proto-yaml/vm.yaml:1 proto-yaml-vm affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error proto-arm/vm.json:16',
      'reboot-plan-required error proto-arm/vm.json:17',
      'reboot-plan-required error proto-bicep/main.bicep:10',
      'reboot-plan-required error proto-plan/plan.json:5',
      'reboot-plan-required error proto-pulumi/Pulumi.yaml:4',
      'reboot-plan-required error proto-tf/main.tf:15',
      'reboot-plan-required error proto-yaml/vm.yaml:1'
    ]
  }
]
