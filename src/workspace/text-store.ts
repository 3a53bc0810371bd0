import type { TextResult } from './decode.js'
import { WeightBoundedCache } from './weight-bounded-cache.js'

/** What a scan's claim found of some files' policy words (TextStore: `isQuiet`, `holdsPolicyWords`), as another thread tells it. */
export interface ClaimedWords {
  /** Files read whole without a policy word. */
  readonly quiet?: readonly string[]
  /** Files whose head holds a policy word. */
  readonly wordy?: readonly string[]
}

/** How much text the store keeps for readers that ask for a file again (4 Mi characters). */
const TEXT_CACHE_CHARACTERS = 4 * 1024 * 1024

/** How much text the scan's claim keeps for the readers (`keep`), on top of the cache: half as much. */
const CLAIM_TEXT_CHARACTERS = TEXT_CACHE_CHARACTERS / 2

/**
 * Texts no longer than the claim's head (4 KiB: ARM 10k's 2,319 parameter files, ~320 characters each) are kept
 * within a budget of their own once CLAIM_TEXT_CHARACTERS is spent: for so little text, a second open and read.
 */
const SMALL_TEXT_LENGTH = 4096
const SMALL_TEXT_CHARACTERS = 1024 * 1024

const weight = (result: TextResult): number => (result.ok ? result.text.length : result.message.length)

/**
 * The texts of a workspace's files between the scan's claim and the readers: a bounded cache of texts read
 * (readers keep what they parse, so holding every text of a 10,000-file repository only raised the peak
 * memory), the texts the claim read whole and kept for their readers, and the files the claim found to hold
 * no policy word. Every text not held is read from its file through `load`.
 */
export class TextStore {
  /** Texts read, holding at most TEXT_CACHE_CHARACTERS characters of text. */
  private readonly cache = new WeightBoundedCache<string, TextResult>(TEXT_CACHE_CHARACTERS)
  /**
   * Texts the scan's claim kept for their readers (`keep`), until a reader asks: apart from the cache, so
   * that the texts read in between (6 MiB of ARM templates before the Kubernetes files) do not push them out.
   */
  private readonly kept = new Map<string, TextResult>()
  /** Characters of the texts the claim kept, within CLAIM_TEXT_CHARACTERS. */
  private keptCharacters = 0
  /** Characters of the small texts kept once that budget was spent, within SMALL_TEXT_CHARACTERS. */
  private smallCharacters = 0
  /**
   * Files the scan's claim read whole (no longer than its head) whose text decodes and holds no word of
   * what the policy reads: the prefilter needs no read of them (scan/prefilter.ts).
   */
  private readonly quiet = new Set<string>()
  /**
   * Files whose head, as the scan's claim decoded it, holds a word of what the policy reads: their whole
   * text holds it too, so the prefilter needs no read of them either.
   */
  private readonly wordy = new Set<string>()
  /** What the claim's whole read of a file found of a local link's word (`noteLocalLinks`). */
  private readonly localLinks = new Map<string, boolean>()
  /** How many texts were read from files rather than the cache (the scan's tests count second reads). */
  loads = 0
  /** How many of them the scan's claim read and kept for their readers (`keep`). */
  keeps = 0

  constructor(private readonly load: (path: string) => TextResult) {}

  /** A file's text, from the cache, the claim's kept texts or the file; kept in the cache. */
  read(path: string): TextResult {
    const cached = this.cache.get(path)
    if (cached) return cached
    const result = this.takeKept(path) ?? this.loaded(path)
    this.cache.add(path, result, weight(result))
    this.cache.trim(path)
    return result
  }

  /** A file's text handed out of the cache and dropped from it, or read and not kept (`Workspace.takeText`). */
  take(path: string): TextResult {
    return this.cache.take(path) ?? this.takeKept(path) ?? this.loaded(path)
  }

  /** Whether the claim may still keep a text for its reader (`keep`): its budget is not spent. */
  get keepsTexts(): boolean {
    return this.keptCharacters < CLAIM_TEXT_CHARACTERS
  }

  /**
   * A text the scan's claim read whole (its one read of the file took it in) and that its reader will read:
   * kept for it instead of read from the file again, within CLAIM_TEXT_CHARACTERS (a text may pass it by one
   * read, 64 KiB), or SMALL_TEXT_CHARACTERS for a small text. Counted as a load: it was read from its file, once.
   */
  keep(path: string, text: TextResult): void {
    if (!text.ok || this.cache.has(path) || this.kept.has(path)) return
    const { length } = text.text
    if (this.keepsTexts) this.keptCharacters += length
    else if (length <= SMALL_TEXT_LENGTH && this.smallCharacters + length <= SMALL_TEXT_CHARACTERS) this.smallCharacters += length
    else return
    this.loads++
    this.keeps++
    this.kept.set(path, text)
  }

  /** Notes a file the scan read whole whose text decodes and holds no policy word (`isQuiet`). */
  noteQuiet(path: string): void {
    this.quiet.add(path)
  }

  /** Whether the scan found the file's whole text to decode and hold no policy word. */
  isQuiet(path: string): boolean {
    return this.quiet.has(path)
  }

  /** Notes a file whose head the claim found to hold a policy word (`holdsPolicyWords`). */
  notePolicyWords(path: string): void {
    this.wordy.add(path)
  }

  /** Whether the claim found a policy word in the file's head (so in its whole text). */
  holdsPolicyWords(path: string): boolean {
    return this.wordy.has(path)
  }

  /** Notes whether the file's whole text, read by the scan's claim, holds LOCAL_LINK_WORD (readers/policy-content.ts). */
  noteLocalLinks(path: string, holds: boolean): void {
    this.localLinks.set(path, holds)
  }

  /** Whether the claim found the file's whole text to hold LOCAL_LINK_WORD; undefined when it did not read it whole. */
  holdsLocalLinks(path: string): boolean | undefined {
    return this.localLinks.get(path)
  }

  /** The quiet and wordy files another thread's claim found, in place of what was noted of earlier files. */
  adoptClaimedWords(quiet: readonly string[], wordy: readonly string[]): void {
    this.quiet.clear()
    this.wordy.clear()
    for (const path of quiet) this.quiet.add(path)
    for (const path of wordy) this.wordy.add(path)
  }

  /** Drops every text held: the scan calls it once the units are read (nothing reads them again). */
  release(): void {
    this.cache.clear()
    this.kept.clear()
    this.quiet.clear()
    this.wordy.clear()
    this.localLinks.clear()
  }

  private loaded(path: string): TextResult {
    this.loads++
    return this.load(path)
  }

  /** A kept text, handed out once (a reader that reads it again finds it in the cache). */
  private takeKept(path: string): TextResult | undefined {
    const kept = this.kept.get(path)
    if (kept !== undefined) this.kept.delete(path)
    return kept
  }
}
