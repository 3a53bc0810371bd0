import type { EvaluationLimits } from '../readers/limits.js'
import type { Encoded } from './result-codec.js'
import type { UnitResult } from './units.js'

/** What a scan worker is started with. */
export interface WorkerSetup {
  /** The scanned root: the worker opens its own workspace on it. */
  readonly root: string
}

/** A file of a unit as it crosses to a worker: paths only (the size is looked up there when needed). */
export interface TaskFile {
  readonly path: string
  readonly absolutePath: string
}

/** Some consecutive units, read by one worker in order. */
export interface Task {
  readonly units: readonly {
    readonly index: number
    readonly reader: number
    readonly files: readonly TaskFile[]
    /** The unit's settled folders (PlannedUnit.settled), when it has any. */
    readonly settled?: readonly string[]
    /** The unit's folders whose every file is the unit's (PlannedUnit.listed), when it has any. */
    readonly listed?: readonly string[]
    /** The unit's files the claim read whole without a policy word (UnitFolders.quiet), when it has any. */
    readonly quiet?: readonly string[]
    /** The unit's files whose head the claim found to hold a policy word (UnitFolders.wordy), when it has any. */
    readonly wordy?: readonly string[]
  }[]
  readonly limits: EvaluationLimits
  readonly prefilter: boolean
}

/** A worker's answer to a task: one result per unit, by the unit's index in the scan. */
export interface TaskDone {
  readonly results: readonly { readonly index: number; readonly result: UnitResult }[]
}

/** The same answer in the compact encoding of result-codec.ts (what a worker sends when it can). */
export interface TaskDoneEncoded {
  readonly encoded: Encoded
}


export type WorkerMessage = TaskDone | TaskDoneEncoded
