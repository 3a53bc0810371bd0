import { setFlagsFromString } from 'node:v8'

/**
 * V8's young generation stays at its initial size (1 MB semi-spaces) instead of growing to 16 MB ones.
 * A scan keeps what it reads (the model) and drops each unit's parse at once: with large semi-spaces,
 * each collection copied megabytes of survivors and left the young generation's 32-48 MB resident; with
 * small ones, collections are frequent and cheap, and the peak memory of a single-thread 10,000-file ARM
 * scan fell by about 70 MB at the same CPU time (measured on 2 cores, median of 3; see bench/RESULTS.md).
 * The flag is read whenever V8 decides to grow the young generation, so setting it once the process runs
 * takes effect (unlike --max-semi-space-size, which V8 reads only when it creates the heap): the action,
 * whose node is started by the runner with no options, gets it too. Worker threads share the process's
 * flags.
 */
export const HEAP_FLAGS = ['--semi-space-growth-factor=1'] as const

let applied = false

/** Applies HEAP_FLAGS once per process, before a scan allocates. */
export function applyHeapSettings(): void {
  if (applied) return
  applied = true
  for (const flag of HEAP_FLAGS) setFlagsFromString(flag)
}
