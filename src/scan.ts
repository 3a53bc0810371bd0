import { joinArcMachines } from './model/arc-machines.js'
import { releaseUnitValues } from './model/unit-values.js'
import { releaseSharedIdentities } from './model/identity.js'
import type {
  InfrastructureModel,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  ParseError,
  VirtualMachine
} from './model/resources.js'
import { evaluatePolicy, type PolicyOptions, type PolicyResult } from './policy/evaluate.js'
import type { ScanRequest } from './model/scan-request.js'
import { repositoryFolderOf } from './policy/repository-folder.js'
import type { ManifestReader } from './readers/reader.js'
import { limitsOf } from './readers/limits.js'
import { mayDeclarePolicyInput } from './readers/policy-content.js'
import { readers as defaultReaders } from './readers/registry.js'
import { classifyParseErrors } from './scan/classify-parse-errors.js'
import { FolderFacts } from './scan/folder-facts.js'
import { groupNotices } from './scan/notice-groups.js'
import { noteWholeText } from './scan/claim-notes.js'
import { readHead, textOfRead, type Head } from './scan/file-head.js'
import { collectBetweenPhases } from './scan/full-collection.js'
import { skippedFilesMessage } from './scan/prefilter.js'
import { readUnitsInPool, scanThreads, workerScript, type PoolTesting } from './scan/pool.js'
import { startWorkers, stopWorkers, type PoolWorkers } from './scan/pool-workers.js'
import {
  compactResult,
  mergeUnitResults,
  planReaderUnits,
  planUnits,
  readUnit,
  UnitMerge,
  unitFolders,
  type MergedOutput,
  type PlannedUnit,
  type UnitFolders,
  type UnitReadOptions,
  type UnitResult
} from './scan/units.js'
import { settleFolders } from './workspace/folder-heads.js'
import { isManifestName } from './workspace/manifest-names.js'
import { Workspace, type WorkspaceFile } from './workspace/workspace.js'

export interface ScanOptions extends PolicyOptions {
  /** The scanned root: report paths are relative to it. */
  readonly root: string
  /** Files or folders below the root to scan (default: all of it). */
  readonly paths?: readonly string[]
  /** Decides whether a workspace-relative path is scanned (include/exclude globs). */
  readonly select?: (path: string) => boolean
  readonly readers?: readonly ManifestReader[]
  /** What the caller asked to scan, as it names it: lets a scan that read nothing fail (rule nothing-scanned). */
  readonly request?: ScanRequest
  /**
   * Skip deployment units none of whose files may declare what the policy reads, without parsing them
   * (counted in one notice). Default on.
   */
  readonly prefilter?: boolean
  /**
   * Threads that read units (1: inline, no worker). Default: HOTPATCH_REBOOT_GATE_SCAN_THREADS, else one
   * per core for a scan of POOL_THRESHOLD_FILES claimed files and POOL_THRESHOLD_BYTES or more. The output is the same either way.
   */
  readonly threads?: number
  /** Tests: smaller tasks and another order of handing them out, to vary the order of completion. */
  readonly poolTesting?: PoolTesting
}

export interface ScanResult extends PolicyResult {
  readonly root: string
  readonly model: InfrastructureModel
}

/** Reads every manifest below the root into one model and evaluates the policy on it. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const { root, read } = await readRoot(options)
  // The units' garbage is dead now: the heap of the policy and the report is sized for the model alone.
  collectBetweenPhases(read.files.length + (read.checkedWithoutParsing?.length ?? 0))
  const model = options.request === undefined ? read : { ...read, request: options.request }
  const repositoryFolder = options.repositoryFolder ?? repositoryFolderOf(root)
  return { root, model, ...evaluatePolicy(model, { ...options, repositoryFolder }) }
}

/**
 * The model of the root. A function of its own so that the workspace (10,000 listed files and their
 * absolute paths: ~2.5 MB on a large repository) is garbage during the policy and the report: a local of
 * `scan` stayed alive through both.
 */
async function readRoot(options: ScanOptions): Promise<{ root: string; read: InfrastructureModel }> {
  const workspace = new Workspace(options.root)
  return { root: workspace.root, read: await readModel(workspace, options) }
}

