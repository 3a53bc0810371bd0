import { BIDI_CONTROL, BIDI_REPLACEMENT, CONTROL_CHARACTER, LINE_SEPARATOR, oneLine } from '../unsafe-characters.js'

/** ANSI styles for the terminal report; every one is the identity when colour is off. */
export interface Style {
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly underline: (text: string) => string
  readonly red: (text: string) => string
  readonly yellow: (text: string) => string
  readonly green: (text: string) => string
  readonly cyan: (text: string) => string
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`

const plain = (text: string): string => text

/** The styles, or plain text for every one when `color` is false. */
export function createStyle(color: boolean): Style {
  if (!color) return { bold: plain, dim: plain, underline: plain, red: plain, yellow: plain, green: plain, cyan: plain }
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    underline: sgr(4, 24),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39)
  }
}

/**
 * Breaks text into lines of at most `width` characters at spaces; a word longer than the width (a
 * path, a URL) is kept whole on its own line rather than cut.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= width) line += ` ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  lines.push(line)
  return lines
}

// Matching terminal control sequences is the point of these patterns.
/* eslint-disable no-control-regex */
const OPERATING_SYSTEM_COMMAND = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g
const CONTROL_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]/g
/* eslint-enable no-control-regex */

/**
 * Text taken from a manifest, for a place on one line of the terminal or a log (a name, a path, a message):
 * terminal escape sequences (colours, cursor moves, window titles) and other control characters dropped,
 * line breaks made spaces, bidirectional controls shown as U+FFFD. So a resource name can neither rewrite
 * the terminal, nor start a line of its own (a forged summary line), nor reorder the rest of its line.
 */
export function sanitizeForTerminal(text: string): string {
  return sanitizeLinesForTerminal(oneLine(text))
}

/**
 * The same for text shown as lines of its own (a fix snippet): line breaks stay, as `\n`, and tabs too. A
 * carriage return alone is a control (it moves the cursor back over the line): dropped.
 */
export function sanitizeLinesForTerminal(text: string): string {
  return text
    .replace(OPERATING_SYSTEM_COMMAND, '')
    .replace(CONTROL_SEQUENCE, '')
    .replaceAll('\r\n', '\n')
    .replace(LINE_SEPARATOR, '\n')
    .replace(CONTROL_CHARACTER, '')
    .replace(BIDI_CONTROL, BIDI_REPLACEMENT)
}
