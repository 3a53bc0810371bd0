/**
 * The one matching function (issue 9): a reference names a resource by full ID, or by type + name inside
 * the same deployment unit (and the same resource group when both are known); never by a bare name across
 * units. `unknown` only where a value could not be evaluated, for candidates that could be the resource.
 */
import { describe, expect, it } from '@jest/globals'
import { match, sameGroupName, sameUnit, whyUnknown, type Candidate, type Placed } from '../../src/model/match.js'
import type { DeploymentUnit, ResourceIdentity } from '../../src/model/resources.js'
import { absent, known, unresolved, type Sourced } from '../../src/model/source.js'

const VM = 'Microsoft.Compute/virtualMachines'
const at = { file: 'a/main.tf', line: 1, column: 1 }
const unit = (key: string): Sourced<DeploymentUnit> => known({ kind: 'terraform-root', key }, at)
const group = (name: string | undefined | null): Sourced<string> =>
  name === null ? unresolved(at, 'var.rg has no value') : name === undefined ? absent(at) : known(name, at)
const placed = (unitKey: string, resourceGroup?: string | null): Placed => ({
  unit: unit(unitKey),
  scope: { subscription: absent(at), resourceGroup: group(resourceGroup) }
})
const vm = (identity: Partial<ResourceIdentity>, unitKey: string, resourceGroup?: string | null): Candidate => ({
  identity: { type: VM, name: 'dc01', ...identity },
  ...placed(unitKey, resourceGroup)
})

/** Placed in an ARM or Bicep deployment: `undefined` the group it is run against, `null` a group not evaluated. */
const inTemplate = (unitKey: string, resourceGroup?: string | null): Placed => ({
  unit: known({ kind: 'template-deployment', key: unitKey }, at),
  scope: { subscription: absent(at), resourceGroup: group(resourceGroup) }
})
const templateVm = (unitKey: string, resourceGroup?: string | null): Candidate => ({
  identity: { type: VM, name: 'dc01', ...(typeof resourceGroup === 'string' && { resourceGroup }) },
  ...inTemplate(unitKey, resourceGroup)
})

interface Row {
  readonly title: string
  readonly reference: ResourceIdentity
  readonly from: Placed
  readonly candidate: Candidate
  readonly expected: 'yes' | 'no' | 'unknown'
}

