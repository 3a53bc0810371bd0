import type { RelatedLocation } from './resources.js'

/** A file that could not be read; it never stops the others. */
export interface ParseError {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly message: string
  /**
   * `error` for a broken manifest; `notice` for a file skipped on purpose (kind `file-skipped`: templated YAML,
   * size, a link, bytes no reader decodes) or a note on a file that was read (a module or a link it names is not
   * followed, a build output read in place of its source).
   */
  readonly severity: 'error' | 'notice'
  /**
   * `not-evaluated`: an evaluation budget ran out at this declaration (docs/limits.md); the not-evaluated rule
   * reports it. `unreadable-manifest`: the scan found that the file may declare what the policy reads; the
   * unreadable-manifest rule reports it. `file-skipped`: a notice that the file itself was not read. Other
   * parse errors are listed and do not fail the run.
   */
  readonly kind?: 'not-evaluated' | 'unreadable-manifest' | 'file-skipped'
  /**
   * For a `not-evaluated` error, the other files of its deployment unit (role `value`, at their first line): the
   * var files, parameter files, stack files and modules the unit was evaluated with, any of which may set the
   * value that ran the budget out (scan/unit-merge.ts).
   */
  readonly related?: readonly RelatedLocation[]
}
