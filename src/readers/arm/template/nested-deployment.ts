import type { JsonRef } from '../expressions/trace.js'
import { isJsonObject, jsonMember, jsonObjectMember, type JsonObject } from '../json/json-value.js'
import type { Context } from './context.js'
import { at, evaluateJson } from './evaluate-json.js'
import { nestedDeploymentSource } from './parameter-sources.js'
import { TemplateScope } from './template-scope.js'

export const DEPLOYMENT_TYPE = 'microsoft.resources/deployments'

/** The template a `Microsoft.Resources/deployments` resource deploys, and where its expressions evaluate. */
interface NestedTemplate {
  readonly template: JsonObject
  readonly ref: JsonRef
  readonly context: Context
}

/**
 * Opens the inline template of a nested deployment. With `expressionEvaluationOptions.scope`
 * `inner`, it gets its own parameters (passed in `properties.parameters`, evaluated in the outer
 * template) and variables; otherwise (`outer`, the default) it sees the outer template's. A linked
 * template (`templateLink`) is not read: a notice says its resources are not checked.
 */
export function openNestedTemplate(deployment: JsonObject, ref: JsonRef, context: Context): NestedTemplate | undefined {
  const properties = jsonMember(deployment, 'properties')
  if (properties === undefined || !isJsonObject(properties.value)) return undefined
  const propertiesRef = at(ref, properties.key)
  const template = jsonMember(properties.value, 'template')
  if (template === undefined || !isJsonObject(template.value)) {
    const link = jsonMember(properties.value, 'templateLink') ?? template
    if (link !== undefined) {
      const message = `the ${link === template ? 'template built by an expression' : 'linked template (templateLink)'} is not read; the resources it deploys are not checked`
      context.session.report({ ref: at(propertiesRef, link.key), message, severity: 'notice' })
    }
    return undefined
  }
  const templateRef = at(propertiesRef, template.key)
  if (!isInnerScope(properties.value, context, propertiesRef)) return { template: template.value, ref: templateRef, context }
  const parameters = jsonMember(properties.value, 'parameters')
  const parametersRef = at(propertiesRef, parameters?.key ?? 'parameters')
  const source = nestedDeploymentSource(isJsonObject(parameters?.value) ? parameters.value : undefined, context, parametersRef)
  const scope = new TemplateScope(context.session, ref.file, template.value, templateRef.path, source, resourceGroup(deployment, ref, context))
  return { template: template.value, ref: templateRef, context: scope.context }
}

function isInnerScope(properties: JsonObject, context: Context, ref: JsonRef): boolean {
  const options = jsonMember(properties, 'expressionEvaluationOptions')
  const scope = jsonMember(jsonObjectMember(properties, 'expressionEvaluationOptions'), 'scope')
  if (options === undefined || scope === undefined) return false
  const { value } = evaluateJson(scope.value, context, at(at(ref, options.key), scope.key))
  return typeof value === 'string' && value.toLowerCase() === 'inner'
}

/** The resource group a deployment targets: its `resourceGroup` when known, else the enclosing one. */
function resourceGroup(deployment: JsonObject, ref: JsonRef, context: Context): string | undefined {
  const member = jsonMember(deployment, 'resourceGroup')
  if (member === undefined) return context.resourceGroup
  const { value } = evaluateJson(member.value, context, at(ref, member.key))
  return typeof value === 'string' ? value : undefined
}
