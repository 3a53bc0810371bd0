/**
 * Output is data, never commands. Two CI systems read commands from every line a step prints:
 *
 * - GitHub Actions' runner: `::name ...::data` where the line starts with it (after leading white
 *   space), and the legacy `##[name ...]data` anywhere in a line;
 * - the Azure Pipelines agent: `##vso[area.event ...]data` anywhere in a line, stdout or stderr (the
 *   first one of the line; the agent hides a line it acts on from the log).
 *
 * Manifest and artifact text (a VM name, a file name, an error body) printed raw could therefore raise
 * annotations, mask or stop command processing, or set a pipeline variable (`##vso[task.setvariable`)
 * in the step that runs the CLI. These functions break every syntax, one function per kind of output,
 * without changing what a reader sees (text) or what a parser reads (JSON, XML).
 *
 * They also clean what a log shows otherwise than it is stored (unsafe-characters.ts), whatever the
 * renderer did: C1 controls (U+0085 is a line break to some log viewers, U+009B a CSI) and bidirectional
 * controls (they reorder the rest of the line). Plain text drops the first and shows the second as U+FFFD,
 * as the renderers do; JSON and XML write both as escapes their parsers read back as the character.
 */

import { BIDI_CONTROL, BIDI_REPLACEMENT, C1_CONTROL, LINE_SEPARATOR } from '../unsafe-characters.js'

/** An invisible character that the runner does not trim (it is not white space). */
const ZERO_WIDTH_SPACE = '\u200B'

/**
 * A line whose first non-blank characters are `::`. The blanks are those of one line: `\s*` ran across line
 * breaks, so text of many empty lines (a VM name of 150,000 newlines) took time quadratic in its length.
 */
const COMMAND_LINE = /^([^\S\r\n\u2028\u2029]*):(?=:)/gm

/**
 * `##[` (GitHub) and `##vso[` (Azure Pipelines) anywhere, in any case: the agent matches `##vso[` as
 * written today, but breaking every spelling costs nothing. Each escaping below replaces the `[`.
 */
const INLINE_COMMAND = /(##(?:vso)?)\[/gi

/** The prefix of the Azure Pipelines logging commands that --format azure-pipelines writes itself. */
const OWN_LOGGING_COMMAND = '##vso['

/**
 * Plain text (terminal text, Markdown, log lines): a zero-width space between the two colons that
 * start a line, and before the `[` of `##[` and `##vso[`.
 */
export function neutralizeWorkflowCommands(text: string): string {
  // Cleaned first: a dropped control must not join `#` and `#vso[`, or leave `::` at the start of a line.
  return cleanPrintedText(text)
    .replace(COMMAND_LINE, `$1:${ZERO_WIDTH_SPACE}`)
    .replace(INLINE_COMMAND, `$1${ZERO_WIDTH_SPACE}[`)
}

/**
 * C1 controls dropped and bidirectional controls shown as U+FFFD, nothing else: C0 escape sequences are the
 * text report's own colours, and the renderers have already cleaned the manifest text they write.
 */
function cleanPrintedText(text: string): string {
  return text.replace(C1_CONTROL, '').replace(BIDI_CONTROL, BIDI_REPLACEMENT)
}

/**
 * Characters that JSON and XML keep as escapes: C1 and bidirectional controls, and the Unicode line and
 * paragraph separators (line breaks to some viewers). Composed from the shared definitions.
 */
const ESCAPED_IN_DATA = new RegExp(`${C1_CONTROL.source}|${BIDI_CONTROL.source}|${LINE_SEPARATOR.source}`, 'g')

const hex = (char: string): string => (char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')

/**
 * JSON text (the JSON report, SARIF): `##[` and `##vso[` can only stand inside a string, where
 * `\u005b` is the same `[` to every JSON parser; a line cannot start with `::` (strings escape their
 * line breaks). The characters of ESCAPED_IN_DATA, which JSON.stringify writes as they are, can also only
 * stand inside a string: `\u202e` is the same character to the parser and visible in a log.
 */
export function neutralizeJsonWorkflowCommands(json: string): string {
  return json.replace(INLINE_COMMAND, '$1\\u005b').replace(ESCAPED_IN_DATA, char => `\\u${hex(char)}`)
}

/**
 * XML text (JUnit): `##[` and `##vso[` can only stand in an attribute value or in text (`#` is not a
 * name character), and a line can only start with `::` inside a text node (the renderer's own lines
 * start with `<`); there the references `&#91;` and `&#58;` are the same `[` and `:` to every XML parser.
 * The characters of ESCAPED_IN_DATA, too, can only be in a value or text: written as references (`&#x202e;`).
 */
export function neutralizeXmlWorkflowCommands(xml: string): string {
  return xml
    .replace(COMMAND_LINE, '$1&#58;')
    .replace(INLINE_COMMAND, '$1&#91;')
    .replace(ESCAPED_IN_DATA, char => `&#x${hex(char)};`)
}

/**
 * Azure Pipelines logging commands the tool writes (--format azure-pipelines): a `##vso[` that starts a
 * line is the tool's own command and stays; everything after it is neutralized as plain text. The
 * renderer escapes line breaks in what it writes, so manifest text never starts a line of its own.
 */
export function neutralizeAfterOwnLoggingCommands(text: string): string {
  return text
    .split('\n')
    .map(line =>
      line.startsWith(OWN_LOGGING_COMMAND)
        ? OWN_LOGGING_COMMAND + neutralizeWorkflowCommands(line.slice(OWN_LOGGING_COMMAND.length))
        : neutralizeWorkflowCommands(line)
    )
    .join('\n')
}

/** A stream whose writes are neutralized, with the one way out for the tool's own logging commands. */
export interface CommandSafeStream {
  /** Writes text with every command syntax broken. */
  write(text: string): unknown
  /** Writes lines of the tool's own Azure Pipelines logging commands (see neutralizeAfterOwnLoggingCommands). */
  writeOwnLoggingCommands(text: string): unknown
  readonly isTTY?: boolean
}

/**
 * A stream that neutralizes what is written to it: the CLI's and the poster's stdout and stderr. Each
 * write is treated as starting a line (the renderers write whole lines), which at worst breaks a `::`
 * that would not have started one.
 */
export function commandSafeStream<Stream extends { write(text: string): unknown; readonly isTTY?: boolean }>(
  stream: Stream
): CommandSafeStream {
  return {
    write: (text: string) => stream.write(neutralizeWorkflowCommands(text)),
    writeOwnLoggingCommands: (text: string) => stream.write(neutralizeAfterOwnLoggingCommands(text)),
    ...(stream.isTTY !== undefined && { isTTY: stream.isTTY })
  }
}
