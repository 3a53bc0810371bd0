import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Files a scan must have read for a full collection between its phases to pay (`collectBetweenPhases`).
 * Below it, the heap of the policy and the report is small whatever V8 decides, and a test suite that runs
 * thousands of small scans in one process would pay a full collection of its own large heap each time.
 */
export const FULL_COLLECTION_FILES = 1000

/**
 * Bytes of live-or-dead heap below which a full collection between phases cannot pay: the next phase's
 * heap is small whatever V8 decides. The quickstarts stand-in (4,000 files, most without a VM) has 17 MB
 * used when its units are read, where the collection cost 6-9 ms of a 0.3 s scan for no peak-memory gain;
 * ARM 10,000 files has 51 MB there (the case the collection is for).
 */
export const FULL_COLLECTION_HEAP_BYTES = 32 * 1024 * 1024

let collector: (() => void) | undefined

/**
 * A full garbage collection between two phases of a large scan, when the first phase's garbage has just
 * died: V8 sizes the heap after each full collection by what survived it, and otherwise the next phase
 * fills a heap sized for what the last one had alive.
 * - Once the units are read (src/scan.ts): the last full collection of the reading ran while the units'
 *   garbage was still alive (~15 MB on 10,000 ARM files: texts kept for readers, each unit's output), and
 *   the policy and the report then filled a heap sized for it (~86 MB) before V8 collected again. ARM 10,000
 *   files: peak RSS about 10 MB lower, for one collection of the model (~40 ms).
 * - Once the report is built (src/pipeline/run-pipeline.ts): the model and the policy's result are garbage,
 *   and writing the report's 15 MB of JSON filled the heap they had grown before V8 collected them; the
 *   collection that then came anyway comes before the writing.
 * Either is skipped when the heap is small (FULL_COLLECTION_HEAP_BYTES). What the scan computes does not change.
 */
export function collectBetweenPhases(filesRead: number, usedHeapBytes: () => number = usedHeap): void {
  if (!collectionPays(filesRead, usedHeapBytes)) return
  collector ??= garbageCollector()
  collector()
}

const usedHeap = (): number => getHeapStatistics().used_heap_size

/** Whether a full collection between phases pays: a large scan, and a heap that is not small (asked only then). */
export function collectionPays(filesRead: number, usedHeapBytes: () => number): boolean {
  return filesRead >= FULL_COLLECTION_FILES && usedHeapBytes() >= FULL_COLLECTION_HEAP_BYTES
}

/**
 * V8's `gc` function, from a context made while --expose-gc is set (it is the only way to ask for a full
 * collection from JavaScript): the flag is unset again, so no other context sees it. A V8 that refuses the
 * flag once running gives no function: then nothing is collected, and the scan is the same.
 */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc')
  try {
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined')
    return typeof gc === 'function' ? (gc as () => void) : NO_COLLECTION
  } finally {
    setFlagsFromString('--no-expose-gc')
  }
}

const NO_COLLECTION = (): void => {}
