import type { ImageMatch } from './images.js'
import type { UnresolvedInput } from './types.js'

/** Whether a VM is a hotpatch VM on a hotpatch-capable image, and why. */
export interface HotpatchAssessment {
  readonly affected: 'yes' | 'no' | 'unknown'
  readonly reasons: readonly string[]
  readonly unresolved: readonly UnresolvedInput[]
  /** The listed image it runs (or may run) when it is not ruled out. */
  readonly match: ImageMatch | undefined
  /** Every listed image it may run, when parts of its image could not be evaluated and several remain. */
  readonly candidates?: readonly ImageMatch[]
}
