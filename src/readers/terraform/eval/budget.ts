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
  readonly kind: 'default' | 'tfvars' | 'module-input' | 'local' | 'unset-variable' | 'file'
  readonly name: string
  readonly location: SourceLocation
}

const MAX_HOPS = 16

/** The hops of an evaluation that went through none: shared (hops are never mutated once captured). */
const NO_HOPS: readonly Hop[] = Object.freeze([])

/**
 * Records the hops of the evaluations in progress. Accessors of variables and locals record their
 * (memoized) hops into the innermost frame, so a local's hops reach every attribute that reads it.
 * A frame's list is made at its first hop (most evaluations record none), and the stack of frames
 * is indexed rather than pushed and popped: at a depth swinging between 0 and 1, V8 shrank and
 * regrew its store on every capture.
 */
export class Tracer {
  private readonly frames: (Hop[] | undefined)[] = []
  private depth = 0

  record(hop: Hop): void {
    if (this.depth === 0) return
    const top = this.depth - 1
    const frame = this.frames[top]
    if (frame === undefined) this.frames[top] = [hop]
    else if (frame.length < MAX_HOPS) frame.push(hop)
  }

  recordAll(hops: readonly Hop[]): void {
    for (let i = 0; i < hops.length; i++) this.record(hops[i] as Hop)
  }

  capture<T>(run: () => T): { result: T; hops: readonly Hop[] } {
    const index = this.depth++
    this.frames[index] = undefined
    let result: T
    let frame: Hop[] | undefined
    try {
      result = run()
    } finally {
      frame = this.frames[index]
      this.frames[index] = undefined
      this.depth = index
    }
    return { result, hops: frame ?? NO_HOPS }
  }
}
