import type { Origin, SourceLocation } from '../../model/source.js'
import { isMap, isSeq, scalarText, type YamlNode, type YamlScalarValue } from '../../yaml/nodes.js'
import { locate } from '../../yaml/sourced.js'
import { parseInterpolation, type Access } from './interpolation.js'
import { fullKey, type PulumiProject, type StackSettings } from './program.js'

/** How a value reached its use: literal, a variable, stack config, a config default, an expression. */
export interface Provenance {
  readonly origin: Origin
  readonly detail?: string
  readonly via: readonly SourceLocation[]
}

/**
 * A value of the program, lazily evaluated: a YAML node still to be walked, a computed scalar, an
 * output of another resource (known only after deployment), a string with such outputs in it
 * (`{vm.name}` placeholders), or something that cannot be evaluated statically.
 */
export type Term =
  | { readonly kind: 'node'; readonly node: YamlNode; readonly file: string; readonly provenance: Provenance }
  | {
      readonly kind: 'value'
      readonly value: YamlScalarValue
      readonly at: SourceLocation
      readonly provenance: Provenance
    }
  | {
      readonly kind: 'resource'
      readonly resource: string
      readonly path: readonly (string | number)[]
      readonly at: SourceLocation
    }
  | { readonly kind: 'template'; readonly text: string; readonly at: SourceLocation; readonly reason: string }
  | { readonly kind: 'unresolved'; readonly reason: string; readonly at: SourceLocation }

/** What the evaluator needs to know about the program's resources. */
export interface ResourceNames {
  has(resource: string): boolean
  /** The Azure name of a resource when it is written (`vmName`, ...), for `${res.name}`. */
  nameOf(resource: string): string | undefined
}

export const LITERAL: Provenance = { origin: 'literal', via: [] }
const MAX_DEPTH = 32

/** Evaluates one program for one stack (or for config defaults when `stack` is undefined). */
export class ProgramEvaluator {
  private readonly variables = new Map<string, Term>()
  private readonly evaluating = new Set<string>()

  constructor(
    readonly project: PulumiProject,
    readonly stack: StackSettings | undefined,
    private readonly resources: ResourceNames
  ) {}

  /** A node of `file` in its evaluated form (interpolations and `fn::` calls applied). */
  evaluate(node: YamlNode, file: string, provenance: Provenance = LITERAL, depth = 0): Term {
    const at = locate(file, node)
    if (depth > MAX_DEPTH) return { kind: 'unresolved', reason: `expressions nested deeper than ${MAX_DEPTH}`, at }
    if (node.kind === 'scalar' && typeof node.value === 'string' && node.value.includes('${')) {
      return this.interpolate(node.value, at, provenance, depth)
    }
    const only = isMap(node) && node.entries.length === 1 ? node.entries[0] : undefined
    if (only !== undefined && /^fn::/i.test(only.key)) {
      return this.call(only.key.toLowerCase(), only.value, file, at, depth)
    }
    return { kind: 'node', node, file, provenance }
  }

  /** Follows keys and indexes into a term; undefined where the written value has no such key. */
  walk(term: Term, path: readonly (string | number)[], depth = 0): Term | undefined {
    let current: Term = term
    for (let i = 0; i < path.length; i++) {
      const step = path[i] as string | number
      if (current.kind === 'resource') return { ...current, path: [...current.path, ...path.slice(i)] }
      if (current.kind === 'template' || current.kind === 'unresolved') return current
      if (current.kind === 'value') {
        return { kind: 'unresolved', reason: `cannot read "${step}" of a ${typeof current.value}`, at: current.at }
      }
      const node: YamlNode = current.node
      const next =
        typeof step === 'number'
          ? isSeq(node) ? node.items[step] : undefined
          : isMap(node) ? node.byKey.get(step)?.value : undefined
      if (next === undefined) return undefined
      current = this.evaluate(next, current.file, current.provenance, depth + 1)
    }
    return current
  }

