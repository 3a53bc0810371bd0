/**
 * `JSON.stringify(value, null, 2)` in pieces whose concatenation is exactly that text: the top-level
 * members, and each element of a top-level array, are serialized one at a time. Writing a 10,000-file
 * report then never holds its whole text (20 MB as a string, 9 MB more as UTF-8) at the moment the
 * scan holds the most memory. A value with `toJSON` anywhere at those levels is serialized whole.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  const members = isPlainObject(value) ? membersOf(value) : undefined
  if (members === undefined) {
    yield JSON.stringify(value, null, 2)
    return
  }
  if (members.length === 0) {
    yield '{}'
    return
  }
  yield '{\n'
  for (const [index, member] of members.entries()) {
    const name = `${index === 0 ? '' : ',\n'}  ${JSON.stringify(member.key)}: `
    if ('text' in member) {
      yield `${name}${indent(member.text, '  ')}`
      continue
    }
    yield `${name}[\n`
    for (const [position, element] of member.elements.entries()) {
      // In arrays JSON.stringify writes what serializes to nothing (undefined, a function) as null.
      const text = (JSON.stringify(element, null, 2) as string | undefined) ?? 'null'
      yield `${position === 0 ? '' : ',\n'}    ${indent(text, '    ')}`
    }
    yield '\n  ]'
  }
  yield '\n}'
}

type Member = { readonly key: string; readonly text: string } | { readonly key: string; readonly elements: readonly unknown[] }

/** The members to write, or undefined when one needs JSON.stringify's own handling (`toJSON` gets its key). */
function membersOf(object: Record<string, unknown>): Member[] | undefined {
  const members: Member[] = []
  for (const key of Object.keys(object)) {
    const member = object[key]
    if (hasToJson(member)) return undefined
    if (Array.isArray(member) && member.length > 0) {
      if (member.some(hasToJson)) return undefined
      members.push({ key, elements: member })
      continue
    }
    const text = JSON.stringify(member, null, 2) as string | undefined
    // Like JSON.stringify: members that serialize to nothing (undefined, a function) are left out.
    if (text !== undefined) members.push({ key, text })
  }
  return members
}

/** Nested text one level deeper: JSON strings hold no raw line breaks, so every line break is layout. */
const indent = (text: string, by: string): string => text.replaceAll('\n', `\n${by}`)

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !hasToJson(value)
}

function hasToJson(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function'
}