export async function readModel(
  workspace: Workspace,
  options: Pick<ScanOptions, 'paths' | 'select' | 'readers' | 'configuration' | 'prefilter' | 'threads' | 'poolTesting'>
): Promise<InfrastructureModel> {
  const readers = options.readers ?? defaultReaders
  const limits = limitsOf(options.configuration?.limits)
  const selected = (path: string): boolean => options.select?.(path) ?? true
  const files = workspace.list(options.paths).filter(file => selected(file.path))
  const { claimed, parseErrors, settled } = claimFiles(files, readers, workspace)
  // Readers here ask about settled folders without a walk or a read; a worker is told per unit (unitFolders).
  settleFolders(workspace, [...settled])
  // Links that may hide manifests: folders, and files with a manifest's name.
  for (const link of workspace.unfollowedLinks) {
    if (!selected(link.path) || (link.target !== 'folder' && !isManifestName(link.path))) continue
    parseErrors.push({ file: link.path, line: 1, column: 1, message: link.reason, severity: 'notice', kind: 'file-skipped' })
  }

  for (const folder of workspace.unreadableFolders) {
    const message = `${folder.reason}: the files in it were not scanned`
    parseErrors.push({ file: folder.path, line: 1, column: 1, message, severity: 'error', kind: 'unreadable-manifest' })
  }

  // Workers start now, so they load their bundle while the units are planned.
  const pool = startPool(readers, claimed, workspace, options.threads)
  const readOptions = { ...options, limits, prefilter: options.prefilter ?? true }
  // Inline, each reader's units are planned just before they are read: the texts its `units()` read
  // (Terraform, Kubernetes: 3 MB of the mixed 10k tree) are still in the workspace's cache then.
  const { resources, manifests, inlineExemptions, ...merged } =
    pool === undefined ? await readInline(workspace, readers, claimed, readOptions) : await readPooled(workspace, readers, claimed, pool, readOptions, settled)
  // The texts kept for readers would otherwise stay alive through the policy and the report.
  workspace.releaseTexts()
  workspace.releaseFolders()
  for (const reader of readers) reader.release?.()
  releaseUnitValues()
  releaseSharedIdentities()
  for (const error of merged.parseErrors) parseErrors.push(error)
  // Skipped files are counted in one notice, at the scanned root: nothing is skipped silently.
  if (merged.skipped.length > 0) {
    parseErrors.push({ file: '.', line: 1, column: 1, message: skippedFilesMessage(merged.skipped.length), severity: 'notice' })
  }
  return {
    // Arc machines (issue 17) are joined with their license profiles, which may come from other files.
    virtualMachines: joinArcMachines(
      resources.filter((r): r is VirtualMachine => r.kind === 'virtual-machine' || r.kind === 'scale-set' || r.kind === 'arc-machine')
    ),
    maintenanceConfigurations: resources.filter((r): r is MaintenanceConfiguration => r.kind === 'maintenance-configuration'),
    maintenanceAssignments: resources.filter((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment'),
    // Notices of one kind without a hotpatch signal are said once per group, once every unit's are in (notice-groups.ts).
    parseErrors: classifyParseErrors(groupNotices(parseErrors), workspace).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
    files: [...new Set(manifests)].sort(),
    ...(merged.skipped.length > 0 && { checkedWithoutParsing: [...merged.skipped].sort() }),
    inlineExemptions
  }
}

/**
 * Each file to the first reader that claims it, the notices of manifests no reader can read, and the folders
 * the heads read while claiming settle (scan/folder-facts.ts: no what-if result, no plan). A function of its
 * own so that what it notes of 10,000 heads is garbage once it returns.
 */
function claimFiles(
  files: readonly WorkspaceFile[],
  readers: readonly ManifestReader[],
  workspace: Workspace
): { claimed: Map<ManifestReader, WorkspaceFile[]>; parseErrors: ParseError[]; settled: Set<string> } {
  const parseErrors: ParseError[] = []
  const claimed = new Map<ManifestReader, WorkspaceFile[]>(readers.map(reader => [reader, []]))
  const folderFacts = new FolderFacts()
  for (const file of files) {
    let read: Head | undefined
    const head = (): Head => (read ??= readHead(file))
    const reader = readers.find(candidate => candidate.claims(file, extent => (extent === 'read' ? textOfRead(file, head()) : head().text)))
    // What the head says about the folder's what-if results and plans (when a reader had it read).
    if (read !== undefined) folderFacts.note(file.path, { text: read.decoded ? read.text : undefined, whole: read.whole })
    if (reader !== undefined) {
      claimed.get(reader)?.push(file)
      // A file no longer than its head, read whole: the prefilter knows it without reading it again.
      if (read?.quiet === true) {
        workspace.noteQuiet(file.path)
        // Read if another file of its unit holds a policy word (a parameter file): kept, a small text.
        workspace.keepText(file.path, { ok: true, text: read.text })
      } else if (read?.decoded === true) noteWholeText(file, read.text, workspace)
    } else if (isManifestName(file.path)) {
      // A manifest's name on bytes no reader can claim (binary, UTF-16): say why it is not read.
      const unreadable = head().unreadable
      // Bytes no reader decodes (NUL bytes, UTF-16) in a file that may declare what the policy reads, or a file that
      // cannot be read at all, fail closed (classifyParseErrors); other such files are skipped with a notice.
      if (unreadable === undefined) continue
      const failsClosed = read?.ioError === true || mayDeclarePolicyInput(file.absolutePath)
      parseErrors.push({ file: file.path, ...unreadable, ...(failsClosed ? { severity: 'error' } : { severity: 'notice', kind: 'file-skipped' }) })
    }
  }
  return { claimed, parseErrors, settled: folderFacts.settled(workspace, [...claimed.values()].flat()) }
}

/**
 * Worker threads for a scan that is large, on more than one core, with the bundled default readers (a
 * scan with other readers, as in tests, reads inline); undefined to read inline.
 */
function startPool(
  readers: readonly ManifestReader[],
  claimed: ReadonlyMap<ManifestReader, readonly WorkspaceFile[]>,
  workspace: Workspace,
  requested: number | undefined
): PoolWorkers | undefined {
  if (readers !== defaultReaders) return undefined
  const threads = scanThreads([...claimed.values()].flat(), requested)
  const script = threads > 1 ? workerScript() : undefined
  return script === undefined ? undefined : startWorkers(script, workspace.root, threads - 1)
}

/**
 * Every reader's units inline, one unit at a time (what a reader parsed for a unit is garbage once it
 * returns its resources), each reader's planned just before they are read, and each unit's result merged
 * as soon as it is read (`UnitMerge`): the same units in the same order as `planUnits` gives, so the same
 * model as a pooled scan's.
 */
async function readInline(
  workspace: Workspace,
  readers: readonly ManifestReader[],
  claimed: ReadonlyMap<ManifestReader, readonly WorkspaceFile[]>,
  options: UnitReadOptions
): Promise<MergedOutput> {
  const merge = new UnitMerge(readers, claimed)
  for (let index = 0; index < readers.length; index++) {
    const reader = readers[index] as ManifestReader
    for (const unit of planReaderUnits(readers, index, claimed, workspace)) merge.add(unit, await readUnit(reader, unit.unit, workspace, options))
  }
  return merge.finish()
}

/** Every reader's units planned, then read in the pool (results kept in unit order until all are read), merged. */
async function readPooled(
  workspace: Workspace,
  readers: readonly ManifestReader[],
  claimed: ReadonlyMap<ManifestReader, readonly WorkspaceFile[]>,
  pool: PoolWorkers,
  options: Pick<ScanOptions, 'poolTesting'> & UnitReadOptions,
  settled: ReadonlySet<string>
): Promise<MergedOutput> {
  let planned: PlannedUnit[]
  try {
    planned = planUnits(readers, claimed, workspace)
  } catch (error) {
    // Started workers would keep the process alive.
    void stopWorkers(pool)
    throw error
  }
  return mergeUnitResults(readers, planned, await readUnits(workspace, planned, readers, pool, options, settled), claimed)
}

/**
 * One unit at a time (what a reader parsed for a unit is garbage once it returns its resources), in the
 * pool of worker threads when there is more than one unit. A result read here is kept until the merge:
 * compacted (`compactResult`).
 */
async function readUnits(
  workspace: Workspace,
  planned: readonly PlannedUnit[],
  readers: readonly ManifestReader[],
  pool: PoolWorkers,
  options: Pick<ScanOptions, 'poolTesting'> & UnitReadOptions,
  settled: ReadonlySet<string>
): Promise<UnitResult[]> {
  const readHere = async (unit: PlannedUnit): Promise<UnitResult> =>
    compactResult(await readUnit(readers[unit.reader] as ManifestReader, unit.unit, workspace, options))
  if (planned.length > 1) {
    const run = { root: workspace.root, planned, limits: options.limits, prefilter: options.prefilter, ...options.poolTesting }
    const readTask = async (units: readonly { readonly index: number }[]): Promise<{ index: number; result: UnitResult }[]> => {
      const done = []
      for (const { index } of units) done.push({ index, result: await readHere(planned[index] as PlannedUnit) })
      return done
    }
    const foldersOf = (unit: PlannedUnit): UnitFolders => unitFolders(unit.unit, settled, workspace)
    return readUnitsInPool({ ...run, readHere: readTask, foldersOf }, pool)
  }
  await stopWorkers(pool)
  const results: UnitResult[] = []
  for (const unit of planned) results.push(await readHere(unit))
  return results
}
