import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { ownCopy } from '../model/intern.js'
import type { TextResult } from './decode.js'
import { FoldersInside, resolvesInside, unfollowedLink, type UnfollowedLink } from './links.js'
import { byPath, cannotRead, listedFile, MAX_FILE_BYTES, readListed, readWhole, sizeLimitMessage, type WorkspaceFile } from './listed-file.js'
import { isListingPath, plainName } from './path-forms.js'
import { TextStore, type ClaimedWords } from './text-store.js'

export { cannotRead, MAX_FILE_BYTES, sizeLimitMessage, type WorkspaceFile } from './listed-file.js'
export type { TextResult } from './decode.js'
export type { UnfollowedLink } from './links.js'

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '.terraform', '.venv', 'dist', 'bin', 'obj'])

/**
 * The scanned tree. Paths never leave it: symlinks are not followed out of the root, and a file
 * reached through `..` from a module source must still be inside the root.
 */
export class Workspace {
  readonly root: string
  private readonly realRoot: string
  /** The texts read, and those the scan's claim kept for their readers. */
  private readonly texts = new TextStore(path => this.load(path))
  private readonly links = new Map<string, UnfollowedLink>()
  /** Folders `list` could not read (root-relative), and why: the scan fails the run for them, never skips them in silence. */
  readonly unreadableFolders: { readonly path: string; readonly reason: string }[] = []
  /** Files `list` found, so that reading one needs no second `lstat`. */
  private readonly listed = new Map<string, WorkspaceFile>()
  /** The files each folder `list` walked holds directly (root-relative, '' for the root): no second walk of it. */
  private readonly walked = new Map<string, readonly WorkspaceFile[]>()
  /** Walked folders another thread listed (`adoptFolders`): their subfolders are not known here. */
  private readonly adopted = new Set<string>()
  /** The lower-case paths of a walked folder's files, made when a file is looked for there and missing. */
  private readonly lowerCaseNames = new WeakMap<readonly WorkspaceFile[], Set<string>>()

  /** Whether a folder (`link/mod`, through a link to a folder outside) is inside the root. */
  private readonly folders: FoldersInside

  constructor(root: string) {
    this.root = resolve(root)
    this.realRoot = realpathSync(this.root)
    this.folders = new FoldersInside(this.root, this.realRoot)
  }

  /** Every regular file below the root (or the given files/folders), sorted, skipping vendored folders. */
  list(paths: readonly string[] = [this.root]): WorkspaceFile[] {
    const found = new Map<string, WorkspaceFile>()
    for (const start of paths) {
      const absolute = resolve(this.root, start)
      const file = this.file(absolute)
      if (file) found.set(file.path, file)
      // A folder reached through a link (`link/mod`, a link to a folder outside) is walked only if it is inside.
      else if (this.folders.inside(absolute)) this.walk(absolute, found)
    }
    for (const [path, file] of found) this.listed.set(path, file)
    return [...found.values()].sort(byPath)
  }

  /** Files another thread listed (a scan worker's): read as listed here, no second `lstat`, with that thread's claim's notes. */
  adopt(files: readonly { readonly path: string; readonly absolutePath: string }[], notes: ClaimedWords = {}): WorkspaceFile[] {
    this.texts.adoptClaimedWords(notes.quiet ?? [], notes.wordy ?? []) // in place of the previous files' notes
    return files.map(({ path, absolutePath }) => {
      const file = this.listed.get(path) ?? listedFile(path, absolutePath)
      this.listed.set(path, file)
      return file
    })
  }

  /** The files directly in a folder (root-relative, '' or '.' for the root), as `list` found them when it walked it; undefined when no listing walked it (ask the file system then). */
  listedIn(folder: string): readonly WorkspaceFile[] | undefined {
    return this.walked.get(folder === '.' ? '' : folder.replace(/\/$/, ''))
  }

  /**
   * Folders another thread's listing walked (a worker thread of the scan), each holding exactly the given
   * files that are directly in it: answered from them as if this workspace had walked them.
   */
  adoptFolders(folders: readonly string[], files: readonly WorkspaceFile[]): void {
    for (const folder of folders) {
      const prefix = folder === '' ? '' : `${folder}/`
      this.walked.set(folder, files.filter(file => file.path.startsWith(prefix) && !file.path.slice(prefix.length).includes('/')))
      this.adopted.add(folder)
    }
  }

  /** Whether this workspace's own listing walked a folder (root-relative, '' for the root), and so its subfolders. */
  walkedBelow(folder: string): boolean {
    return this.walked.has(folder) && !this.adopted.has(folder)
  }

