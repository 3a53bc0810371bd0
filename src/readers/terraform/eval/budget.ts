import type { SourceLocation } from '../../../model/source.js'

/**
 * Bounds one evaluation session (one root configuration with its modules): hostile inputs (chains
 * of thousands of locals, exponential `for` expressions) end in a failure value, never a stack
 * overflow or a hang.
 */
export class Budget {
  steps = 0
  depth = 0
  exhausted = false

  constructor(
    readonly maxSteps = 2_000_000,
    readonly maxDepth = 400
  ) {}

  /** Counts one step; false when the session is out of steps. */
  step(): boolean {
    if (this.exhausted) return false
    if (++this.steps > this.maxSteps) this.exhausted = true
    return !this.exhausted
  }
}

/** How a value travelled before it reached an attribute: shown as the `via` of a Sourced value. */
export interface Hop {
  readonly kind: 'default' | 'tfvars' | 'module-input' | 'local' | 'unset-variable'
  readonly name: string
  readonly location: SourceLocation
}

const MAX_HOPS = 16

/**
 * Records the hops of the evaluations in progress. Accessors of variables and locals record their
 * (memoized) hops into the innermost frame, so a local's hops reach every attribute that reads it.
 */
export class Tracer {
  private readonly frames: Hop[][] = []

  record(hop: Hop): void {
    const frame = this.frames.at(-1)
    if (frame && frame.length < MAX_HOPS) frame.push(hop)
  }

  recordAll(hops: readonly Hop[]): void {
    for (const hop of hops) this.record(hop)
  }

  capture<T>(run: () => T): { result: T; hops: readonly Hop[] } {
    const frame: Hop[] = []
    this.frames.push(frame)
    let result: T
    try {
      result = run()
    } finally {
      this.frames.pop()
    }
    return { result, hops: frame }
  }
}
