import type { ParseError, VirtualMachine } from '../../model/resources.js'
import type { SourceLocation } from '../../model/source.js'
import { LineIndex } from '../../yaml/line-index.js'
import { child, isMap, isScalar, isSeq, scalarText, type YamlNode } from '../../yaml/nodes.js'
import type { YamlParseResult } from '../../yaml/parse.js'
import { locate } from '../../yaml/sourced.js'
import { collectInputs, hotpatchSignals, type UnreadInput } from '../shared/unread-module.js'
import { yamlInputs } from '../shared/yaml-inputs.js'
import { namesAzureGroup } from './claims.js'
import { compositionSteps, RENDER_AND_SCAN } from './compositions.js'
import { placedTemplate } from './placed-template.js'
import { unreadObject } from './unread-object.js'

/** The inputs the reader reads itself: patch-and-transform's `resources[].base` and go-templating's templates. */
export const READ_INPUTS = /^(?:pt|gotemplating)\.fn\.crossplane\.io\//i
/**
 * The inputs of functions that compose resources from a program (function-kcl's `KCLInput`, function-python's
 * `Script`, function-cue's `CUEInput`, function-pkl's `Pkl`): what they compose is known only by running it.
 */
export const PROGRAM_INPUTS = /^(?:krm\.kcl\.dev|(?:python|cue|pkl)\.fn\.crossplane\.io)\//i
/** How deep a step's input is looked at for a hotpatch signal (a program's text is read line by line beside). */
const MAX_DEPTH = 12
/** Lines of a program text read for signals, at most: a composition program is not this long. */
const MAX_LINES = 5000
/**
 * A line of a program that sets a field to a quoted string or true: `sku: "…"` (KCL, CUE), `sku = "…"` (KCL, Pkl),
 * `"sku": "…",` (Python), `hotpatchingEnabled: True`. All the hotpatch signals need; the program is never run.
 */
const FIELD_LINE = /^[ \t]*(?:-[ \t]*)?(["']?)([A-Za-z_][\w.-]*)\1[ \t]*[:=][ \t]*(?:"([^"\\\r\n]*)"|'([^'\\\r\n]*)'|(true|True|TRUE)\b)/d

type Said = VirtualMachine | ParseError

/**
 * The pipeline steps of a file's Compositions whose function the gate does not run (function-kcl, function-python,
 * function-cue, function-pkl, or any other whose input names an Azure group), each said at the step: an
 * `indeterminate` stand-in VM when its input (the program's text included) carries a hotpatch signal, else a notice
 * naming the function. They passed without a word: a Composition whose KCL program composed a hotpatch VM was not
 * even counted as a file, while the same VM in a patch-and-transform `base` was `indeterminate`.
 */
export function unreadFunctionSteps(file: string, parsed: YamlParseResult): Said[] {
  const said: Said[] = []
  for (const { composition, step, name } of compositionSteps(parsed)) {
    const input = child(step, 'input')
    const inputApi = scalarText(child(input, 'apiVersion')) ?? ''
    if (input === undefined || READ_INPUTS.test(inputApi)) continue
    const inputs = stepInputs(file, input, parsed)
    const text = parsed.lines.text.slice(input.start.offset, input.end.offset)
    if (!PROGRAM_INPUTS.test(inputApi) && !namesAzureGroup(text) && !hasSignal(inputs)) continue
    const fn = scalarText(child(child(step, 'functionRef'), 'name')) ?? 'a function it does not name'
    const kind = scalarText(child(input, 'kind'))
    const inputWhat = kind === undefined ? inputApi : `${inputApi} ${kind}`
    said.push(
      unreadObject({
        file,
        at: locate(file, step),
        node: inputs,
        what: `step ${name} of Composition ${composition}`,
        symbol: `${file}#composition:${composition}/${name}`,
        namespace: '',
        compute: true,
        why: `Crossplane Composition ${composition} composes resources in step ${name} with function ${fn}${inputWhat === '' ? '' : ` (input ${inputWhat})`}, which the gate does not run`,
        instead: 'the VMs and maintenance resources it composes are not checked',
        judge: RENDER_AND_SCAN
      })
    )
  }
  return said
}

/** Whether a step's inputs carry a hotpatch signal: said even when the function and the text name no Azure group. */
const hasSignal = (inputs: readonly UnreadInput[]): boolean => hotpatchSignals(inputs) !== undefined

/** A step input's scalars, and the fields each program text (a string of several lines) sets, where each is written. */
function stepInputs(file: string, input: YamlNode, parsed: YamlParseResult): UnreadInput[] {
  const inputs: UnreadInput[] = []
  collectInputs(yamlInputs(file), '', input, locate(file, input), inputs, MAX_DEPTH)
  for (const program of programTexts(input)) inputs.push(...programFields(file, program, parsed))
  return inputs
}

function* programTexts(node: YamlNode, depth = 0): Generator<YamlNode & { kind: 'scalar' }> {
  if (depth > MAX_DEPTH) return
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.value.includes('\n')) yield node
  } else if (isMap(node)) for (const entry of node.entries) yield* programTexts(entry.value, depth + 1)
  else if (isSeq(node)) for (const item of node.items) yield* programTexts(item, depth + 1)
}

/**
 * The fields a program text sets, line by line (FIELD_LINE), each at its line of the file when the text is a literal
 * block scalar (`source: |`), else at the string. The path is the field's name alone: a program's nesting is not YAML's.
 */
function programFields(file: string, program: YamlNode & { kind: 'scalar' }, parsed: YamlParseResult): UnreadInput[] {
  const placed = placedTemplate(program, parsed.lines)
  const text = placed ?? program.text
  const lines = placed === undefined ? undefined : new LineIndex(placed)
  const stringAt = locate(file, program)
  const fields: UnreadInput[] = []
  let lineStart = 0
  for (let count = 0; lineStart < text.length && count < MAX_LINES; count++) {
    const newline = text.indexOf('\n', lineStart)
    const end = newline < 0 ? text.length : newline
    const match = FIELD_LINE.exec(text.slice(lineStart, end))
    if (match !== null) {
      // The value's place: its opening quote, or the word true.
      const value = match.indices?.[5]?.[0] ?? (match.indices?.[3]?.[0] ?? match.indices?.[4]?.[0] ?? 1) - 1
      const at: SourceLocation = lines === undefined ? stringAt : { file, ...lines.lineAndColumn(lineStart + value) }
      fields.push({ path: match[2] as string, value: match[5] === undefined ? (match[3] ?? match[4] ?? '') : true, at })
    }
    lineStart = end + 1
  }
  return fields
}
