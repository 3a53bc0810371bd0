import { child, isMap, isScalar, isSeq, scalarText, type YamlNode } from '../../yaml/nodes.js'
import type { YamlParseResult } from '../../yaml/parse.js'
import { AZURE_GROUP, namesAzureGroup } from './claims.js'
import { crossplaneCompositions, stepName } from './compositions.js'
import { isComputeKind } from './compute-kinds.js'
import { PROGRAM_INPUTS, READ_INPUTS } from './function-steps.js'
import { unreadSource } from './go-template-sources.js'
import { inlineTemplateObjects } from './go-templating.js'

/** An API group (lower-case) and a kind: `platform.contoso.com/WindowsServer`. */
export type GroupKind = `${string}/${string}`

export const groupKind = (group: string, kind: string): GroupKind => `${group.toLowerCase()}/${kind}`

/** Groups whose objects are no claim of a platform API: Kubernetes', Crossplane's, the providers'. */
const NO_PLATFORM_GROUP = /(?:^|\.)(?:k8s\.io|crossplane\.io|upbound\.io|azure\.com|fluxcd\.io|cert-manager\.io)$/

/** Whether a group (lower case) may be a platform API's: a claim or composite resource some Composition serves. */
export const isPlatformGroup = (group: string): boolean => group.includes('.') && !AZURE_GROUP.test(group) && !NO_PLATFORM_GROUP.test(group)

/** The group of an `apiVersion` (`platform.contoso.com` of `platform.contoso.com/v1alpha1`); undefined without one. */
export const groupOf = (apiVersion: string | undefined): string | undefined =>
  apiVersion?.includes('/') === true ? apiVersion.slice(0, apiVersion.indexOf('/')).toLowerCase() : undefined

