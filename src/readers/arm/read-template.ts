import type { Resource } from '../../model/resources.js'
import type { JsonDocument } from './json/json-document.js'
import type { JsonObject } from './json/json-value.js'
import { adaptInstances, isModeledType } from './model/adapt.js'
import type { Locate } from './model/property-reader.js'
import { isDeploymentType, unreadTemplateVm } from './model/unread-template.js'
import { Context } from './template/context.js'
import { DEFAULTS_ONLY, parameterFileSource, type ParameterFile } from './template/parameter-sources.js'
import { collectResources } from './template/resource-walker.js'
import type { EvaluationSession } from './template/session.js'
import { TemplateScope } from './template/template-scope.js'

/** The model resources of a template deployed with one parameter file, or with defaults only. */
export function readTemplate(
  document: JsonDocument,
  parameterFile: ParameterFile | undefined,
  session: EvaluationSession,
  locate: Locate
): Resource[] {
  const template = document.value as JsonObject
  session.beginTemplate({ file: document.file, path: [] })
  const source = parameterFile === undefined ? DEFAULTS_ONLY : parameterFileSource(parameterFile)
  const scope = new TemplateScope(session, document.file, template, [], source)
  // Deployments too: a linked template that is not read may still be reported (issue 13).
  const wanted = (type: string) => isModeledType(type) || isDeploymentType(type)
  const instances = collectResources(template, { file: document.file, path: [] }, new Context(scope), wanted)
  const evaluation = { parameterFile: parameterFile?.file }
  const unread = instances.filter(instance => isDeploymentType(instance.type)).flatMap(instance => unreadTemplateVm(instance, locate, evaluation) ?? [])
  return [...adaptInstances(instances.filter(instance => isModeledType(instance.type)), locate, evaluation), ...unread]
}