const ROWS: readonly Row[] = [
  {
    title: 'same unit, same symbol',
    reference: { type: VM, name: 'dc01', symbol: 'b#vm.dc01' },
    from: placed('terraform:b'),
    candidate: vm({ symbol: 'b#vm.dc01' }, 'terraform:b'),
    expected: 'yes'
  },
  {
    title: 'same unit, bare name',
    reference: { type: VM, name: 'DC01' },
    from: placed('azure-deployment:a'),
    candidate: vm({ symbol: 'a/vm.json#resources[0]' }, 'azure-deployment:a'),
    expected: 'yes'
  },
  {
    title: 'other unit, symbol of its own declaration (issue 9 item 1)',
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-b', symbol: 'b#azurerm_windows_virtual_machine.dc01' },
    from: placed('terraform:b'),
    candidate: vm({ symbol: 'a/azuredeploy.json#resources[0]' }, 'azure-deployment:a'),
    expected: 'no'
  },
  {
    title: 'other unit, bare name',
    reference: { type: VM, name: 'dc01' },
    from: placed('azure-deployment:b'),
    candidate: vm({}, 'azure-deployment:a'),
    expected: 'no'
  },
  {
    title: 'same unit, same name, other resource group',
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-b' },
    from: placed('terraform:b'),
    candidate: vm({ resourceGroup: 'rg-a' }, 'terraform:b', 'rg-a'),
    expected: 'no'
  },
  {
    title: 'full ID across formats: a Terraform assignment names an ARM VM whose group the deployment decides',
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-a' },
    from: placed('terraform:b'),
    candidate: vm({ symbol: 'a/azuredeploy.json#resources[0]' }, 'azure-deployment:a'),
    expected: 'yes'
  },
  {
    title: 'full ID across units into another known group',
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-b' },
    from: placed('terraform:b'),
    candidate: vm({ resourceGroup: 'rg-a' }, 'pulumi:a#prod', 'rg-a'),
    expected: 'no'
  },
  {
    title: 'unresolved name, same unit',
    reference: { type: VM, name: undefined, symbol: 'b#azurerm_windows_virtual_machine.vm' },
    from: placed('terraform:b'),
    candidate: vm({ symbol: 'b#azurerm_windows_virtual_machine.other' }, 'terraform:b'),
    expected: 'unknown'
  },
  {
    title: 'unresolved name, other unit: cannot be that VM',
    reference: { type: VM, name: undefined },
    from: placed('terraform:b'),
    candidate: vm({}, 'terraform:a'),
    expected: 'no'
  },
  {
    title: 'unresolved scope: a full ID into a group the candidate takes from a variable without value',
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-a' },
    from: placed('terraform:b'),
    candidate: vm({}, 'terraform:a', null),
    expected: 'unknown'
  },
  {
    title: "a module scoped to rg-shared names its existing VM there, beside a VM of the deployment's own group",
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-shared' },
    from: placed('bicep:a', 'rg-shared'),
    candidate: vm({}, 'bicep:a'),
    expected: 'unknown'
  },
  {
    title: "a resource ID written in the deployment's own group, for a VM of that deployment",
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-app' },
    from: placed('bicep:a'),
    candidate: vm({}, 'bicep:a'),
    expected: 'yes'
  },
  {
    title: "an existing resource scoped to rg-maint, written in the file that declares one of that name in the deployment's group",
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-maint' },
    from: { ...placed('bicep:a'), declaredAt: { file: 'a/main.bicep' } },
    candidate: { ...vm({}, 'bicep:a'), declaredAt: { file: 'a/main.bicep' } },
    expected: 'unknown'
  },
  {
    title: "the same ID written in another file of the unit (a maintenance template beside the VM's): yes",
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-maint' },
    from: { ...placed('bicep:a'), declaredAt: { file: 'a/maintenance.bicep' } },
    candidate: { ...vm({}, 'bicep:a'), declaredAt: { file: 'a/main.bicep' } },
    expected: 'yes'
  },
  {
    title: 'a module scoped to rg-shared names a VM another unit deploys into the group it is run against',
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-shared' },
    from: placed('bicep:b', 'rg-shared'),
    candidate: vm({}, 'bicep:a'),
    expected: 'yes'
  },
  {
    title: "two var files of one Terraform root: dev's assignment names prod's VM by the same ID, and by its symbol",
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-app', symbol: 'b#azurerm_windows_virtual_machine.dc01' },
    from: { unit: known({ kind: 'terraform-root', key: 'terraform:b', environment: 'b/dev.tfvars' }, at) },
    candidate: {
      identity: { type: VM, name: 'dc01', resourceGroup: 'rg-app', symbol: 'b#azurerm_windows_virtual_machine.dc01' },
      unit: known({ kind: 'terraform-root', key: 'terraform:b', environment: 'b/prod.tfvars' }, at)
    },
    expected: 'no'
  },
  {
    title: 'two Kustomize builds of one base (an ASO VM of a namespace, a cluster-scoped Crossplane assignment): no, even by resource ID',
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-app' },
    from: { unit: known({ kind: 'kubernetes-cluster', key: 'kubernetes:cluster', environment: 'overlays/dev' }, at) },
    candidate: {
      identity: { type: VM, name: 'dc01', resourceGroup: 'rg-app' },
      unit: known({ kind: 'kubernetes-namespace', key: 'kubernetes:default', environment: 'overlays/prod' }, at)
    },
    expected: 'no'
  },
  {
    title: 'an object no kustomization renames (no environment) names a VM of a Kustomize build by resource ID',
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-app' },
    from: { unit: known({ kind: 'kubernetes-cluster', key: 'kubernetes:cluster' }, at) },
    candidate: {
      identity: { type: VM, name: 'dc01', resourceGroup: 'rg-app' },
      unit: known({ kind: 'kubernetes-namespace', key: 'kubernetes:default', environment: 'overlays/prod' }, at)
    },
    expected: 'yes'
  },
  {
    title: 'a resource ID into a known subscription, for a VM of another known one (a what-if result tells it): no',
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-app', subscription: '1111' },
    from: placed('terraform:b'),
    candidate: { ...vm({ resourceGroup: 'rg-app' }, 'what-if:a', 'rg-app'), scope: { subscription: known('2222', at), resourceGroup: known('rg-app', at) } },
    expected: 'no'
  },
  {
    title: "the same ID, for a VM whose subscription the manifests do not say: yes, as any resource ID",
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-app', subscription: '1111' },
    from: placed('terraform:b'),
    candidate: vm({ resourceGroup: 'rg-app' }, 'azure-deployment:a', 'rg-app'),
    expected: 'yes'
  },
  {
    title: 'the same ID, for a VM in a subscription its deployment names but that was not evaluated: unknown',
    reference: { type: VM, name: 'dc01', resourceGroup: 'rg-app', subscription: '1111' },
    from: placed('terraform:b'),
    candidate: { ...vm({ resourceGroup: 'rg-app' }, 'terraform:a', 'rg-app'), scope: { subscription: unresolved(at, 'var.sub has no value'), resourceGroup: known('rg-app', at) } },
    expected: 'unknown'
  },
  {
    title: 'an ID of another name, for a VM in a subscription not evaluated: still no',
    reference: { type: VM, name: 'dc02', resourceGroup: 'rg-app', subscription: '1111' },
    from: placed('terraform:b'),
    candidate: { ...vm({ resourceGroup: 'rg-app' }, 'terraform:a', 'rg-app'), scope: { subscription: unresolved(at, 'var.sub has no value'), resourceGroup: known('rg-app', at) } },
    expected: 'no'
  },
  {
    title: 'one folder deployed with two parameter files: dev and prod are two deployments',
    reference: { type: VM, name: 'dc01' },
    from: { unit: known({ kind: 'template-deployment', key: 'azure-deployment:a', environment: 'prod' }, at) },
    candidate: {
      identity: { type: VM, name: 'dc01' },
      unit: known({ kind: 'template-deployment', key: 'azure-deployment:a', environment: '' }, at)
    },
    expected: 'no'
  },
  {
    title: "two templates' own parameter files that name no environment (vm.parameters.json, maintenance.parameters.json) deploy together",
    reference: { type: VM, name: 'dc01' },
    from: { unit: known({ kind: 'template-deployment', key: 'azure-deployment:a', environment: '' }, at) },
    candidate: { identity: { type: VM, name: 'dc01' }, unit: known({ kind: 'template-deployment', key: 'azure-deployment:a', environment: '' }, at) },
    expected: 'yes'
  },
  {
    title: "two templates' dev files (vm.parameters.dev.json, maintenance.parameters.dev.json) deploy together; dev and prod do not",
    reference: { type: VM, name: 'dc01' },
    from: { unit: known({ kind: 'template-deployment', key: 'azure-deployment:a', environment: 'dev' }, at) },
    candidate: { identity: { type: VM, name: 'dc01' }, unit: known({ kind: 'template-deployment', key: 'azure-deployment:a', environment: 'dev' }, at) },
    expected: 'yes'
  },
  {
    title: "a file that names no environment is one of its own: maintenance.parameters.json never deploys with vm.parameters.prod.json",
    reference: { type: VM, name: 'dc01' },
    from: { unit: known({ kind: 'template-deployment', key: 'azure-deployment:a', environment: '' }, at) },
    candidate: { identity: { type: VM, name: 'dc01' }, unit: known({ kind: 'template-deployment', key: 'azure-deployment:a', environment: 'prod' }, at) },
    expected: 'no'
  },
  {
    title: 'a prod file of one template against the dev file of another: two deployments',
    reference: { type: VM, name: 'dc01' },
    from: { unit: known({ kind: 'template-deployment', key: 'azure-deployment:a', environment: 'prod' }, at) },
    candidate: { identity: { type: VM, name: 'dc01' }, unit: known({ kind: 'template-deployment', key: 'azure-deployment:a', environment: 'dev' }, at) },
    expected: 'no'
  },
  {
    title: 'a template evaluated without a parameter file deploys with either of its folder',
    reference: { type: VM, name: 'dc01' },
    from: { unit: known({ kind: 'template-deployment', key: 'azure-deployment:a' }, at) },
    candidate: {
      identity: { type: VM, name: 'dc01' },
      unit: known({ kind: 'template-deployment', key: 'azure-deployment:a', environment: '' }, at)
    },
    expected: 'yes'
  },
  {
    title: 'relative to the group the deployment is run against, held in rg-app: a candidate of that group',
    reference: { type: VM, name: 'dc01', inDeploymentGroup: true },
    from: placed('azure-deployment:a', 'rg-app'),
    candidate: vm({}, 'azure-deployment:a'),
    expected: 'yes'
  },
  {
    title: 'relative to the group the deployment is run against, held in rg-app: a candidate of rg-app (the holder’s)',
    reference: { type: VM, name: 'dc01', inDeploymentGroup: true },
    from: placed('azure-deployment:a', 'rg-app'),
    candidate: vm({ resourceGroup: 'rg-app' }, 'azure-deployment:a', 'rg-app'),
    expected: 'unknown'
  },
  {
    title: 'relative to the group the deployment is run against: a candidate whose group was not evaluated',
    reference: { type: VM, name: 'dc01', inDeploymentGroup: true },
    from: placed('azure-deployment:a', 'rg-app'),
    candidate: vm({}, 'azure-deployment:a', null),
    expected: 'unknown'
  },
  {
    title: 'relative to the group the deployment is run against: another unit',
    reference: { type: VM, name: 'dc01', inDeploymentGroup: true },
    from: placed('azure-deployment:b', 'rg-app'),
    candidate: vm({}, 'azure-deployment:a'),
    expected: 'no'
  },
  {
    title: 'another type never matches',
    reference: { type: 'Microsoft.Compute/virtualMachineScaleSets', name: 'dc01' },
    from: placed('terraform:b'),
    candidate: vm({}, 'terraform:b'),
    expected: 'no'
  },
  {
    title: 'resources without a unit (built by hand) match by name as before units existed',
    reference: { type: VM, name: 'dc01' },
    from: {},
    candidate: { identity: { type: VM, name: 'dc01' } },
    expected: 'yes'
  }
]