/** An `apiVersion` that names an Azure compute group, at any depth of a text (a provider-kubernetes `Object` wrapping one). */
const NAMES_COMPUTE_GROUP = /apiVersion[ \t]*:[ \t]*["']?compute\.(?:azure\.com|azure\.upbound\.io|azure\.m\.upbound\.io)\//

/**
 * What one Composition composes that may be a VM or scale set. `vm`: the first template that is (or may be) one, as
 * the rest of a sentence (`templates WindowsVirtualMachine vm from its inputs, which the gate does not evaluate`).
 * `nested`: the platform objects it templates (composite resources of their own), which compose what their
 * Compositions compose.
 */
export interface Composes {
  readonly composition: string
  readonly vm: string | undefined
  readonly nested: readonly { readonly kind: GroupKind; readonly what: string }[]
}

/** Per composite kind of the workspace, and per claim kind of its XRD, the Compositions that serve it. */
export type ComposedBy = ReadonlyMap<GroupKind, readonly Composes[]>

const FROM_INPUTS = 'from its inputs, which the gate does not evaluate'

/**
 * The Compositions of a parsed file: what each serves (its `compositeTypeRef`, undefined without a group or kind:
 * it serves no object the scan can name) and what it composes that may be a VM. Never the values: a Composition's
 * values come from each composite resource, through patches or templates the gate does not evaluate.
 */
export function* compositionsComposing(file: string, parsed: YamlParseResult): Generator<{ serves: GroupKind | undefined; composes: Composes }> {
  for (const { composition, spec } of crossplaneCompositions(parsed)) {
    const ref = child(spec, 'compositeTypeRef')
    const group = groupOf(scalarText(child(ref, 'apiVersion')))
    const kind = scalarText(child(ref, 'kind'))
    const found: Found = { vm: undefined, nested: [] }
    const pipeline = child(spec, 'pipeline')
    const lists = [child(spec, 'resources'), ...(isSeq(pipeline) ? pipeline.items.map(step => child(child(step, 'input'), 'resources')) : [])]
    for (const list of lists) if (isSeq(list)) list.items.forEach((item, index) => baseComposes(item, index, parsed, found))
    if (isSeq(pipeline)) pipeline.items.forEach((step, index) => stepComposes(file, step, stepName(step, index), parsed, found))
    yield { serves: group === undefined || kind === undefined ? undefined : groupKind(group, kind), composes: { composition, ...found } }
  }
}

interface Found {
  vm: string | undefined
  nested: { kind: GroupKind; what: string }[]
}

const mayBeVm = (found: Found, what: string): void => {
  found.vm ??= what
}

function baseComposes(item: YamlNode, index: number, parsed: YamlParseResult, found: Found): void {
  const base = child(item, 'base')
  if (!isMap(base)) return
  const label = scalarText(child(item, 'name')) ?? `resources[${index}]`
  const group = groupOf(scalarText(child(base, 'apiVersion'))) ?? ''
  const kind = scalarText(child(base, 'kind')) ?? ''
  if (isComputeKind(group, kind)) mayBeVm(found, `templates ${kind} ${label} ${FROM_INPUTS}`)
  else if (isPlatformGroup(group) && kind !== '') found.nested.push({ kind: groupKind(group, kind), what: `templates ${kind} ${label}` })
  // A provider-kubernetes Object (or any wrapper) whose manifest is a compute object: a VM all the same.
  else if (NAMES_COMPUTE_GROUP.test(parsed.lines.text.slice(base.start.offset, base.end.offset)))
    mayBeVm(found, `templates ${kind} ${label}, which holds an Azure compute object, ${FROM_INPUTS}`)
}

function stepComposes(file: string, step: YamlNode, name: string, parsed: YamlParseResult, found: Found): void {
  const input = child(step, 'input')
  const inputApi = scalarText(child(input, 'apiVersion')) ?? ''
  const unread = unreadSource(step)
  if (unread !== undefined) return mayBeVm(found, `composes resources in step ${name} from ${unread.what}, which are not read`)
  const fn = scalarText(child(child(step, 'functionRef'), 'name')) ?? 'a function it does not name'
  if (input !== undefined && !READ_INPUTS.test(inputApi)) {
    // A program composes what it composes only when run; another function's input that names an Azure group may compose one.
    const text = parsed.lines.text.slice(input.start.offset, input.end.offset)
    if (PROGRAM_INPUTS.test(inputApi) || namesAzureGroup(text)) mayBeVm(found, `composes resources in step ${name} with function ${fn}, which the gate does not run`)
    return
  }
  const template = child(child(input, 'inline'), 'template')
  if (!isScalar(template) || typeof template.value !== 'string') return
  for (const object of inlineTemplateObjects(file, template, parsed.lines)) {
    if (isComputeKind(groupOf(object.apiVersion) ?? '', object.kind))
      mayBeVm(found, `templates ${object.kind} ${object.label} in the inline template of step ${name} ${FROM_INPUTS}`)
  }
  for (const document of template.value.split(/^---/m)) {
    const group = groupOf(TEMPLATE_API_VERSION.exec(document)?.[1])
    if (group === undefined || !isPlatformGroup(group)) continue
    const kind = TEMPLATE_KIND.exec(document)?.[1]
    // A kind the template computes may be any: as a Composition that is not in the scan.
    if (kind === undefined) mayBeVm(found, `templates an object of ${group} whose kind is templated in the inline template of step ${name}`)
    else found.nested.push({ kind: groupKind(group, kind), what: `templates ${kind} in the inline template of step ${name}` })
  }
}

/** A template document's literal top-level `apiVersion` and `kind` (a templated one, `{{ … }}`, names no group). */
const TEMPLATE_API_VERSION = /^apiVersion[ \t]*:[ \t]*["']?([a-z0-9.-]+\/[\w.-]+)["']?[ \t]*(?:#.*)?$/m
const TEMPLATE_KIND = /^kind[ \t]*:[ \t]*["']?([A-Za-z][\w-]*)["']?[ \t]*(?:#.*)?$/m

/**
 * Whether objects of a kind may compose a VM, as the rest of a sentence after `whose `: undefined when Compositions
 * of the scan serve the kind and none of them templates a VM or scale set, even through the platform objects they
 * template (those the scan serves too). The gate does not evaluate Compositions: an object that reaches a VM's
 * fields through one is never judged by the template alone.
 */
export function composesVm(composedBy: ComposedBy, kind: GroupKind, seen = new Set<GroupKind>()): string | undefined {
  const compositions = composedBy.get(kind)
  if (compositions === undefined) return 'Composition is not in the scan, so what it composes is not read'
  // A kind seen before composes nothing more: it was found to compose no VM, or it is being looked at (a cycle).
  // Never forgotten, so a lattice of platform objects is looked at once per kind, not once per path.
  if (seen.has(kind)) return undefined
  seen.add(kind)
  for (const { composition, vm, nested } of compositions) {
    if (vm !== undefined) return `Composition ${composition} ${vm}`
    for (const inner of nested) {
      const through = composesVm(composedBy, inner.kind, seen)
      if (through !== undefined) return `Composition ${composition} ${inner.what}, whose ${through}`
    }
  }
  return undefined
}
