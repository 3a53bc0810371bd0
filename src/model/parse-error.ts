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
  /**
   * A notice said once for all the scan's notices of the same key (scan/notice-groups.ts): one per var file or module
   * call of a kind that carries no hotpatch signal buried the few that matter (751 var files of one repository's
   * examples). The scan's model never holds it: a group of one is its own notice, a larger one a notice of its own.
   */
  readonly group?: NoticeGroup
}

/** What makes a notice one of a group, and the group's words (plain data: it crosses from a worker thread). */
export interface NoticeGroup {
  /** Notices of the same key are one group. */
  readonly key: string
  /** The members after their count: `calls of module "Azure/naming/azurerm" (...), which the scanner does not read`. */
  readonly what: string
  /** What the group's notice says after the members' places: `the resources it declares are not checked`. */
  readonly then: string
  /** Each member is a file of its own (a var file): its place is its path, and the files are not counted apart. */
  readonly wholeFiles?: true
}
