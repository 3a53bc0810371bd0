import { parseResourceId } from '../../model/identity.js'
import type { ResourceIdentity } from '../../model/resources.js'
import { absent, known, unresolved, type SourceLocation, type Sourced } from '../../model/source.js'
import { isMap, isSeq, type YamlScalarValue } from '../../yaml/nodes.js'
import { locate } from '../../yaml/sourced.js'
import type { ProgramEvaluator, Provenance, Term } from './evaluator.js'

/** The identities of the program's resources, for `${res.id}` / `${res.name}` references. */
export interface ResourceIdentities {
  identityOf(resource: string): ResourceIdentity | undefined
}

/** Turns evaluated terms into the model's `Sourced` values, keeping where each value was written. */
export class TermValues {
  constructor(
    private readonly evaluator: ProgramEvaluator,
    private readonly identities: ResourceIdentities
  ) {}

  string(term: Term | undefined, fallback: SourceLocation, byDefault?: string): Sourced<string> {
    return this.scalar(term, fallback, byDefault, 'a string', value =>
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
    )
  }

  boolean(term: Term | undefined, fallback: SourceLocation, byDefault?: boolean): Sourced<boolean> {
    return this.scalar(term, fallback, byDefault, 'a boolean', value =>
      typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : undefined
    )
  }

  stringList(term: Term | undefined, fallback: SourceLocation): Sourced<readonly string[]> {
    if (term === undefined) return absent(fallback)
    if (term.kind !== 'node') return this.notKnown(term, 'a list of strings')
    if (!isSeq(term.node)) return unresolved(locate(term.file, term.node), 'expected a list of strings')
    const items: string[] = []
    const at = locate(term.file, term.node)
    let places: SourceLocation[] | undefined
    for (let i = 0; i < term.node.items.length; i++) {
      const item = this.string(this.evaluator.walk(term, [i]), fallback)
      if (item.value === undefined) return unresolved(item.location, item.reason ?? 'expected a list of strings')
      items.push(item.value)
      places = placesOf(item, places)
    }
    return throughItems(sourced(items, at, term.provenance), places)
  }

  stringMap(term: Term | undefined, fallback: SourceLocation): Sourced<Readonly<Record<string, string>>> {
    if (term === undefined) return absent(fallback)
    if (term.kind !== 'node') return this.notKnown(term, 'a mapping of strings')
    if (!isMap(term.node)) return unresolved(locate(term.file, term.node), 'expected a mapping of strings')
    const pairs: [string, string][] = []
    for (const entry of term.node.entries) {
      const value = this.string(this.evaluator.walk(term, [entry.key]), fallback)
      if (value.value === undefined) {
        return unresolved(value.location, value.reason ?? `expected a string for "${entry.key}"`)
      }
      pairs.push([entry.key, value.value])
    }
    return sourced(Object.fromEntries(pairs), locate(term.file, term.node), term.provenance)
  }

  /** Tag filters: `{ key: [values] }`. */
  stringListMap(
    term: Term | undefined,
    fallback: SourceLocation
  ): Sourced<Readonly<Record<string, readonly string[]>>> {
    if (term === undefined) return absent(fallback)
    if (term.kind !== 'node') return this.notKnown(term, 'a mapping of string lists')
    if (!isMap(term.node)) return unresolved(locate(term.file, term.node), 'expected a mapping of string lists')
    const pairs: [string, readonly string[]][] = []
    const at = locate(term.file, term.node)
    let places: SourceLocation[] | undefined
    for (const entry of term.node.entries) {
      const list = this.stringList(this.evaluator.walk(term, [entry.key]), fallback)
      if (list.value === undefined) {
        return unresolved(list.location, list.reason ?? `expected a list for "${entry.key}"`)
      }
      pairs.push([entry.key, list.value])
      places = placesOf(list, places)
    }
    return throughItems(sourced(Object.fromEntries(pairs), at, term.provenance), places)
  }

  /** A list of flat mappings read as text (a license profile's `productFeatures`). */
  records(term: Term | undefined, fallback: SourceLocation): Sourced<readonly Readonly<Record<string, string>>[]> {
    if (term === undefined) return absent(fallback)
    if (term.kind !== 'node') return this.notKnown(term, 'a list of mappings')
    if (!isSeq(term.node)) return unresolved(locate(term.file, term.node), 'expected a list of mappings')
    const items: Readonly<Record<string, string>>[] = []
    for (let i = 0; i < term.node.items.length; i++) {
      const item = this.stringMap(this.evaluator.walk(term, [i]), fallback)
      if (item.value === undefined) return unresolved(item.location, item.reason ?? 'expected a list of mappings')
      items.push(item.value)
    }
    return sourced(items, locate(term.file, term.node), term.provenance)
  }

