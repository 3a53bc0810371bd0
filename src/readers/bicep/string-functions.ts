import { fromJson, toText } from './conversions.js'
import {
  badArgument,
  type Builtin,
  fitsString,
  MAX_ARRAY_LENGTH,
  numberArg,
  strict,
  stringArg
} from './function-support.js'
import { arr, bool, computed, num, str, unknown, type Value } from './values.js'

const TOO_LONG = 'the result would be longer than the 1,000,000 characters read'

/** A function from one string to one string. */
const mapString = (transform: (text: string) => string): Builtin =>
  strict((args, site) => {
    const text = stringArg(args, 0)
    return text === undefined ? badArgument(site, args, 0, 'a string') : str(transform(text), computed(args))
  })

/** ARM compares prefixes and suffixes case-insensitively. */
const compareEnds = (test: (text: string, part: string) => boolean): Builtin =>
  strict((args, site) => {
    const text = stringArg(args, 0)
    const part = stringArg(args, 1)
    if (text === undefined) return badArgument(site, args, 0, 'a string')
    if (part === undefined) return badArgument(site, args, 1, 'a string')
    return bool(test(text.toLowerCase(), part.toLowerCase()), computed(args))
  })

/** .NET composite formatting: `{0}`, `{1:format}` (the format is ignored), `{{` and `}}`. */
function formatText(template: string, values: readonly string[]): string | undefined {
  let failed = false
  const text = template.replace(/\{\{|\}\}|\{(\d+)(?:[,:][^}]*)?\}/g, (match, index: string | undefined) => {
    if (match === '{{') return '{'
    if (match === '}}') return '}'
    const value = values[Number(index)]
    if (value === undefined) failed = true
    return value ?? ''
  })
  return failed ? undefined : text
}

/** String and conversion functions, by lower-cased name. */
export const stringFunctions: Readonly<Record<string, Builtin>> = {
  tolower: mapString(text => text.toLowerCase()),
  toupper: mapString(text => text.toUpperCase()),
  trim: mapString(text => text.trim()),
  base64: mapString(text => Buffer.from(text, 'utf8').toString('base64')),
  base64tostring: mapString(text => Buffer.from(text, 'base64').toString('utf8')),
  uricomponent: mapString(text => encodeURIComponent(text)),
  uricomponenttostring: mapString(text => {
    try {
      return decodeURIComponent(text)
    } catch {
      return text
    }
  }),
  startswith: compareEnds((text, part) => text.startsWith(part)),
  endswith: compareEnds((text, part) => text.endsWith(part)),

  format: strict((args, site) => {
    const template = stringArg(args, 0)
    if (template === undefined) return badArgument(site, args, 0, 'a format string')
    const texts: string[] = []
    for (const arg of args.slice(1)) {
      const text = toText(arg)
      if ('missing' in text) return text.missing
      texts.push(text.text)
    }
    const result = formatText(template, texts)
    if (result === undefined) {
      return unknown(`format() string '${template}' refers to a missing argument`, computed(args))
    }
    return fitsString(result.length) ? str(result, computed(args)) : unknown(TOO_LONG, computed(args))
  }),

  replace: strict((args, site) => {
    const [text, old, replacement] = [stringArg(args, 0), stringArg(args, 1), stringArg(args, 2)]
    if (text === undefined) return badArgument(site, args, 0, 'a string')
    if (old === undefined || old === '') return badArgument(site, args, 1, 'a non-empty string')
    if (replacement === undefined) return badArgument(site, args, 2, 'a string')
    const result = text.split(old).join(replacement)
    return fitsString(result.length) ? str(result, computed(args)) : unknown(TOO_LONG, computed(args))
  }),

  split: strict((args, site) => {
    const text = stringArg(args, 0)
    if (text === undefined) return badArgument(site, args, 0, 'a string')
    const separator = args[1]
    const delimiters =
      separator?.kind === 'string'
        ? [separator.value]
        : separator?.kind === 'array' && separator.items.every(item => item.kind === 'string')
          ? separator.items.map(item => (item as { value: string }).value)
          : undefined
    if (delimiters === undefined || delimiters.includes('')) {
      return badArgument(site, args, 1, 'a delimiter string or array')
    }
    let parts = [text]
    for (const delimiter of delimiters) parts = parts.flatMap(part => part.split(delimiter))
    if (parts.length > MAX_ARRAY_LENGTH) return unknown('split() would give more than 10,000 items', computed(args))
    const prov = computed(args)
    return arr(parts.map(part => str(part, prov)), prov)
  }),

  substring: strict((args, site) => {
    const text = stringArg(args, 0)
    const start = numberArg(args, 1) ?? (args.length > 1 ? undefined : 0)
    if (text === undefined) return badArgument(site, args, 0, 'a string')
    if (start === undefined || start < 0 || start > text.length) {
      return badArgument(site, args, 1, 'a start index inside the string')
    }
    const length = args.length > 2 ? numberArg(args, 2) : text.length - start
    if (length === undefined || length < 0 || start + length > text.length) {
      return badArgument(site, args, 2, 'a length inside the string')
    }
    return str(text.substring(start, start + length), computed(args))
  }),

  padleft: strict((args, site) => {
    const text = args[0]?.kind === 'number' ? String(args[0].value) : stringArg(args, 0)
    const width = numberArg(args, 1)
    const pad = args.length > 2 ? stringArg(args, 2) : ' '
    if (text === undefined) return badArgument(site, args, 0, 'a string or an integer')
    if (width === undefined || !fitsString(width)) return badArgument(site, args, 1, 'a length up to 1,000,000')
    if (pad === undefined || pad.length !== 1) return badArgument(site, args, 2, 'one character')
    return str(text.padStart(width, pad), computed(args))
  }),

  string: strict(args => {
    const value = args[0] as Value
    if (value.kind === 'string') return value
    const text = toText(value)
    return 'missing' in text ? text.missing : str(text.text, computed(args))
  }),

  int: strict((args, site) => {
    const value = args[0]
    if (value?.kind === 'number') return value
    const digits = value?.kind === 'string' && /^\s*[-+]?\d+\s*$/.test(value.value) ? value.value : undefined
    if (digits === undefined) return badArgument(site, args, 0, 'an integer or a string of digits')
    return num(parseInt(digits, 10), computed(args))
  }),

  bool: strict((args, site) => {
    const value = args[0]
    if (value?.kind === 'boolean') return value
    if (value?.kind === 'number') return bool(value.value !== 0, computed(args))
    const text = value?.kind === 'string' ? value.value.toLowerCase() : undefined
    if (text === 'true' || text === 'false') return bool(text === 'true', computed(args))
    return badArgument(site, args, 0, "'true', 'false', a boolean or an integer")
  }),

  json: strict((args, site) => {
    const text = stringArg(args, 0)
    if (text === undefined) return badArgument(site, args, 0, 'a JSON string')
    try {
      return fromJson(JSON.parse(text) as unknown, computed(args), site.at)
    } catch {
      return unknown('json() argument is not valid JSON', computed(args))
    }
  })
}
