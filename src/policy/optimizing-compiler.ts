import { setFlagsFromString } from 'node:v8'

/**
 * The policy and the report run their code once per VM for a short time: V8's optimizing compiler
 * (TurboFan) compiles a few hundred of their functions on a background thread, and on this code (megamorphic
 * reads of the model's records, allocation, strings, map lookups) the optimized code runs no faster than the
 * baseline code it replaces. Measured in-process on the generated trees (CPU, first run, 2 cores): ARM 10,000
 * files (8,157 VMs) policy 380 -> 270 ms and JSON report 175 -> 125 ms; mixed 10,000 files policy 400 -> 215
 * ms and report 350 -> 220 ms; ARM 1,000 files 73 -> 50 ms; a second run on the same model is as fast either
 * way (policy 109 vs 112 ms). So a large evaluation runs without it: `--no-turbofan` for the phase, then
 * `--turbofan` again (code it optimized before, the readers', stays optimized). The flag is read whenever V8
 * decides to optimize a function, so setting it while the process runs takes effect, as the entries' heap
 * flags do (src/pipeline/v8-settings.ts).
 */

/** VMs from which a phase runs without the optimizing compiler (ARM 1,000 files: 814 VMs, already a gain). */
export const WITHOUT_OPTIMIZER_FROM_VMS = 256

/** What decides and applies it: the process's own options, and V8's flag setter (tests replace both). */
export interface CompilerControl {
  readonly setFlags: (flags: string) => void
  /** The options node was started with (`process.execArgv` and NODE_OPTIONS). */
  readonly nodeOptions: () => string
}

const PROCESS: CompilerControl = {
  setFlags: setFlagsFromString,
  nodeOptions: () => `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`
}

/**
 * Options that already say how to compile (`--jitless`, `--no-opt`, `--max-opt=1`, ...): the phase leaves
 * the compiler as they set it, and never turns on what they turned off.
 */
const COMPILER_OPTIONS = /--(?:no-)?(?:opt|turbofan|jitless|max-opt|always-opt|always-turbofan|maglev|sparkplug)\b/

let depth = 0

/**
 * Runs `phase` (the policy, the report) without V8's optimizing compiler when it evaluates `vms` VMs or more,
 * and turns the compiler on again when it returns or throws. A phase inside another leaves it to the outer one.
 */
export function withoutOptimizingCompiler<T>(vms: number, phase: () => T, control: CompilerControl = PROCESS): T {
  if (depth > 0 || vms < WITHOUT_OPTIMIZER_FROM_VMS || COMPILER_OPTIONS.test(control.nodeOptions())) return phase()
  control.setFlags('--no-turbofan')
  depth++
  try {
    return phase()
  } finally {
    depth--
    control.setFlags('--turbofan')
  }
}