  private interpolate(text: string, at: SourceLocation, provenance: Provenance, depth: number): Term {
    const parts = parseInterpolation(text)
    if ('error' in parts) return { kind: 'unresolved', reason: parts.error, at }
    const [first] = parts
    if (parts.length === 1 && first !== undefined && 'access' in first) return this.access(first.access, at, depth)
    // Only `$$` escapes: the text as written, unescaped.
    if (parts.length === 1 && first !== undefined && 'text' in first) {
      return { kind: 'value', value: first.text, at, provenance }
    }
    let result = ''
    const missing: string[] = []
    for (const part of parts) {
      if ('text' in part) {
        result += part.text
        continue
      }
      const value = this.scalarOf(this.access(part.access, at, depth))
      if (typeof value === 'string') result += value
      else {
        result += `{${part.access.text}}`
        missing.push(value.reason)
      }
    }
    if (missing.length === 0) return { kind: 'value', value: result, at, provenance: { origin: 'expression', via: [] } }
    return { kind: 'template', text: result, at, reason: missing.join('; ') }
  }

  /** A term as text for string interpolation, or why it has none. */
  private scalarOf(term: Term): string | { reason: string } {
    if (term.kind === 'value') return term.value === null ? '' : String(term.value)
    if (term.kind === 'node') {
      if (term.node.kind !== 'scalar') return { reason: 'a collection cannot be interpolated into a string' }
      return scalarText(term.node) ?? ''
    }
    if (term.kind === 'resource') {
      const name = term.path.length === 1 && term.path[0] === 'name' ? this.resources.nameOf(term.resource) : undefined
      return name ?? { reason: `\${${[term.resource, ...term.path].join('.')}} is known only after deployment` }
    }
    return { reason: term.reason }
  }

  private access(access: Access, at: SourceLocation, depth: number): Term {
    const { root, path } = access
    if (root === 'pulumi') return this.builtin(path, at)
    const base = this.project.variables.has(root)
      ? this.variable(root, at, depth)
      : this.configKey(root) !== undefined
        ? this.config(root, at)
        : this.resources.has(root)
          ? ({ kind: 'resource', resource: root, path: [], at } as const)
          : ({ kind: 'unresolved', reason: `unknown name "${root}" in \${${access.text}}`, at } as const)
    const walked = this.walk(base, path, depth)
    return walked ?? { kind: 'unresolved', reason: `\${${access.text}} reads a key that is not written`, at }
  }

  private builtin(path: readonly (string | number)[], at: SourceLocation): Term {
    const provenance: Provenance = { origin: 'expression', via: [] }
    if (path[0] === 'project') return { kind: 'value', value: this.project.name, at, provenance }
    if (path[0] === 'stack' && this.stack) return { kind: 'value', value: this.stack.stack, at, provenance }
    return { kind: 'unresolved', reason: `pulumi.${path.join('.')} is known only when the program runs`, at }
  }

  private variable(name: string, at: SourceLocation, depth: number): Term {
    const cached = this.variables.get(name)
    if (cached) return withVia(cached, at)
    const entry = this.project.variables.get(name)
    if (entry === undefined) return { kind: 'unresolved', reason: `unknown variable "${name}"`, at }
    if (this.evaluating.has(name)) return { kind: 'unresolved', reason: `variable "${name}" refers to itself`, at }
    this.evaluating.add(name)
    const provenance: Provenance = { origin: 'variable', detail: name, via: [] }
    const term = this.evaluate(entry.value, this.project.programFile, provenance, depth + 1)
    this.evaluating.delete(name)
    // A value computed inside the variable is reported as the variable's.
    const named = term.kind === 'value' && term.provenance.origin === 'expression' ? { ...term, provenance } : term
    this.variables.set(name, named)
    return withVia(named, at)
  }

  /** A config value by its key (`azure-native:subscriptionId`), as `${key}` reads it; undefined when nothing declares or sets it. */
  configValue(name: string, at: SourceLocation): Term | undefined {
    return this.configKey(name) === undefined ? undefined : this.config(name, at)
  }

