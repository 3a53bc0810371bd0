/**
 * The `patch` GitHub's `pulls.listFiles` gives for a file: unified-diff hunks with three lines of
 * context, without the `diff --git`/`---`/`+++` header, lines joined by `\n` with no final newline.
 * Computed from the two versions of the file so that the fake's diff always matches the workspace.
 */

const CONTEXT = 3

type Edit = { readonly kind: ' ' | '-' | '+'; readonly text: string }

/** The hunks turning `before` into `after`; undefined for `before` (an added file) gives one `@@ -0,0 +1,n @@` hunk. */
export function unifiedPatch(before: string | undefined, after: string): string {
  const edits = diffLines(linesOf(before ?? ''), linesOf(after))
  const hunks: string[] = []
  let index = 0
  while (index < edits.length) {
    const firstChange = edits.findIndex((edit, at) => at >= index && edit.kind !== ' ')
    if (firstChange === -1) break
    const start = Math.max(index, firstChange - CONTEXT)
    // The hunk runs on while the next change is within two contexts of the last one.
    let end = firstChange
    for (let at = firstChange; at < edits.length; at++) {
      if (edits[at]?.kind === ' ') continue
      if (at - end - 1 > 2 * CONTEXT) break
      end = at
    }
    const stop = Math.min(edits.length, end + CONTEXT + 1)
    hunks.push(renderHunk(edits, start, stop))
    index = stop
  }
  return hunks.join('\n')
}

function renderHunk(edits: readonly Edit[], start: number, stop: number): string {
  const before = edits.slice(0, start)
  const oldStart = before.filter(edit => edit.kind !== '+').length
  const newStart = before.filter(edit => edit.kind !== '-').length
  const body = edits.slice(start, stop)
  const oldCount = body.filter(edit => edit.kind !== '+').length
  const newCount = body.filter(edit => edit.kind !== '-').length
  const header = `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`
  return [header, ...body.map(edit => `${edit.kind}${edit.text}`)].join('\n')
}

// Git writes `-12` for one line, `-12,0` (the line before) for none, `-12,4` otherwise.
const range = (linesBefore: number, count: number): string =>
  count === 0 ? `${linesBefore},0` : count === 1 ? `${linesBefore + 1}` : `${linesBefore + 1},${count}`

const linesOf = (text: string): string[] => (text === '' ? [] : text.replace(/\n$/, '').split('\n'))

/** A shortest edit script by longest common subsequence (the fixture files are a few hundred lines at most). */
function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  const common: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = common[i] as number[]
      row[j] = a[i] === b[j] ? (common[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(common[i + 1]?.[j] ?? 0, row[j + 1] ?? 0)
    }
  }
  const edits: Edit[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      edits.push({ kind: ' ', text: a[i] as string })
      i++
      j++
    } else if ((common[i + 1]?.[j] ?? 0) >= (common[i]?.[j + 1] ?? 0)) {
      edits.push({ kind: '-', text: a[i++] as string })
    } else {
      edits.push({ kind: '+', text: b[j++] as string })
    }
  }
  while (i < a.length) edits.push({ kind: '-', text: a[i++] as string })
  while (j < b.length) edits.push({ kind: '+', text: b[j++] as string })
  return edits
}
