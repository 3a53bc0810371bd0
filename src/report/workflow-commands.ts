/**
 * Output is data, never commands. The Actions runner reads two command syntaxes from every line a
 * step prints: `::name ...::data` where the line starts with it (after leading white space), and the
 * legacy `##[name ...]data` anywhere in a line. Manifest and artifact text (a VM name, a file name, an
 * error body) printed raw could therefore raise annotations, mask or stop command processing in the
 * step. These functions break both syntaxes without changing what a reader sees or a parser reads.
 */

/** An invisible character that the runner does not trim (it is not white space). */
const ZERO_WIDTH_SPACE = '\u200B'

/** A line whose first non-blank characters are `::`. */
const COMMAND_LINE = /^(\s*):(?=:)/gm

/**
 * Plain text (terminal text, Markdown, log lines): a zero-width space between the two colons that
 * start a line, and between `##` and `[`.
 */
export function neutralizeWorkflowCommands(text: string): string {
  return text.replace(COMMAND_LINE, `$1:${ZERO_WIDTH_SPACE}`).replaceAll('##[', `##${ZERO_WIDTH_SPACE}[`)
}

/**
 * JSON text (the JSON report, SARIF): `##[` can only stand inside a string, where `\u005b` is the same
 * `[` to every JSON parser; a line cannot start with `::` (strings escape their line breaks).
 */
export function neutralizeJsonWorkflowCommands(json: string): string {
  return json.replaceAll('##[', '##\\u005b')
}

/**
 * A stream that neutralizes what is written to it: the CLI's and the poster's stdout and stderr. Each
 * write is treated as starting a line (the renderers write whole lines), which at worst breaks a `::`
 * that would not have started one.
 */
export function commandSafeStream<Stream extends { write(text: string): unknown; readonly isTTY?: boolean }>(
  stream: Stream
): { write(text: string): unknown; readonly isTTY?: boolean } {
  return {
    write: (text: string) => stream.write(neutralizeWorkflowCommands(text)),
    ...(stream.isTTY !== undefined && { isTTY: stream.isTTY })
  }
}
