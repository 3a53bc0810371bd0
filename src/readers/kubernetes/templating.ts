import type { ParseError } from '../../model/resources.js'
import type { YamlNode } from '../../yaml/nodes.js'
import { inComment } from '../../yaml/comments.js'
import { parseYaml, type YamlParseResult } from '../../yaml/parse.js'
import { mentionsAzureGroup } from './claims.js'
import { collectManifests } from './manifests.js'

/** The opening of a Helm / Go template action (`{{ .Values.x }}`). */
const ACTION = '{{'

/** Whether a text holds a Helm / Go template action: such a text is parsed by `parseTemplated`. */
export const holdsTemplateAction = (text: string): boolean => text.includes(ACTION)

/** A file with template actions, parsed: what can be read of it and what is said of the rest. */
export interface TemplatedFile {
  /** The documents to read; undefined when the whole file is a template and is not read. */
  readonly parsed: YamlParseResult | undefined
  /** The located notices of what is not read. */
  readonly notices: ParseError[]
}

/**
 * Parses a file that holds template actions. Rendered output (`helm template`, `kustomize build`) holds them
 * only inside string values (an Alertmanager or Grafana template in a ConfigMap): those documents are data
 * and the others are read as written, except a document that holds an Azure object (at its top level, or as an
 * item of a List), whose values are templated: it is not read, and a note at its first action says so; when no
 * other document names an Azure group, the file is skipped as a whole. Azure objects written inside a string
 * are another tool's data, not a Helm file's (a Cluster API ClusterClass patch template, a function-go-templating
 * Composition's inline template, which compositions.ts reads): their document is read as any other. A template
 * (a Helm chart's `templates/*.yaml`) has actions outside string values (`{{- if }}` lines, `replicas: {{ .Values.n }}`),
 * so some document is not YAML, or YAML of another shape, until it is rendered: the whole file is not read,
 * with a notice when it names an Azure group anywhere. Templated documents of any group are parsed: only their
 * nodes tell which of the two a file is.
 */
export function parseTemplated(file: string, text: string, wanted: (document: string) => boolean): TemplatedFile {
  /** [start, end) of the templated documents that hold an Azure object, and where the first action of each is. */
  const skipped: [number, number, number][] = []
  let rendered = true
  /** Where the file's first action outside a comment is: a skipped file's notice points at it. */
  let firstAction: number | undefined
  // A templated document is parsed on its own, checked and let go: an Azure one is not read, another only when the
  // reader wants it (a file of 100,000 rendered ConfigMaps is never held whole as nodes).
  const parsed = parseYaml(text, {}, (document, start) => {
    if (!holdsTemplateAction(document)) return wanted(document)
    if (!rendered) return false
    const alone = parseYaml(document)
    const actions = actionsOf(document, alone)
    // `{{` in comments only (`# rendered by Alertmanager: {{ .Labels.x }}`): no tool renders a comment.
    if (actions.length === 0) return wanted(document)
    firstAction ??= start + (actions[0] as number)
    if (!actionsInStrings(actions, alone)) {
      rendered = false
      return false
    }
    if (!holdsAzureObject(alone)) return wanted(document)
    skipped.push([start, start + document.length, start + (actions[0] as number)])
    return false
  })
  // Nothing of an Azure group is left to read when every document that names one is templated: the file is skipped.
  if (!rendered || (skipped.length > 0 && !mentionsAzureGroup(outside(text, skipped)))) {
    const notice = { ...noticeAt(file, parsed, firstAction ?? 0), message: FILE_SKIPPED, kind: 'file-skipped' as const }
    return { parsed: undefined, notices: mentionsAzureGroup(text) ? [notice] : [] }
  }
  // The file is read (its other documents): a note on each templated Azure document, not a skipped file.
  return { parsed, notices: skipped.map(([, , action]) => ({ ...noticeAt(file, parsed, action), message: DOCUMENT_SKIPPED })) }
}

/**
 * The offsets of a document's template actions, but those in a YAML comment (in one that does not parse, such as a
 * template with `{{- if }}` lines, a line that starts with `#`).
 */
function actionsOf(document: string, parsed: YamlParseResult): number[] {
  const commented = inComment(parsed)
  const actions: number[] = []
  for (let at = document.indexOf(ACTION); at >= 0; at = document.indexOf(ACTION, at + ACTION.length)) {
    if (!commented(at)) actions.push(at)
  }
  return actions
}

/** Whether a parsed document holds an object of an Azure group (read or not), at its top level or in a List. */
const holdsAzureObject = (parsed: YamlParseResult): boolean => {
  const collected = collectManifests('', parsed)
  return collected.manifests.length > 0 || collected.errors.length > 0
}

/** The text outside some ranges (sorted, apart). */
function outside(text: string, ranges: readonly (readonly [number, number, ...number[]])[]): string {
  let kept = ''
  let from = 0
  for (const [start, end] of ranges) {
    kept += text.slice(from, start)
    from = end
  }
  return kept + text.slice(from)
}

/** Whether a document parses on its own and every action in it (offsets) is inside a string scalar (key or value). */
function actionsInStrings(actions: readonly number[], parsed: YamlParseResult): boolean {
  if (parsed.errors.length > 0) return false
  const strings = stringRanges(parsed)
  return actions.every(at => insideRange(strings, at))
}

/** [start, end) offsets of the string scalars (keys and values) of the documents, sorted. */
function stringRanges(parsed: YamlParseResult): [number, number][] {
  const ranges: [number, number][] = []
  const pending: YamlNode[] = []
  for (const document of parsed.documents) if (document.root !== undefined) pending.push(document.root)
  const seen = new Set<YamlNode>()
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    // An alias is the node it names: each node once.
    if (seen.has(node)) continue
    seen.add(node)
    if (node.kind === 'scalar') {
      if (typeof node.value === 'string') ranges.push([node.start.offset, node.end.offset])
    } else if (node.kind === 'seq') {
      for (const item of node.items) pending.push(item)
    } else {
      for (const entry of node.entries) pending.push(entry.keyNode, entry.value)
    }
  }
  return ranges.sort((a, b) => a[0] - b[0])
}

/** Whether an offset lies in one of sorted ranges that do not overlap. */
function insideRange(ranges: readonly [number, number][], offset: number): boolean {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((ranges[middle] as [number, number])[0] <= offset) low = middle + 1
    else high = middle
  }
  const range = ranges[low - 1]
  return range !== undefined && offset < range[1]
}

const FILE_SKIPPED = 'templated file (Helm/Go template) is not evaluated; render it (helm template) and scan the output'
const DOCUMENT_SKIPPED =
  'templated document (Helm/Go template) of an Azure API group is not evaluated; render it (helm template) and scan the output'

function noticeAt(file: string, parsed: YamlParseResult, offset: number): ParseError {
  const position = parsed.lines.at(offset)
  return { file, line: position.line, column: position.column, message: '', severity: 'notice' }
}
