/**
 * Format detection by extension and content (issue 3): a repository with an ARM template, a Terraform
 * configuration and a Crossplane manifest among the files every repository has (package.json, tsconfig,
 * workflows, docker-compose, a Helm chart, a Kustomization, Terraform's lock, module manifest and state, a
 * Logic Apps workflow definition). Only the manifests are read; nothing else is reported, not even as an error.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { scan } from '../../src/scan.js'
import { AS_OF, FIXTURES, scanFixture, whereFrom } from './support.js'

const ROOT = join(FIXTURES, 'detection')

/** Claimed files with no word of what the policy reads are skipped unparsed (the content prefilter), counted in one notice. */
const skippedNotice = (count: number): object => ({
  file: '.',
  line: 1,
  column: 1,
  message:
    count === 1
      ? '1 file checked without parsing: it declares no VM, scale set, Arc machine or maintenance resource and calls no module, nested deployment or Pulumi component with a hotpatch input'
      : `${count} files checked without parsing: they declare no VM, scale set, Arc machine or maintenance resource and call no module, nested deployment or Pulumi component with a hotpatch input`,
  severity: 'notice'
})

/** The files of NOT_MANIFESTS a reader claims (from name and head) before the prefilter skips them. */
const CLAIMED = new Set(['workflows/order-processing/workflow.json', 'charts/app/templates/deployment.yaml', 'k8s/kustomization.yaml', 'k8s/service.yaml'])

/** Files that are not manifests of any language the gate reads, whatever their extension or content. */
const NOT_MANIFESTS = [
  'package.json',
  'tsconfig.json',
  'appsettings.json',
  'renovate.json',
  'bicepconfig.json',
  '.vscode/settings.json',
  'infra/metadata.json',
  'workflows/order-processing/workflow.json',
  '.github/workflows/ci.yml',
  'workflow-templates/deploy.yml',
  'azure-pipelines.yml',
  'docker-compose.yml',
  'charts/app/Chart.yaml',
  'charts/app/values.yaml',
  'charts/app/templates/deployment.yaml',
  'k8s/kustomization.yaml',
  'k8s/service.yaml',
  'terraform/.terraform.lock.hcl',
  'terraform/.terraform/modules/modules.json',
  'terraform/terraform.tfstate'
]

describe('format detection', () => {
  it('reads only the manifests of a repository and reports nothing about the other files', async () => {
    const result = await scanFixture('detection')
    expect(result.model.parseErrors).toEqual([skippedNotice(1)])
    expect(result.model.files).toEqual([
      'infra/azuredeploy.json',
      'k8s/vm-app-02.yaml',
      'terraform/main.tf',
      'terraform/variables.tf'
    ])
    expect(result.model.virtualMachines.map(whereFrom)).toEqual([
      'arm vm-app-01 infra/azuredeploy.json',
      'terraform vm-app-03 terraform/main.tf',
      'kubernetes vm-app-02 k8s/vm-app-02.yaml'
    ])
    expect(result.model.maintenanceConfigurations).toEqual([])
    expect(result.model.maintenanceAssignments).toEqual([])
    expect(result.assessments.map(a => `${a.vm.displayName} ${a.verdict}`)).toEqual([
      'vm-app-01 affected-no-plan',
      'vm-app-03 affected-no-plan',
      'vm-app-02 affected-platform-reboot'
    ])
  })

  it.each(NOT_MANIFESTS)('%s alone: no manifest, no resource, no error', async path => {
    const result = await scan({ root: ROOT, paths: [path], asOf: AS_OF })
    expect({
      files: result.model.files,
      errors: result.model.parseErrors.filter(error => error.file !== '.'),
      skipped: result.model.parseErrors.filter(error => error.file === '.'),
      virtualMachines: result.model.virtualMachines.length,
      configurations: result.model.maintenanceConfigurations.length,
      assignments: result.model.maintenanceAssignments.length
    }).toEqual({ files: [], errors: [], skipped: CLAIMED.has(path) ? [skippedNotice(1)] : [], virtualMachines: 0, configurations: 0, assignments: 0 })
  })
})
