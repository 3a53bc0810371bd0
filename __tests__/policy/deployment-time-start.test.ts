/**
 * A maintenance window whose startDateTime is written as the deployment time, end to end through the CLI (Bicep,
 * Terraform and ARM, as of 2026-11-24): plain `utcNow()` / `timestamp()` (or formatted as a full date and time) is
 * read as the evaluation date; a time moved from it (`dateTimeAdd(utcNow(), 'P1Y')`, `timeadd(timestamp(), "8760h")`) starts a year after
 * the deployment, so it is not read as the deployment time: the start is unresolved and the VM indeterminate. So is
 * any other value computed from it (a year taken from it plus 3, a date formatted with a literal year, text around
 * it), and `uuid()`, in Terraform, Bicep and ARM alike (src/model/deployment-time.ts).
 */
import { describe, expect, it } from '@jest/globals'
import { scanJson } from '../support/cli-scan.js'
import { scheduledBicepVm } from '../support/plan-manifests.js'
import { withTree } from '../support/temporary-tree.js'

/** A hotpatch VM with the Customer Managed Schedules settings, its monthly UTC window starting at `start` (line 25), assigned. */
const bicep = (start: string): string => `param startTime string = ${start}
${scheduledBicepVm({ name: "'web-01'", apiVersion: '2024-11-01' })}resource window 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: 'mc-monthly'
  location: 'westeurope'
  properties: {
    maintenanceScope: 'InGuestPatch'
    extensionProperties: { InGuestPatchMode: 'User' }
    maintenanceWindow: {
      startDateTime: startTime
      duration: '03:55'
      timeZone: 'UTC'
      recurEvery: 'Month Second Tuesday Offset1'
    }
    installPatches: { rebootSetting: 'IfRequired', windowsParameters: { classificationsToInclude: ['Critical', 'Security'] } }
  }
}
resource assignment 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'web-01-monthly'
  location: 'westeurope'
  scope: vm
  properties: { maintenanceConfigurationId: window.id, resourceId: vm.id }
}
`

/** The same in azurerm Terraform: start_date_time is on line 31. */
const terraform = (start: string): string => `resource "azurerm_windows_virtual_machine" "web" {
  name                  = "web-01"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureuser"
  admin_password        = "not-a-password"
  network_interface_ids = []
  patch_mode            = "AutomaticByPlatform"
  hotpatching_enabled   = true
  reboot_setting        = "IfRequired"
  bypass_platform_safety_checks_on_user_schedule_enabled = true
  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2025-datacenter-azure-edition"
    version   = "latest"
  }
}
resource "azurerm_maintenance_configuration" "window" {
  name                     = "mc-monthly"
  resource_group_name      = "rg"
  location                 = "westeurope"
  scope                    = "InGuestPatch"
  in_guest_user_patch_mode = "User"
  window {
    start_date_time = ${start}
    duration        = "03:55"
    time_zone       = "UTC"
    recur_every     = "Month Second Tuesday Offset1"
  }
  install_patches {
    reboot = "IfRequired"
    windows {
      classifications_to_include = ["Critical", "Security"]
    }
  }
}
resource "azurerm_maintenance_assignment_virtual_machine" "web" {
  location                     = "westeurope"
  maintenance_configuration_id = azurerm_maintenance_configuration.window.id
  virtual_machine_id           = azurerm_windows_virtual_machine.web.id
}
`

