import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { EvaluationLimits } from '../readers/limits.js'
import type { Task, TaskDone, WorkerSetup } from './pool-protocol.js'
import type { PlannedUnit, UnitResult } from './units.js'

/**
 * Below this many claimed files, or this many bytes of them, the scan reads inline: a worker costs
 * ~0.15 s of CPU and ~35 MB to start (loading the bundle into a new isolate) and its results must be
 * copied back, which a scan of 1,000 generated files (3.4 MB, 1.5 s) or of a samples tree whose files
 * mostly have no VM (5 MB, 0.7 s) does not win back (measured on 2 cores with bench/generate.mjs trees).
 */
export const POOL_THRESHOLD_FILES = 1000
export const POOL_THRESHOLD_BYTES = 16 * 1024 * 1024

/** Files per task: enough that a message costs little beside its work, few enough to share the work out. */
const TASK_FILES = 48

/** The environment variable that sets the number of scan threads (1: inline), e.g. to test the pool. */
export const THREADS_VARIABLE = 'HOTPATCH_REBOOT_GATE_SCAN_THREADS'

/**
 * How many threads read units: the requested number, else the environment's, else one per core when
 * the scan is large enough (files and bytes) to pay for starting them. One thread means inline, no worker.
 */
export function scanThreads(files: readonly { readonly size: number }[], requested?: number): number {
  const configured = requested ?? Number.parseInt(process.env[THREADS_VARIABLE] ?? '', 10)
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, 64)
  if (files.length < POOL_THRESHOLD_FILES || availableParallelism() < 2) return 1
  // Sizes only now (a listed file's size costs a stat): small repositories never pay for them.
  let bytes = 0
  for (const file of files) if ((bytes += file.size) >= POOL_THRESHOLD_BYTES) return availableParallelism()
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
  readonly threads: number
  readonly limits: EvaluationLimits
  readonly prefilter: boolean
  /**
   * Reads a task's units on the scan's own thread: it takes tasks too, beside `threads - 1` workers, so
   * no core waits for the others and one isolate fewer is started and copied from.
   */
  readonly readHere: (units: Task['units']) => Promise<TaskDone['results']>
}

/**
 * Reads the units in a pool: worker threads and the scan's own thread take tasks in turn. Results are
 * stored by unit index, never in completion order, so the caller merges them exactly as an inline scan
 * does. A worker that dies fails the units it was reading (each reported on its files); the others go on.
 */
export async function readUnitsInPool(run: PoolRun, script: URL): Promise<UnitResult[]> {
  const tasks = tasksOf(run)
  const order = run.dispatchOrder?.(tasks.length) ?? largestFirst(tasks)
  const results: (UnitResult | undefined)[] = new Array<UnitResult | undefined>(run.planned.length)
  let next = 0
  const setup: WorkerSetup = { root: run.root }
  const work = (worker: Worker): Promise<void> =>
    new Promise(resolve => {
      let current: Task | undefined
      const send = (): void => {
        const number = order[next++]
        current = number === undefined ? undefined : tasks[number]
        if (current === undefined) {
          void worker.terminate().then(() => resolve())
          return
        }
        worker.postMessage(current)
      }
      worker.on('message', (done: TaskDone) => {
        for (const { index, result } of done.results) results[index] = result
        send()
      })
      const fail = (message: string): void => {
        for (const unit of current?.units ?? []) results[unit.index] = { kind: 'failed', message }
        current = undefined
        resolve()
      }
      worker.on('error', error => fail(`the scan worker stopped: ${error.message}`))
      worker.on('exit', code => {
        if (current !== undefined) fail(`the scan worker exited with code ${code}`)
      })
      send()
    })
  const here = async (): Promise<void> => {
    for (let number = order[next++]; number !== undefined; number = order[next++]) {
      for (const { index, result } of await run.readHere((tasks[number] as Task).units)) results[index] = result
      // Between tasks, the workers' answers get in (each waits for its next task).
      await new Promise(resolve => setImmediate(resolve))
    }
  }
  const workers = Array.from({ length: Math.min(run.threads - 1, tasks.length) }, () => new Worker(script, { workerData: setup }))
  await Promise.all([...workers.map(work), here()])
  // Tasks no worker took (every worker died): their units are failures too, never silently missing.
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
  run.planned.forEach(({ reader, unit }, index) => {
    if (files > 0 && files + unit.files.length > (run.taskFiles ?? TASK_FILES)) flush()
    units.push({ index, reader, files: unit.files.map(({ path, absolutePath }) => ({ path, absolutePath })) })
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
