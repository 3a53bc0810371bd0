import type { Resource } from '../../model/resources.js'
import type { JsonDocument } from './json/json-document.js'
import type { JsonObject } from './json/json-value.js'
import { adaptInstances, isModeledType } from './model/adapt.js'
import { markDeploymentGroupScopes } from './model/deployment-level.js'
import { evaluationWith } from './model/resource-common.js'
import type { Locate } from './model/property-reader.js'
import { isDeploymentType, unreadTemplateAssignments, unreadTemplateVm } from './model/unread-template.js'
import { DEFAULTS_ONLY, parameterFileSource, type ParameterFile } from './template/parameter-sources.js'
import { collectResources } from './template/resource-walker.js'
import type { EvaluationSession } from './template/session.js'
import { TemplateScope } from './template/template-scope.js'
import { templateUrl, withArtifactsLocation } from './template/artifacts-location.js'

/** The model resources of a template deployed with one parameter file, or with defaults only. */
export function readTemplate(
  document: JsonDocument,
  parameterFile: ParameterFile | undefined,
  session: EvaluationSession,
  locate: Locate
): Resource[] {
  const template = document.value as JsonObject
  const root = { file: document.file, path: [] }
  session.beginTemplate(root)
  const source = parameterFile === undefined ? DEFAULTS_ONLY : (parameterFile.source ?? parameterFileSource(parameterFile))
  // Read as a deployment of its own: its `_artifactsLocation` is its folder, and its templateLink.uri its own URL (template/artifacts-location.ts).
  const artifacts = withArtifactsLocation(source, document.file, true)
  const scope = new TemplateScope(session, document.file, template, [], artifacts, undefined, false, templateUrl(document.file))
  const instances = collectResources(template, root, scope.context, isReadType, `arm:${document.file}|${parameterFile?.file ?? ''}`)
  const evaluation = evaluationWith(parameterFile?.file)
  // Every instance is modeled or a deployment (isReadType); most templates have no deployment, and no copy is made.
  const deployments = instances.filter(instance => isDeploymentType(instance.type))
  const modeled = deployments.length === 0 ? instances : instances.filter(instance => !isDeploymentType(instance.type))
  const unread: Resource[] = []
  for (const deployment of deployments) {
    const vm = unreadTemplateVm(deployment, locate, evaluation)
    if (vm !== undefined) unread.push(vm)
    unread.push(...unreadTemplateAssignments(deployment, locate, evaluation))
  }
  const resources = adaptInstances(modeled, locate, evaluation)
  markDeploymentGroupScopes(template, resources)
  for (const vm of unread) resources.push(vm)
  return resources
}

/** Deployments too: a linked template that is not read may still be reported (issue 13). */
const isReadType = (type: string): boolean => isModeledType(type) || isDeploymentType(type)
