/**
 * The pull request every fault scenario runs on: contoso/platform-infra#42 (the action fixtures'
 * `pull_request.synchronize` event) adding an ARM VM and a Pulumi program and touching a Terraform
 * file. The gate finds two errors and a warning: one line comment in the ARM file, one on the Pulumi
 * warning, one file comment (the Terraform VM is outside its hunk), and a summary comment.
 */
import { readFileSync } from 'node:fs'
import { FakeGitHub, type FakeFile } from '../github/fake-github/server.js'
import { armTemplate, armVm, terraformVm } from '../hostile/manifests.js'

export const EVENT_PATH = new URL('../fixtures/action/events/pull_request.synchronize.json', import.meta.url)
const event = JSON.parse(readFileSync(EVENT_PATH, 'utf8')) as {
  number: number
  pull_request: Record<string, unknown> & { head: { sha: string } }
  repository: { name: string; owner: { login: string } }
}

const ARM_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'

/** A VM whose assignment names its own configuration id: a cycle, so the VM is indeterminate (a warning). */
const PULUMI_CYCLE = `name: web-schedule
runtime: yaml
resources:
  web:
    type: azure-native:compute:VirtualMachine
    properties:
      resourceGroupName: rg-web
      vmName: vm-pulumi-web
      location: westeurope
      osProfile:
        windowsConfiguration:
          patchSettings:
            patchMode: AutomaticByPlatform
            enableHotpatching: true
      storageProfile:
        imageReference:
          publisher: MicrosoftWindowsServer
          offer: WindowsServer
          sku: 2025-datacenter-azure-edition
          version: latest
  monthly:
    type: azure-native:maintenance:ConfigurationAssignment
    properties:
      resourceGroupName: rg-web
      providerName: Microsoft.Compute
      resourceType: virtualMachines
      resourceName: \${web.name}
      configurationAssignmentName: monthly
      maintenanceConfigurationId: \${monthly.maintenanceConfigurationId}
      location: westeurope
`

/** The repository the action scans. */
export const REPOSITORY_FILES: Readonly<Record<string, string>> = {
  'infra/arm/web.json': armTemplate([armVm('vm-shop-web-01')]),
  // Cut off after its schema: a parse error, annotated like the findings.
  'infra/arm/cache.json': `{\n  "$schema": "${ARM_SCHEMA}",\n`,
  'infra/pulumi/Pulumi.yaml': PULUMI_CYCLE,
  'infra/terraform/main.tf': terraformVm('"vm-shop-tf-01"')
}

/** Each finding as `ruleId severity file:line`, and the parse error, as every channel must show them. */
export const FINDINGS = [
  'reboot-plan-required error infra/arm/web.json:5',
  'indeterminate warning infra/pulumi/Pulumi.yaml:29',
  'reboot-plan-required error infra/terraform/main.tf:1'
]
export const PARSE_ERROR = 'infra/arm/cache.json:3:1'

const added = (text: string): string => {
  const lines = text.replace(/\n$/, '').split('\n')
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map(line => `+${line}`)].join('\n')
}

const terraformLines = terraformVm('"vm-shop-tf-01"').split('\n')

const FILES: readonly FakeFile[] = [
  { filename: 'infra/arm/cache.json', status: 'added', patch: added(REPOSITORY_FILES['infra/arm/cache.json'] as string) },
  { filename: 'infra/arm/web.json', status: 'added', patch: added(REPOSITORY_FILES['infra/arm/web.json'] as string) },
  { filename: 'infra/pulumi/Pulumi.yaml', status: 'added', patch: added(PULUMI_CYCLE) },
  {
    filename: 'infra/terraform/main.tf',
    status: 'modified',
    // Lines 5-7: the VM's own line (1) is outside the hunk, so its finding becomes a file comment.
    patch: [
      '@@ -5,3 +5,3 @@',
      ` ${terraformLines[4]}`,
      '-  size                  = "Standard_D4s_v5"',
      `+${terraformLines[5]}`,
      ` ${terraformLines[6]}`
    ].join('\n')
  }
]

/** A fresh fake GitHub server holding the pull request (nothing commented yet). */
export const fakeGitHub = (): FakeGitHub => {
  const { repository, number, pull_request: pullRequest } = event
  return new FakeGitHub(repository.owner.login, repository.name, number, pullRequest.head.sha, FILES, pullRequest)
}
