import type { SourceLocation } from '../../model/source.js'
import type { LineIndex } from '../../yaml/line-index.js'
import { child, isMap, scalarText, type YamlNode, type YamlScalar } from '../../yaml/nodes.js'
import { parseYaml } from '../../yaml/parse.js'
import { locate } from '../../yaml/sourced.js'
import type { UnreadInput } from '../shared/unread-module.js'
import { mentionsAzureGroup } from './claims.js'
import { DOCUMENT_MARKER, placedTemplate, withoutActions } from './placed-template.js'
import { templateLines } from './template-lines.js'

/** The annotation by which function-go-templating names a composed resource (what `resources[].name` is in P&T). */
const RESOURCE_NAME = 'gotemplating.fn.crossplane.io/composition-resource-name'
const ACTION = '{{'

/** One object an inline Go template composes, as written (the caller decides what of it is said). */
export interface TemplatedObject {
  readonly apiVersion: string
  readonly kind: string
  /** Its composition resource name, else `template[<n>]` (its document's place in the template). */
  readonly label: string
  readonly at: SourceLocation
  /** Its fields: their node, or their scalars read line by line when the document is not YAML. */
  readonly fields: YamlNode | readonly UnreadInput[]
  /** Whether its document holds template actions, which the gate does not evaluate. */
  readonly templated: boolean
}

/**
 * The objects of the multi-document YAML text a function-go-templating step composes (`input.inline.template`),
 * each located in the file. The template is never evaluated: a document without actions is parsed as the YAML it
 * is; in one with actions each action is blotted out and what is left is parsed, or, when that is not YAML either
 * (both branches of an `if`), read line by line. Only a literal block scalar (`template: |`, as function-go-templating
 * documents it) has lines that are the file's; another string's objects are all placed at the string.
 */
export function inlineTemplateObjects(file: string, template: YamlScalar, lines: LineIndex): TemplatedObject[] {
  // The objects the reader looks for name an Azure group in their apiVersion: a template that names none is let be.
  if (!mentionsAzureGroup(template.text)) return []
  const placed = placedTemplate(template, lines)
  if (placed === undefined) {
    // Its lines are not the file's: each document read line by line, every value at the string.
    const at = locate(file, template)
    const text = withoutActions(template.text)
    return documentParts(text).flatMap((part, index) => fromLines(text, part, index, () => at, template.text.slice(...part).includes(ACTION)))
  }
  const text = placed.includes(ACTION) ? withoutActions(placed) : placed
  const parts = documentParts(text)
  const parsed = parseYaml(text)
  const placedAt = (offset: number): SourceLocation => ({ file, ...parsed.lines.lineAndColumn(offset) })
  const objects: TemplatedObject[] = []
  const read = new Set<number>()
  for (const document of parsed.documents) {
    const root = document.root
    if (!isMap(root)) continue
    const index = partOf(parts, root.start.offset)
    read.add(index)
    const object = fromNode(file, root, `template[${index}]`, placed.slice(...(parts[index] as [number, number])).includes(ACTION))
    if (object !== undefined) objects.push(object)
  }
  // A document that is not YAML with its actions blotted out: what its lines say (each part once, whatever its errors).
  const broken = new Set(parsed.errors.map(error => partOf(parts, error.offset)).filter(index => !read.has(index)))
  for (const index of broken) {
    const part = parts[index] as [number, number]
    objects.push(...fromLines(text, part, index, placedAt, placed.slice(...part).includes(ACTION)))
  }
  return objects.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column)
}

function fromNode(file: string, root: YamlNode, place: string, templated: boolean): TemplatedObject | undefined {
  const apiVersion = scalarText(child(root, 'apiVersion'))
  const kind = scalarText(child(root, 'kind'))
  if (apiVersion === undefined || kind === undefined) return undefined
  const label = scalarText(child(child(child(root, 'metadata'), 'annotations'), RESOURCE_NAME)) ?? place
  return { apiVersion, kind, label, at: locate(file, root), fields: root, templated }
}

function fromLines(
  text: string,
  [start, end]: [number, number],
  index: number,
  locate: (offset: number) => SourceLocation,
  templated: boolean
): TemplatedObject[] {
  const read = templateLines(text, start, end, locate)
  if (read.apiVersion === undefined || read.kind === undefined || read.at === undefined) return []
  const name = read.inputs.find(input => input.path === `metadata.annotations.${RESOURCE_NAME}`)?.value
  const label = typeof name === 'string' ? name : `template[${index}]`
  return [{ apiVersion: read.apiVersion, kind: read.kind, label, at: read.at, fields: read.inputs, templated }]
}

/**
 * [start, end) of the documents of a text: it is cut at each document marker, and a part of blank lines only (the
 * lines before the template, before its first `---`) is none.
 */
function documentParts(text: string): [number, number][] {
  const parts: [number, number][] = []
  let start = 0
  const add = (end: number): void => {
    if (/\S/.test(text.slice(start, end))) parts.push([start, end])
    start = end
  }
  for (const marker of text.matchAll(new RegExp(DOCUMENT_MARKER.source, 'gm'))) add(marker.index)
  add(text.length)
  return parts
}

/** The index of the part that holds an offset (or the first after it): a binary search, a template may hold many. */
function partOf(parts: readonly [number, number][], offset: number): number {
  let low = 0
  let high = parts.length - 1
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((parts[middle] as [number, number])[1] <= offset) low = middle + 1
    else high = middle
  }
  return low
}
