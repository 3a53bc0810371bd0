import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Files a scan must have read for a full collection at the end of reading to pay (`collectAfterReading`).
 * Below it, the heap of the policy and the report is small whatever V8 decides, and a test suite that runs
 * thousands of small scans in one process would pay a full collection of its own large heap each time.
 */
export const FULL_COLLECTION_FILES = 1000

let collector: (() => void) | undefined

/**
 * A full garbage collection, once a large scan's units are read and its model is built: V8 sizes the heap
 * after each full collection by what survived it, and the last one of the reading phase happens while
 * the units' garbage is still alive (the texts kept for readers, each unit's output), ~15 MB on 10,000 ARM
 * files. The policy and the report then filled a heap sized for that, ~86 MB, before V8 collected again.
 * Collected here, the heap is sized for the model alone. ARM 10,000 files: peak RSS about 10 MB lower, for
 * one collection of the model (~20 ms). What the scan computes does not change.
 */
export function collectAfterReading(filesRead: number): void {
  if (filesRead < FULL_COLLECTION_FILES) return
  collector ??= garbageCollector()
  collector()
}

/**
 * V8's `gc` function, from a context made while --expose-gc is set (it is the only way to ask for a full
 * collection from JavaScript): the flag is unset again, so no other context sees it.
 */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc')
  try {
    return runInNewContext('gc') as () => void
  } finally {
    setFlagsFromString('--no-expose-gc')
  }
}
