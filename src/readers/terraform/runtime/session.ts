import type { NoticeGroup } from '../../../model/parse-error.js'
import type { ParseError, RelatedLocation } from '../../../model/resources.js'
import { keptApart } from '../../shared/notice-group.js'
import type { ModuleCallDeclaration, ModuleConfig } from '../config/module-config.js'
import type { Value } from '../eval/value.js'
import type { ModuleInstance } from './module-instance.js'
import { Evaluator } from '../eval/evaluator.js'
import { Budget } from '../eval/budget.js'
import type { TerraformFiles } from '../eval/functions/files.js'
import { DEFAULT_LIMITS, type EvaluationLimits } from '../../limits.js'
import type { ProviderConfiguration as ResourceSubscription } from './providers.js'

/** `module.<call>`'s value for a registry module call the gate knows; undefined for another (`unread`: why it is not read). */
export type RegistryOutputs = (parent: ModuleInstance, call: ModuleCallDeclaration, unread: string) => Value | undefined

/**
 * One evaluation of a root module (per tfvars variant): the evaluator with its budget, the module
 * folders it reaches, and the synthetic resource IDs it handed out (so that `x.id` read back by an
 * assignment finds the resource it names, even when its name is not known).
 */
export class Session {
  readonly evaluator: Evaluator
  readonly notices: ParseError[] = []
  /** Declarations the budgets left unevaluated (one error each, whatever the module instances that met it). */
  readonly unevaluated: ParseError[] = []
  private readonly ids = new Map<string, string>()
  /** Subscriptions that are not known, by the placeholder synthetic IDs give them (`{subscription#1}`). */
  private readonly placeholders = new Map<string, ResourceSubscription>()
  /** The placeholder of each configuration (its handle) or unknown subscription value. */
  private readonly placeholderOf = new Map<string | object, string>()

  constructor(
    /** Folder of the root module. */
    readonly rootFolder: string,
    /** The var file this evaluation uses (`prod.tfvars`), if any. */
    readonly varFile: { readonly path: string; readonly name: string } | undefined,
    /** Module configurations by folder, loaded before evaluation starts (evaluation is synchronous). */
    readonly configs: ReadonlyMap<string, ModuleConfig>,
    /** Resolved local module folders: `<caller folder>\u0000<source>` to the callee folder. */
    readonly moduleFolders: ReadonlyMap<string, string>,
    readonly limits: EvaluationLimits = DEFAULT_LIMITS,
    files?: TerraformFiles,
    /**
     * What `module.<name>` gives for a call of a registry module the gate knows (known-modules/index.ts), undefined
     * for any other call: passed in, so that evaluating a module call does not import the known modules, which
     * model calls through the module instances.
     */
    readonly registryOutputs: RegistryOutputs = () => undefined
  ) {
    this.evaluator = new Evaluator(new Budget(limits.steps), undefined, files)
  }

  /** A declaration the instance budget left unevaluated: a located not-evaluated error, once. */
  notEvaluated(file: string, at: { readonly line: number; readonly column: number }, message: string): void {
    const { line, column } = at
    if (this.unevaluated.some(error => error.file === file && error.line === line && error.message === message)) return
    this.unevaluated.push({ file, line, column, message, severity: 'error', kind: 'not-evaluated' })
  }

  /** The stable handle of a resource address in this evaluation (see README.md: symbols). */
  symbol(address: string): string {
    const folder = this.varFile ? `${this.rootFolder}(${this.varFile.name})` : this.rootFolder
    return `${folder}#${address}`
  }

  registerId(id: string, symbol: string): void {
    if (!this.ids.has(id.toLowerCase())) this.ids.set(id.toLowerCase(), symbol)
  }

  /** The symbol of a resource whose synthetic ID this is (case-insensitive: IDs often pass through lower()). */
  symbolOfId(id: string): string | undefined {
    return this.ids.get(id.toLowerCase())
  }

  /**
   * The placeholder a synthetic ID gives a subscription that is not known, so that an azapi `parent_id` built from
   * that ID finds it again (runtime/subscriptions.ts): one per subscription value, that is per provider configuration.
   */
  subscriptionPlaceholder(placed: ResourceSubscription): string {
    const key = placed.handle ?? placed.subscription ?? placed
    let placeholder = this.placeholderOf.get(key)
    if (placeholder === undefined) {
      placeholder = `{subscription#${this.placeholders.size + 1}}`
      this.placeholders.set(placeholder, placed)
      this.placeholderOf.set(key, placeholder)
    }
    return placeholder
  }

  subscriptionOfPlaceholder(placeholder: string): ResourceSubscription | undefined {
    return this.placeholders.get(placeholder)
  }

  /** Related locations every resource of this evaluation carries (the var file). */
  relatedFiles(): RelatedLocation[] {
    return this.varFile ? [{ file: this.varFile.path, startLine: 1, role: 'parameter-file' }] : []
  }

  /** A located notice, once; of a group (`ParseError.group`) the scan may say with others of its kind. */
  notice(file: string, line: number, column: number, message: string, group?: NoticeGroup): void {
    const said: ParseError = { file, line, column, message, severity: 'notice', ...(group !== undefined && { group }) }
    const seen = this.notices.findIndex(notice => notice.file === file && notice.line === line && notice.message === message)
    // Said again without a group (another instance of the caller passes the call a hotpatch signal): said on its own.
    if (seen >= 0) this.notices[seen] = keptApart(this.notices[seen] as ParseError, said)
    else if (this.notices.length < 100) this.notices.push(said)
  }
}
