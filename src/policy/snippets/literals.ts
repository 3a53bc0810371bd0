/**
 * Names and values from a manifest, written into a suggested fix as literals of the fix's language, so
 * that any name — a quote, a line break, `${` — yields a snippet that parses and means that name.
 */

/** A line comment's text: control characters shown as escapes, so the comment stays one line. */
export function commentText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, character => JSON.stringify(character).slice(1, -1))
}

/** A Bicep string: `'`, `\` and `${` escaped, line breaks as `\n`. */
export function bicepString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\$\{/g, '\\${')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // eslint-disable-next-line no-control-regex -- other control characters as \u{...}
    .replace(/[\u0000-\u001f\u007f]/g, character => `\\u{${character.charCodeAt(0).toString(16)}}`)
  return `'${escaped}'`
}

/** An HCL quoted string: `"` and `\` escaped, `${` and `%{` doubled so they are not templates. */
export function hclString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    // A replacement function: in a replacement string `$$` is one `$`, which undid the escape.
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, '%%{')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // eslint-disable-next-line no-control-regex -- other control characters as \uNNNN
    .replace(/[\u0000-\u001f\u007f]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `"${escaped}"`
}

/** A JSON string whose value ARM takes literally: a leading `[` would start an expression, `[[` escapes it. */
export function armLiteral(text: string): string {
  return JSON.stringify(text.startsWith('[') ? `[${text}` : text)
}

/** A string literal inside an ARM expression: `'` doubled. */
export function armExpressionString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

/** A YAML double-quoted scalar (JSON's string syntax is YAML's double-quoted syntax). */
export function yamlString(text: string): string {
  return JSON.stringify(text)
}

/** A Pulumi YAML string: `${` is interpolation there, `$${` a literal `${`. */
export function pulumiString(text: string): string {
  return JSON.stringify(text.replace(/\$\{/g, () => '$${'))
}
