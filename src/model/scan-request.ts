/**
 * What a run was asked to scan, as its caller names it, so that a scan which read nothing says so
 * (rule nothing-scanned) instead of passing on an empty model. The action builds it from its `path`
 * and `allow-empty` inputs (src/action/scan-request.ts), the CLI from its arguments.
 */
export interface ScanRequest {
  /** Where the paths come from, as messages name it: "the `path` input", "the command line". */
  readonly origin: string
  readonly paths: readonly RequestedPath[]
  /** Whether a path that yields nothing is accepted (a notice) rather than an error. */
  readonly allowEmpty: boolean
  /** How to accept it, as a sentence: "Set `allow-empty: true` if that is expected." */
  readonly accept: string
  /** The setting that accepts it, as messages name it: "`allow-empty: true`", "`--allow-empty`". */
  readonly setting: string
}

export interface RequestedPath {
  /** Relative to the scan root, `/` separated; `.` is the root. The finding points at it. */
  readonly path: string
  /** As the user wrote it (a CLI folder argument is the root, `.`, written `infra/`). */
  readonly written: string
  readonly exists: boolean
}
