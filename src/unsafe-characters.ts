/**
 * Characters of manifest text that no output passes on as they are, defined once. Each sink has one
 * sanitizer that decides how to show them: the terminal and log lines (report/style.ts: the text report, the
 * Azure Pipelines logging commands and the action's annotations) and Markdown (report/markdown-text.ts). JSON and
 * SARIF keep values exact, and JUnit has XML's own rules (report/junit.ts); what the CLI and the poster print is
 * cleaned once more on the way out (report/workflow-commands.ts): escaped where a parser reads it back (JSON,
 * XML), else dropped or shown as BIDI_REPLACEMENT. A suggested fix writes each of them as an escape of its
 * language (policy/snippets/literals.ts), so that the snippet a sink shows is the snippet that parses. A leaf of
 * its own at the top of src/, so that the policy's snippets and the report's sinks read the one definition.
 */

// Matching control characters is the point of these patterns.
/* eslint-disable no-control-regex */

/**
 * C0 and C1 controls and DEL, except tab and line feed: a terminal or a log viewer acts on them (ESC starts
 * colour and cursor sequences, U+009B is the one-byte CSI, BEL rings).
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/**
 * C1 controls alone (U+0080 to U+009F): no renderer writes them (its own colours are C0 escape sequences),
 * so any in printed output came from a manifest. U+0085 (NEL) is a line break to some log viewers and
 * U+009B a CSI.
 */
export const C1_CONTROL = /[\u0080-\u009f]/g

/* eslint-enable no-control-regex */

/** The Unicode line and paragraph separators: line breaks to some viewers, like LF. */
export const LINE_SEPARATOR = /[\u2028\u2029]/g

/**
 * Every character that ends a line for some viewer: CR LF, LF, CR, VT, FF, NEL (U+0085) and the Unicode line and
 * paragraph separators (Unicode's mandatory breaks, UAX #14). A name or a message is one line wherever it is shown.
 */
export const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g

/**
 * Text on one line: each line break a space, so a name cannot add a line to what shows it (a forged summary line,
 * a second line of an annotation). Every renderer makes a name or a message one line through this.
 */
export const oneLine = (text: string): string => text.replace(LINE_BREAK, ' ')

/**
 * Bidirectional controls (embeddings, overrides, isolates and marks of Unicode TR #9): the text after one is
 * shown in another order than it is stored, so a name can make the rest of its line read otherwise
 * (Trojan Source, CVE-2021-42574).
 */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

/** What a bidirectional control is shown as: visible, and it reorders nothing. */
export const BIDI_REPLACEMENT = '\uFFFD'
