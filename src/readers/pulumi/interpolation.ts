/** `${root.prop[0]["key"]}`: a name followed by property and index accessors. */
export interface Access {
  readonly root: string
  readonly path: readonly (string | number)[]
  /** The expression as written, without `${` `}`. */
  readonly text: string
}

export type Part = { readonly text: string } | { readonly access: Access }

const MAX_PARTS = 256

/**
 * Splits a Pulumi YAML string into literal text and `${...}` accesses (`$${` is a literal `${`).
 * Returns an error message for an unterminated or malformed access.
 */
export function parseInterpolation(source: string): readonly Part[] | { readonly error: string } {
  const parts: Part[] = []
  let text = ''
  let i = 0
  while (i < source.length) {
    if (source.startsWith('$${', i)) {
      text += '${'
      i += 3
      continue
    }
    if (!source.startsWith('${', i)) {
      text += source[i]
      i++
      continue
    }
    const end = source.indexOf('}', i + 2)
    if (end < 0) return { error: `unterminated "\${" in "${source}"` }
    const access = parseAccess(source.slice(i + 2, end))
    if ('error' in access) return access
    if (text !== '') parts.push({ text })
    text = ''
    parts.push({ access })
    if (parts.length > MAX_PARTS) return { error: `more than ${MAX_PARTS} interpolations in one string` }
    i = end + 1
  }
  if (text !== '' || parts.length === 0) parts.push({ text })
  return parts
}

const NAME = /^[^.[\]"\s]+/

function parseAccess(text: string): Access | { error: string } {
  const trimmed = text.trim()
  const root = NAME.exec(trimmed)?.[0]
  if (root === undefined) return { error: `expected a name in "\${${text}}"` }
  const path: (string | number)[] = []
  let rest = trimmed.slice(root.length)
  while (rest !== '') {
    const property = /^\.([^.[\]"\s]+)/.exec(rest)
    const index = /^\[(\d+)\]/.exec(rest)
    const key = /^\["([^"]*)"\]/.exec(rest)
    const step = property ?? index ?? key
    if (step === null) return { error: `cannot read "${rest}" in "\${${text}}"` }
    path.push(index ? Number(index[1]) : (step[1] as string))
    rest = rest.slice(step[0].length)
  }
  return { root, path, text: trimmed }
}
