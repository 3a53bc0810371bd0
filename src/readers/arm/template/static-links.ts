import type { EvaluationLimits } from '../../limits.js'
import type { JsonRef } from '../expressions/trace.js'
import type { Json } from '../expressions/values.js'
import { isJsonObject, jsonMember, jsonMemberValue, jsonObjectMember, type JsonObject } from '../json/json-value.js'
import { at, evaluateJson, isExpression, unescapeLiteral } from './evaluate-json.js'
import { linkedPath } from './linked-template.js'
import { DEPLOYMENT_TYPE } from './nested-deployment.js'
import { DEFAULTS_ONLY } from './parameter-sources.js'
import { EvaluationSession } from './session.js'
import { TemplateScope } from './template-scope.js'
import { lowerCaseType } from './type-names.js'

/**
 * The files a template's `templateLink.relativePath` links name, found before the template is read, so that
 * the unit knows which of its templates may be read only as part of the deployments that link them
 * (readers/arm/unit-templates.ts, for a template that builds a path by an expression): a path written as is,
 * anywhere (child resources, inline nested templates), and an expression of a deployment at the template's top
 * level, evaluated with the template's defaults (a variable, a `format()` of literals). A path known only with a
 * parameter file, or in a nested template's own scope, is not found here; the read evaluates every link again,
 * and a linked template it does not reach is read on its own.
 */
export function staticLinks(template: JsonObject, file: string, limits: EvaluationLimits): string[] {
  const found: string[] = []
  let scope: TemplateScope | undefined
  const linkOf = (written: Json, ref: JsonRef, topLevel: boolean): string | undefined => {
    if (typeof written !== 'string') return undefined
    if (!isExpression(written)) return linkedPath(unescapeLiteral(written), file)
    if (!topLevel) return undefined
    // Its problems are not reported: the read evaluates the link again, and reports them there.
    scope ??= new TemplateScope(new EvaluationSession(limits), file, template, [], DEFAULTS_ONLY)
    const { value } = evaluateJson(written, scope.context, ref)
    return typeof value === 'string' ? linkedPath(value, file) : undefined
  }
  const visit = (resources: Json | undefined, ref: JsonRef, topLevel: boolean): void => {
    const entries: [string | number, Json][] = Array.isArray(resources) ? resources.map((resource, i) => [i, resource]) : isJsonObject(resources) ? Object.entries(resources) : []
    for (const [key, resource] of entries) {
      if (!isJsonObject(resource)) continue
      const resourceRef = at(ref, key)
      const type = jsonMemberValue(resource, 'type')
      const properties = jsonObjectMember(resource, 'properties')
      if (typeof type === 'string' && lowerCaseType(type) === DEPLOYMENT_TYPE && properties !== undefined) {
        const propertiesRef = at(resourceRef, 'properties')
        const inline = jsonObjectMember(properties, 'template')
        if (inline !== undefined) visit(jsonMemberValue(inline, 'resources'), at(at(propertiesRef, 'template'), 'resources'), false)
        const link = jsonMember(properties, 'templateLink')
        const relativePath = jsonMember(link?.value, 'relativePath')
        const path = link === undefined || relativePath === undefined ? undefined : linkOf(relativePath.value, at(at(propertiesRef, link.key), relativePath.key), topLevel)
        if (path !== undefined) found.push(path)
      }
      const children = jsonMember(resource, 'resources')
      if (children !== undefined) visit(children.value, at(resourceRef, children.key), topLevel)
    }
  }
  const resources = jsonMember(template, 'resources')
  visit(resources?.value, { file, path: [resources?.key ?? 'resources'] }, true)
  return found
}
