import type { Expression } from '../expressions/parser.js'
import { ExpressionSyntaxError } from '../expressions/tokenizer.js'
import { computedFrom, LITERAL, literal, type JsonRef, type Trace, type Traced } from '../expressions/trace.js'
import { derived, emptyArmObject, isUnresolved, setArmMember, Unresolved, type ArmValue, type Json } from '../expressions/values.js'
import { isJsonObject, jsonMember, jsonMemberValue, type JsonObject } from '../json/json-value.js'
import type { Context, LoopBinding } from './context.js'
import { MAX_EVALUATION_DEPTH } from './session.js'

/** ARM refuses copy loops over 800 iterations; so do we, before allocating anything. */
export const MAX_COPY_COUNT = 800

/** `[...]` is an expression; `[[...]` is the literal text `[...]`. */
export const isExpression = (text: string): boolean => text.startsWith('[') && text.endsWith(']') && !text.startsWith('[[')

/** The text a literal string stands for. */
export const unescapeLiteral = (text: string): string => (text.startsWith('[[') && text.endsWith(']') ? text.slice(1) : text)

const TOO_DEEP: Traced = { value: new Unresolved(`evaluation nested deeper than ${MAX_EVALUATION_DEPTH} levels`), trace: LITERAL }

/**
 * The reference to member `key` of `ref`. `concat` makes an array of exactly that length; a spread
 * (`[...path, key]`) made one with room for 20 segments, for every reference.
 */
export const at = (ref: JsonRef, key: string | number): JsonRef => ({ file: ref.file, path: ref.path.concat(key) })

/**
 * Evaluates a JSON value as ARM does: strings in brackets are expressions, objects may hold
 * property copy loops (`copy: [{name, count, input}]`) and expression keys. Nesting is bounded by
 * the document's own depth limit.
 */
export function evaluateJson(raw: Json, context: Context, ref: JsonRef): Traced {
  if (!context.session.spend()) return STOPPED
  if (typeof raw === 'string') return evaluateString(raw, context, ref)
  if (raw === null || typeof raw !== 'object') return literal(raw)
  const { session } = context
  if (!session.enter(1, ref)) return TOO_DEEP
  try {
    return Array.isArray(raw) ? evaluateArray(raw, context, ref) : evaluateObject(raw as JsonObject, context, ref)
  } finally {
    session.leave(1)
  }
}

/**
 * A member of a container (`key` of `ref`), as `evaluateJson` evaluates it: a scalar written as is
 * takes its step, but no reference is made for it (it reports nothing; most members are such).
 */
export function evaluateMember(value: Json, context: Context, ref: JsonRef, key: string | number): Traced {
  if (value === null || (typeof value !== 'object' && (typeof value !== 'string' || !isExpression(value)))) {
    if (!context.session.spend()) return STOPPED
    return literal(typeof value === 'string' ? unescapeLiteral(value) : value)
  }
  return evaluateJson(value, context, at(ref, key))
}

/** A string from a template: literal text, or the value of its expression (syntax errors are reported). */
export function evaluateString(text: string, context: Context, ref: JsonRef): Traced {
  if (!isExpression(text)) return literal(unescapeLiteral(text))
  const parsed = context.session.expressions.parse(text)
  if (parsed instanceof ExpressionSyntaxError) {
    const message = `invalid expression: ${parsed.message} (character ${parsed.offset + 2} of the string)`
    context.session.report({ ref, message, severity: 'error' })
    return { value: new Unresolved(message), trace: computedFrom([]) }
  }
  const levels = 2 * expressionDepth(parsed)
  if (!context.session.enter(levels, ref)) return TOO_DEEP
  let result: Traced
  try {
    result = context.evaluate(parsed)
  } finally {
    context.session.leave(levels)
  }
  // An expression can build a large value in one step (range(0, 10000)): its size counts, so loops of them stay bounded.
  if (Array.isArray(result.value) && !context.session.spend(result.value.length)) return STOPPED
  return result
}

const STOPPED: Traced = { value: new Unresolved('evaluation stopped: the template needs too many steps'), trace: LITERAL }

let depths = new WeakMap<Expression, number>()

/**
 * Forgets the depths (the reader's release, once its units are read): the trees are garbage then, but the
 * WeakMap keeps the table it grew to (ARM 20,000 files: 0.5 MB) through the policy and the report.
 */
export function releaseExpressionDepths(): void {
  depths = new WeakMap()
}

/** Levels of a syntax tree, remembered per (shared, never changed) tree. */
function expressionDepth(expression: Expression): number {
  let depth = depths.get(expression)
  if (depth === undefined) depths.set(expression, (depth = levelsOf(expression)))
  return depth
}

/** Recursive, allocating nothing: parsed trees are at most MAX_EXPRESSION_DEPTH deep. */
function levelsOf(node: Expression): number {
  switch (node.kind) {
    case 'literal':
      return 1
    case 'member':
      return 1 + levelsOf(node.target)
    case 'index':
      return 1 + Math.max(levelsOf(node.target), levelsOf(node.index))
    case 'call': {
      let deepest = 0
      for (let i = 0; i < node.args.length; i++) deepest = Math.max(deepest, levelsOf(node.args[i] as Expression))
      return 1 + deepest
    }
  }
}

