import type { HostileCase } from '../case.js'
import { BYTES_CASES } from './bytes.js'
import { CHAIN_CASES } from './chains.js'
import { EXPRESSION_CASES } from './expressions.js'
import { KEY_CASES } from './keys.js'
import { NESTING_CASES } from './nesting.js'
import { REFERENCE_CASES } from './references.js'

/** Every hostile case, each in its own folder of the repository. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  ...NESTING_CASES,
  ...EXPRESSION_CASES,
  ...CHAIN_CASES,
  ...BYTES_CASES,
  ...KEY_CASES,
  ...REFERENCE_CASES
]
