import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'

/** Larger files are not parsed (a located notice says so); the rest of the repository still is. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '.terraform', '.venv', 'dist', 'bin', 'obj'])

export interface WorkspaceFile {
  /** Relative to the workspace root, `/` separated. */
  readonly path: string
  readonly absolutePath: string
  readonly size: number
}

export type TextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number }

/**
 * The scanned tree. Paths never leave it: symlinks are not followed out of the root, and a file
 * reached through `..` from a module source must still be inside the root.
 */
export class Workspace {
  readonly root: string
  private readonly realRoot: string
  private readonly cache = new Map<string, TextResult>()

  constructor(root: string) {
    this.root = resolve(root)
    this.realRoot = realpathSync(this.root)
  }

  /** Every regular file below the root (or the given files/folders), sorted, skipping vendored folders. */
  list(paths: readonly string[] = [this.root]): WorkspaceFile[] {
    const found = new Map<string, WorkspaceFile>()
    for (const start of paths) {
      const absolute = resolve(this.root, start)
      const file = this.file(absolute)
      if (file) found.set(file.path, file)
      else this.walk(absolute, found)
    }
    return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }

  /** The workspace file at a path relative to the root, if it exists inside the workspace. */
  get(path: string): WorkspaceFile | undefined {
    return this.file(resolve(this.root, path))
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
    const cached = this.cache.get(path)
    if (cached) return cached
    const result = this.load(path)
    this.cache.set(path, result)
    return result
  }

  private load(path: string): TextResult {
    const file = this.get(path)
    if (!file) return { ok: false, message: 'file not found inside the workspace', line: 1, column: 1 }
    if (file.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        message: `file is ${(file.size / 1048576).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1048576} MiB limit; not read`,
        line: 1,
        column: 1
      }
    }
    return decodeText(readFileSync(file.absolutePath))
  }

  private file(absolute: string): WorkspaceFile | undefined {
    let stats
    try {
      stats = lstatSync(absolute)
    } catch {
      return undefined
    }
    if (stats.isSymbolicLink()) {
      if (!this.inside(absolute)) return undefined
      try {
        stats = statSync(absolute)
      } catch {
        return undefined
      }
    }
    if (!stats.isFile()) return undefined
    const path = relative(this.root, absolute).split(sep).join('/')
    if (path.startsWith('..')) return undefined
    return { path: path === '' ? absolute.split(sep).pop() ?? path : path, absolutePath: absolute, size: stats.size }
  }

  private walk(directory: string, found: Map<string, WorkspaceFile>): void {
    let entries
    try {
      entries = readdirSync(directory, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const absolute = join(directory, entry.name)
      // Directories behind symlinks are never walked: they may lead out of the workspace or loop.
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) this.walk(absolute, found)
        continue
      }
      const file = this.file(absolute)
      if (file) found.set(file.path, file)
    }
  }

  private inside(absolute: string): boolean {
    try {
      const real = realpathSync(absolute)
      return real === this.realRoot || real.startsWith(this.realRoot + sep)
    } catch {
      return false
    }
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true })

/** Decodes manifest bytes: rejects NUL bytes (binary) and invalid UTF-8 with the line where it happens. */
export function decodeText(bytes: Uint8Array): TextResult {
  const nul = bytes.indexOf(0)
  if (nul >= 0) return { ok: false, message: 'binary content (NUL byte); not a text manifest', ...lineOf(bytes, nul) }
  try {
    const text = decoder.decode(bytes)
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }
  } catch {
    const bad = firstInvalidUtf8(bytes)
    return { ok: false, message: `invalid UTF-8 at byte ${bad}`, ...lineOf(bytes, bad) }
  }
}

function lineOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++
      start = i + 1
    }
  }
  return { line, column: offset - start + 1 }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (length === 0) return i
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += length
  }
  return 0
}
