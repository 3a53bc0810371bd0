import type { ParseError, VirtualMachine } from '../../model/resources.js'
import type { SourceLocation } from '../../model/source.js'
import { child, isMap, isScalar, isSeq, scalarText, type YamlNode } from '../../yaml/nodes.js'
import type { YamlParseResult } from '../../yaml/parse.js'
import { locate } from '../../yaml/sourced.js'
import { AZURE_GROUP, COMPOSITION_KIND, mayRunCompositionProgram, mentionsAzureGroup, mayUseGoTemplates, namesAzureGroup } from './claims.js'
import { isComputeKind } from './compute-kinds.js'
import { inlineTemplateObjects, type TemplatedObject } from './go-templating.js'
import type { UnreadInput } from '../shared/unread-module.js'
import { unreadObject } from './unread-object.js'

/**
 * Whether a document (its text, before parsing) may be a Composition that templates an Azure object: it names an
 * Azure group, or it has a function-go-templating step or one that runs a program, kept outside the file or not.
 */
export const mayTemplateAzureObject = (document: string): boolean =>
  (COMPOSITION_KIND.test(document) && (mentionsAzureGroup(document) || namesAzureGroup(document))) ||
  mayUseGoTemplates(document) ||
  mayRunCompositionProgram(document)

/** How to judge what a Composition templates. */
export const RENDER_AND_SCAN = 'run `crossplane render` for a composite resource and scan the output'

/**
 * The Azure compute and maintenance objects the Crossplane Compositions of a file template
 * (`spec.resources[].base`, `spec.pipeline[].input.resources[].base` of function-patch-and-transform, and the
 * documents of function-go-templating's `spec.pipeline[].input.inline.template`). Their values come from each
 * composite resource, through patches or Go templates, so the reader does not model them: each is a located
 * notice, or an indeterminate VM when a compute template carries a hotpatch signal. Before, a Composition was
 * passed over without a word, and a go-templating one until its inline templates were read.
 */
export function compositionTemplates(file: string, parsed: YamlParseResult): (VirtualMachine | ParseError)[] {
  const said: (VirtualMachine | ParseError)[] = []
  const say = (template: VirtualMachine | ParseError | undefined): void => {
    if (template !== undefined) said.push(template)
  }
  for (const { composition, spec } of crossplaneCompositions(parsed)) {
    const steps = child(spec, 'pipeline')
    const lists = [child(spec, 'resources'), ...(isSeq(steps) ? steps.items.map(step => child(child(step, 'input'), 'resources')) : [])]
    for (const list of lists) {
      if (!isSeq(list)) continue
      list.items.forEach((item, index) => say(baseTemplate(file, composition, item, index)))
    }
  }
  for (const { composition, step, name } of compositionSteps(parsed)) {
    for (const object of goTemplates(file, step, parsed)) say(goTemplate(file, composition, name, object))
  }
  return said
}

/** The Crossplane Compositions of a parsed file: each one's name (`?` when it has none) and spec. */
export function* crossplaneCompositions(parsed: YamlParseResult): Generator<{ composition: string; spec: YamlNode | undefined }> {
  for (const document of parsed.documents) {
    const root = document.root
    if (!isMap(root) || scalarText(child(root, 'kind')) !== 'Composition') continue
    if (!scalarText(child(root, 'apiVersion'))?.toLowerCase().startsWith('apiextensions.crossplane.io/')) continue
    yield { composition: scalarText(child(child(root, 'metadata'), 'name')) ?? '?', spec: child(root, 'spec') }
  }
}

function baseTemplate(file: string, composition: string, item: YamlNode, index: number): VirtualMachine | ParseError | undefined {
  const base = child(item, 'base')
  if (!isMap(base)) return undefined
  const label = scalarText(child(item, 'name')) ?? `resources[${index}]`
  return composed(file, composition, {
    apiVersion: scalarText(child(base, 'apiVersion')) ?? '',
    kind: scalarText(child(base, 'kind')) ?? '',
    label,
    at: locate(file, base),
    fields: base,
    handle: label,
    where: ''
  })
}

/**
 * The objects of a pipeline step's inline Go template (function-go-templating's `source: Inline`): a template
 * kept elsewhere (`FileSystem`, `Environment`) is not in the file, and go-template-sources.ts says so.
 */
function goTemplates(file: string, step: YamlNode, parsed: YamlParseResult): TemplatedObject[] {
  const input = child(step, 'input')
  const source = scalarText(child(input, 'source'))
  const template = child(child(input, 'inline'), 'template')
  if ((source !== undefined && source !== 'Inline') || !isScalar(template) || typeof template.value !== 'string') return []
  return inlineTemplateObjects(file, template, parsed.lines)
}

/** A pipeline step's name (`pipeline[2]` when unnamed). */
export const stepName = (step: YamlNode, index: number): string => scalarText(child(step, 'step')) ?? `pipeline[${index}]`

/** Every pipeline step of a file's Compositions, in order, with its Composition's name and its own (`pipeline[2]` when unnamed). */
export function* compositionSteps(parsed: YamlParseResult): Generator<{ composition: string; step: YamlNode; name: string }> {
  for (const { composition, spec } of crossplaneCompositions(parsed)) {
    const steps = child(spec, 'pipeline')
    if (!isSeq(steps)) continue
    for (let index = 0; index < steps.items.length; index++) {
      const step = steps.items[index] as YamlNode
      yield { composition, step, name: stepName(step, index) }
    }
  }
}

function goTemplate(file: string, composition: string, step: string, object: TemplatedObject): VirtualMachine | ParseError | undefined {
  const how = object.templated ? ', a Go template the gate does not evaluate' : ''
  const where = ` in the inline template of step ${step}${how}`
  return composed(file, composition, { ...object, handle: `${step}/${object.label}`, where })
}

interface ComposedObject {
  readonly apiVersion: string
  readonly kind: string
  /** `vm`, `resources[0]`. */
  readonly label: string
  readonly at: SourceLocation
  readonly fields: YamlNode | readonly UnreadInput[]
  /** What tells it apart in its Composition: its label, after its step for a Go template's (`render/vm`). */
  readonly handle: string
  /** Where in the Composition it is templated, when not in a `base` (` in the inline template of step render`). */
  readonly where: string
}

/** A composed object of a compute or maintenance kind, as a located notice or an indeterminate VM. */
function composed(file: string, composition: string, object: ComposedObject): VirtualMachine | ParseError | undefined {
  const { apiVersion, kind, label } = object
  const group = apiVersion.slice(0, Math.max(apiVersion.indexOf('/'), 0)).toLowerCase()
  if (!AZURE_GROUP.test(group) || !/^(?:compute|maintenance)\./.test(group)) return undefined
  return unreadObject({
    file,
    at: object.at,
    node: object.fields,
    what: `${kind} ${label} of Composition ${composition}`,
    symbol: `${file}#composition:${composition}/${object.handle}`,
    namespace: '',
    compute: isComputeKind(group, kind),
    why: `Crossplane Composition ${composition} templates ${kind} ${label}${object.where} (its values come from each composite resource), which is not read`,
    instead: 'the gate reads managed resources written as objects',
    judge: RENDER_AND_SCAN
  })
}
