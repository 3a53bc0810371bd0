/**
 * The parity table: each scenario written in every manifest language that can express it, under
 * __tests__/fixtures/parity/<scenario>/<column>/, with the one outcome all of them must give. A language
 * that cannot write a scenario says why; its fixture folder must not exist.
 */
import type { ManifestFormat } from '../../src/model/resources.js'
import type { Outcome } from './support.js'

/** The languages, as fixture folder names: Kubernetes is split into its two Azure controllers. */
export const COLUMNS = ['arm', 'bicep', 'terraform', 'terraform-plan', 'crossplane', 'aso', 'pulumi', 'what-if'] as const
export type Column = (typeof COLUMNS)[number]

/** The model format a column's reader reports. */
export const FORMAT_OF: Readonly<Record<Column, ManifestFormat>> = {
  arm: 'arm',
  bicep: 'bicep',
  terraform: 'terraform',
  'terraform-plan': 'terraform-plan',
  crossplane: 'kubernetes',
  aso: 'kubernetes',
  pulumi: 'pulumi',
  'what-if': 'what-if'
}

export interface Scenario {
  /** The fixture folder. */
  readonly id: string
  readonly title: string
  readonly expected: Outcome
  /** For not-affected verdicts: the last reason must say why (each language words the disqualifier its own way). */
  readonly because?: RegExp
  /** The file the VM's value must come from, per language (checked on the VM's related locations). */
  readonly parameterFiles?: Partial<Readonly<Record<Column, string>>>
  /** Languages that cannot write the scenario, and why. Every other language has a fixture folder. */
  readonly notExpressible?: Partial<Readonly<Record<Column, string>>>
}

const NO_ASO_MAINTENANCE =
  'Azure Service Operator v2 has no Microsoft.Maintenance resources (no maintenance.azure.com group), so it cannot ' +
  'declare a maintenance configuration or assignment'
const NO_CROSSPLANE_DYNAMIC_SCOPE =
  'provider-upjet-azure has no dynamic-scope kind: it assigns configurations only per VM ' +
  '(MaintenanceAssignmentVirtualMachine) or per dedicated host'
const WHAT_IF_EVALUATED =
  'a what-if result holds the values Azure evaluated with the parameter file applied: no parameter file remains ' +
  'in it to say where a value came from'
const NO_KUBERNETES_PARAMETER_FILE =
  'Kubernetes manifests have no parameter files: Helm, Kustomize or Flux render the values before apply, and the gate ' +
  'reads manifests as written'

