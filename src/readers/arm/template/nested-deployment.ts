import { isCurrentSubscriptionId } from '../expressions/functions/deployment-context.js'
import type { JsonRef, Traced } from '../expressions/trace.js'
import { isJsonObject, jsonMember, jsonObjectMember, type JsonObject } from '../json/json-value.js'
import type { Context } from './context.js'
import { at, evaluateJson } from './evaluate-json.js'
import { nestedDeploymentSource } from './parameter-sources.js'
import { openLinkedTemplate } from './linked-template.js'
import { templateUrl, withArtifactsLocation } from './artifacts-location.js'
import { TemplateScope, type ParameterSource } from './template-scope.js'

export const DEPLOYMENT_TYPE = 'microsoft.resources/deployments'

/** A deployment's `resourceGroup` or `subscriptionId`, evaluated where it is written. */
export interface TargetValue {
  readonly traced: Traced
  readonly ref: JsonRef
}

/**
 * Where a nested deployment deploys its resources: the nearest enclosing deployment that sets the
 * resource group (or subscription) decides it, as Azure Resource Manager deploys it. Undefined fields:
 * no deployment on the way sets them (the template's own deployment decides).
 */
export interface DeploymentTarget {
  readonly resourceGroup?: TargetValue
  readonly subscription?: TargetValue
}

/**
 * The target of a deployment resource: its own `resourceGroup` and `subscriptionId` (evaluated in the
 * context it is declared in, the parent's, whatever its template's scope), else the enclosing target's.
 */
export function deploymentTarget(deployment: JsonObject, ref: JsonRef, context: Context, enclosing: DeploymentTarget | undefined): DeploymentTarget | undefined {
  const resourceGroup = targetValue(deployment, 'resourceGroup', ref, context) ?? enclosing?.resourceGroup
  // `[subscription().subscriptionId]` names the subscription the deployment runs in: as if not set.
  const named = targetValue(deployment, 'subscriptionId', ref, context)
  const subscription = (named !== undefined && isCurrentSubscriptionId(named.traced.value) ? undefined : named) ?? enclosing?.subscription
  if (resourceGroup === enclosing?.resourceGroup && subscription === enclosing?.subscription) return enclosing
  return { ...(resourceGroup === undefined ? {} : { resourceGroup }), ...(subscription === undefined ? {} : { subscription }) }
}

function targetValue(deployment: JsonObject, name: string, ref: JsonRef, context: Context): TargetValue | undefined {
  const member = jsonMember(deployment, name)
  if (member === undefined || member.value === null) return undefined
  const memberRef = at(ref, member.key)
  return { traced: evaluateJson(member.value, context, memberRef), ref: memberRef }
}

/** A target's known text (a group's or subscription's name), or undefined when it is not evaluated. */
export const targetText = (target: TargetValue | undefined): string | undefined =>
  typeof target?.traced.value === 'string' ? target.traced.value : undefined

/** The template a `Microsoft.Resources/deployments` resource deploys, and where its expressions evaluate. */
interface NestedTemplate {
  readonly template: JsonObject
  readonly ref: JsonRef
  readonly context: Context
  /** The file of a linked template (templateLink.relativePath, or a uri from `_artifactsLocation` or its own URL) read as this deployment's template. */
  readonly linked?: string
}

/**
 * Opens the template of a nested deployment. An inline template with `expressionEvaluationOptions.scope`
 * `inner` gets its own parameters (passed in `properties.parameters`, evaluated in the outer template) and
 * variables; otherwise (`outer`, the default) it sees the outer template's. A local linked template
 * (`templateLink.relativePath`, or a `uri` built from `_artifactsLocation` or its own URL) that the read's unit holds is opened as an
 * inner-scope one (template/linked-template.ts);
 * any other link is not read: a notice says its resources are not checked. `onTheWay`: the deployments the
 * resource is nested in, outermost first (a link back to one of their templates is a cycle).
 */
export function openNestedTemplate(
  deployment: JsonObject,
  ref: JsonRef,
  context: Context,
  target: DeploymentTarget | undefined,
  onTheWay: readonly JsonRef[]
): NestedTemplate | undefined {
  const properties = jsonMember(deployment, 'properties')
  if (properties === undefined || !isJsonObject(properties.value)) return undefined
  const propertiesRef = at(ref, properties.key)
  const template = jsonMember(properties.value, 'template')
  if (template === undefined || !isJsonObject(template.value)) {
    const link = jsonMember(properties.value, 'templateLink') ?? template
    if (link === undefined) return undefined
    const linkRef = at(propertiesRef, link.key)
    const local = link !== template && (jsonMember(link.value, 'relativePath') !== undefined || jsonMember(link.value, 'uri') !== undefined)
    const linked = local ? openLinkedTemplate(properties.value, propertiesRef, link.value, linkRef, ref, context, onTheWay) : 'not-local'
    if (linked === undefined) return undefined
    if (linked !== 'not-local') {
      const templateRef = { file: linked.file, path: [] }
      // Its `_artifactsLocation`, when the deployment does not pass one, is its own folder's, and its templateLink.uri its
      // own URL, not the linking template's (template/artifacts-location.ts).
      const source = withArtifactsLocation(linked.source, linked.file, false)
      const scope = innerScope(linked.template, templateRef, source, context, target, templateUrl(linked.file))
      return { template: linked.template, ref: templateRef, context: scope, linked: linked.file }
    }
    const message = `the ${link === template ? 'template built by an expression' : 'linked template (templateLink)'} is not read; the resources it deploys are not checked`
    context.session.report({ ref: linkRef, message, severity: 'notice' })
    return undefined
  }
  const templateRef = at(propertiesRef, template.key)
  if (!isInnerScope(properties.value, context, propertiesRef)) return { template: template.value, ref: templateRef, context }
  const parameters = jsonMember(properties.value, 'parameters')
  const parametersRef = at(propertiesRef, parameters?.key ?? 'parameters')
  const source = nestedDeploymentSource(parameters?.value, context, parametersRef)
  // An inline template has no link of its own: its deployment() names none.
  return { template: template.value, ref: templateRef, context: innerScope(template.value, templateRef, source, context, target, undefined) }
}

/** The context of an inner-scope template: its own parameters (from `source`) and variables, in the group it deploys into. */
function innerScope(
  template: JsonObject,
  ref: JsonRef,
  source: ParameterSource,
  context: Context,
  target: DeploymentTarget | undefined,
  templateUri: string | undefined
): Context {
  const group = innerResourceGroup(target, context)
  const unknown = group === undefined && (target?.resourceGroup !== undefined || context.resourceGroupUnknown)
  return new TemplateScope(context.session, ref.file, template, ref.path, source, group, unknown, templateUri).context
}

function isInnerScope(properties: JsonObject, context: Context, ref: JsonRef): boolean {
  const options = jsonMember(properties, 'expressionEvaluationOptions')
  const scope = jsonMember(jsonObjectMember(properties, 'expressionEvaluationOptions'), 'scope')
  if (options === undefined || scope === undefined) return false
  const { value } = evaluateJson(scope.value, context, at(at(ref, options.key), scope.key))
  return typeof value === 'string' && value.toLowerCase() === 'inner'
}

/**
 * What `resourceGroup()` names in an inner-scope template: the group it deploys into (the nearest
 * deployment's that sets one), else the enclosing template's; undefined when that group is not evaluated
 * or is the one the deployment is run against.
 */
function innerResourceGroup(target: DeploymentTarget | undefined, context: Context): string | undefined {
  return target?.resourceGroup === undefined ? context.resourceGroup : targetText(target.resourceGroup)
}