  /**
   * A resource reference: `${res.id}` / `${res}` (the program's own resource, with its symbol), a
   * resource ID string, or an ID template whose last segment is `${res.name}`.
   */
  identity(term: Term | undefined, fallback: SourceLocation, types: readonly string[]): Sourced<ResourceIdentity> {
    if (term === undefined) return absent(fallback)
    const at = locationOf(term, fallback)
    const expected = types.map(type => type.toLowerCase())
    const wanted = types.join(' or ')
    const reference = term.kind === 'resource' ? referencedResource(term) : this.lastSegmentResource(term)
    if (reference !== undefined) {
      const identity = this.identities.identityOf(reference)
      if (identity === undefined || !expected.includes(identity.type.toLowerCase())) {
        return unresolved(at, `${reference} is not a ${wanted}`)
      }
      return { value: identity, origin: 'expression', location: at, detail: reference }
    }
    if (term.kind !== 'template') {
      const text = this.string(term, fallback)
      if (text.value === undefined) {
        return text.origin === 'absent' ? absent(at) : unresolved(at, text.reason ?? 'not known')
      }
      const identity = parseResourceId(text.value)
      if (identity !== undefined && expected.includes(identity.type.toLowerCase())) return { ...text, value: identity }
      return unresolved(at, `expected a ${wanted} resource ID, found "${text.value}"`)
    }
    const identity = parseResourceId(term.text)
    const fits = identity !== undefined && expected.includes(identity.type.toLowerCase())
    return fits ? known(identity, at, 'expression') : unresolved(at, term.reason)
  }

  /** `.../virtualMachines/${vm.name}`: the ID of the program's resource `vm`. */
  private lastSegmentResource(term: Term): string | undefined {
    if (term.kind !== 'template') return undefined
    const name = /\/\{([^.{}]+)\.name\}$/.exec(term.text)?.[1]
    return name !== undefined && this.identities.identityOf(name) !== undefined ? name : undefined
  }

  private scalar<T>(
    term: Term | undefined,
    fallback: SourceLocation,
    byDefault: T | undefined,
    expected: string,
    convert: (value: YamlScalarValue) => T | undefined
  ): Sourced<T> {
    const isNull = term?.kind === 'node' && term.node.kind === 'scalar' && term.node.value === null
    if (term === undefined || isNull) {
      return byDefault === undefined ? absent(fallback) : known(byDefault, fallback, 'provider-default')
    }
    if (term.kind !== 'value' && term.kind !== 'node') return this.notKnown(term, expected)
    const value = term.kind === 'value' ? term.value : term.node.kind === 'scalar' ? term.node.value : undefined
    const converted = value === undefined ? undefined : convert(value)
    const at = locationOf(term, fallback)
    if (converted === undefined) return unresolved(at, `expected ${expected}, found ${describe(term)}`)
    return sourced(converted, at, term.provenance)
  }

  private notKnown<T>(term: Term, expected: string): Sourced<T> {
    if (term.kind === 'resource') {
      return unresolved(term.at, `\${${[term.resource, ...term.path].join('.')}} is known only after deployment`)
    }
    if (term.kind === 'template' || term.kind === 'unresolved') return unresolved(term.at, term.reason)
    return unresolved(term.kind === 'value' ? term.at : locate(term.file, term.node), `expected ${expected}`)
  }
}

/** `${res}` and `${res.id}` name the resource; other outputs do not. */
function referencedResource(term: Term & { kind: 'resource' }): string | undefined {
  const [first, ...rest] = term.path
  return rest.length === 0 && (first === undefined || first === 'id') ? term.resource : undefined
}

function sourced<T>(value: T, location: SourceLocation, provenance: Provenance): Sourced<T> {
  const result: Sourced<T> = { value, origin: provenance.origin, location }
  return {
    ...result,
    ...(provenance.detail === undefined ? {} : { detail: provenance.detail }),
    ...(provenance.via.length === 0 ? {} : { via: provenance.via })
  }
}

/**
 * The places an item of a list or mapping read whole came through, added to `places` (made on the first): where
 * it is set when that is not where it is used (a stack config line, a config default, a variable; an expression
 * is located where it is written, its sources in its `via`), and its `via`. A literal list `[ ${environment} ]`
 * had the provenance of the list alone, so a dynamic scope's tag filter lost the stack config line that sets it,
 * and a change to that line was out of a pull request's scope (src/report/value-sources.ts). ARM's containers
 * carry their members' traces (evaluate-json.ts). Items written in place add nothing.
 */
function placesOf(item: Sourced<unknown>, places: SourceLocation[] | undefined): SourceLocation[] | undefined {
  let result = places
  if (item.origin !== 'literal' && item.origin !== 'expression') (result ??= []).push(item.location)
  if (item.via !== undefined) (result ??= []).push(...item.via)
  return result
}

/** A list or mapping through the places of its items: computed from them (as ARM's), each place once. */
function throughItems<T>(value: Sourced<T>, places: readonly SourceLocation[] | undefined): Sourced<T> {
  if (places === undefined) return value
  const seen = new Set<string>()
  const via = [...(value.via ?? []), ...places].filter(place => {
    const key = `${place.file}:${place.line}:${place.column}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return { ...value, origin: value.origin === 'literal' ? 'expression' : value.origin, via }
}

/** Where a term is written: its YAML node, or where it was evaluated; `fallback` for neither. */
export function locationOf(term: Term, fallback: SourceLocation): SourceLocation {
  if (term.kind === 'node') return locate(term.file, term.node)
  return 'at' in term ? term.at : fallback
}

function describe(term: Term): string {
  if (term.kind === 'value') return JSON.stringify(term.value)
  if (term.kind !== 'node') return term.kind
  if (term.node.kind === 'scalar') return JSON.stringify(term.node.value)
  return term.node.kind === 'map' ? 'a mapping' : 'a list'
}