const outcome = (
  verdict: Outcome['verdict'],
  rules: readonly string[] = [],
  evidence: readonly string[] = [],
  unresolved: readonly string[] = []
): Outcome => ({ verdict, rules, evidence, unresolved })

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'no-plan',
    title: 'hotpatch VM, patchMode AutomaticByPlatform, no reboot setting and no maintenance configuration',
    expected: outcome('affected-no-plan', ['reboot-plan-required'])
  },
  {
    id: 'platform-reboot-only',
    title: 'rebootSetting IfRequired without the bypass flag: the platform reboots it when Azure chooses',
    expected: outcome('affected-platform-reboot', ['platform-reboot-only'])
  },
  {
    id: 'reboot-never',
    title: 'rebootSetting Never on the VM',
    expected: outcome('affected-reboot-blocked', ['reboot-blocked'])
  },
  {
    id: 'valid-window',
    title: 'an InGuestPatch window expiring 2027-12-31, assigned to the VM, with Customer Managed Schedules',
    expected: outcome('affected-with-plan', [], ['direct valid']),
    notExpressible: { aso: NO_ASO_MAINTENANCE }
  },
  {
    id: 'expired-window',
    title: 'the same window, expired on 2026-06-30',
    expected: outcome('affected-no-plan', ['reboot-window-expired'], ['direct expired']),
    notExpressible: { aso: NO_ASO_MAINTENANCE }
  },
  {
    id: 'window-blocks-reboots',
    title: 'an assigned window whose reboot setting is Never (NeverReboot in the ARM template)',
    expected: outcome('affected-reboot-blocked', ['reboot-blocked'], ['direct reboot-blocked']),
    notExpressible: { aso: NO_ASO_MAINTENANCE }
  },
  {
    id: 'window-listed-kbs',
    title:
      'the valid window, but installing only KB5070893 (classifications empty or unwritten): the baselines and ' +
      'monthly updates to come have KB numbers of their own, so it never installs or reboots for them',
    expected: outcome('affected-reboot-blocked', ['reboot-blocked'], ['direct reboot-blocked']),
    notExpressible: { aso: NO_ASO_MAINTENANCE }
  },
  {
    id: 'window-misses-baseline',
    title: 'the valid window, but starting 2027-08-24: it opens for neither the January nor the April 2027 baseline',
    expected: outcome('affected-no-plan', ['reboot-window-misses-baseline'], ['direct misses-baseline']),
    notExpressible: { aso: NO_ASO_MAINTENANCE }
  },
  {
    id: 'window-late',
    title: 'a yearly window (12Months Second Saturday) from 2026-02-01: 32 days after January 2027, none for April',
    expected: outcome('affected-with-plan', ['reboot-window-late', 'reboot-window-late'], ['direct valid']),
    notExpressible: { aso: NO_ASO_MAINTENANCE }
  },
  {
    id: 'window-malformed',
    title: 'the valid window with recurEvery Month Second Tuesday Offset7 (the offset is -6 to 6): Azure rejects it',
    expected: outcome('affected-no-plan', ['reboot-window-misses-baseline'], ['direct malformed-window']),
    notExpressible: { aso: NO_ASO_MAINTENANCE }
  },
  {
    id: 'dynamic-scope-match',
    title: "a subscription dynamic scope whose tag filter (patch-group: wave-1) matches the VM's tags",
    expected: outcome('affected-with-plan', [], ['dynamic-scope valid']),
    notExpressible: { crossplane: NO_CROSSPLANE_DYNAMIC_SCOPE, aso: NO_ASO_MAINTENANCE }
  },
  {
    id: 'dynamic-scope-no-match',
    title: 'a dynamic scope for other patch groups (wave-2, wave-3): it does not select the VM',
    expected: outcome('affected-no-plan', ['reboot-plan-required']),
    notExpressible: { crossplane: NO_CROSSPLANE_DYNAMIC_SCOPE, aso: NO_ASO_MAINTENANCE }
  },
  {
    id: 'parameter-file',
    title: 'rebootSetting defaults to IfRequired; the parameter file sets Never',
    expected: outcome('affected-reboot-blocked', ['reboot-blocked']),
    parameterFiles: {
      arm: 'azuredeploy.parameters.json',
      bicep: 'prod.bicepparam',
      terraform: 'prod.tfvars',
      pulumi: 'Pulumi.prod.yaml'
    },
    notExpressible: { crossplane: NO_KUBERNETES_PARAMETER_FILE, aso: NO_KUBERNETES_PARAMETER_FILE, 'what-if': WHAT_IF_EVALUATED }
  },
  {
    id: 'unresolved-value',
    title:
      'enableHotpatching comes from a value the manifests do not give (a parameter without default, an unknown ' +
      'after apply, a Flux substitution variable, a reference() what-if leaves as its expression)',
    expected: outcome('indeterminate', ['indeterminate'], [], ['enableHotpatching'])
  },
  {
    id: 'unaffected-image',
    title: 'Windows Server 2022 Datacenter: Azure Edition with Desktop Experience, which cannot hotpatch',
    expected: outcome('not-affected'),
    because: /^image MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition is not hotpatch-capable$/
  },
  {
    id: 'uniform-scale-set',
    title: 'a Uniform scale set on a hotpatch image with hotpatching enabled where the language lets it say so',
    expected: outcome('not-affected'),
    because: /^(?:orchestrationMode is Uniform \(.+\); hotpatching needs Flexible orchestration|its resource type cannot enable hotpatching)$/
  },
  {
    id: 'not-deployed',
    title: 'a hotpatch VM that is not deployed (condition false, count 0, observe-only, reconcile-policy skip)',
    expected: outcome('not-affected'),
    because: /^it is not deployed \(the condition or loop count at .+\)$/,
    notExpressible: {
      pulumi:
        'Pulumi YAML has no deployment condition (no count or if); a resource read with get: is not deployed, but it ' +
        'is not modelled at all',
      'what-if':
        'a what-if result lists only the resources a deployment creates, changes, ignores or deletes: a resource whose ' +
        'condition is false is not in it'
    }
  }
]
