const QUOTE = 0x22
const BACKSLASH = 0x5c
const SLASH = 0x2f
const STAR = 0x2a
const LF = 0x0a
const CR = 0x0d

/**
 * ARM reads strings that span lines (a long expression broken over several lines, which Microsoft Learn
 * documents for templates deployed with Azure CLI and PowerShell); JSON does not. This gives the text with
 * every line break inside a string replaced by a space: the same length, so every offset (and the line of
 * every position, read from the original text) is unchanged. In an expression a line break is whitespace,
 * so the value is the same; in a literal string the break reads as a space. Comments are skipped, as ARM
 * allows them. Returns the text itself when no string spans lines.
 */
export function lineBreaksInStringsAsSpaces(text: string): string {
  let chars: string[] | undefined
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (inString) {
      if (code === BACKSLASH) i++
      else if (code === QUOTE) inString = false
      else if (code === LF || code === CR) (chars ??= [...text])[i] = ' '
    } else if (code === QUOTE) {
      inString = true
    } else if (code === SLASH && text.charCodeAt(i + 1) === SLASH) {
      while (i < text.length && text.charCodeAt(i) !== LF) i++
    } else if (code === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf('*/', i + 2)
      i = end < 0 ? text.length : end + 1
    }
  }
  return chars === undefined ? text : chars.join('')
}
