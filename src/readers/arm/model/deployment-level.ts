import type { AzureScope, Resource } from '../../../model/resources.js'
import type { JsonObject } from '../json/json-value.js'

/** The `$schema` of a template deployed at a subscription, a management group or a tenant, not at a resource group. */
const ABOVE_GROUP_SCHEMA = /(?:subscription|managementGroup|tenant)DeploymentTemplate/i

/**
 * Marks the dynamic scopes a template creates at the group its deployment is run against (AzureScope.atDeploymentGroup):
 * those of a resource group template (its `$schema` names no other level; one without a `$schema` is deployed
 * with `az deployment group create` as most are) that no nested deployment on the way puts in a named group or,
 * naming a subscription without a group, at that subscription. In place: the resources are this read's own.
 */
export function markDeploymentGroupScopes(template: JsonObject, resources: readonly Resource[]): void {
  const schema = template['$schema']
  if (typeof schema === 'string' && ABOVE_GROUP_SCHEMA.test(schema)) return
  for (const resource of resources) {
    if (resource.kind !== 'maintenance-assignment' || resource.filter === undefined || resource.scope === undefined) continue
    const { resourceGroup, subscription } = resource.scope
    if (resourceGroup.origin !== 'absent' || subscription.origin !== 'absent') continue
    const scope: AzureScope = { ...resource.scope, atDeploymentGroup: true }
    ;(resource as { scope: AzureScope }).scope = scope
  }
}