function evaluateArray(raw: readonly Json[], context: Context, ref: JsonRef): Traced {
  const items: ArmValue[] = []
  const traces = new MemberTraces()
  for (let i = 0; i < raw.length; i++) {
    const item = evaluateMember(raw[i] as Json, context, ref, i)
    items.push(item.value)
    traces.add(item.trace)
  }
  return { value: items, trace: traces.trace() }
}

/** Members are set as they are evaluated (no list of name and value pairs to combine after). */
function evaluateObject(raw: JsonObject, context: Context, ref: JsonRef): Traced {
  const object = emptyArmObject()
  const traces = new MemberTraces()
  // for...in with hasOwn visits the own keys in Object.entries order without its arrays.
  for (const key in raw) {
    if (!Object.hasOwn(raw, key)) continue
    const value = raw[key] as Json
    if (key.length === 4 && key.toLowerCase() === 'copy' && Array.isArray(value) && value.every(isJsonObject)) {
      for (let i = 0; i < value.length; i++) {
        const member = propertyLoop(value[i] as JsonObject, context, at(at(ref, key), i))
        if (member === undefined) continue
        setArmMember(object, member[0], member[1].value)
        traces.add(member[1].trace)
      }
      continue
    }
    // A key is nearly always literal text: only an expression needs evaluating (and a reference to report at).
    let name: string
    if (isExpression(key)) {
      const evaluated = evaluateString(key, context, at(ref, key))
      if (evaluated.value instanceof Unresolved) return { value: derived(evaluated.value), trace: evaluated.trace }
      if (typeof evaluated.value !== 'string') return { value: new Unresolved(`property name '${key}' is not a string`), trace: evaluated.trace }
      name = evaluated.value
    } else {
      name = unescapeLiteral(key)
    }
    const member = evaluateMember(value, context, ref, key)
    setArmMember(object, name, member.value)
    traces.add(member.trace)
  }
  return { value: object, trace: traces.trace() }
}

/** `copy: [{name, count, input}]` inside an object: the property `name` becomes an array of `input`s. */
export function propertyLoop(loop: JsonObject, context: Context, ref: JsonRef): readonly [string, Traced] | undefined {
  const name = jsonMemberValue(loop, 'name')
  const input = jsonMember(loop, 'input')
  if (typeof name !== 'string') return undefined
  if (input === undefined) return [name, { value: new Unresolved(`copy loop '${name}' has no input`), trace: LITERAL }]
  return [name, copyLoop(name, loop, context, ref, 'property', input.value, at(ref, input.key))]
}

/**
 * The index of the property copy loop of an object (`copy: [{name, count, input}]`) that builds property
 * `name` (case-insensitively, as ARM names properties), or -1; `copyKey` is the `copy` member's key as written.
 */
export function propertyLoopIndex(object: JsonObject, copyKey: string | undefined, name: string): number {
  const loops = copyKey === undefined ? undefined : object[copyKey]
  // As evaluateObject reads them: a `copy` array of objects only.
  if (!Array.isArray(loops) || !loops.every(isJsonObject)) return -1
  const lower = name.toLowerCase()
  return loops.findIndex(loop => {
    const loopName = jsonMemberValue(loop, 'name')
    return typeof loopName === 'string' && loopName.toLowerCase() === lower
  })
}

/** The items of a property or variable copy loop: `input` evaluated once per index. */
export function copyLoop(
  name: string,
  loop: JsonObject,
  context: Context,
  ref: JsonRef,
  level: LoopBinding['level'],
  input: Json,
  inputRef: JsonRef
): Traced {
  const count = copyCount(loop, context, ref)
  if (count instanceof Unresolved) return { value: count, trace: computedFrom([]) }
  const items: ArmValue[] = []
  const traces = new MemberTraces()
  for (let index = 0; index < count; index++) {
    const item = evaluateJson(input, context.withLoop({ name, index, level }), inputRef)
    items.push(item.value)
    traces.add(item.trace)
  }
  return { value: items, trace: traces.trace() }
}

/** A loop's `count`: a whole number up to 800, or unresolved (out-of-range counts are reported). */
export function copyCount(loop: JsonObject, context: Context, ref: JsonRef): number | Unresolved {
  const member = jsonMember(loop, 'count')
  if (member === undefined) return new Unresolved('copy loop has no count')
  const countRef = at(ref, member.key)
  const { value } = evaluateJson(member.value, context, countRef)
  if (isUnresolved(value)) return derived(value)
  const count = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  if (typeof count === 'number' && Number.isInteger(count) && count >= 0 && count <= MAX_COPY_COUNT) return count
  const message = `copy count ${JSON.stringify(value)} is not a whole number from 0 to ${MAX_COPY_COUNT}`
  context.session.report({ ref: countRef, message, severity: 'error' })
  return new Unresolved(message)
}

/** The trace of a container from its members': literal when every member is, else computed from them. */
class MemberTraces {
  private literalOnly = true
  /** Made on the first trace that adds to a computed one (most containers are literal). */
  private traces: Trace[] | undefined

  add(trace: Trace): void {
    if (trace.origin !== 'literal') this.literalOnly = false
    // A literal trace through no place adds nothing to a computed trace.
    if (trace.origin !== 'literal' || trace.via.length > 0) (this.traces ??= []).push(trace)
  }

  trace(): Trace {
    return this.literalOnly ? LITERAL : computedFrom(this.traces ?? [])
  }
}