  /** Symbolic links met by `list` that lead outside the root or nowhere: they are not followed. */
  get unfollowedLinks(): readonly UnfollowedLink[] {
    return [...this.links.values()]
  }

  /**
   * The workspace file at a path relative to the root, if it exists inside the workspace. In a folder the
   * listing walked, answered from the listing (readers look for a `main.bicep` beside every `main.json`:
   * one `lstat` each, mostly of nothing).
   */
  get(path: string): WorkspaceFile | undefined {
    // A path written as the listing writes it (readers ask for files beside theirs) needs no normalizing.
    if (isListingPath(path)) {
      const listed = this.inListing(path)
      return listed === undefined ? this.file(this.root.endsWith(sep) ? `${this.root}${path}` : `${this.root}${sep}${path}`) : (listed ?? undefined)
    }
    const absolute = resolve(this.root, path)
    const listed = this.fromListing(absolute)
    return listed === undefined ? this.file(absolute) : (listed ?? undefined)
  }

  /**
   * A file as its folder's listing found it, null when the listing shows it is not a workspace file, undefined when it
   * cannot say (a folder not walked, or a name a case- or normalization-insensitive file system may spell otherwise).
   */
  private fromListing(absolute: string): WorkspaceFile | null | undefined {
    const rel = relative(this.root, absolute)
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined
    return this.inListing(rel.split(sep).join('/'))
  }

  /** `fromListing` of a root-relative path written with `/` (no empty, `.` or `..` segment). */
  private inListing(path: string): WorkspaceFile | null | undefined {
    const slash = path.lastIndexOf('/')
    const folder = this.walked.get(slash < 0 ? '' : path.slice(0, slash))
    if (folder === undefined) return undefined
    // Every file directly in a walked folder is in `listed` (the walk found it).
    const found = this.listed.get(path)
    if (found !== undefined) return found
    if (!plainName(slash < 0 ? path : path.slice(slash + 1))) return undefined
    const lowerCase = path.toLowerCase()
    // A folder of a few files is looked through; a larger one keeps its spellings for the next question.
    if (folder.length <= FEW_FILES) return folder.some(file => file.path.toLowerCase() === lowerCase) ? undefined : null
    let spellings = this.lowerCaseNames.get(folder)
    if (spellings === undefined) {
      spellings = new Set(folder.map(file => file.path.toLowerCase()))
      this.lowerCaseNames.set(folder, spellings)
    }
    return spellings.has(lowerCase) ? undefined : null
  }

  /** Resolves `target` relative to the folder of `fromFile` (both workspace-relative). */
  resolveFrom(fromFile: string, target: string): string | undefined {
    if (isAbsolute(target)) return undefined
    const absolute = resolve(this.root, fromFile, '..', target)
    const rel = relative(this.root, absolute)
    if (rel.startsWith('..') || isAbsolute(rel)) return undefined
    return rel.split(sep).join('/')
  }

  /** Text of a workspace file: UTF-8 (a BOM is dropped), size-limited, never binary. Cached. */
  readText(path: string): TextResult {
    return this.texts.read(path)
  }

  /**
   * Text of a file its reader reads once and keeps nothing of (an ARM template), handed out of the cache and
   * dropped from it, or read and not kept: the cache held 4 Mi characters no one asked for again (large ARM trees).
   */
  takeText(path: string): TextResult {
    return this.texts.take(path)
  }

  /** How many texts were read from files rather than the cache (tests count second reads). */
  get textsLoaded(): number {
    return this.texts.loads
  }

  /** How many of them the scan's claim read and kept for their readers (`keepText`). */
  get textsKept(): number {
    return this.texts.keeps
  }

  /** Whether the claim may still keep a text for its reader (`keepText`): its budget is not spent. */
  get keepsTexts(): boolean {
    return this.texts.keepsTexts
  }

  /** Keeps a text the scan's claim read whole for its reader (TextStore.keep). */
  keepText(path: string, text: TextResult): void {
    this.texts.keep(path, text)
  }

  /** Drops every kept text: the scan calls it once the units are read (nothing reads them again). */
  releaseTexts(): void {
    this.texts.release()
  }

  /** Notes a file the scan read whole whose text decodes and holds no policy word (`isQuiet`). */
  noteQuiet(path: string): void {
    this.texts.noteQuiet(path)
  }

  /** Whether the scan found the file's whole text to decode and hold no policy word (no need to read it for that). */
  isQuiet(path: string): boolean {
    return this.texts.isQuiet(path)
  }

