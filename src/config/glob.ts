/**
 * A small glob matcher for the configuration's `include`/`exclude` paths and resource names. No
 * regular expressions are built from user text (nothing to inject, no catastrophic backtracking):
 * `**` matches any number of path segments (zero included), `*` any run of characters within a
 * segment, `?` one character within a segment; everything else is literal. Work is bounded by
 * segments × segments and, within a segment, by its length × the pattern's.
 */
export interface GlobOptions {
  /** Compare case-insensitively (Azure resource names). */
  readonly ignoreCase?: boolean
}

/** Whether `text` matches `pattern` as a whole. Segments are separated by `/`. */
export function matchGlob(pattern: string, text: string, options: GlobOptions = {}): boolean {
  const fold = (value: string): string => (options.ignoreCase ? value.toLowerCase() : value)
  const patternSegments = fold(pattern).split('/')
  const textSegments = fold(text).split('/')
  // reachable[j]: the pattern segments consumed so far can match text segments [0, j).
  let reachable = new Array<boolean>(textSegments.length + 1).fill(false)
  reachable[0] = true
  for (const segment of patternSegments) {
    const next = new Array<boolean>(textSegments.length + 1).fill(false)
    if (segment === '**') {
      // `**` absorbs any number of segments: every position at or after a reachable one is reachable.
      let seen = false
      for (let j = 0; j <= textSegments.length; j++) {
        seen ||= reachable[j] === true
        next[j] = seen
      }
    } else {
      for (let j = 0; j < textSegments.length; j++) {
        if (reachable[j] && matchSegment(segment, textSegments[j] as string)) next[j + 1] = true
      }
    }
    reachable = next
  }
  return reachable[textSegments.length] === true
}

/** Whether a path matches a path pattern: one without `/` matches the file name in any folder (`*.bicepparam`). */
export function matchPathGlob(pattern: string, path: string): boolean {
  if (!pattern.includes('/')) return matchGlob(pattern, path.slice(path.lastIndexOf('/') + 1))
  return matchGlob(pattern.replace(/^\.\//, ''), path)
}

/**
 * `*` and `?` within one segment, with the classic two-pointer walk: on a mismatch it retries from
 * the last `*`, one character further, so the work is at most pattern length × text length.
 */
function matchSegment(pattern: string, text: string): boolean {
  let p = 0
  let t = 0
  let star = -1
  let resume = 0
  while (t < text.length) {
    const char = pattern[p]
    if (char === '*') {
      star = p++
      resume = t
    } else if (char !== undefined && (char === '?' || char === text[t])) {
      p++
      t++
    } else if (star >= 0) {
      p = star + 1
      t = ++resume
    } else {
      return false
    }
  }
  while (pattern[p] === '*') p++
  return p === pattern.length
}
