import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { EvaluationLimits } from '../readers/limits.js'
import type { Task, TaskDone } from './pool-protocol.js'
import type { PoolWorker, PoolWorkers } from './pool-workers.js'
import type { PlannedUnit, UnitFolders, UnitResult } from './units.js'

/**
 * Below this many claimed files, or this many bytes of them, the scan reads inline: a worker costs
 * ~0.15 s of CPU and ~12 MB to start (loading the bundle into a new isolate), warms its own JIT, and its
 * results must be encoded and decoded, which a scan of 1,000 generated files (3.4 MB, 1.5 s) or of a
 * samples tree whose files mostly have no VM (5 MB, 0.7 s) does not win back (measured on 2 cores with
 * bench/generate.mjs trees).
 */
export const POOL_THRESHOLD_FILES = 1000
export const POOL_THRESHOLD_BYTES = 16 * 1024 * 1024

/**
 * Fewer cores than this and the scan reads inline whatever its size. With two, V8's own threads
 * (concurrent marking, parallel scavenges) already use the second core of an inline scan (ARM 10,000
 * files: 2.9 s of CPU in 2.1 s wall), and a worker only adds its isolate and the results' encoding:
 * measured on 2 cores after the heap settings (src/pipeline/v8-settings.ts), inline against one worker
 * beside the scan's thread, median of 3: ARM 10,000 files 2.12 s / 150 MB against 2.53 s / 212 MB; mixed
 * 10,000 3.44 s / 172 MB against 3.55 s / 220 MB; ARM 20,000 3.87 s / 214 MB against 4.02 s / 267 MB.
 */
export const POOL_MIN_CORES = 3

/** Files per task: enough that a message costs little beside its work, few enough to share the work out. */
const TASK_FILES = 48

/** The environment variable that sets the number of scan threads (1: inline), e.g. to test the pool. */
export const THREADS_VARIABLE = 'HOTPATCH_REBOOT_GATE_SCAN_THREADS'

/**
 * How many threads read units: the requested number, else the environment's, else one per core when
 * the machine has POOL_MIN_CORES or more and the scan is large enough (files and bytes) to pay for
 * starting them. One thread means inline, no worker.
 */
export function scanThreads(
  files: readonly { readonly size: number }[],
  requested?: number,
  cores: number = availableParallelism()
): number {
  const configured = requested ?? Number.parseInt(process.env[THREADS_VARIABLE] ?? '', 10)
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, 64)
  if (files.length < POOL_THRESHOLD_FILES || cores < POOL_MIN_CORES) return 1
  // Sizes only now (a listed file's size costs a stat): small repositories never pay for them.
  let bytes = 0
  for (const file of files) if ((bytes += file.size) >= POOL_THRESHOLD_BYTES) return cores
  return 1
}

/** Knobs for tests of the pool: they change how work is shared out, never the output. */
export interface PoolTesting {
  /** Files per task (default TASK_FILES). */
  readonly taskFiles?: number
  /** The order tasks are handed out in (a permutation of task numbers), instead of largest first. */
  readonly dispatchOrder?: (tasks: number) => readonly number[]
}

export interface PoolRun extends PoolTesting {
  readonly root: string
  readonly planned: readonly PlannedUnit[]
  readonly limits: EvaluationLimits
  readonly prefilter: boolean
  /** Reads a task's units on the scan's own thread. */
  readonly readHere: (units: Task['units']) => Promise<TaskDone['results']>
  /** What a worker needs to know of a unit's folders (none when absent). */
  readonly foldersOf?: (unit: PlannedUnit) => UnitFolders
}

/**
 * Tasks a worker holds at once: while it reads one, the next waits in its queue, so it never idles for
 * the round trip to the scan's thread.
 */
const TASKS_IN_FLIGHT = 2

/**
 * Reads the units in a pool of worker threads (started by `startWorkers`, one fewer than the scan's
 * threads) and on the scan's own thread, which takes tasks like a worker. Measured on 2 cores (ARM and
 * mixed 10,000 files): a scan's thread that only handed out tasks and kept results, beside two workers,
 * cost a third more CPU and 0.5 s more wall time than one worker beside a reading scan's thread. Results are stored by unit index, never in completion order,
 * so the caller merges them exactly as an inline scan does. The tasks of a worker that stops (out of
 * memory, a crash) are read on the scan's own thread: every unit is read, whatever happens to the workers.
 */
