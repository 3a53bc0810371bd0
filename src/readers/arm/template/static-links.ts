import type { EvaluationLimits } from '../../limits.js'
import type { JsonRef } from '../expressions/trace.js'
import type { Json } from '../expressions/values.js'
import { isJsonObject, jsonMember, jsonMemberValue, jsonObjectMember, type JsonObject } from '../json/json-value.js'
import { at, evaluateJson, isExpression, unescapeLiteral } from './evaluate-json.js'
import { linkedPath } from './linked-template.js'
import { artifactsPath, templateUrl, withArtifactsLocation } from './artifacts-location.js'
import { folderPrefixOf } from '../../../model/paths.js'
import { foldersUp } from '../files/arm-files.js'
import { DEPLOYMENT_TYPE } from './nested-deployment.js'
import { DEFAULTS_ONLY } from './parameter-sources.js'
import { EvaluationSession } from './session.js'
import { TemplateScope } from './template-scope.js'
import { lowerCaseType } from './type-names.js'

/**
 * The files a template's `templateLink.relativePath` links name (and its `uri` links built from `_artifactsLocation`
 * or its own URL, `deployment().properties.templateLink.uri`),
 * found before the template is read, so that
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
    const { value } = evaluateJson(written, topScope().context, ref)
    return typeof value === 'string' ? linkedPath(value, file) : undefined
  }
  // Its problems are not reported: the read evaluates the link again, and reports them there. Its
  // `_artifactsLocation` is the root's (template/artifacts-location.ts): a `uri` gives the path it adds, and a
  // relativePath built from it is a URL either way, which names no local file. Its own URL
  // (`deployment().properties.templateLink.uri`) is known exactly, a linked template's too: a `uri` from it gives the
  // path from the root, which `uriLinksOf` finds again under the root.
  const topScope = (): TemplateScope =>
    (scope ??= new TemplateScope(new EvaluationSession(limits), file, template, [], withArtifactsLocation(DEFAULTS_ONLY, '', true), undefined, false, templateUrl(file)))
  /**
   * The files a `uri` built from `_artifactsLocation` by an expression of a deployment at the top level may name:
   * the path it adds, under the template's folder or any folder above it. A linked template is passed the
   * linking deployment's `_artifactsLocation` (the quickstart templates' `nestedtemplates/` link each other by
   * paths from the sample's folder), which is not known before the read: each folder that holds such a file
   * makes a link, and a link the read does not follow leaves the file to be read on its own, as before.
   */
  const uriLinksOf = (written: Json, ref: JsonRef, topLevel: boolean): string[] => {
    if (!topLevel || typeof written !== 'string' || !isExpression(written)) return []
    const added = artifactsPath(evaluateJson(written, topScope().context, ref).value)
    if (added === undefined) return []
    return foldersUp(folderPrefixOf(file)).map(folder => `${folder}${added}`)
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
        const uri = relativePath === undefined ? jsonMember(link?.value, 'uri') : undefined
        const linkRef = link === undefined ? undefined : at(propertiesRef, link.key)
        const path = linkRef === undefined || relativePath === undefined ? undefined : linkOf(relativePath.value, at(linkRef, relativePath.key), topLevel)
        if (path !== undefined) found.push(path)
        if (linkRef !== undefined && uri !== undefined) found.push(...uriLinksOf(uri.value, at(linkRef, uri.key), topLevel))
      }
      const children = jsonMember(resource, 'resources')
      if (children !== undefined) visit(children.value, at(resourceRef, children.key), topLevel)
    }
  }
  const resources = jsonMember(template, 'resources')
  visit(resources?.value, { file, path: [resources?.key ?? 'resources'] }, true)
  return found
}
