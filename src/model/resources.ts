import type { ConditionKeys } from './deployment-condition.js'
import type { SourceLocation, Sourced } from './source.js'
import type { ParseError } from './parse-error.js'
import type { ScanRequest } from './scan-request.js'
import type { AzureScope, DeploymentUnit } from './placement.js'

export type { ParseError } from './parse-error.js'
export type { AzureScope, DeploymentUnit } from './placement.js'

/** The manifest languages the gate reads. */
export type ManifestFormat = 'arm' | 'bicep' | 'terraform' | 'terraform-plan' | 'kubernetes' | 'pulumi' | 'what-if'

/**
 * The identity of an Azure resource as far as the manifests tell it: its ARM type and name.
 * Cross-resource links (assignment → VM, assignment → configuration) are matched on it.
 */
export interface ResourceIdentity {
  /** ARM resource type, e.g. `Microsoft.Compute/virtualMachines` (compared case-insensitively). */
  readonly type: string
  /** The resource name when it is known (the last segment for child resources). */
  readonly name: string | undefined
  /** Resource group name when known. */
  readonly resourceGroup?: string
  /** The subscription, when an ID names one (`/subscriptions/<id>/...`, not a placeholder). */
  readonly subscription?: string
  /**
   * Set on a reference without `resourceGroup` that names a resource of the group the deployment is run
   * against while the resource holding it is deployed into another (an ARM `resourceId()` evaluated in the root
   * template's scope by an outer-scope nested deployment into `rg-app`): it is relative to that group, not to
   * the holder's (src/model/match.ts).
   */
  readonly inDeploymentGroup?: true
  /**
   * A format-specific stable handle used when the name is not known, e.g. a Terraform address
   * `infra/vm#azurerm_windows_virtual_machine.web` or a Bicep symbol `main.bicep#vm`.
   */
  readonly symbol?: string
}

/**
 * A reference from one resource to another, as written (an ARM resource ID, a Bicep symbol, a
 * Terraform `x.y.id`, a Crossplane `*Ref`). Readers resolve what they can into an identity.
 */
export interface ResourceReference {
  readonly target: Sourced<ResourceIdentity>
  /**
   * Set on a reference that could not be resolved but can only name a resource that is not a Windows
   * VM (Crossplane resolves `virtualMachineIdRef` / `Selector` against LinuxVirtualMachine only): it
   * never makes a Windows VM's verdict uncertain (issue 9 item 7).
   */
  readonly notWindowsVm?: true
  /**
   * Set on an ARM, Bicep or what-if assignment's target read from `properties.resourceId` because the assignment
   * has no `scope`: it is created in the resource group it is deployed into (a group's configuration assignment),
   * and only its body names the VM. It is that VM's plan only when the VM is in that group (policy/unscoped-assignment.ts).
   */
  readonly unscoped?: true
}

interface ResourceBase {
  readonly format: ManifestFormat
  readonly identity: ResourceIdentity
  /**
   * The deployment unit, located at the file or call that makes it one. Every reader sets it; optional only so that
   * resources built by hand (tests, older callers) keep compiling, and one without it matches as before units existed.
   */
  readonly unit?: Sourced<DeploymentUnit>
  /** Subscription and resource group as far as known (absent when the deployment decides them). */
  readonly scope?: AzureScope
  /** Display name (the resolved name, else the symbol). */
  readonly displayName: string
  /** Where it is reported: the resource's line, or the module call / nested deployment call site. */
  readonly reportAt: SourceLocation
  /** Where the resource itself is declared (may equal reportAt). */
  readonly declaredAt: SourceLocation
  /** Parameter files, modules and other files that shaped this instance. */
  readonly related: readonly RelatedLocation[]
  /**
   * Distinguishes instances of one declaration evaluated several times (once per parameter file,
   * per copy index): e.g. `prod.parameters.json` or `[2]`. Empty for a single instance.
   */
  readonly variant: string
  /** Deployment condition (`condition`, `if`, `count = 0`): false means it will not be deployed. */
  readonly deployed: Sourced<boolean>
  /** When `deployed` is unresolved: which conditions it could not evaluate, by key (deployment-condition.ts). */
  readonly conditionKeys?: ConditionKeys
  /**
   * Where the manifest says it only observes the resource (a Crossplane `managementPolicies` without Create,
   * Update or `*`): the resource exists in Azure, managed elsewhere, and its settings there are not the
   * manifest's. `deployed` is false then (the manifest deploys nothing); unset for nearly every resource.
   */
  readonly observedOnly?: SourceLocation
  /**
   * Where `crossplane.io/paused: "true"` or `managementPolicies: []` pauses a plan (its provider neither creates it
   * nor changes one in Azure; `deployed` is false then, its `detail` naming which of the two). A paused VM is judged
   * as written and carries none.
   */
  readonly paused?: SourceLocation
}

