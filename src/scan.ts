import type {
  InfrastructureModel,
  InlineExemption,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  ParseError,
  Resource,
  VirtualMachine
} from './model/resources.js'
import { evaluatePolicy, type PolicyOptions, type PolicyResult } from './policy/evaluate.js'
import type { ManifestReader } from './readers/reader.js'
import { readers as defaultReaders } from './readers/registry.js'
import { getErrorMessage } from './errors.js'
import { isManifestName } from './workspace/manifest-names.js'
import { decodeText, MAX_FILE_BYTES, sizeLimitMessage, Workspace, type WorkspaceFile } from './workspace/workspace.js'
import { openSync, readSync, closeSync } from 'node:fs'

export interface ScanOptions extends PolicyOptions {
  /** The scanned root: report paths are relative to it. */
  readonly root: string
  /** Files or folders below the root to scan (default: all of it). */
  readonly paths?: readonly string[]
  /** Decides whether a workspace-relative path is scanned (include/exclude globs). */
  readonly select?: (path: string) => boolean
  readonly readers?: readonly ManifestReader[]
}

export interface ScanResult extends PolicyResult {
  readonly root: string
  readonly model: InfrastructureModel
}

/** Reads every manifest below the root into one model and evaluates the policy on it. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const workspace = new Workspace(options.root)
  const model = await readModel(workspace, options)
  return { root: workspace.root, model, ...evaluatePolicy(model, options) }
}

export async function readModel(
  workspace: Workspace,
  options: Pick<ScanOptions, 'paths' | 'select' | 'readers'>
): Promise<InfrastructureModel> {
  const readers = options.readers ?? defaultReaders
  const selected = (path: string): boolean => options.select?.(path) ?? true
  const files = workspace.list(options.paths).filter(file => selected(file.path))
  const parseErrors: ParseError[] = []
  const claimed = new Map<ManifestReader, WorkspaceFile[]>(readers.map(reader => [reader, []]))
  for (const file of files) {
    const head = once(() => readHead(file))
    const reader = readers.find(candidate => candidate.claims(file, () => head().text))
    if (reader !== undefined) claimed.get(reader)?.push(file)
    else if (isManifestName(file.path)) {
      // A manifest's name on bytes no reader can claim (binary, UTF-16): say why it is not read.
      const unreadable = head().unreadable
      if (unreadable !== undefined) parseErrors.push({ file: file.path, ...unreadable, severity: 'notice' })
    }
  }
  // Links that may hide manifests: folders, and files with a manifest's name.
  for (const link of workspace.unfollowedLinks) {
    if (!selected(link.path) || (link.target !== 'folder' && !isManifestName(link.path))) continue
    parseErrors.push({ file: link.path, line: 1, column: 1, message: link.reason, severity: 'notice' })
  }

  const resources: Resource[] = []
  const manifests: string[] = []
  const inlineExemptions: InlineExemption[] = []
  for (const [reader, mine] of claimed) {
    if (mine.length === 0) continue
    try {
      const output = await reader.read(mine, workspace)
      resources.push(...output.resources)
      parseErrors.push(...output.parseErrors)
      manifests.push(...output.manifests)
      inlineExemptions.push(...(output.inlineExemptions ?? []))
    } catch (error) {
      // A reader bug must not hide the other formats' findings: report it on each of its files.
      const message = `internal error in the ${String(reader.format)} reader: ${getErrorMessage(error)}`
      for (const file of mine) parseErrors.push({ file: file.path, line: 1, column: 1, message, severity: 'error' })
    }
  }
  return {
    virtualMachines: resources.filter((r): r is VirtualMachine => r.kind === 'virtual-machine' || r.kind === 'scale-set'),
    maintenanceConfigurations: resources.filter((r): r is MaintenanceConfiguration => r.kind === 'maintenance-configuration'),
    maintenanceAssignments: resources.filter((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment'),
    parseErrors: parseErrors
      .map(error => (isSkippedForSize(error, workspace) ? { ...error, severity: 'notice' as const } : error))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
    files: [...new Set(manifests)].sort(),
    inlineExemptions
  }
}

const HEAD_BYTES = 4096


/**
 * A file over the size limit is skipped on purpose, whichever reader met it: a notice, as the
 * workspace contract says, not an error.
 */
function isSkippedForSize(error: ParseError, workspace: Workspace): boolean {
  if (error.severity !== 'error' || error.line !== 1 || error.column !== 1) return false
  const size = workspace.get(error.file)?.size ?? 0
  return size > MAX_FILE_BYTES && error.message === sizeLimitMessage(size)
}

interface Head {
  /** The first 4 KiB as text; empty when the file is not readable text. */
  readonly text: string
  /** Why the file is not text (NUL bytes, a UTF-16 byte order mark), located. */
  readonly unreadable?: { readonly message: string; readonly line: number; readonly column: number }
}

// One buffer for every head: each is decoded before the next file is read.
const headBuffer = Buffer.alloc(HEAD_BYTES)

function readHead(file: WorkspaceFile): Head {
  let fd: number | undefined
  try {
    fd = openSync(file.absolutePath, 'r')
    // Up to 4 KiB: the file's size is not needed (looking it up would cost a stat per file).
    const read = readSync(fd, headBuffer, 0, HEAD_BYTES, 0)
    const head = headBuffer.subarray(0, read)
    // A leading 0xFF or 0xFE is a UTF-16/32 byte order mark (or no text at all).
    if (head.includes(0) || head[0] === 0xff || head[0] === 0xfe) {
      // decodeText looks for byte order marks and NUL bytes first: a UTF-8 sequence cut at 4 KiB does not matter.
      const decoded = decodeText(head)
      if (decoded.ok) return { text: '' }
      return { text: '', unreadable: { message: decoded.message, line: decoded.line, column: decoded.column } }
    }
    const text = head.toString('utf8')
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }
  } catch {
    return { text: '' }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined
  return () => (value ??= { v: compute() }).v
}
