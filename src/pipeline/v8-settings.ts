import { setFlagsFromString } from 'node:v8'

/**
 * How V8 sizes the heap of a scan and when it optimizes, set at run time by the entries that scan
 * (src/index.ts, src/cli.ts). They are process-wide, so the pipeline never sets them: a program that runs it
 * in-process keeps its own heap (jest's workers, which load ~290 test files, collected ~10 % more often
 * with the scan's 1 MB young generation).
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
 * - `--interrupt-budget=300000` (not a heap flag, set here with them): V8 optimizes a function with
 *   TurboFan once it has run ~4.4 times longer than its default budget (67,584). A scan runs each reader's
 *   code on a few thousand files and stops: with the default, hundreds of functions (the Bicep parser
 *   and evaluator, the ARM member index, the policy) were compiled, often with large inlined callees,
 *   for the little that was left to run; that compilation, on V8's background thread, was CPU time of
 *   the scan. /tmp/bicep-only (the 2,198 .bicep files of the mixed 10,000): 0.61 -> 0.47 s CPU; mixed
 *   10,000 3.40 -> 2.77 s; ARM 10,000 2.58 -> 2.49 s (median of 3, 2 cores). Read when a function's budget
 *   is reset, so setting it at run time takes effect; it changes when code is optimized, never what it
 *   computes (output byte-identical).
 *
 * The first two are read whenever V8 sizes the heap, so setting them once the process runs takes effect (unlike
 * --max-semi-space-size, which V8 reads only when it creates the heap): the action, whose node the runner
 * starts with no options, gets them too. Known limit: newer V8 declares a floor of 2 for the growth factor
 * (`DEFINE_MIN_VALUE_IMPLICATION(semi_space_growth_factor, 2)` in flag-definitions.h), applied whenever V8
 * enforces its flag implications. That is the likely cause of what node 20 shows: once a worker's isolate
 * starts, the pooled scan's own thread grows an 8-16 MB young generation again (setting the flag after
 * `new Worker`, on 'online' or on each answer did not keep it small). On a node whose V8 enforces the floor as the flag is set (the
 * action's node 24 may), the first flag is a no-op and only the second one applies; neither changes what
 * the scan computes.
 */
export const SCAN_V8_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=30', '--interrupt-budget=300000'] as const

let applied = false

/** Applies SCAN_V8_FLAGS once per process: an entry calls it first, before a scan allocates. */
export function applyScanV8Settings(): void {
  if (applied) return
  applied = true
  for (const flag of SCAN_V8_FLAGS) setFlagsFromString(flag)
}
