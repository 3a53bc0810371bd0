import { posix } from 'node:path'
import type { JsonRef } from '../expressions/trace.js'
import { Unresolved, type Json } from '../expressions/values.js'
import { jsonMember, type JsonObject } from '../json/json-value.js'
import type { Context } from './context.js'
import { artifactsPath, artifactsWritten } from './artifacts-location.js'
import { at, evaluateJson } from './evaluate-json.js'
import { nestedDeploymentSource } from './parameter-sources.js'
import type { OpenedLink } from './linked-templates.js'
import type { ParameterSource } from './template-scope.js'

/** A linked template opened as a nested deployment with inner scope: its parameters come from `source`. */
export interface LinkedTemplate {
  readonly template: JsonObject
  readonly file: string
  readonly source: ParameterSource
}

/** How a deployment's `templateLink` names a local file: `relativePath`, or a `uri` built from `_artifactsLocation`. */
export type LinkProperty = 'relativePath' | 'uri'

/**
 * The local template a deployment's `templateLink` names, read as Azure Resource Manager deploys it: a
 * `relativePath`, or a `uri` built from the template's `_artifactsLocation` or its own URL (template/artifacts-location.ts,
 * the quickstart templates' and Microsoft's docs' links). A nested deployment whose template has its own scope (a linked
 * template is always inner scope), with the parameters the deployment passes evaluated where they are written. Undefined,
 * with a located notice, when it is not read: the path or URI is not evaluated or leads outside the scanned folder, the
 * scan's unit does not read that file as a linked template (missing, or read on its own), or the link leads back
 * to a template on the way (a cycle, which Azure Resource Manager refuses too: an error). `not-local`, with no
 * notice, for a `uri` evaluated to a URL elsewhere (the caller says it is not read).
 */
export function openLinkedTemplate(
  properties: JsonObject,
  propertiesRef: JsonRef,
  link: Json,
  linkRef: JsonRef,
  deploymentRef: JsonRef,
  context: Context,
  onTheWay: readonly JsonRef[]
): LinkedTemplate | undefined | 'not-local' {
  const property: LinkProperty = jsonMember(link, 'relativePath') === undefined ? 'uri' : 'relativePath'
  const say = (message: string, severity: 'notice' | 'error' = 'notice'): undefined => {
    context.session.report({ ref: linkRef, message, severity })
    return undefined
  }
  const notRead = (path: string): undefined => say(localLinkNotice(path, property))
  const member = jsonMember(link, property) as { readonly key: string; readonly value: Json }
  const { value } = evaluateJson(member.value, context, at(linkRef, member.key))
  if (property === 'uri') {
    // A URI not evaluated may name a file of the scan (one built from `environment()`, a parameter without a
    // default): that file is read on its own, as the notice says. A known URL elsewhere is the caller's to report.
    if (typeof value !== 'string') return notRead('a file whose URI is not evaluated')
    const path = artifactsPath(value)
    if (path !== undefined) return openPath(path)
    const written = artifactsWritten(value)
    return written === undefined ? 'not-local' : notRead(`'${written}' (outside the scanned folder)`)
  }
  if (typeof value !== 'string') return notRead('a file whose path is not evaluated')
  const path = linkedPath(value, deploymentRef.file)
  if (path === undefined) return notRead(`'${value}' (outside the scanned folder)`)
  return openPath(path)

  function openPath(path: string): LinkedTemplate | undefined {
    const way = filesOnTheWay(onTheWay, deploymentRef)
    if (way.includes(path)) {
      return say(`the linked template '${path}' (templateLink.${property}) is already deployed on the way here (${[...way, path].join(' > ')}): a cycle of links, not followed`, 'error')
    }
    const opened = context.session.links?.open(path) ?? NOT_LINKED
    if (opened.kind === 'not-linked') return notRead(`'${path}'`)
    if (opened.kind === 'unreadable') {
      return say(`the linked template '${path}' (templateLink.${property}) could not be read as a template: the resources it deploys are not checked`)
    }
    return { template: opened.template, file: path, source: passedParameters(properties, propertiesRef, context) }
  }
}

const NOT_LINKED: OpenedLink = { kind: 'not-linked' }

/**
 * The workspace path a relativePath names, resolved against the linking template's folder (as Azure Resource
 * Manager resolves it against the parent's URI, and `az deployment` and template specs pack it), or undefined
 * when it leads outside the scanned folder (an absolute path, a URI, `..` past the root).
 */
export function linkedPath(written: string, fromFile: string): string | undefined {
  if (written.startsWith('/') || written.includes('://')) return undefined
  const path = posix.normalize(`${fromFile.slice(0, fromFile.lastIndexOf('/') + 1)}${written}`)
  return path.startsWith('../') || path === '..' ? undefined : path
}

/** The template files the deployments on the way are declared in, outermost first, then the linking one's. */
function filesOnTheWay(onTheWay: readonly JsonRef[], deploymentRef: JsonRef): string[] {
  const files: string[] = []
  for (const ref of [...onTheWay, deploymentRef]) if (files.at(-1) !== ref.file) files.push(ref.file)
  return files
}

/**
 * The parameters a linking deployment passes: `properties.parameters`, evaluated in the linking template. A
 * `parametersLink` (a parameter file by URI) is never fetched: every parameter is then unknown, not its default.
 */
function passedParameters(properties: JsonObject, propertiesRef: JsonRef, context: Context): ParameterSource {
  const parametersLink = jsonMember(properties, 'parametersLink')
  if (parametersLink !== undefined) {
    const ref = at(propertiesRef, parametersLink.key)
    const message = 'the parameter file linked here (parametersLink) is not read: the parameters of the linked template are unknown'
    context.session.report({ ref, message, severity: 'notice' })
    const reason = (name: string): string => `parameter '${name}' may be set by the parameter file the deployment links (parametersLink), which is not read`
    return { supplied: name => ({ value: new Unresolved(reason(name)), trace: { origin: 'expression', detail: name, via: [ref] } }), missingReason: reason }
  }
  const parameters = jsonMember(properties, 'parameters')
  return nestedDeploymentSource(parameters?.value, context, at(propertiesRef, parameters?.key ?? 'parameters'))
}

/**
 * The notice at a local link that is not read as part of this deployment: where the scan holds the file (its
 * unit does not read it as a linked template when no link to it is found before reading, as with a path built
 * from pieces), it is read on its own as its folder's template, its resources checked with its own defaults.
 */
export const localLinkNotice = (path: string, property: LinkProperty = 'relativePath'): string =>
  `the linked template ${path} (templateLink.${property}) is not read as part of this deployment: where the scan holds it, ` +
  'it is read on its own, with its own parameter defaults, so the parameters passed here do not reach it, and an assignment ' +
  'here reaches its resources only by a resource ID that names their group, or by a dynamic scope'