export interface RelatedLocation {
  readonly file: string
  readonly startLine: number
  /** e.g. `parameter-file`, `module`, `declaration`, `maintenance-configuration`, `assignment`. */
  readonly role: string
}

export interface ImageReference {
  readonly publisher: Sourced<string>
  readonly offer: Sourced<string>
  readonly sku: Sourced<string>
  readonly version: Sourced<string>
  /** A custom / gallery / shared image id: hotpatch is never available on those. */
  readonly customImageId: Sourced<string>
}

export interface VirtualMachine extends ResourceBase {
  /**
   * `arc-machine`: an Azure Arc-enabled server (`Microsoft.HybridCompute/machines`, issue 17), hotpatched
   * through Arc. It has no image; the fields that do not apply stay `absent`.
   */
  readonly kind: 'virtual-machine' | 'scale-set' | 'arc-machine'
  /**
   * False for resource types that cannot run hotpatching at all (`azurerm_windows_virtual_machine_scale_set`,
   * Uniform orchestration, which hotpatch images do not support).
   */
  readonly canHotpatch: boolean
  /** Scale sets only: `Flexible` or `Uniform` (ARM's default when unset is Uniform before 2022-11-01). */
  readonly orchestrationMode: Sourced<string>
  readonly osType: Sourced<'Windows' | 'Linux'>
  readonly image: ImageReference
  readonly location: Sourced<string>
  readonly tags: Sourced<Readonly<Record<string, string>>>
  readonly patchMode: Sourced<string>
  readonly enableHotpatching: Sourced<boolean>
  /** VM-model `automaticByPlatformSettings.rebootSetting`. */
  readonly rebootSetting: Sourced<string>
  readonly bypassPlatformSafetyChecksOnUserSchedule: Sourced<boolean>
  /** Arc machines only: how the repository knows the machine (see ArcMachineFields). */
  readonly arc?: ArcMachineFields
  /**
   * Set on an Azure Service Operator VM or scale set, unset on every other: ASO has no Microsoft.Maintenance
   * resources and its compute APIs (2020-12-01, 2022-03-01) have no bypassPlatformSafetyChecksOnUserSchedule, so no
   * window Azure Update Manager would run can be declared for it with ASO, and no fix offers one.
   */
  readonly azureServiceOperator?: AzureServiceOperatorFacts
  /**
   * Set on a VM modelled from a call of a registry module the gate knows (the readers' known-modules/): the AVM
   * virtual-machine module (Terraform `Azure/avm-res-compute-virtualmachine/azurerm`, Bicep
   * `br/public:avm/res/compute/virtual-machine`). Its resources are the module's, which the repository cannot edit:
   * a fix is written beside the call and passed through the module's inputs.
   */
  readonly deployedThrough?: 'avm-virtual-machine'
  /**
   * The resource group as the VM's manifest writes it, when that is an expression whose value the manifests do not
   * give (Pulumi YAML `resourceGroupName: ${rg.name}` of a group Azure names at deployment): a fix written beside the
   * VM repeats it, so it is valid as pasted, where it would otherwise say `<resource group>`. Unset when the group is
   * known (identity.resourceGroup) or not written as such an expression.
   */
  readonly resourceGroupExpression?: string
}

/**
 * What an Arc-enabled server adds (issue 17). Machines are usually onboarded by the agent, so a
 * repository often holds only a reference (`existing`, a parent ID) or only the machine's license profile.
 */
/** What the advice about an Azure Service Operator machine names. */
export interface AzureServiceOperatorFacts {
  /**
   * The ARM API version its CRD version speaks (`v1api20201201`: `2020-12-01`), which the advice names as the compute
   * API without the flag: the object's own, not the latest CRD's. Undefined when the CRD version names no date.
   */
  readonly computeApiVersion?: string
}

export interface ArcMachineFields {
  /**
   * - `declared`: the machine resource is declared;
   * - `existing`: it is referenced as an existing resource (deployed elsewhere, by the agent);
   * - `license-profile`: only its license profile is in the repository (named by the profile's parent,
   *   reported at the profile).
   */
  readonly declaration: 'declared' | 'existing' | 'license-profile'
  /**
   * The license profile's `Hotpatch` product feature: true when `subscriptionStatus` is `Enable`, `Enabled` or
   * `Enabling`, false when it is `Disable`, `Disabled` or `Disabling`, absent when no license profile or no
   * Hotpatch feature is in the repository.
   */
  readonly hotpatchLicense: Sourced<boolean>
}

