// Generates realistic synthetic infrastructure repositories for the benchmark, from a fixed seed:
// the same size and mix always give the same bytes.
//   node bench/generate.mjs OUT_DIR FILES [--mix arm|all|quickstarts|operator] [--seed N]
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { IMAGES, armParameters, json, maintenance, network, parameters, random, vmResource } from './arm-builders.mjs'
import { generateOperator } from './operator.mjs'
import { generateQuickstarts } from './quickstarts.mjs'

export function generate(out, files, { mix = 'all', seed = 20251023 } = {}) {
  const rnd = random(seed)
  const pick = list => list[Math.floor(rnd() * list.length)]
  let written = 0
  let bytes = 0
  const write = (path, text) => {
    const full = join(out, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
    written++
    bytes += Buffer.byteLength(text)
  }
  // A few multi-megabyte ARM templates with nested deployments, as compiled Bicep landing zones are:
  // one per 2,500 files, 120 spokes (3.5 MB) each. Smaller repositories get one with fewer spokes,
  // so bytes per file stay about the same at every size and time per file can be compared.
  if (mix === 'quickstarts' || mix === 'operator') {
    ;(mix === 'quickstarts' ? generateQuickstarts : generateOperator)(write, files, rnd, () => written)
    return { files: written, bytes }
  }
  const big = files >= 100 ? Math.max(1, Math.round(files / 2500)) : 0
  const spokes = Math.max(2, Math.round(120 * Math.min(1, files / 2500)))
  for (let i = 0; i < big; i++) write(`platform/landing-zone-${i}/azuredeploy.json`, bigArmTemplate(i, spokes, rnd, pick))
  for (let i = 0; written < files; i++) {
    const team = `team-${String(i % 97).padStart(2, '0')}`
    const kind = mix === 'arm' ? 'arm' : pick(['arm', 'arm', 'arm', 'bicep', 'terraform', 'kubernetes'])
    const image = pick(IMAGES)
    const hotpatch = rnd() < 0.5
    const planned = rnd() < 0.4
    const name = `vm-${team}-${i}`
    if (kind === 'arm') {
      write(`${team}/arm/${name}/azuredeploy.json`, armTemplate(name, image, hotpatch, planned, rnd))
      if (rnd() < 0.3 && written < files) write(`${team}/arm/${name}/azuredeploy.parameters.json`, armParameters(name))
    } else if (kind === 'bicep') {
      write(`${team}/bicep/${name}/main.bicep`, bicepMain(name, image))
      if (written < files) write(`${team}/bicep/${name}/modules/vm.bicep`, bicepModule(hotpatch))
    } else if (kind === 'terraform') {
      write(`${team}/terraform/${name}/main.tf`, terraformMain(name, image, hotpatch, planned))
      if (written < files) write(`${team}/terraform/${name}/variables.tf`, terraformVariables(name))
    } else {
      write(`${team}/k8s/${name}.yaml`, crossplane(name, image, hotpatch, planned, i % 2 === 0))
    }
  }
  return { files: written, bytes }
}

function armTemplate(name, image, hotpatch, planned, rnd) {
  const resources = [network(name), vmResource(name, image, hotpatch)]
  if (planned) resources.push(...maintenance(name))
  // Realistic padding: monitoring and backup resources that the gate must read past.
  for (let k = 0, n = Math.floor(rnd() * 6); k < n; k++) {
    resources.push({
      type: 'Microsoft.Insights/dataCollectionRuleAssociations',
      apiVersion: '2022-06-01',
      name: `dcra-${k}`,
      scope: `[resourceId('Microsoft.Compute/virtualMachines', '${name}')]`,
      properties: { dataCollectionRuleId: `[parameters('subnetId')]`, description: `association ${k} for ${name}` }
    })
  }
  return json({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    metadata: { _generator: { name: 'bicep', version: '0.38.5.1644', templateHash: String(Math.floor(rnd() * 1e18)) } },
    parameters: parameters(),
    variables: { nicName: `${name}-nic`, tags: { workload: name } },
    resources,
    outputs: { vmId: { type: 'string', value: `[resourceId('Microsoft.Compute/virtualMachines', '${name}')]` } }
  })
}

/** 3.5 MB at 120 spokes: a landing zone compiled from Bicep, each spoke a nested deployment with a VM and filler. */
function bigArmTemplate(index, spokes, rnd, pick) {
  const deployments = []
  for (let d = 0; d < spokes; d++) {
    const name = `lz${index}-spoke-${d}`
    const filler = []
    for (let f = 0; f < 30; f++) {
      filler.push({
        type: 'Microsoft.Network/networkSecurityGroups/securityRules',
        apiVersion: '2024-01-01',
        name: `${name}-nsg/rule-${f}`,
        properties: {
          priority: 100 + f,
          direction: f % 2 ? 'Inbound' : 'Outbound',
          access: 'Deny',
          protocol: 'Tcp',
          sourcePortRange: '*',
          destinationPortRanges: ['8530', '8531', String(1000 + f)],
          sourceAddressPrefixes: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'],
          description: `Block WSUS ports from spoke ${d}, rule ${f}. Generated for the benchmark.`
        }
      })
    }
    deployments.push({
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: `deploy-${name}`,
      properties: {
        mode: 'Incremental',
        expressionEvaluationOptions: { scope: 'inner' },
        parameters: { location: { value: "[parameters('location')]" }, environment: { value: 'prod' } },
        template: {
          $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
          contentVersion: '1.0.0.0',
          parameters: parameters(),
          resources: [network(name), vmResource(name, pick(IMAGES), rnd() < 0.5), ...filler]
        }
      }
    })
  }
  return json({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: parameters(),
    resources: deployments
  })
}

function bicepMain(name, [publisher, offer, sku]) {
  return `targetScope = 'resourceGroup'

@description('Deployment location.')
param location string = resourceGroup().location

@allowed([
  'dev'
  'prod'
])
param environment string = 'prod'

var tags = {
  environment: environment
  workload: '${name}'
}

module vm 'modules/vm.bicep' = {
  name: 'deploy-${name}'
  params: {
    name: '${name}'
    location: location
    tags: tags
    imageReference: {
      publisher: '${publisher}'
      offer: '${offer}'
      sku: '${sku}'
      version: 'latest'
    }
  }
}

output vmId string = vm.outputs.id
`
}

function bicepModule(hotpatch) {
  return `param name string
param location string
param tags object = {}
param imageReference object
param enableHotpatching bool = ${hotpatch}

resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    hardwareProfile: {
      vmSize: 'Standard_D4s_v5'
    }
    storageProfile: {
      imageReference: imageReference
    }
    osProfile: {
      computerName: take(name, 15)
      adminUsername: 'azureadmin'
      windowsConfiguration: {
        provisionVMAgent: true
        patchSettings: {
          patchMode: 'AutomaticByPlatform'
          enableHotpatching: enableHotpatching
        }
      }
    }
  }
}

output id string = vm.id
`
}

function terraformMain(name, [publisher, offer, sku], hotpatch, planned) {
  const plan = planned
    ? `
resource "azurerm_maintenance_configuration" "monthly" {
  name                     = "mc-${name}"
  resource_group_name      = var.resource_group_name
  location                 = var.location
  scope                    = "InGuestPatch"
  in_guest_user_patch_mode = "User"

  window {
    start_date_time = "2026-01-13 02:00"
    duration        = "03:00"
    time_zone       = "UTC"
    recur_every     = "Month Second Tuesday Offset4"
  }

  install_patches {
    reboot = "IfRequired"
    windows {
      classifications_to_include = ["Critical", "Security"]
    }
  }
}

resource "azurerm_maintenance_assignment_virtual_machine" "vm" {
  location                     = var.location
  maintenance_configuration_id = azurerm_maintenance_configuration.monthly.id
  virtual_machine_id           = azurerm_windows_virtual_machine.vm.id
}
`
    : ''
  return `locals {
  tags = merge(var.tags, { workload = "${name}" })
}

resource "azurerm_windows_virtual_machine" "vm" {
  name                = "${name}"
  resource_group_name = var.resource_group_name
  location            = var.location
  size                = "Standard_D4s_v5"
  admin_username      = "azureadmin"
  admin_password      = var.admin_password
  network_interface_ids = [var.nic_id]
  patch_mode          = "AutomaticByPlatform"
  hotpatching_enabled = ${hotpatch}
  bypass_platform_safety_checks_on_user_schedule_enabled = true
  tags                = local.tags

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "${publisher}"
    offer     = "${offer}"
    sku       = "${sku}"
    version   = "latest"
  }
}
${plan}`
}

function terraformVariables(name) {
  return `variable "resource_group_name" {
  type    = string
  default = "rg-${name}"
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "admin_password" {
  type      = string
  sensitive = true
}

variable "nic_id" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}
`
}

/**
 * Crossplane (provider-upjet-azure): a ConfigMap, a WindowsVirtualMachine and, when planned, its
 * maintenance configuration and assignment. Half the assignments name the VM by resource ID; the
 * others by a label selector, which the provider cannot resolve for Windows VMs (a realistic mistake
 * the gate reports as indeterminate).
 */
function crossplane(name, [publisher, offer, sku], hotpatch, planned, byId) {
  const target = byId
    ? `    virtualMachineId: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-${name}/providers/Microsoft.Compute/virtualMachines/${name}\n`
    : `    virtualMachineIdSelector:\n      matchLabels:\n        app: ${name}\n`
  const plan = planned
    ? `---
apiVersion: maintenance.azure.upbound.io/v1beta2
kind: MaintenanceConfiguration
metadata:
  name: mc-${name}
  labels:
    app: ${name}
spec:
  forProvider:
    location: West Europe
    resourceGroupName: rg-${name}
    scope: InGuestPatch
    inGuestUserPatchMode: User
    window:
      startDateTime: "2026-01-13 02:00"
      duration: "03:00"
      timeZone: UTC
      recurEvery: Month Second Tuesday Offset4
    installPatches:
      reboot: IfRequired
---
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceAssignmentVirtualMachine
metadata:
  name: assign-${name}
spec:
  forProvider:
    location: West Europe
    maintenanceConfigurationIdRef:
      name: mc-${name}
${target}`
    : ''
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-settings
data:
  owner: platform-team
---
apiVersion: compute.azure.upbound.io/v1beta2
kind: WindowsVirtualMachine
metadata:
  name: ${name}
  labels:
    app: ${name}
spec:
  forProvider:
    location: West Europe
    resourceGroupName: rg-${name}
    size: Standard_D4s_v5
    adminUsername: azureadmin
    adminPasswordSecretRef:
      name: ${name}-password
      namespace: crossplane-system
      key: password
    networkInterfaceIdsRefs:
      - name: ${name}-nic
    patchMode: AutomaticByPlatform
    hotpatchingEnabled: ${hotpatch}
    bypassPlatformSafetyChecksOnUserScheduleEnabled: true
    osDisk:
      caching: ReadWrite
      storageAccountType: Premium_LRS
    sourceImageReference:
      publisher: ${publisher}
      offer: ${offer}
      sku: ${sku}
      version: latest
${plan}`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { mix: { type: 'string', default: 'all' }, seed: { type: 'string', default: '20251023' } }
  })
  const [out, count] = positionals
  const result = generate(out, Number(count), { mix: values.mix, seed: Number(values.seed) })
  console.log(`generated ${result.files} files, ${(result.bytes / 1048576).toFixed(1)} MiB in ${out}`)
}
