import {
  boolCoreTag,
  floatCoreTag,
  intCoreTag,
  NOT_RESOLVED,
  nullCoreTag,
  SCALAR_STYLE,
  type ScalarTagDefinition
} from 'js-yaml'
import type { YamlScalarStyle, YamlScalarValue } from './nodes.js'

const CORE = 'tag:yaml.org,2002:'
const STR_TAG = `${CORE}str`
// Plain scalars resolve in this order under the core schema (null before bool: `~`, `null`).
const IMPLICIT: readonly ScalarTagDefinition<YamlScalarValue>[] = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag]
const EXPLICIT = new Map<string, ScalarTagDefinition<YamlScalarValue>>(IMPLICIT.map(tag => [tag.tagName, tag]))

/**
 * The implicit tags that may resolve a plain scalar, by its first character ('' for the empty one), in IMPLICIT's
 * order: js-yaml's own `implicitFirstChars` (each resolver's pattern starts with one of them). Most plain scalars
 * (names, kinds, regions) start with none, and were tried against all four (mixed bench tree: 60,000 scalars).
 */
const IMPLICIT_BY_FIRST = new Map<string, readonly ScalarTagDefinition<YamlScalarValue>[]>()
for (const tag of IMPLICIT) {
  for (const first of tag.implicitFirstChars ?? []) IMPLICIT_BY_FIRST.set(first, [...(IMPLICIT_BY_FIRST.get(first) ?? []), tag])
}

export const styleName = (style: number): YamlScalarStyle =>
  style === SCALAR_STYLE.SINGLE_QUOTED
    ? 'single-quoted'
    : style === SCALAR_STYLE.DOUBLE_QUOTED
      ? 'double-quoted'
      : style === SCALAR_STYLE.LITERAL_BLOCK
        ? 'literal'
        : style === SCALAR_STYLE.FOLDED_BLOCK
          ? 'folded'
          : 'plain'

/** Why a scalar could not be resolved (an explicit core tag that does not fit its text). */
export class ScalarError {
  constructor(readonly error: string) {}
}

/**
 * The value of a scalar under the YAML 1.2 core schema (js-yaml 5's default). Explicit core tags
 * (`!!int`, `!!bool`, ...) must match; every other tag (`!!timestamp`, `!!binary`, `!Custom`) keeps
 * the text as a string: nothing here constructs objects from tags.
 * Returns a ScalarError when an explicit core tag does not fit the text (the value itself otherwise:
 * no wrapper object for every scalar of a file).
 */
export function resolveScalar(text: string, style: YamlScalarStyle, tag: string | undefined): YamlScalarValue | ScalarError {
  if (tag === undefined) {
    if (style !== 'plain') return text
    const candidates = IMPLICIT_BY_FIRST.get(text.length === 0 ? '' : (text[0] as string))
    if (candidates === undefined) return text
    for (const candidate of candidates) {
      const value = candidate.resolve(text, false, candidate.tagName)
      if (value !== NOT_RESOLVED) return value
    }
    return text
  }
  const explicit = EXPLICIT.get(tag)
  if (explicit === undefined || tag === STR_TAG) return text
  const value = explicit.resolve(text, true, tag)
  return value === NOT_RESOLVED ? new ScalarError(`cannot resolve "${text}" as !!${tag.slice(CORE.length)}`) : value
}

/**
 * Expands a tag as written (`!!int`, `!<tag:x>`, `!e!foo` with a `%TAG` directive, `!local`) to
 * its full name; the non-specific `!` means "string".
 */
export function expandTag(written: string, handles: ReadonlyMap<string, string>): string {
  if (written === '!') return STR_TAG
  if (written.startsWith('!<') && written.endsWith('>')) return decodeTagUri(written.slice(2, -1))
  const handleEnd = written.indexOf('!', 1)
  const handle = handleEnd > 0 ? written.slice(0, handleEnd + 1) : '!'
  const suffix = handleEnd > 0 ? written.slice(handleEnd + 1) : written.slice(1)
  const prefix = handles.get(handle) ?? (handle === '!!' ? CORE : handle === '!' ? '!' : undefined)
  return prefix === undefined ? written : prefix + decodeTagUri(suffix)
}

function decodeTagUri(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
