import type { ParseError } from '../../model/resources.js'
import { child, isSeq, scalarText, type YamlNode } from '../../yaml/nodes.js'
import type { YamlParseResult } from '../../yaml/parse.js'
import { locate } from '../../yaml/sourced.js'
import { compositionSteps, RENDER_AND_SCAN } from './compositions.js'

/** function-go-templating's input group (`input.apiVersion: gotemplating.fn.crossplane.io/v1beta1`). */
const GO_TEMPLATE_INPUT = 'gotemplating.fn.crossplane.io/'

/**
 * The function-go-templating steps of a file's Compositions whose templates the gate does not read, each a located
 * notice: templates kept outside the file (`source: FileSystem`, a folder of the function's container;
 * `Environment`, a key of the pipeline's environment; a source it does not know), and an inline `templates` list
 * (only `inline.template` is read, go-templating.ts). Whatever they compose passes unchecked, VMs included:
 * without a word the Composition passed as if it composed none. There is nothing to read a hotpatch signal
 * from, so never an indeterminate VM: a notice, as for a module that is not read.
 */
export function unreadGoTemplateSources(file: string, parsed: YamlParseResult): ParseError[] {
  const notices: ParseError[] = []
  for (const { composition, step, name } of compositionSteps(parsed)) {
    const unread = unreadSource(step)
    if (unread === undefined) continue
    const why = `Crossplane Composition ${composition} composes resources in step ${name} from ${unread.what}, which are not read`
    const message = `${why}: the VMs and maintenance resources they compose are not checked; ${RENDER_AND_SCAN}`
    const at = locate(file, unread.at)
    notices.push({ file, line: at.line, column: at.column, message, severity: 'notice' })
  }
  return notices
}

export interface UnreadSource {
  /** `Go templates in the function's file system (fileSystem.dirPath /templates)`. */
  readonly what: string
  /** The node that says where they are: the step's `source`, or its `inline.templates`. */
  readonly at: YamlNode
}

/** Where a function-go-templating step keeps templates the gate does not read; undefined when it reads them all (or it is another function). */
export function unreadSource(step: YamlNode): UnreadSource | undefined {
  const input = child(step, 'input')
  if (!scalarText(child(input, 'apiVersion'))?.toLowerCase().startsWith(GO_TEMPLATE_INPUT)) return undefined
  const sourceNode = child(input, 'source')
  const source = scalarText(sourceNode)
  if (sourceNode === undefined || source === 'Inline') {
    // function-go-templating reads `inline.templates` too (a list of texts); the gate reads `inline.template` alone.
    const templates = child(child(input, 'inline'), 'templates')
    if (!isSeq(templates) || templates.items.length === 0) return undefined
    return { what: 'the Go templates of its inline.templates list', at: templates }
  }
  if (source === 'FileSystem') {
    const folder = scalarText(child(child(input, 'fileSystem'), 'dirPath'))
    return { what: `Go templates in the function's file system (${folder === undefined ? 'no fileSystem.dirPath' : `fileSystem.dirPath ${folder}`})`, at: sourceNode }
  }
  if (source === 'Environment') {
    const key = scalarText(child(child(input, 'environment'), 'key'))
    return { what: `Go templates in the pipeline's environment (${key === undefined ? 'no environment.key' : `environment.key ${key}`})`, at: sourceNode }
  }
  return { what: `Go templates of a source the gate does not know (source: ${source ?? 'not a plain value'})`, at: sourceNode }
}
