import type { ParseError } from '../../model/resources.js'
import type { ConditionKeys } from '../../model/deployment-condition.js'
import type { SourceLocation, Sourced } from '../../model/source.js'
import type { ConditionalBody } from './ast.js'
import type { EvaluationBudget } from './evaluator.js'
import type { Locals } from './locals.js'
import type { SourceLoader } from './source-loader.js'
import type { TemplateInstance } from './template.js'
import type { Value } from './values.js'
import type { EvaluationLimits } from '../limits.js'

/*
 * What a template instance (template.ts) is given (the session, its place in the deployment, its
 * parameter values) and what it hands out (loop expansions, instance sets).
 */

/** Where evaluation problems (module cycles, skipped loop instances) go. */
export type ProblemSink = (problem: ParseError) => void

/** What one evaluation of an entry template shares: files, limits, and the problems found. */
export interface Session {
  readonly loader: SourceLoader
  readonly budget: EvaluationBudget
  readonly report: ProblemSink
  /** Module instances created so far. */
  modules: number
  /** The budgets of this deployment unit (docs/limits.md). */
  readonly limits: EvaluationLimits
  /** Files imported from (`import {x} from './types.bicep'`), evaluated once without inputs. */
  readonly libraries: Map<string, TemplateInstance>
}

/** Where a template instance sits in the deployment: the module calls leading to it. */
export interface DeploymentSite {
  /** Template files from the entry down to this one. */
  readonly files: readonly string[]
  /** The `module` statements from the entry down to this template. */
  readonly calls: readonly SourceLocation[]
  readonly resourceGroup: string | undefined
  /**
   * The subscription a module call on the way names (`scope: resourceGroup(subscriptionId, 'rg')`), evaluated,
   * with the call; undefined: the subscription the deployment runs against.
   */
  readonly subscription?: { readonly value: Value; readonly at: SourceLocation }
  /** Parameter file name and loop indexes on the way, e.g. `prod.bicepparam[1]`. */
  readonly variant: string
  /** Conditions of the module calls on the way. */
  readonly condition: Sourced<boolean> | undefined
  /** When `condition` is unresolved: the keys of those it could not evaluate, absent when one has none (condition-keys.ts). */
  readonly conditionKeys?: ConditionKeys
  /** Prefix of resource symbols: the parameter file and module calls, e.g. `main.bicep#vmModule[0] > `. */
  readonly symbolPrefix: string
  readonly parameterFile: { readonly path: string; readonly line: number } | undefined
  /** Loop sizes of the module calls on the way: the instance budget multiplies through them. */
  readonly factors?: readonly number[]
}

/** A loop as condition keys name it: made when first asked (most loops have no condition that could not be evaluated). */
export interface LoopIdentity {
  key(): string | undefined
  /** The names it binds: `for (item, index) in ...`. */
  readonly item: string
  readonly index: string | undefined
}

/** Values for a template's parameters: from a parameter file, a module call, or none. */
export interface ParameterSource {
  parameter(name: string): Value | undefined
  /** Completes "parameter 'x' has no default and ...". */
  readonly missing: string
}

/** One loop iteration (or the single instance) of a resource or module declaration. */
export interface Expansion {
  readonly locals: Locals
  readonly index: number | '?' | undefined
  /** The `if` of a conditional declaration or loop body. */
  readonly condition: ConditionalBody | undefined
  /** The loop's size, for a loop instance. */
  readonly count?: number
  /** For a loop instance: the loop, as condition keys name it (condition-keys.ts). */
  readonly loop?: LoopIdentity
  /**
   * Set on the one stand-in instance of a loop over no item: false, located where the items came from
   * (a `.bicepparam` line), so the plan a loop dropped still names the value that dropped it (issue 14).
   * Unresolved on the `[?]` instance of a loop whose items are not known: it may have none.
   */
  readonly empty?: Sourced<boolean>
}

/** A declaration's instances and the value its symbol has (one record, or an array for a loop). */
export interface InstanceSet<T> {
  readonly instances: readonly T[]
  readonly value: Value
}
