/**
 * Evidence across files and languages (issue 3): a VM in one file and its maintenance assignment in another
 * file of the same language, or of another language in the same scanned tree, and dynamic scopes whose tag
 * filter selects a VM written in another language. Fixtures: __tests__/fixtures/parity/cross/<case>/.
 */
import { describe, expect, it } from '@jest/globals'
import { describeEvidence, onlyVm, outcomeOf, scanFixture, subfolders, whereFrom, type Outcome } from './support.js'

interface CrossCase {
  readonly id: string
  readonly title: string
  /** `<format> <name> <file>` of the VM. */
  readonly vm: string
  /** `describeEvidence` of each assignment that reaches it. */
  readonly evidence: readonly string[]
  readonly verdict: Outcome['verdict']
  readonly rules: readonly string[]
  /** Every manifest the scan read. */
  readonly files: readonly string[]
}

const WITH_PLAN = { verdict: 'affected-with-plan', rules: [] } as const

const CASES: readonly CrossCase[] = [
  {
    id: 'split-arm',
    title: 'ARM: the VM template and a maintenance template with the legacy providers/configurationAssignments form',
    vm: 'arm vm-app-01 vm.json',
    evidence: ['direct valid: assignment maintenance.json (arm), configuration maintenance.json (arm)'],
    ...WITH_PLAN,
    files: ['maintenance.json', 'vm.json']
  },
  {
    id: 'own-parameter-files-arm',
    title: 'ARM: the VM template and the maintenance template, each with its own parameter file, deploy together',
    vm: 'arm vm-app-01 vm.json',
    evidence: ['direct valid: assignment maintenance.json (arm), configuration maintenance.json (arm)'],
    ...WITH_PLAN,
    files: ['maintenance.json', 'maintenance.parameters.json', 'vm.json', 'vm.parameters.json']
  },
  {
    id: 'split-bicep',
    title: 'Bicep: the maintenance template scopes its assignment to the VM as an existing resource',
    vm: 'bicep vm-app-01 vm.bicep',
    evidence: ['direct valid: assignment maintenance.bicep (bicep), configuration maintenance.bicep (bicep)'],
    ...WITH_PLAN,
    files: ['maintenance.bicep', 'vm.bicep']
  },
  {
    id: 'split-terraform',
    title: 'Terraform: two root modules; the maintenance root looks the VM up with data.azurerm_virtual_machine',
    vm: 'terraform vm-app-01 compute/main.tf',
    evidence: ['direct valid: assignment maintenance/main.tf (terraform), configuration maintenance/main.tf (terraform)'],
    ...WITH_PLAN,
    files: ['compute/main.tf', 'compute/variables.tf', 'maintenance/main.tf']
  },
  {
    id: 'split-terraform-plan',
    title: "Terraform plans of two roots: the maintenance plan knows the VM's ID from its data source",
    vm: 'terraform-plan vm-app-01 compute/tfplan.json',
    evidence: [
      'direct valid: assignment maintenance/tfplan.json (terraform-plan), configuration maintenance/tfplan.json (terraform-plan)'
    ],
    ...WITH_PLAN,
    files: ['compute/tfplan.json', 'maintenance/tfplan.json']
  },
  {
    id: 'split-crossplane',
    title: 'Crossplane: the VM in apps/, its schedule and assignment (by virtualMachineId) in platform/',
    vm: 'kubernetes vm-app-01 apps/vm-app-01.yaml',
    evidence: [
      'direct valid: assignment platform/maintenance.yaml (kubernetes), configuration platform/maintenance.yaml (kubernetes)'
    ],
    ...WITH_PLAN,
    files: ['apps/vm-app-01.yaml', 'platform/maintenance.yaml']
  },
  {
    id: 'split-pulumi',
    title: 'Pulumi: two projects; the maintenance project reads the VM with get: and assigns ${app.id}',
    vm: 'pulumi vm-app-01 compute/Pulumi.yaml',
    evidence: [
      'direct valid: assignment maintenance/Pulumi.yaml (pulumi), configuration maintenance/Pulumi.yaml (pulumi)'
    ],
    ...WITH_PLAN,
    files: ['compute/Pulumi.yaml', 'maintenance/Pulumi.yaml']
  },
  {
    id: 'id-with-unknown-subscription-arm',
    title: 'ARM: the maintenance template of another folder builds the VM ID from a subscription parameter without value',
    vm: 'arm vm-app-01 compute/azuredeploy.json',
    evidence: [
      'direct valid: assignment maintenance/azuredeploy.json (arm), configuration maintenance/azuredeploy.json (arm)'
    ],
    ...WITH_PLAN,
    files: ['compute/azuredeploy.json', 'maintenance/azuredeploy.json']
  },
  {
    id: 'id-with-unknown-subscription-bicep',
    title: 'Bicep: an existing VM scoped to resourceGroup(subscriptionId, ...) with an unset subscriptionId',
    vm: 'bicep vm-app-01 compute/main.bicep',
    evidence: ['direct valid: assignment maintenance/main.bicep (bicep), configuration maintenance/main.bicep (bicep)'],
    ...WITH_PLAN,
    files: ['compute/main.bicep', 'maintenance/main.bicep']
  },
  {
    id: 'id-with-unknown-subscription-pulumi',
    title: 'Pulumi: resourceId interpolates a config value without value into the subscription segment',
    vm: 'pulumi vm-app-01 compute/Pulumi.yaml',
    evidence: [
      'direct valid: assignment maintenance/Pulumi.yaml (pulumi), configuration maintenance/Pulumi.yaml (pulumi)'
    ],
    ...WITH_PLAN,
    files: ['compute/Pulumi.yaml', 'maintenance/Pulumi.yaml']
  },
  {
    id: 'module-output-bicep',
    title: "Bicep: the VM in a module; the caller assigns to the module's id output",
    vm: 'bicep vm-app-01 modules/windows-vm.bicep',
    evidence: ['direct valid: assignment main.bicep (bicep), configuration main.bicep (bicep)'],
    ...WITH_PLAN,
    files: ['main.bicep', 'modules/windows-vm.bicep']
  },
  {
    id: 'module-output-terraform',
    title: 'Terraform: the VM in a local module; the root assigns virtual_machine_id = module.app.id',
    vm: 'terraform vm-app-01 modules/windows-vm/main.tf',
    evidence: ['direct valid: assignment main.tf (terraform), configuration main.tf (terraform)'],
    ...WITH_PLAN,
    files: ['main.tf', 'modules/windows-vm/main.tf']
  },
  {
    id: 'module-output-terraform-plan',
    title: 'the same configuration with its plan, where module.app.id is known only after apply',
    vm: 'terraform-plan vm-app-01 modules/windows-vm/main.tf',
    evidence: ['direct valid: assignment main.tf (terraform-plan), configuration main.tf (terraform-plan)'],
    ...WITH_PLAN,
    files: ['main.tf', 'modules/windows-vm/main.tf', 'tfplan.json']
  },
  {
    id: 'module-other-group-bicep',
    title: "Bicep: the assignment's module is scoped to rg-platform, so its existing VM is rg-platform's, not the one beside",
    vm: 'bicep vm-app-01 main.bicep',
    evidence: ['direct unverifiable: assignment modules/assignment.bicep (bicep), configuration main.bicep (bicep)'],
    verdict: 'indeterminate',
    rules: ['indeterminate'],
    files: ['main.bicep', 'modules/assignment.bicep']
  },
  {
    id: 'nested-other-group-arm',
    // Its configuration is the parent's: resourceId() in an outer-scope nested template names the parent's group.
    title: 'ARM: the assignment is in a nested deployment into rg-platform and names the VM there',
    vm: 'arm vm-app-01 azuredeploy.json',
    evidence: ['direct unverifiable: assignment azuredeploy.json (arm), configuration azuredeploy.json (arm)'],
    verdict: 'indeterminate',
    rules: ['indeterminate'],
    files: ['azuredeploy.json']
  },
  {
    id: 'bicep-vm-arm-maintenance',
    title: 'a Bicep VM; its maintenance configuration and assignment in an ARM template of the same folder',
    vm: 'bicep vm-app-01 main.bicep',
    evidence: ['direct valid: assignment maintenance.json (arm), configuration maintenance.json (arm)'],
    ...WITH_PLAN,
    files: ['main.bicep', 'maintenance.json']
  },
  {
    id: 'arm-scope-terraform-vm',
    title: 'an ARM subscription dynamic scope selects a Terraform VM by its patch-group tag',
    vm: 'terraform vm-app-01 app/main.tf',
    evidence: ['dynamic-scope valid: assignment platform/dynamic-scope.json (arm), configuration platform/maintenance.json (arm)'],
    ...WITH_PLAN,
    files: ['app/main.tf', 'app/variables.tf', 'platform/dynamic-scope.json', 'platform/maintenance.json']
  },
  {
    id: 'bicep-scope-pulumi-vm',
    title: 'a Bicep subscription dynamic scope selects a Pulumi VM',
    vm: 'pulumi vm-app-01 app/Pulumi.yaml',
    evidence: [
      'dynamic-scope valid: assignment platform/dynamic-scope.bicep (bicep), configuration platform/maintenance.bicep (bicep)'
    ],
    ...WITH_PLAN,
    files: ['app/Pulumi.yaml', 'platform/dynamic-scope.bicep', 'platform/maintenance.bicep']
  },
  {
    id: 'terraform-scope-crossplane-vm',
    title: "azurerm_maintenance_assignment_dynamic_scope selects a Crossplane VM (location 'West Europe')",
    vm: 'kubernetes vm-app-01 clusters/prod/vm-app-01.yaml',
    evidence: ['dynamic-scope valid: assignment platform/main.tf (terraform), configuration platform/main.tf (terraform)'],
    ...WITH_PLAN,
    files: ['clusters/prod/vm-app-01.yaml', 'platform/main.tf']
  },
  {
    id: 'pulumi-scope-arm-vm',
    title: 'a Pulumi ConfigurationAssignmentsForSubscription selects an ARM VM',
    vm: 'arm vm-app-01 app/azuredeploy.json',
    evidence: ['dynamic-scope valid: assignment platform/Pulumi.yaml (pulumi), configuration platform/Pulumi.yaml (pulumi)'],
    ...WITH_PLAN,
    files: ['app/azuredeploy.json', 'platform/Pulumi.yaml']
  },
  {
    id: 'plan-scope-bicep-vm',
    title: 'a dynamic scope in a Terraform plan selects a Bicep VM',
    vm: 'bicep vm-app-01 app/main.bicep',
    evidence: [
      'dynamic-scope valid: assignment platform/tfplan.json (terraform-plan), configuration platform/tfplan.json (terraform-plan)'
    ],
    ...WITH_PLAN,
    files: ['app/main.bicep', 'platform/tfplan.json']
  },
  {
    id: 'arm-scope-aso-vm',
    title: 'an ARM dynamic scope selects an ASO VM, which cannot set the bypass flag: the window is not honoured',
    vm: 'kubernetes vm-app-01 clusters/prod/vm-app-01.yaml',
    evidence: ['dynamic-scope valid: assignment platform/dynamic-scope.json (arm), configuration platform/maintenance.json (arm)'],
    // rebootSetting IfRequired: the platform would reboot it, at a time it picks, instead of the window.
    verdict: 'affected-no-plan',
    rules: ['schedule-prerequisites'],
    files: ['clusters/prod/vm-app-01.yaml', 'platform/dynamic-scope.json', 'platform/maintenance.json']
  },
  {
    id: 'module-other-subscription-bicep',
    title: "a subscription's dynamic scope, and a VM in a module scoped to a subscription named by a parameter without a value",
    vm: 'bicep vm-app-01 modules/vm.bicep',
    evidence: ['dynamic-scope unverifiable: assignment main.bicep (bicep), configuration modules/maintenance.bicep (bicep)'],
    verdict: 'indeterminate',
    rules: ['indeterminate'],
    files: ['main.bicep', 'modules/maintenance.bicep', 'modules/vm.bicep']
  },
  {
    id: 'tag-not-evaluated-bicep',
    title: 'a dynamic scope selects a VM by its patch-group tag; the value of another of its tags is not evaluated',
    vm: 'bicep vm-app-01 main.bicep',
    evidence: ['dynamic-scope valid: assignment modules/dynamic-scope.bicep (bicep), configuration main.bicep (bicep)'],
    ...WITH_PLAN,
    files: ['main.bicep', 'modules/dynamic-scope.bicep']
  },
  {
    id: 'terraform-scope-pulumi-vm-other-tag',
    title: 'a Terraform dynamic scope for patch group wave-2 does not select a Pulumi VM of wave-1',
    vm: 'pulumi vm-app-01 app/Pulumi.yaml',
    evidence: [],
    verdict: 'affected-no-plan',
    rules: ['reboot-plan-required'],
    files: ['app/Pulumi.yaml', 'platform/main.tf']
  }
]

describe('evidence across files and languages', () => {
  it.each(CASES)('$id: $title', async crossCase => {
    const result = await scanFixture(`cross/${crossCase.id}`)
    expect(result.model.parseErrors).toEqual([])
    expect(result.model.files).toEqual(crossCase.files)
    const { assessment, findings } = onlyVm(result)
    expect(whereFrom(assessment.vm)).toBe(crossCase.vm)
    expect(assessment.evidence.map(describeEvidence)).toEqual(crossCase.evidence)
    const { verdict, rules } = outcomeOf(assessment, findings)
    expect({ verdict, rules }).toEqual({ verdict: crossCase.verdict, rules: crossCase.rules })
  })

  it('has a fixture folder for exactly the listed cases', () => {
    expect(subfolders('cross')).toEqual(CASES.map(c => c.id).sort())
  })
})
