import type { Sourced } from './source.js'

/**
 * The deployment a resource is deployed in: what its names are relative to. Two resources of one unit
 * deploy together; a reference by symbol or bare name stays inside its unit, and only a resource ID
 * (or a dynamic scope) reaches another one (issue 9).
 * - `template-deployment`: an ARM or Bicep entry template and what it deploys (nested deployments and
 *   modules included); templates of one folder are one deployment (deployed to one resource group by
 *   one pipeline, the common layout), so `key` is `azure-deployment:<folder>`.
 * - `terraform-root`: a Terraform root module (`key` `terraform:<folder>`, one environment per var file);
 *   `path` is the module path inside it (`module.app`).
 * - `terraform-plan`: one plan JSON file.
 * - `pulumi-stack`: a Pulumi project folder (`key` `pulumi:<folder>`, one environment per stack).
 * - `kubernetes-namespace` / `kubernetes-cluster`: a namespaced or cluster-scoped object; Kubernetes
 *   resolves references by name within its namespace or cluster.
 */
export interface DeploymentUnit {
  readonly kind: 'template-deployment' | 'terraform-root' | 'terraform-plan' | 'pulumi-stack'
    | 'kubernetes-namespace' | 'kubernetes-cluster'
  /** Equal keys, same unit (e.g. `terraform:infra/app`). */
  readonly key: string
  /** Where inside the unit: a module path, a nested deployment or module chain. Not compared. */
  readonly path?: string
  /**
   * What the unit was evaluated with: the var file of a Terraform root, the stack of a Pulumi program (two
   * of them are alternative deployments, which nothing of one reaches in the other, not even a resource ID),
   * or the environment a template's parameter file names (readers/shared/units.ts `environmentOf`: `prod`, or ''
   * for a file that names none, an environment of its own), or the Kustomize build of a Kubernetes object (the
   * folder of the kustomization that renames it, or '' for a base's objects as written). Two of one key that differ
   * are two deployments (Kubernetes builds: of any key); a resource evaluated without one (a maintenance template
   * beside the VM's) deploys with either.
   */
  readonly environment?: string
}

/** Where in Azure a resource is deployed, as far as the manifests say. */
export interface AzureScope {
  readonly subscription: Sourced<string>
  readonly resourceGroup: Sourced<string>
  /**
   * For a subscription named but not evaluated, what names it when other resources share it: a Terraform provider
   * configuration (`infra#provider.azurerm.spoke`) whose `subscription_id` is a variable without a value. Two
   * resources with the same handle are in one subscription, whatever it is (match.ts `sameSubscription`).
   */
  readonly subscriptionHandle?: string
  /**
   * For the subscription the deployment runs against (absent), the one its deployment writes (a Terraform root's
   * default provider's `subscription_id = "<id>"`): two that write different ones differ (match.ts `sameSubscription`).
   */
  readonly runsAgainst?: string
  /**
   * Set on a dynamic scope (an assignment with a filter) whose resource group is absent but that is created at a
   * resource group: the one its deployment is run against (an ARM template of the resource group schema, a Bicep
   * file of `targetScope = 'resourceGroup'`, the default). It selects that group's VMs only (policy/dynamic-scope.ts
   * `matchOwnGroup`). Without it, an absent group is the subscription's level (a subscription-scope template,
   * Terraform's `azurerm_maintenance_assignment_dynamic_scope`, Pulumi's `ConfigurationAssignmentsForSubscription`).
   */
  readonly atDeploymentGroup?: true
}