export async function readUnitsInPool(run: PoolRun, pool: PoolWorkers): Promise<UnitResult[]> {
  const tasks = tasksOf(run)
  const order = run.dispatchOrder?.(tasks.length) ?? largestFirst(tasks)
  const results: (UnitResult | undefined)[] = new Array<UnitResult | undefined>(run.planned.length)
  let next = 0
  const take = (): Task | undefined => {
    const number = order[next++]
    return number === undefined ? undefined : tasks[number]
  }
  const store = (done: TaskDone['results']): void => {
    for (const { index, result } of done) results[index] = result
  }
  /** Tasks of workers that stopped, for the scan's own thread. */
  const orphaned: Task[] = []

  const work = (state: PoolWorker): Promise<void> =>
    new Promise(resolve => {
      const held: Task[] = []
      const stop = (): void => {
        for (const task of held.splice(0)) orphaned.push(task)
        void state.worker.terminate().then(() => resolve())
      }
      const fill = (): void => {
        for (let task = held.length < TASKS_IN_FLIGHT ? take() : undefined; task !== undefined; task = held.length < TASKS_IN_FLIGHT ? take() : undefined) {
          held.push(task)
          state.worker.postMessage(task)
        }
        if (held.length === 0) stop()
      }
      state.onResults = done => {
        // A worker reads its tasks in the order it got them.
        held.shift()
        store(done)
        fill()
      }
      state.onStop = stop
      if (state.stopped) stop()
      else fill()
    })

  const here = async (): Promise<void> => {
    for (let task = take(); task !== undefined; task = take()) {
      store(await run.readHere(task.units))
      // Between tasks, a worker's first message gets in.
      await new Promise(resolve => setImmediate(resolve))
    }
  }
  await Promise.all([...pool.workers.map(work), here()])
  // What no worker could read (each stopped): read here, so no unit is missing or failed for it.
  for (let task = orphaned.shift() ?? take(); task !== undefined; task = orphaned.shift() ?? take()) store(await run.readHere(task.units))
  return results.map(result => result ?? { kind: 'failed', message: 'the scan workers stopped before reading it' })
}

/** Consecutive units grouped into tasks of about TASK_FILES files (a larger unit is a task of its own). */
function tasksOf(run: PoolRun): Task[] {
  const tasks: Task[] = []
  let units: Task['units'][number][] = []
  let files = 0
  const flush = (): void => {
    if (units.length > 0) tasks.push({ units, limits: run.limits, prefilter: run.prefilter })
    units = []
    files = 0
  }
  run.planned.forEach((planned, index) => {
    const { reader, unit } = planned
    if (files > 0 && files + unit.files.length > (run.taskFiles ?? TASK_FILES)) flush()
    const taskFiles = unit.files.map(({ path, absolutePath }) => ({ path, absolutePath }))
    units.push({ index, reader, files: taskFiles, ...run.foldersOf?.(planned) })
    files += unit.files.length
  })
  flush()
  return tasks
}

/** Task numbers, the ones with the most files first (a whole-format unit should not start last). */
function largestFirst(tasks: readonly Task[]): number[] {
  const size = (task: Task): number => task.units.reduce((sum, unit) => sum + unit.files.length, 0)
  return tasks.map((_, index) => index).sort((a, b) => size(tasks[b] as Task) - size(tasks[a] as Task) || a - b)
}

/**
 * dist/scan-worker.js, next to the bundle (seen from `dist/*.js` or `dist/chunks/*.js`), or from the
 * sources (tests), the bundle built from them; undefined when there is none (the scan then reads inline).
 */
export function workerScript(): URL | undefined {
  for (const relative of ['./scan-worker.js', '../scan-worker.js', '../../dist/scan-worker.js']) {
    const candidate = new URL(relative, import.meta.url)
    if (existsSync(fileURLToPath(candidate))) return candidate
  }
  return undefined
}
