/** `${root.prop[0]["key"]}`, `${["web.vm"].location}`: a name or quoted key followed by property and index accessors. */
export interface Access {
  readonly root: string
  readonly path: readonly (string | number)[]
  /** The expression as written, without `${` `}`. */
  readonly text: string
}

export type Part = { readonly text: string } | { readonly access: Access }

const MAX_PARTS = 256

/**
 * Splits a Pulumi YAML string into literal text and `${...}` accesses. As pulumi-yaml's parser
 * (`pkg/pulumiyaml/ast/interpolation.go`): `$$` is a literal `$` (so `$${` a literal `${`), and an access
 * ends at the first `}` outside a quoted key. Returns an error message for an unterminated or malformed access.
 */
export function parseInterpolation(source: string): readonly Part[] | { readonly error: string } {
  const parts: Part[] = []
  let text = ''
  let i = 0
  while (i < source.length) {
    if (source.startsWith('$$', i)) {
      text += '$'
      i += 2
      continue
    }
    if (!source.startsWith('${', i)) {
      text += source[i]
      i++
      continue
    }
    const parsed = new AccessScanner(source, i + 2).scan()
    if ('error' in parsed) return parsed
    if (text !== '') parts.push({ text })
    text = ''
    parts.push({ access: parsed.access })
    if (parts.length > MAX_PARTS) return { error: `more than ${MAX_PARTS} interpolations in one string` }
    i = parsed.end
  }
  if (text !== '' || parts.length === 0) parts.push({ text })
  return parts
}

/** A property name: up to the next accessor, quote, bracket, space or the access's end. */
const NAME = /[^.[\]"\s}]+/y
const INDEX = /\[(\d+)\]/y
const SPACE = /\s*/y

/**
 * One access after its `${`, by Pulumi's property path grammar (pulumi-yaml `parsePropertyAccess`, Pulumi's
 * "Property paths"): `rootProperty { '.' propertyName | '[' ( quotedKey | index ) ']' }`, the root a name or a quoted
 * key (`["name.with.dots"]`, the form the gate's own fix snippets use for such logical names), never an index. In a
 * quoted key `\"` is the only escape, and `.`, `[`, `]` and `}` are text. Spaces around the whole are allowed.
 */
class AccessScanner {
  private at: number

  constructor(
    private readonly source: string,
    private readonly start: number
  ) {
    this.at = start
  }

  scan(): { readonly access: Access; readonly end: number } | { readonly error: string } {
    this.skipSpace()
    const root = this.source[this.at] === '[' ? this.quotedKey() : this.name()
    if (root === undefined) return { error: `expected a name in "\${${this.written()}}"` }
    if (typeof root !== 'string') return root
    const path: (string | number)[] = []
    for (;;) {
      // Spaces may only close the access: `${ vm.name }`, not `${vm .name}`.
      const before = this.at
      this.skipSpace()
      if (this.at >= this.source.length) return { error: `unterminated "\${" in "${this.source}"` }
      if (this.source[this.at] === '}') break
      this.at = before
      const step = this.step()
      if (typeof step === 'object') return step
      path.push(step)
    }
    const text = this.source.slice(this.start, this.at).trim()
    return { access: { root, path, text }, end: this.at + 1 }
  }

  /** `.name`, `[0]` or `["key"]`. */
  private step(): string | number | { readonly error: string } {
    const start = this.at
    const char = this.source[this.at]
    if (char === '.') {
      this.at++
      const name = this.name()
      if (name !== undefined) return name
    } else if (char === '[') {
      INDEX.lastIndex = this.at
      const index = INDEX.exec(this.source)
      if (index !== null) {
        this.at = INDEX.lastIndex
        return Number(index[1])
      }
      const key = this.quotedKey()
      if (key !== undefined) return key
    }
    this.at = start
    return { error: `cannot read "${this.rest()}" in "\${${this.written()}}"` }
  }

  private name(): string | undefined {
    NAME.lastIndex = this.at
    const match = NAME.exec(this.source)
    if (match === null) return undefined
    this.at = NAME.lastIndex
    return match[0]
  }

  /** `["key"]` at `[`, its `\"` unescaped: undefined when no quote follows the bracket. */
  private quotedKey(): string | { readonly error: string } | undefined {
    if (this.source[this.at + 1] !== '"') return undefined
    let key = ''
    let i = this.at + 2
    for (;;) {
      const char = this.source[i]
      if (char === undefined) return { error: `missing closing quote in "\${${this.source.slice(this.start)}"` }
      if (char === '"') break
      const escapedQuote = char === '\\' && this.source[i + 1] === '"'
      key += escapedQuote ? '"' : char
      i += escapedQuote ? 2 : 1
    }
    if (this.source[i + 1] !== ']') return { error: `missing closing bracket after "${key}" in "\${${this.source.slice(this.start)}"` }
    this.at = i + 2
    return key
  }

  private skipSpace(): void {
    SPACE.lastIndex = this.at
    SPACE.exec(this.source)
    this.at = SPACE.lastIndex
  }

  /** The access as written for a message: up to the next `}` (or the end). */
  private written(): string {
    const close = this.source.indexOf('}', this.start)
    return this.source.slice(this.start, close < 0 ? undefined : close)
  }

  /** What is left of the access from the current position, for a message. */
  private rest(): string {
    const close = this.source.indexOf('}', this.at)
    return this.source.slice(this.at, close < 0 ? undefined : close)
  }
}