  /** What the scan's claim found of local links (TextStore.noteLocalLinks, for `units()`) and policy words (for the prefilter). */
  get claimNotes(): Pick<TextStore, 'noteLocalLinks' | 'holdsLocalLinks' | 'notePolicyWords' | 'holdsPolicyWords'> {
    return this.texts
  }

  /** Drops the listing by folder once the units are read: it would otherwise live through the policy and the report. */
  releaseFolders(): void {
    this.walked.clear()
  }

  private load(path: string): TextResult {
    const listed = this.listed.get(path)
    const text = listed === undefined ? undefined : readListed(listed)
    if (text !== undefined) return text
    const file = this.get(path)
    if (!file) return { ok: false, message: 'file not found inside the workspace', line: 1, column: 1 }
    if (file.size > MAX_FILE_BYTES) return { ok: false, message: sizeLimitMessage(file.size), line: 1, column: 1 }
    return readWhole(file.absolutePath, path)
  }

  private file(absolute: string): WorkspaceFile | undefined {
    let stats
    try {
      // A missing file is common (readers look for a `main.bicep` beside every `main.json`): no exception for it.
      stats = lstatSync(absolute, { throwIfNoEntry: false })
    } catch {
      return undefined
    }
    if (stats === undefined) return undefined
    if (stats.isSymbolicLink()) {
      if (!resolvesInside(this.realRoot, absolute)) return undefined
      try {
        stats = statSync(absolute)
      } catch {
        return undefined
      }
    } else if (!this.folders.inside(dirname(absolute))) return undefined
    if (!stats.isFile()) return undefined
    const path = relative(this.root, absolute).split(sep).join('/')
    if (path.startsWith('..')) return undefined
    return { path: path === '' ? absolute.split(sep).pop() ?? path : path, absolutePath: absolute, size: stats.size }
  }

  private walk(directory: string, found: Map<string, WorkspaceFile>, prefix = this.prefixOf(directory)): void {
    let entries
    try {
      entries = readdirSync(directory, { withFileTypes: true })
    } catch (error) {
      if (prefix !== undefined) this.unreadableFolders.push({ path: prefix.replace(/\/$/, '') || '.', reason: cannotRead(error, 'the folder') })
      return
    }
    const here: WorkspaceFile[] = []
    // The folder's path is already normalized and a name holds no separator: joined without `path.join`,
    // whose normalizing was half the listing's time (4,000 files in 1,200 folders: 30 -> 14 ms).
    const parent = directory.endsWith(sep) ? directory : `${directory}${sep}`
    for (const entry of entries) {
      const absolute = `${parent}${entry.name}`
      // Directories behind symlinks are never walked: they may lead out of the workspace or loop.
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) this.walk(absolute, found, prefix === undefined ? undefined : `${prefix}${entry.name}/`)
        continue
      }
      // A regular file inside the root needs no second look: its size is read when first asked for.
      if (entry.isFile() && prefix !== undefined) {
        // A flat string of its own: every location of the model keeps its file's path, and a concatenation
        // kept the folder's prefix and the name read from the folder beside it (20,000 ARM files: 1.5 MB).
        const path = ownCopy(`${prefix}${entry.name}`)
        const file = this.listed.get(path) ?? listedFile(path, absolute)
        found.set(path, file)
        here.push(file)
        continue
      }
      const file = this.file(absolute)
      if (file) {
        found.set(file.path, file)
        here.push(file)
      } else if (entry.isSymbolicLink() && !resolvesInside(this.realRoot, absolute)) {
        const link = unfollowedLink(this.root, absolute)
        this.links.set(link.path, link)
      }
    }
    // An array of its own length: the pushed one holds room for more (7,900 folders: 1 MB more).
    if (prefix !== undefined) this.walked.set(prefix.slice(0, -1), here.length === 0 ? NO_FILES : here.slice())
  }

  /** The root-relative path of a folder with a trailing '/' ('' for the root), or undefined outside the root. */
  private prefixOf(directory: string): string | undefined {
    const rel = relative(this.root, directory)
    if (rel.startsWith('..') || isAbsolute(rel)) return undefined
    return rel === '' ? '' : `${rel.split(sep).join('/')}/`
  }
}

const NO_FILES: readonly WorkspaceFile[] = []

/** Folders this small are looked through for another spelling of a name rather than given a set of them. */
const FEW_FILES = 4

export { decodeHead, decodeText, encodingsOf, type Encodings } from './decode.js'