export interface MaintenanceWindow {
  readonly startDateTime: Sourced<string>
  readonly expirationDateTime: Sourced<string>
  readonly duration: Sourced<string>
  readonly timeZone: Sourced<string>
  readonly recurEvery: Sourced<string>
}

export interface MaintenanceConfiguration extends ResourceBase {
  readonly kind: 'maintenance-configuration'
  /** `InGuestPatch`, `Host`, `OSImage`, `Extension`, `SQLDB`, `SQLManagedInstance`. */
  readonly maintenanceScope: Sourced<string>
  readonly window: MaintenanceWindow
  /** As written: IfRequired/RebootIfRequired, Never/NeverReboot, Always/AlwaysReboot. */
  readonly rebootSetting: Sourced<string>
  readonly excludeKbsRequiringReboot: Sourced<boolean>
  readonly classificationsToInclude: Sourced<readonly string[]>
  readonly kbNumbersToInclude: Sourced<readonly string[]>
  /** `extensionProperties.InGuestPatchMode` (azurerm, Crossplane: `in_guest_user_patch_mode`); every reader sets it. */
  readonly inGuestPatchMode?: Sourced<string>
  /**
   * Set when what creates the configuration rejects it as written, so it never exists and is no plan: a Crossplane
   * block in a shape its apiVersion's CRD does not take, which the API server's schema validation refuses. The
   * reason names the field, the version and the shape wanted; the location is the field's.
   */
  readonly rejected?: { readonly reason: string; readonly location: SourceLocation }
}

export interface DynamicScopeFilter {
  readonly resourceTypes: Sourced<readonly string[]>
  readonly resourceGroups: Sourced<readonly string[]>
  readonly locations: Sourced<readonly string[]>
  readonly osTypes: Sourced<readonly string[]>
  readonly tags: Sourced<Readonly<Record<string, readonly string[]>>>
  /** `All` or `Any` (default `Any`). */
  readonly tagOperator: Sourced<string>
}

export interface MaintenanceAssignment extends ResourceBase {
  readonly kind: 'maintenance-assignment'
  readonly configuration: ResourceReference
  /** Per-resource assignment: the VM or scale set it applies to. */
  readonly target?: ResourceReference
  /** Dynamic scope (subscription or resource-group level): the filter it selects VMs by. */
  readonly filter?: DynamicScopeFilter
  /**
   * Set, instead of `target`, on an assignment whose target is known in full but is one Azure rejects (an ARM
   * `scope` that is not a resource ID, a legacy name without its assignment segment): its deployment fails, so it
   * assigns nothing. Not unresolved: no value left unevaluated would make it a plan.
   */
  readonly rejectedTarget?: RejectedTarget
}

/** Why Azure rejects an assignment's target, quoting the value as evaluated, and where it is written. */
export interface RejectedTarget {
  readonly reason: string
  readonly location: SourceLocation
  /**
   * What refuses it, when not Azure: Terraform refuses a value of the wrong type at plan, before Azure sees it;
   * provider-upjet-azure never resolves a reference to a Windows VM (it looks among LinuxVirtualMachines).
   */
  readonly rejectedBy?: string
  /**
   * Where the VM the refused target names is declared, when the reader knows it (a Crossplane reference that selects
   * one WindowsVirtualMachine): only that VM is told the assignment assigns nothing, not every VM near it.
   */
  readonly intendedFor?: SourceLocation
}

export type Resource = VirtualMachine | MaintenanceConfiguration | MaintenanceAssignment

/** Everything the readers found in one scan: one model whatever the formats. */
export interface InfrastructureModel {
  readonly virtualMachines: readonly VirtualMachine[]
  readonly maintenanceConfigurations: readonly MaintenanceConfiguration[]
  readonly maintenanceAssignments: readonly MaintenanceAssignment[]
  readonly parseErrors: readonly ParseError[]
  /** Files read (manifests of any recognised format). */
  readonly files: readonly string[]
  /**
   * Files a reader claimed whose unit the content prefilter passed over (no word of what the policy
   * reads): checked, not parsed, so not in `files`; a path holding only these was still looked at.
   */
  readonly checkedWithoutParsing?: readonly string[]
  /** Inline exemptions found in comments, for formats that have comments. */
  readonly inlineExemptions: readonly InlineExemption[]
  /** What the run was asked to scan, when its caller said (rule nothing-scanned). */
  readonly request?: ScanRequest
}

export interface InlineExemption {
  readonly location: SourceLocation
  /** The raw comment text after the marker, parsed later by the policy configuration. */
  readonly text: string
}
