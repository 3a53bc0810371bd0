import { setFlagsFromString } from 'node:v8'

/**
 * How V8 sizes the heap of a scan, set at run time by the pipeline.
 *
 * - `--semi-space-growth-factor=1`: the young generation stays at its initial size (1 MB semi-spaces)
 *   instead of growing to 16 MB ones. A scan keeps what it reads (the model) and drops each unit's parse
 *   at once: with large semi-spaces each collection copied megabytes of survivors and kept the young
 *   generation's 32-48 MB resident; with small ones collections are frequent and cheap. Single-thread ARM
 *   10,000 files: 239 -> 172 MB peak RSS at the same CPU time.
 * - `--heap-growing-percent=30`: after a full collection, the old generation may grow by 30 % of what
 *   survived before the next one, where V8 let it grow up to 4 times (the 4 large templates of the ARM
 *   10,000 tree leave ~30 MB of parse each in the old generation). Single-thread ARM 10,000 files:
 *   173 -> 143 MB at +4 % CPU; pooled 211 -> 204 MB at +2 % CPU (median of 3, 2 cores).
 *
 * Both are read whenever V8 sizes the heap, so setting them once the process runs takes effect (unlike
 * --max-semi-space-size, which V8 reads only when it creates the heap): the action, whose node the runner
 * starts with no options, gets them too. Known limit: starting a worker thread sets the growth factor
 * back to V8's minimum of 2 (node 20), so a pooled scan's thread grows its young generation to 16 MB
 * semi-spaces after all; setting the flag again when a worker is online or answers did not keep it.
 */
export const HEAP_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=30'] as const

let applied = false

/** Applies HEAP_FLAGS once per process, before a scan allocates. */
export function applyHeapSettings(): void {
  if (applied) return
  applied = true
  for (const flag of HEAP_FLAGS) setFlagsFromString(flag)
}
