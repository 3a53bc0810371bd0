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
import { Workspace, type WorkspaceFile } from './workspace/workspace.js'
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
  const files = workspace.list(options.paths).filter(file => options.select?.(file.path) ?? true)
  const claimed = new Map<ManifestReader, WorkspaceFile[]>(readers.map(reader => [reader, []]))
  for (const file of files) {
    const head = once(() => readHead(file))
    const reader = readers.find(candidate => candidate.claims(file, head))
    claimed.get(reader as ManifestReader)?.push(file)
  }

  const resources: Resource[] = []
  const parseErrors: ParseError[] = []
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
    parseErrors: parseErrors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
    files: [...new Set(manifests)].sort(),
    inlineExemptions
  }
}

const HEAD_BYTES = 4096

function readHead(file: WorkspaceFile): string {
  const buffer = Buffer.alloc(Math.min(HEAD_BYTES, file.size))
  let fd: number | undefined
  try {
    fd = openSync(file.absolutePath, 'r')
    const read = readSync(fd, buffer, 0, buffer.length, 0)
    const head = buffer.subarray(0, read)
    if (head.includes(0)) return ''
    const text = head.toString('utf8')
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  } catch {
    return ''
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined
  return () => (value ??= { v: compute() }).v
}
