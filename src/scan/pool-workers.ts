import { Worker } from 'node:worker_threads'
import type { TaskDone, WorkerMessage, WorkerSetup } from './pool-protocol.js'
import { decode } from './result-codec.js'

/**
 * Heap limits of a worker (MB). A worker holds one task's units and results at a time: without a limit V8
 * let each worker's heap grow to 150 MB of garbage between full collections (ARM 10k: 335 MB peak for the
 * process, 250 MB with these). The limits cost no measurable CPU; 48 MB was too little for the 2,204-file
 * Terraform unit of the mixed 10k tree. A worker that runs out (a huge unit) stops, and the scan's thread
 * reads its tasks instead, with no limit but the process's: slower, never a different report.
 */
export const WORKER_HEAP_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } as const

/** A started worker, and where its events go once the pool runs (until then they are remembered). */
export interface PoolWorker {
  readonly worker: Worker
  /** Set by the pool: a task's results, decoded. */
  onResults?: (results: TaskDone['results']) => void
  /** Set by the pool: the worker stopped (an error, out of memory, an exit). */
  onStop?: () => void
  stopped: boolean
}

/** Workers started for a scan, before its units are planned: they load their bundle meanwhile. */
export interface PoolWorkers {
  readonly workers: readonly PoolWorker[]
}

/**
 * Starts `count` scan workers on the root. Their events are listened to from the start (an 'error' with no
 * listener would throw on the scan's thread), so they can start while the scan still claims and plans.
 */
export function startWorkers(script: URL, root: string, count: number): PoolWorkers {
  const setup: WorkerSetup = { root }
  const workers: PoolWorker[] = []
  const pool: PoolWorkers = { workers }
  for (let i = 0; i < count; i++) {
    const state: PoolWorker = { worker: new Worker(script, { workerData: setup, resourceLimits: WORKER_HEAP_LIMITS }), stopped: false }
    const stop = (): void => {
      if (state.stopped) return
      state.stopped = true
      state.onStop?.()
    }
    state.worker.on('message', (message: WorkerMessage) => {
      state.onResults?.('encoded' in message ? (decode(message.encoded) as TaskDone['results']) : message.results)
    })
    state.worker.on('error', stop)
    state.worker.on('exit', stop)
    workers.push(state)
  }
  return pool
}

/** Stops workers the scan did not need after all (nothing to read, or a single unit); settles once they are gone. */
export async function stopWorkers(pool: PoolWorkers): Promise<void> {
  await Promise.all(pool.workers.map(({ worker }) => worker.terminate()))
}
