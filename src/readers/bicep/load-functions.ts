import { load } from 'js-yaml'
import { findExcessiveNesting, MAX_JSON_DEPTH } from '../shared/json/nesting.js'
import { fromJson } from './conversions.js'
import { badArgument, type Builtin, type CallSite, strict, stringArg } from './function-support.js'
import { computed, mergeVia, type Provenance, str, unknown, type Value } from './values.js'

/**
 * The files Bicep's compiler loads into a template (`loadJsonContent`, `loadYamlContent`, `loadTextContent`): data of the
 * repository, read as the compiler reads it, never run. Avdaccelerator's image catalogue
 * (`loadJsonContent('../variables/osMarketPlaceImages.json')[imageName]`) decides its VMs' images.
 * The compiler's own size limits apply (larger files fail its build, so nothing deploys them).
 */
const MAX_JSON_CHARACTERS = 1_048_576
const MAX_TEXT_CHARACTERS = 131_072

/** The encodings the workspace decodes (UTF-8, with or without a byte order mark). */
const UTF8 = /^utf-?8$/i

export const loadFunctions: Readonly<Record<string, Builtin>> = {
  loadjsoncontent: strict((args, site) => {
    const loaded = loadedText(args, site, MAX_JSON_CHARACTERS, 2)
    if (loaded.kind !== 'loaded') return loaded
    const { text } = loaded
    if (findExcessiveNesting(text, MAX_JSON_DEPTH) >= 0) return unknown(`the file ${site.name}() loads is nested too deeply to read`, computed(args))
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      return unknown(`the file ${site.name}() loads is not valid JSON`, computed(args))
    }
    return selected(data, args, site, loaded.prov)
  }),

  loadyamlcontent: strict((args, site) => {
    const loaded = loadedText(args, site, MAX_JSON_CHARACTERS, 2)
    if (loaded.kind !== 'loaded') return loaded
    let data: unknown
    try {
      // No aliases: each would be expanded again where the value is read (a few can make an exponential tree).
      data = load(loaded.text, { maxAliases: 0 })
    } catch {
      return unknown(`the file ${site.name}() loads is not YAML the gate reads (one document, no aliases)`, computed(args))
    }
    return selected(data, args, site, loaded.prov)
  }),

  loadtextcontent: strict((args, site) => {
    const loaded = loadedText(args, site, MAX_TEXT_CHARACTERS, 1)
    return loaded.kind === 'loaded' ? str(loaded.text, loaded.prov) : loaded
  })
}

/** The loaded data, or the part of it the call's JSONPath (its second argument) selects. */
function selected(data: unknown, args: readonly Value[], site: CallSite, prov: Provenance): Value {
  const path = args[1] === undefined ? undefined : stringArg(args, 1)
  if (args[1] !== undefined && path === undefined) return badArgument(site, args, 1, 'a JSONPath string')
  const value = path === undefined ? data : select(data, path)
  if (value === NOT_FOUND) return unknown(`${site.name}() JSONPath '${path}' is not evaluated or selects nothing`, computed(args))
  return fromJson(value, prov, site.at)
}

interface Loaded {
  readonly kind: 'loaded'
  readonly text: string
  readonly prov: Provenance
}

/**
 * The text of the file a call loads, with the provenance of what it gives: through the file, so that a
 * change to it alone counts for the VMs it decides (report/value-sources.ts); or why it is not read.
 */
function loadedText(args: readonly Value[], site: CallSite, limit: number, encodingAt: number): Loaded | Value {
  const reference = stringArg(args, 0)
  if (reference === undefined) return badArgument(site, args, 0, 'a file path string')
  const encoding = args[encodingAt]
  if (encoding !== undefined && !(encoding.kind === 'string' && UTF8.test(encoding.value))) {
    return unknown(`${site.name}() with an encoding other than UTF-8 is not evaluated`, computed(args))
  }
  const loaded = site.loadFile(reference)
  if (!loaded.ok) return unknown(`${site.name}() cannot read the file: ${loaded.reason}`, computed(args))
  if (loaded.text.length > limit) {
    return unknown(`${loaded.path} is longer than the ${limit.toLocaleString('en-US')} characters ${site.name}() loads`, computed(args))
  }
  const base = computed(args)
  return { kind: 'loaded', text: loaded.text, prov: { ...base, via: mergeVia(base.via, [{ file: loaded.path, line: 1, column: 1 }]) } }
}

const NOT_FOUND = Symbol('not found')
/** `.name`, `['name']` or `[0]` after `$`: the JSONPath a template writes to pick one value. */
const SEGMENT = /^(?:\.([A-Za-z_$][\w$-]*)|\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\])/

/** The value a simple JSONPath (`$.images.win2025`) selects; NOT_FOUND when it selects nothing or uses more (wildcards, filters). */
function select(data: unknown, path: string): unknown {
  if (!path.startsWith('$')) return NOT_FOUND
  let value = data
  for (let rest = path.slice(1); rest !== ''; ) {
    const match = SEGMENT.exec(rest)
    if (match === null || value === null || typeof value !== 'object') return NOT_FOUND
    const key = match[1] ?? match[2]?.replace(/\\(.)/g, '$1') ?? Number(match[3])
    if (Array.isArray(value) !== (typeof key === 'number') || !Object.hasOwn(value, key)) return NOT_FOUND
    value = (value as Record<string | number, unknown>)[key]
    rest = rest.slice(match[0].length)
  }
  return value
}