describe('match(reference, from, candidate)', () => {
  it.each(ROWS)('$title: $expected', ({ reference, from, candidate, expected }) => {
    expect(match(reference, from, candidate)).toBe(expected)
  })
})

describe('a name without a group, held in the group an ARM or Bicep deployment is run against', () => {
  it("names a VM a module or nested deployment puts in a named group, or one not evaluated, only maybe; the own group's for certain", () => {
    const reference = { type: VM, name: 'dc01' }
    const own = inTemplate('azure-deployment:a')
    expect([
      match(reference, own, templateVm('azure-deployment:a', 'rg-other')),
      match(reference, own, templateVm('azure-deployment:a', null)),
      // Controls: a VM of the group the deployment is run against; one beside the holder in a nested deployment whose
      // group was not evaluated; a Terraform assignment (no group of its own) for a VM of a named group.
      match(reference, own, templateVm('azure-deployment:a')),
      match(reference, inTemplate('azure-deployment:a', null), templateVm('azure-deployment:a', null)),
      match(reference, placed('terraform:b'), vm({ resourceGroup: 'rg-other' }, 'terraform:b', 'rg-other'))
    ]).toEqual(['unknown', 'unknown', 'yes', 'yes', 'yes'])
  })
})

describe('whyUnknown', () => {
  it('names the group the assignment is deployed into, and the one the VM depends on', () => {
    const reference = { type: VM, name: 'dc01', resourceGroup: 'rg-shared' }
    expect(whyUnknown(reference, placed('bicep:a', 'rg-shared'), vm({}, 'bicep:a'))).toBe(
      "the assignment is deployed into resource group 'rg-shared' and names 'rg-shared/dc01', while the VM is in the group " +
        "its deployment is run against: the same VM only if that group is 'rg-shared'"
    )
    // Written beside the candidate, in the group the deployment is run against: only the reference names a group.
    const beside = { ...inTemplate('azure-deployment:a'), declaredAt: { file: 'main.json' } }
    const candidate = { ...templateVm('azure-deployment:a'), declaredAt: { file: 'main.json' } }
    expect(match(reference, beside, candidate)).toBe('unknown')
    expect(whyUnknown(reference, beside, candidate)).toBe(
      "the assignment names 'rg-shared/dc01', while the VM is in the group its deployment is run against: the same VM only if " +
        "that group is 'rg-shared'"
    )
    expect(whyUnknown(reference, placed('terraform:b'), vm({}, 'terraform:a', null))).toBe(
      "it names 'rg-shared/dc01', and the VM's resource group could not be evaluated"
    )
    const unevaluated: Candidate = { ...vm({ resourceGroup: 'rg-app' }, 'terraform:a', 'rg-app'), scope: { subscription: unresolved(at, 'var.sub has no value'), resourceGroup: known('rg-app', at) } }
    expect(whyUnknown({ ...reference, resourceGroup: 'rg-app', subscription: '1111' }, placed('terraform:b'), unevaluated)).toBe(
      "it names subscription '1111', and the VM's subscription could not be evaluated (var.sub has no value)"
    )
    const inDeploymentGroup = { type: VM, name: 'dc01', inDeploymentGroup: true } as const
    expect(whyUnknown(inDeploymentGroup, placed('azure-deployment:a', 'rg-app'), vm({ resourceGroup: 'rg-web' }, 'azure-deployment:a', 'rg-web'))).toBe(
      "the assignment names the 'dc01' of the resource group the deployment is run against, not of the group its nested deployment puts it in, " +
        "and the VM is in resource group 'rg-web': the same VM only if the deployment is run against 'rg-web'"
    )
    expect(whyUnknown(inDeploymentGroup, placed('azure-deployment:a', 'rg-app'), vm({}, 'azure-deployment:a', null))).toBe(
      "the assignment names the 'dc01' of the resource group the deployment is run against, not of the group its nested deployment puts it in, " +
        "and the VM's resource group could not be evaluated"
    )
    expect(whyUnknown({ type: VM, name: undefined }, placed('terraform:b'), vm({}, 'terraform:b'))).toBe(
      'the target resource is named by a value that could not be evaluated'
    )
  })

  it("names the group a name without one is held in, and the VM's named or unevaluated group", () => {
    const reference = { type: VM, name: 'dc01' }
    expect(whyUnknown(reference, inTemplate('azure-deployment:a'), templateVm('azure-deployment:a', 'rg-other'))).toBe(
      "the assignment is deployed into the group its deployment is run against and names 'dc01' there, while the VM is " +
        "deployed into resource group 'rg-other': the same VM only if the deployment is run against 'rg-other'"
    )
    expect(whyUnknown(reference, inTemplate('azure-deployment:a'), templateVm('azure-deployment:a', null), 'the assignment', 'maintenance configuration')).toBe(
      "the assignment is deployed into the group its deployment is run against and names 'dc01' there, while the maintenance " +
        "configuration's resource group could not be evaluated (var.rg has no value): the same maintenance configuration only if the two are one"
    )
  })
})

describe('sameUnit', () => {
  it('compares unit keys, and is unknown without a unit', () => {
    expect([sameUnit(placed('x'), placed('x')), sameUnit(placed('x'), placed('y')), sameUnit({}, placed('x'))]).toEqual([
      'yes',
      'no',
      'unknown'
    ])
  })
})

describe('sameGroupName: stand-ins of groups named at deployment', () => {
  it('compares two stand-ins by their text, names case-insensitively, and a stand-in with a name as unknown', () => {
    expect(sameGroupName('${Pulumi.yaml#rg.name}', '${Pulumi.yaml#rg.name}')).toBe('yes')
    expect(sameGroupName('${Pulumi.yaml#rg.name}', '${Pulumi.yaml#mcrg.name}')).toBe('no')
    expect(sameGroupName('${Pulumi.yaml#rg.name}', 'rg-web')).toBe('unknown')
    expect(sameGroupName('RG-Web', 'rg-web')).toBe('yes')
    expect(sameGroupName('rg-maint', 'rg-web')).toBe('no')
  })
})