/** The same in an ARM template, its start the parameter `startTime` (defaulting to `start`): startDateTime is on line 17. */
const arm = (start: string, extraParameters = ''): string => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {${extraParameters}
    "startTime": { "type": "string", "defaultValue": ${JSON.stringify(start)} }
  },
  "resources": [
    {
      "type": "Microsoft.Maintenance/maintenanceConfigurations",
      "apiVersion": "2023-04-01",
      "name": "mc-monthly",
      "location": "westeurope",
      "properties": {
        "maintenanceScope": "InGuestPatch",
        "extensionProperties": { "InGuestPatchMode": "User" },
        "maintenanceWindow": {
          "startDateTime": "[parameters('startTime')]",
          "duration": "03:55",
          "timeZone": "UTC",
          "recurEvery": "Month Second Tuesday Offset1"
        },
        "installPatches": { "rebootSetting": "IfRequired", "windowsParameters": { "classificationsToInclude": ["Critical", "Security"] } }
      }
    },
    {
      "type": "Microsoft.Compute/virtualMachines",
      "apiVersion": "2024-07-01",
      "name": "web-01",
      "location": "westeurope",
      "properties": {
        "storageProfile": {
          "imageReference": { "publisher": "MicrosoftWindowsServer", "offer": "WindowsServer", "sku": "2025-datacenter-azure-edition", "version": "latest" }
        },
        "osProfile": {
          "windowsConfiguration": {
            "patchSettings": {
              "patchMode": "AutomaticByPlatform",
              "enableHotpatching": true,
              "automaticByPlatformSettings": { "rebootSetting": "IfRequired", "bypassPlatformSafetyChecksOnUserSchedule": true }
            }
          }
        }
      }
    },
    {
      "type": "Microsoft.Maintenance/configurationAssignments",
      "apiVersion": "2023-04-01",
      "name": "web-01-monthly",
      "location": "westeurope",
      "scope": "Microsoft.Compute/virtualMachines/web-01",
      "dependsOn": ["[resourceId('Microsoft.Compute/virtualMachines', 'web-01')]", "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc-monthly')]"],
      "properties": {
        "maintenanceConfigurationId": "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc-monthly')]",
        "resourceId": "[resourceId('Microsoft.Compute/virtualMachines', 'web-01')]"
      }
    }
  ]
}
`

interface Scanned {
  readonly code: number
  readonly verdict: string | undefined
  readonly findings: readonly string[]
}

async function scan(file: string, text: string): Promise<Scanned> {
  const { code, report } = await withTree({ [file]: text }, folder =>
    scanJson<{
      resources: readonly { verdict: string }[]
      findings: readonly { ruleId: string; message: string; startLine: number }[]
    }>(folder, '.')
  )
  return { code, verdict: report.resources[0]?.verdict, findings: report.findings.map(f => `${f.ruleId}:${f.startLine} ${f.message}`) }
}

const LEAD = "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could not be verified: "
const ADVICE = ' Make these values resolvable (a literal, a parameter default or a parameter file), or exempt the resource with a reason.'
const TF_ADVICE = ' Make these values resolvable (a literal, a variable default or a .tfvars file of the root module), or exempt the resource with a reason.'

describe('a start moved from the deployment time is not the deployment time', () => {
  it("Bicep dateTimeAdd(utcNow(), 'P1Y', ...): indeterminate, naming the start", async () => {
    expect(await scan('main.bicep', bicep("dateTimeAdd(utcNow(), 'P1Y', 'yyyy-MM-dd HH:mm')"))).toEqual({
      code: 0,
      verdict: 'indeterminate',
      findings: [
        `indeterminate:25 ${LEAD}maintenanceConfiguration.window.startDateTime at main.bicep:25: dateTimeAdd() is only known at deployment.${ADVICE}`
      ]
    })
  })

  it('Terraform formatdate(..., timeadd(timestamp(), "8760h")): indeterminate, naming timeadd()', async () => {
    expect(await scan('main.tf', terraform('formatdate("YYYY-MM-DD hh:mm", timeadd(timestamp(), "8760h"))'))).toEqual({
      code: 0,
      verdict: 'indeterminate',
      findings: [
        `indeterminate:31 ${LEAD}maintenanceConfiguration.window.startDateTime at main.tf:31: function timeadd() is not evaluated by the scanner.${TF_ADVICE}`
      ]
    })
  })

  it('Terraform formatdate of a written date far ahead is that date: the window misses the baselines before it', async () => {
    const result = await scan('main.tf', terraform('formatdate("YYYY-MM-DD hh:mm", "2027-11-24T00:00:00Z")'))
    expect([result.code, result.verdict]).toEqual([1, 'affected-no-plan'])
    expect(result.findings).toEqual([
      expect.stringContaining(
        "reboot-window-misses-baseline:34 VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, " +
          "but its maintenance configuration 'mc-monthly' opens every month on the Second Tuesday + 1 day at 00:00 UTC, from " +
          '2027-11-24 00:00, so it reboots the VM for neither the January 2027 nor the April 2027 baseline'
      )
    ])
  })
})

describe('the deployment time itself, formatted or not, is still read as the evaluation date', () => {
  it.each([
    ['main.bicep', bicep("utcNow('yyyy-MM-dd HH:mm')")],
    ['main.tf', terraform('timestamp()')],
    ['main.tf', terraform('formatdate("YYYY-MM-DD hh:mm", timestamp())')]
  ])('%s: a monthly window from today covers the January 2027 baseline', async (file, text) => {
    expect(await scan(file, text)).toEqual({ code: 0, verdict: 'affected-with-plan', findings: [] })
  })
})

const PLAN_TIME_DERIVED = 'computed from the plan time (timestamp()), only known at plan time'
const UTC_NOW_DERIVED = 'computed from utcNow(), only known at deployment'
const YEAR_PARAMETER = `
    "year": { "type": "string", "defaultValue": "[utcNow('yyyy')]" },`

describe('a value computed from the deployment time is not the deployment time (same start written: it misses)', () => {
  it.each([
    ['main.tf', terraform('"${formatdate("YYYY", timestamp()) + 3}-06-01 03:00"'), 31, PLAN_TIME_DERIVED],
    ['main.tf', terraform('formatdate("2028-MM-DD hh:mm", timestamp())'), 31, PLAN_TIME_DERIVED],
    ['main.tf', terraform('formatdate("YYYY-MM-DD", timestamp())'), 31, PLAN_TIME_DERIVED],
    ['main.tf', terraform('"2028${substr(timestamp(), 4, 12)}"'), 31, PLAN_TIME_DERIVED],
    ['main.tf', terraform('"${timestamp()} "'), 31, PLAN_TIME_DERIVED],
    ['main.tf', terraform('uuid()'), 31, 'uuid() is a random value drawn at plan time'],
    ['main.bicep', `${bicep("'${int(year) + 3}-06-01 03:00'")}param year string = utcNow('yyyy')\n`, 25, UTC_NOW_DERIVED],
    ['main.bicep', bicep("'${int(utcNow('yyyy')) + 3}-06-01 03:00'"), 25, UTC_NOW_DERIVED],
    ['main.bicep', bicep("utcNow('2028-MM-dd HH:mm')"), 25, UTC_NOW_DERIVED],
    ['main.bicep', bicep("'2028${substring(utcNow('yyyy-MM-dd HH:mm'), 4)}'"), 25, UTC_NOW_DERIVED],
    ['azuredeploy.json', arm("[utcNow('2028-MM-dd HH:mm')]"), 17, UTC_NOW_DERIVED],
    ['azuredeploy.json', arm("[concat(string(add(int(parameters('year')), 3)), '-06-01 03:00')]", YEAR_PARAMETER), 18, UTC_NOW_DERIVED],
    ['azuredeploy.json', arm("[format('{0}-06-01 03:00', add(int(utcNow('yyyy')), 3))]"), 17, UTC_NOW_DERIVED]
  ])('%s start %#: indeterminate, naming the start', async (file, text, line, reason) => {
    expect(await scan(file, text)).toEqual({
      code: 0,
      verdict: 'indeterminate',
      findings: [`indeterminate:${line} ${LEAD}maintenanceConfiguration.window.startDateTime at ${file}:${line}: ${reason}.${file.endsWith('.tf') ? TF_ADVICE : ADVICE}`]
    })
  })
})

describe('the deployment time itself, in other spellings, is still read as the evaluation date', () => {
  it.each([
    ['main.tf', terraform('"${timestamp()}"')],
    ['main.tf', terraform('plantimestamp()')],
    ['main.tf', `${terraform('local.start')}locals {\n  start = timestamp()\n}\n`],
    ['main.tf', `${terraform('local.times["start"]')}locals {\n  times = { start = timestamp() }\n}\n`],
    ['main.tf', terraform('formatdate("YYYY-MM-DD\'T\'hh:mm:ssZ", timestamp())')],
    ['main.bicep', bicep('utcNow()')],
    ['main.bicep', bicep("utcNow('u')")],
    ['azuredeploy.json', arm('[utcNow()]')],
    ['azuredeploy.json', arm("[utcNow('yyyy-MM-dd HH:mm')]")]
  ])('%s start %#: a monthly window from today covers the January 2027 baseline', async (file, text) => {
    expect(await scan(file, text)).toEqual({ code: 0, verdict: 'affected-with-plan', findings: [] })
  })
})
