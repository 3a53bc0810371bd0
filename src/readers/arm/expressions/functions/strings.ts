import { derived, isArmArray, MAX_ARRAY_LENGTH, MAX_TEXT_LENGTH, tooLong, Unresolved, type ArmValue } from '../values.js'
import { argumentValues, isInteger, mismatch, strict, wrongArity, type ArmFunction } from './function.js'
import { formatText } from './format.js'
import { joinText, scalarText } from './text.js'

/** Longer padding is refused: ARM names and IDs are far shorter, and it only serves to blow up memory. */
const MAX_PADDED_LENGTH = 10_000

const stringFunction = (name: string, arity: readonly [number, number], body: (text: string, rest: readonly ArmValue[]) => ArmValue) =>
  strict(name, arity, ([text, ...rest]) => (typeof text === 'string' ? body(text, rest) : mismatch(name, 'a string', text)))

const stringArgument = (name: string, value: ArmValue | undefined, body: (text: string) => ArmValue): ArmValue =>
  typeof value === 'string' ? body(value) : mismatch(name, 'a string', value)

/** ARM `concat`: arrays when any argument is an array, otherwise text (patterns kept). */
const concat: ArmFunction = args => {
  if (args.length === 0) return wrongArity('concat', 1, Infinity, 0)
  const values = argumentValues(args)
  if (values.some(isArmArray)) {
    const items: ArmValue[] = []
    for (const value of values) {
      if (value instanceof Unresolved) return derived(value)
      if (!isArmArray(value)) return mismatch('concat', 'arrays only when one argument is an array', value)
      items.push(...value)
      if (items.length > MAX_ARRAY_LENGTH) return tooLong('array')
    }
    return items
  }
  const pieces: (string | Unresolved)[] = []
  for (const value of values) {
    const text = value instanceof Unresolved ? value : scalarText(value)
    if (text === undefined) return mismatch('concat', 'strings or arrays', value)
    pieces.push(text)
  }
  return joinText(pieces)
}

/**
 * ARM's `uri(baseUri, relativeUri)`, as its reference documents it: after a base that ends in `/`, the relative
 * URI (one `/` where both have one); after a base with a path that does not, in place of the base's last
 * segment (`.../azuredeploy.json` + `nested/vm.json`: `.../nested/vm.json`, the quickstart templates'
 * `_artifactsLocation`). A base with no path is left unresolved: the reference does not say what it makes.
 */
function combinedUri(base: string, relative: string): ArmValue {
  const folderEnd = base.endsWith('/') ? base.length - 1 : base.lastIndexOf('/')
  if (folderEnd <= base.indexOf('//') + 1) return new Unresolved(`uri() of a base URI with no path ('${base}') is not evaluated`)
  const joined = base.slice(0, folderEnd + 1) + (relative.startsWith('/') ? relative.slice(1) : relative)
  return joined.length > MAX_TEXT_LENGTH ? tooLong('string') : joined
}

function replaceAll(text: string, old: string, replacement: string): ArmValue {
  const parts = text.split(old)
  const length = text.length + (parts.length - 1) * (replacement.length - old.length)
  return length > MAX_TEXT_LENGTH ? tooLong('string') : parts.join(replacement)
}

const containsCaseInsensitive = (text: string, find: string, from: 'start' | 'end'): boolean =>
  from === 'start' ? text.toLowerCase().startsWith(find.toLowerCase()) : text.toLowerCase().endsWith(find.toLowerCase())

export const STRING_FUNCTIONS: Readonly<Record<string, ArmFunction>> = {
  concat,
  format: formatText,
  tolower: stringFunction('toLower', [1, 1], text => text.toLowerCase()),
  toupper: stringFunction('toUpper', [1, 1], text => text.toUpperCase()),
  trim: stringFunction('trim', [1, 1], text => text.trim()),
  // ARM compares these case-insensitively (unlike `contains` and `equals`).
  startswith: stringFunction('startsWith', [2, 2], (text, [find]) =>
    stringArgument('startsWith', find, value => containsCaseInsensitive(text, value, 'start'))
  ),
  endswith: stringFunction('endsWith', [2, 2], (text, [find]) =>
    stringArgument('endsWith', find, value => containsCaseInsensitive(text, value, 'end'))
  ),
  replace: stringFunction('replace', [3, 3], (text, [oldText, newText]) =>
    stringArgument('replace', oldText, old =>
      stringArgument('replace', newText, replacement =>
        old === '' ? new Unresolved('replace() cannot replace an empty string') : replaceAll(text, old, replacement)
      )
    )
  ),
  split: stringFunction('split', [2, 2], (text, [delimiter = null]) => {
    const delimiters = isArmArray(delimiter) ? delimiter : [delimiter]
    if (!delimiters.every(item => typeof item === 'string' && item !== '')) {
      return mismatch('split', 'non-empty string delimiters', delimiter)
    }
    return (delimiters as string[]).reduce<string[]>((parts, separator) => parts.flatMap(part => part.split(separator)), [text])
  }),
  substring: stringFunction('substring', [1, 3], (text, [start = 0, length]) => {
    const end = length === undefined ? text.length : isInteger(start) && isInteger(length) ? start + length : NaN
    if (!isInteger(start) || start < 0 || !(end >= start && end <= text.length)) {
      return new Unresolved(`substring() range is outside the string '${text}'`)
    }
    return text.slice(start, end)
  }),
  padleft: strict('padLeft', [2, 3], ([value = null, totalLength, padding = ' ']) => {
    const text = scalarText(value)
    if (text === undefined || typeof value === 'boolean') return mismatch('padLeft', 'a string or an int', value)
    if (!isInteger(totalLength) || (totalLength) > MAX_PADDED_LENGTH) {
      return mismatch('padLeft', `an int length up to ${MAX_PADDED_LENGTH}`, totalLength)
    }
    if (typeof padding !== 'string' || padding.length !== 1) return mismatch('padLeft', 'a single padding character', padding)
    return text.padStart(totalLength, padding)
  }),
  base64: stringFunction('base64', [1, 1], text => Buffer.from(text, 'utf8').toString('base64')),
  uri: strict('uri', [2, 2], ([base, relative]) => {
    if (typeof base !== 'string') return mismatch('uri', 'a string base URI', base)
    return typeof relative === 'string' ? combinedUri(base, relative) : mismatch('uri', 'a string relative URI', relative)
  }),
  join: strict('join', [2, 2], ([items, delimiter]) => {
    if (!isArmArray(items)) return mismatch('join', 'an array', items)
    if (typeof delimiter !== 'string') return mismatch('join', 'a string delimiter', delimiter)
    const unresolved = items.find(item => item instanceof Unresolved)
    if (unresolved instanceof Unresolved) return derived(unresolved)
    const texts = items.map(scalarText)
    return texts.every(text => text !== undefined) ? texts.join(delimiter) : mismatch('join', 'an array of strings', items)
  })
}
