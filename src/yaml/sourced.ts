import { absent, known, unresolved, type Origin, type SourceLocation, type Sourced } from '../model/source.js'
import { keptText } from '../model/intern.js'
import type { YamlNode, YamlPosition } from './nodes.js'

/** The model location of a node (its start, with its end) or of a bare position. */
export function locate(file: string, at: YamlNode | YamlPosition): SourceLocation {
  if ('kind' in at) {
    return { file, line: at.start.line, column: at.start.column, endLine: at.end.line, endColumn: at.end.column }
  }
  return { file, line: at.line, column: at.column }
}

// YAML 1.1 booleans: Kubernetes decodes manifests with a YAML 1.1 library, so `yes`/`on` are true there.
const YAML11_TRUE = new Set(['y', 'yes', 'on'])
const YAML11_FALSE = new Set(['n', 'no', 'off'])

/**
 * The boolean a plain scalar's text is where Kubernetes expects one (YAML 1.1: `yes`, `on`, `y` and `true` are true;
 * `no`, `off`, `n` and `false` are false); undefined for other text. A quoted scalar is a string: never call it.
 */
export function yaml11Boolean(plain: string): boolean | undefined {
  const word = plain.toLowerCase()
  if (word === 'true' || YAML11_TRUE.has(word)) return true
  if (word === 'false' || YAML11_FALSE.has(word)) return false
  return undefined
}

/**
 * Reads manifest values as `Sourced` model values. A missing node gives `absent` at the enclosing
 * resource (`fallback`), or the `byDefault` value with origin `provider-default`; a value of the
 * wrong shape gives `unresolved` with a reason naming what was expected.
 */
export class SourcedValues {
  constructor(
    readonly file: string,
    private readonly origin: Origin = 'literal'
  ) {}

  at(node: YamlNode | YamlPosition): SourceLocation {
    return locate(this.file, node)
  }

  string(node: YamlNode | undefined, fallback: SourceLocation, byDefault?: string): Sourced<string> {
    if (node === undefined || (node.kind === 'scalar' && node.value === null)) return this.missing(fallback, byDefault)
    if (node.kind !== 'scalar') return unresolved(this.at(node), `expected a string, found a ${describe(node)}`)
    // A scalar's text is a slice of the file's text: the model keeps a copy of its own (keptText).
    const text = typeof node.value === 'string' ? node.value : node.text
    return known(keptText(text), this.at(node), this.origin)
  }

  boolean(node: YamlNode | undefined, fallback: SourceLocation, byDefault?: boolean): Sourced<boolean> {
    if (node === undefined || (node.kind === 'scalar' && node.value === null)) return this.missing(fallback, byDefault)
    if (node.kind === 'scalar') {
      if (typeof node.value === 'boolean') return known(node.value, this.at(node), this.origin)
      const word = node.style === 'plain' ? yaml11Boolean(node.text) : undefined
      if (word !== undefined) return known(word, this.at(node), this.origin)
    }
    return unresolved(this.at(node), keptText(`expected a boolean, found ${describeValue(node)}`))
  }

  stringList(node: YamlNode | undefined, fallback: SourceLocation): Sourced<readonly string[]> {
    if (node === undefined || (node.kind === 'scalar' && node.value === null)) return absent(fallback)
    if (node.kind !== 'seq') return unresolved(this.at(node), `expected a list of strings, found a ${describe(node)}`)
    const items: string[] = []
    for (const item of node.items) {
      if (item.kind !== 'scalar' || item.value === null) {
        return unresolved(this.at(item), `expected a list of strings, found a ${describe(item)} item`)
      }
      items.push(keptText(typeof item.value === 'string' ? item.value : item.text))
    }
    return known(items, this.at(node), this.origin)
  }

  /** A string map such as `tags`; keys stay own data properties (`__proto__` included). */
  stringMap(node: YamlNode | undefined, fallback: SourceLocation): Sourced<Readonly<Record<string, string>>> {
    if (node === undefined || (node.kind === 'scalar' && node.value === null)) return absent(fallback)
    if (node.kind !== 'map') {
      return unresolved(this.at(node), `expected a mapping of strings, found a ${describe(node)}`)
    }
    const pairs: [string, string][] = []
    for (const entry of node.entries) {
      const value = entry.value
      if (value.kind !== 'scalar') return unresolved(this.at(value), keptText(`expected a string value for "${entry.key}"`))
      pairs.push([entry.key, value.value === null ? '' : keptText(typeof value.value === 'string' ? value.value : value.text)])
    }
    return known(Object.fromEntries(pairs), this.at(node), this.origin)
  }

  private missing<T>(fallback: SourceLocation, byDefault: T | undefined): Sourced<T> {
    return byDefault === undefined ? absent(fallback) : known(byDefault, fallback, 'provider-default')
  }
}

function describe(node: YamlNode): string {
  if (node.kind !== 'scalar') return node.kind === 'map' ? 'mapping' : 'list'
  return node.value === null ? 'null' : typeof node.value
}

function describeValue(node: YamlNode): string {
  if (node.kind !== 'scalar') return `a ${describe(node)}`
  return node.style === 'plain' ? `"${node.text}"` : `the quoted string "${node.text}"`
}
