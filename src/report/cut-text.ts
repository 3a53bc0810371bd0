/** The first `length` UTF-16 units of a text, one less rather than half a surrogate pair. */
export function cutText(text: string, length: number): string {
  const code = text.charCodeAt(length - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length)
}

/**
 * A text of manifest origin held to `length` UTF-16 units, `mark` ending it where it was cut; cut before it is
 * escaped, so no escape sequence or entity is split.
 */
export function shortened(text: string, length: number, mark = '…'): string {
  return text.length <= length ? text : `${cutText(text, length - mark.length)}${mark}`
}
