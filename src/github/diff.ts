/** One file of a pull request's diff, as `pulls.listFiles` gives it. */
export interface PullRequestFile {
  /** Path in the head commit (for a removed file: the path it had). */
  readonly path: string
  /** `added`, `modified`, `removed`, `renamed`, `copied`, `changed` or `unchanged`, as GitHub reports it. */
  readonly status: string
  /** For a renamed or copied file: its path in the base. */
  readonly previousPath?: string
  /** The unified diff; GitHub leaves it out for binary files and very large diffs. */
  readonly patch?: string
}

/** The files of a pull request; `complete` is false when GitHub's 3,000-file listing limit cut the list. */
export interface PullRequestChanges {
  readonly files: readonly PullRequestFile[]
  readonly complete: boolean
}

/** A hunk's lines on the RIGHT (head) side: `start`..`end` inclusive, and which of them the change adds. */
export interface DiffHunk {
  readonly start: number
  readonly end: number
  readonly added: ReadonlySet<number>
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/

/**
 * The hunks of a unified diff (`patch` of `pulls.listFiles`). A review comment can sit on any RIGHT
 * line of a hunk, added or context, and on no other line: GitHub answers 422 "Pull request review
 * thread line must be part of the diff" for those. Malformed text yields the hunks read so far.
 */
export function parsePatch(patch: string): DiffHunk[] {
  const hunks: DiffHunk[] = []
  let current: { start: number; end: number; added: Set<number>; next: number; left: number } | undefined
  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line)
    if (header) {
      const start = Number(header[1])
      const count = header[2] === undefined ? 1 : Number(header[2])
      current = { start, end: start + count - 1, added: new Set(), next: start, left: count }
      // An empty RIGHT side (`+0,0`: the hunk only deletes) has no line to comment on.
      if (count > 0) hunks.push(current)
      continue
    }
    if (current === undefined || current.left <= 0) continue
    if (line.startsWith('+')) {
      current.added.add(current.next)
      current.next++
      current.left--
    } else if (line.startsWith(' ') || line === '') {
      current.next++
      current.left--
    }
    // `-` lines and `\ No newline at end of file` have no RIGHT line.
  }
  return hunks.map(({ start, end, added }) => ({ start, end, added }))
}

/** A changed file with its parsed hunks (undefined when GitHub sent no patch). */
export interface FileDiff {
  readonly file: PullRequestFile
  readonly hunks: readonly DiffHunk[] | undefined
}

/** The pull request's diff, for asking which lines a review comment can be placed on. */
export class DiffIndex {
  private readonly byPath = new Map<string, FileDiff>()

  constructor(readonly changes: PullRequestChanges) {
    for (const file of changes.files) {
      this.byPath.set(file.path, { file, hunks: file.patch === undefined ? undefined : parsePatch(file.patch) })
    }
  }

  /** The changed file at `path`; undefined when the pull request does not change it. */
  file(path: string): FileDiff | undefined {
    return this.byPath.get(path)
  }

  /** Whether a review comment can be placed on this RIGHT-side line. */
  commentable(path: string, line: number): boolean {
    const diff = this.byPath.get(path)
    if (diff === undefined || diff.file.status === 'removed') return false
    return diff.hunks?.some(hunk => line >= hunk.start && line <= hunk.end) ?? false
  }

  /** Whether the pull request adds or changes this line. */
  added(path: string, line: number): boolean {
    const diff = this.byPath.get(path)
    if (diff === undefined || diff.file.status === 'removed') return false
    return diff.hunks?.some(hunk => hunk.added.has(line)) ?? false
  }

  /** Whether a file-level comment can be placed on the file (it is in the diff and still exists). */
  fileCommentable(path: string): boolean {
    const diff = this.byPath.get(path)
    return diff !== undefined && diff.file.status !== 'removed'
  }
}
