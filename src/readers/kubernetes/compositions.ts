import type { ParseError, VirtualMachine } from '../../model/resources.js'
import { child, isMap, isSeq, scalarText, type YamlNode } from '../../yaml/nodes.js'
import type { YamlParseResult } from '../../yaml/parse.js'
import { locate } from '../../yaml/sourced.js'
import { AZURE_GROUP, mentionsAzureGroup } from './claims.js'
import { isComputeKind } from './compute-kinds.js'
import { unreadObject } from './unread-object.js'

const COMPOSITION_KIND = /^kind[ \t]*:[ \t]*["']?Composition["']?[ \t]*(?:#.*)?\r?$/m

/** Whether a document (its text, before parsing) may be a Composition that templates an Azure object. */
export const mayTemplateAzureObject = (document: string): boolean => COMPOSITION_KIND.test(document) && mentionsAzureGroup(document)

/**
 * The Azure compute and maintenance objects the Crossplane Compositions of a file template
 * (`spec.resources[].base`, and `spec.pipeline[].input.resources[].base` of function-patch-and-transform).
 * Their values come from each composite resource through patches, so the reader does not model them:
 * each is a located notice, or an indeterminate VM when a compute template carries a hotpatch signal.
 * Before, a Composition was passed over without a word.
 */
export function compositionTemplates(file: string, parsed: YamlParseResult): (VirtualMachine | ParseError)[] {
  const said: (VirtualMachine | ParseError)[] = []
  for (const document of parsed.documents) {
    const root = document.root
    if (!isMap(root) || scalarText(child(root, 'kind')) !== 'Composition') continue
    if (!scalarText(child(root, 'apiVersion'))?.toLowerCase().startsWith('apiextensions.crossplane.io/')) continue
    const composition = scalarText(child(child(root, 'metadata'), 'name')) ?? '?'
    const spec = child(root, 'spec')
    const steps = child(spec, 'pipeline')
    const lists = [child(spec, 'resources'), ...(isSeq(steps) ? steps.items.map(step => child(child(step, 'input'), 'resources')) : [])]
    for (const list of lists) {
      if (!isSeq(list)) continue
      list.items.forEach((item, index) => {
        const template = templateOf(file, composition, item, index)
        if (template !== undefined) said.push(template)
      })
    }
  }
  return said
}

function templateOf(file: string, composition: string, item: YamlNode, index: number): VirtualMachine | ParseError | undefined {
  const base = child(item, 'base')
  if (!isMap(base)) return undefined
  const apiVersion = scalarText(child(base, 'apiVersion')) ?? ''
  const kind = scalarText(child(base, 'kind')) ?? ''
  const group = apiVersion.slice(0, Math.max(apiVersion.indexOf('/'), 0)).toLowerCase()
  if (!AZURE_GROUP.test(group) || !/^(?:compute|maintenance)\./.test(group)) return undefined
  const label = scalarText(child(item, 'name')) ?? `resources[${index}]`
  return unreadObject({
    file,
    at: locate(file, base),
    node: base,
    what: `${kind} ${label} of Composition ${composition}`,
    symbol: `${file}#composition:${composition}/${label}`,
    namespace: '',
    compute: isComputeKind(group, kind),
    why: `Crossplane Composition ${composition} templates ${kind} ${label} (its values come from each composite resource), which is not read`,
    instead: 'the gate reads managed resources written as objects',
    judge: 'run `crossplane render` for a composite resource and scan the output'
  })
}
