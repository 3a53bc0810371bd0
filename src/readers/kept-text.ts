import { intern, ownCopy } from '../model/intern.js'

/** Longer than this, `intern` gives the string back as it is (MAX_INTERNED_LENGTH in src/model/intern.ts). */
const INTERNED_UP_TO = 96

/**
 * A text the model keeps, cut from a file's text by a reader that does not parse with JSON.parse (YAML,
 * Bicep, HCL): V8 keeps such a text as a slice of the whole file (or a concatenation of slices), so one
 * kept value keeps the whole file alive until the report is written (a heap snapshot of the mixed 10,000
 * files: 7,716 file texts, 4.8 MB, kept by model values). Short values are interned (one copy of each,
 * a string of its own), longer ones copied.
 */
export function keptText(text: string): string {
  return text.length > INTERNED_UP_TO ? ownCopy(text) : intern(text)
}