  private configKey(name: string): string | undefined {
    const key = fullKey(this.project.name, name)
    return this.project.config.has(key) || this.stack?.values.has(key) === true ? key : undefined
  }

  private config(name: string, at: SourceLocation): Term {
    const key = this.configKey(name) as string
    const declaration = this.project.config.get(key)
    const written = this.stack?.values.get(key)
    if (written !== undefined && this.stack !== undefined) {
      if (isMap(written) && written.byKey.has('secure')) {
        return { kind: 'unresolved', reason: `config "${name}" is an encrypted secret in ${this.stack.file}`, at }
      }
      const provenance: Provenance = { origin: 'parameter-file', detail: name, via: [at] }
      return coerce({ kind: 'node', node: written, file: this.stack.file, provenance }, declaration?.type)
    }
    // An imported ESC environment's pulumiConfig may set what the stack file does not: its default is not known to apply.
    const environments = this.stack?.environments ?? []
    if (environments.length > 0 && this.stack !== undefined) {
      const one = environments.length === 1
      const reason =
        `config "${name}" is not set in ${this.stack.file}, which imports the Pulumi ESC ${one ? 'environment' : 'environments'} ` +
        `${environments.join(', ')}: ${one ? 'its' : 'their'} pulumiConfig may set it, and the gate does not read ESC environments ` +
        '(they are not in the repository)'
      return { kind: 'unresolved', reason, at }
    }
    if (declaration?.byDefault !== undefined) {
      const provenance: Provenance = { origin: 'default', detail: name, via: [at] }
      return coerce({ kind: 'node', node: declaration.byDefault, file: declaration.file, provenance }, declaration.type)
    }
    const where = this.stack ? `in ${this.stack.file}` : 'without a stack settings file'
    return { kind: 'unresolved', reason: `config "${name}" has no value ${where} and no default`, at }
  }

  private call(name: string, argument: YamlNode, file: string, at: SourceLocation, depth: number): Term {
    if (name === 'fn::secret') return this.evaluate(argument, file, LITERAL, depth + 1)
    if (name === 'fn::invoke') {
      const fn = scalarText(isMap(argument) ? argument.byKey.get('function')?.value : undefined) ?? 'a function'
      return { kind: 'unresolved', reason: `fn::invoke of ${fn} is evaluated only at deployment`, at }
    }
    if (name === 'fn::join' && isSeq(argument) && argument.items.length === 2) {
      const [separator, list] = argument.items.map(item => this.evaluate(item, file, LITERAL, depth + 1))
      const items = list?.kind === 'node' && isSeq(list.node) ? list.node.items : undefined
      const texts = items?.map(item => this.scalarOf(this.evaluate(item, file, LITERAL, depth + 1)))
      const glue = separator ? this.scalarOf(separator) : ''
      if (typeof glue === 'string' && texts?.every((text): text is string => typeof text === 'string')) {
        return { kind: 'value', value: texts.join(glue), at, provenance: { origin: 'expression', via: [] } }
      }
    }
    return { kind: 'unresolved', reason: `${name} is not evaluated by the gate`, at }
  }
}

function withVia(term: Term, at: SourceLocation): Term {
  if (term.kind !== 'node' && term.kind !== 'value') return term
  return { ...term, provenance: { ...term.provenance, via: [...term.provenance.via, at] } }
}

/** Stack config is text (`pulumi config set` writes "true"); a typed declaration turns it into a value. */
function coerce(term: Term & { kind: 'node' }, type: string | undefined): Term {
  const text = scalarText(term.node)
  if (text === undefined || term.node.kind !== 'scalar') return term
  const at = locate(term.file, term.node)
  if (type === 'boolean' && /^(true|false)$/i.test(text)) {
    return { kind: 'value', value: text.toLowerCase() === 'true', at, provenance: term.provenance }
  }
  if (type === 'integer' && /^-?\d+$/.test(text)) {
    return { kind: 'value', value: Number(text), at, provenance: term.provenance }
  }
  return term
}
