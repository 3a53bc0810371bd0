import { posix } from 'node:path'
import type { ConditionKeys } from '../../../model/deployment-condition.js'
import type { Sourced } from '../../../model/source.js'
import type { Block } from '../hcl/ast.js'
import { locationOf, type ModuleConfig, type VariableDeclaration } from '../config/module-config.js'
import type { Hop } from '../eval/budget.js'
import type { Evaluator, Scope } from '../eval/evaluator.js'
import { convertToType } from '../eval/type-constraint.js'
import { failure, isList, type Lazy, objectFrom, unknown, type Value } from '../eval/value.js'
import { type Memo, type Memos, memoized, memoizedMemo } from './memo.js'
import { type ModuleSet, expandModuleCall } from './module-calls.js'
import { expandResource, type ResourceSet } from './resources.js'
import type { Session } from './session.js'
import type { MissingConfiguration, ProviderConfiguration } from './providers.js'

/** A module block on the way from the root to an instance (where its resources are reported). */
export interface CallSite {
  readonly file: string
  readonly block: Block
}

/** Where a variable's value comes from when it is set (a tfvars file, the calling module block). */
export interface VariableInput {
  readonly hop: Hop
  evaluate(): Value
}

const EMPTY_SCOPE: Scope = { lookup: () => undefined }
const WORKSPACE_CHOSEN_AT_RUN = 'terraform.workspace is chosen when Terraform runs (terraform workspace select, TF_WORKSPACE)'
const RESOURCE_TYPE_NAME = /^[a-z][a-z0-9]*_[a-z0-9_]+$/

/** One instance of a module (the root, or a module call's instance), evaluating lazily with memoization. */
export class ModuleInstance {
  readonly scope: Scope
  private readonly variables: Memos = new Map()
  private readonly locals: Memos = new Map()
  private readonly resources = new Map<string, ResourceSet>()
  private readonly modules = new Map<string, ModuleSet>()
  /** Provider configurations by address, as resolved in this instance (runtime/providers.ts). */
  readonly providerConfigurations = new Map<string, ProviderConfiguration | MissingConfiguration>()

  constructor(
    readonly session: Session,
    readonly config: ModuleConfig,
    /** `''` for the root, else `module.a` / `module.a["k"].module.b`. */
    readonly address: string,
    private readonly inputs: (name: string) => VariableInput | undefined,
    readonly callSites: readonly CallSite[],
    /** Whether the module calls on the way are deployed (`count = 0` on one of them), when any has a condition. */
    readonly deployed: Sourced<boolean> | undefined,
    /** Instance keys of the module calls on the way (`["a"][0]`), part of every resource's variant. */
    readonly keys = '',
    /** Instance counts of the module calls on the way: the instance budget multiplies through them. */
    readonly factors: readonly number[] = [],
    /** The module instance whose module block made this one (its provider configurations are passed down); none for the root. */
    readonly caller?: ModuleInstance,
    /** When `deployed` is unresolved: the keys of the conditions it could not evaluate (condition-keys.ts). */
    readonly conditionKeys?: ConditionKeys
  ) {
    const named = (description: string, attribute: (name: string) => Value): Lazy => ({ kind: 'lazy', description, attribute })
    const roots = new Map<string, Value>([
      ['var', named('var', name => this.variable(name))],
      ['local', named('local', name => this.local(name))],
      ['module', named('module', name => this.moduleCall(name).value)],
      ['data', named('data', type => named(`data.${type}`, name => this.resource(`data.${type}.${name}`)))],
      // As Terraform gives them: relative to its working directory, the root module's folder (`../../modules/vm`);
      // file() reads relative to it too (root-files.ts). path.cwd is absolute in Terraform: a machine's, not the repository's.
      ['path', objectFrom({ module: relativeFolder(session.rootFolder, config.folder), root: '.', cwd: '.' })],
      // The workspace is chosen when Terraform runs, often `prod` in CI: read as `default`, a hotpatch flag or a count
      // that differs by workspace passed unplanned VMs. A map keyed by it still keeps its VMs (unknown keys, issue 13).
      ['terraform', objectFrom({ workspace: unknown(WORKSPACE_CHOSEN_AT_RUN) })],
      ['self', unknown('self is only known when Terraform runs')]
    ])
    this.scope = {
      lookup: name => {
        if (roots.has(name)) return roots.get(name)
        if (config.resourceTypes.has(name)) return named(name, resource => this.resource(`${name}.${resource}`))
        // `azurerm_x.y` of a resource declared nowhere in this module: say so rather than "not defined".
        if (RESOURCE_TYPE_NAME.test(name)) return named(name, resource => this.resource(`${name}.${resource}`))
        return undefined
      }
    }
  }

  /** This instance in condition keys (condition-keys.ts): the root, its var file, and its module path. */
  get conditionScope(): string {
    return `terraform:${this.session.rootFolder}|${this.session.varFile?.path ?? ''}|${this.address}`
  }

  variable(name: string): Value {
    return memoizedMemo(this.variables, name, `var.${name}`, this.session.evaluator, () => this.computeVariable(name))
  }

  local(name: string): Value {
    const declared = this.config.locals.get(name)
    if (!declared) return this.notDeclared(`local.${name}`)
    const evaluator = this.session.evaluator
    const hop: Hop = { kind: 'local', name, location: locationOf(declared.file, declared.item.pos) }
    return memoized(this.locals, name, `local.${name}`, evaluator, () => evaluator.evaluate(declared.item.expression, this.scope), hop)
  }

  /** The instances of a resource or data source (`type.name` / `data.type.name`). */
  resourceSet(key: string): ResourceSet | undefined {
    const declaration = this.config.resources.get(key)
    if (!declaration) return undefined
    let set = this.resources.get(key)
    if (!set) {
      set = expandResource(this, declaration)
      this.resources.set(key, set)
    }
    return set
  }

  moduleCall(name: string): ModuleSet {
    let set = this.modules.get(name)
    if (!set) {
      set = expandModuleCall(this, name)
      this.modules.set(name, set)
    }
    return set
  }

  private resource(key: string): Value {
    return this.resourceSet(key)?.value ?? this.notDeclared(key)
  }

  /** What a reference names is declared nowhere the module was read: said with the files that could not be. */
  notDeclared(what: string): Value {
    const { folder, unreadFiles } = this.config
    if (unreadFiles.length === 0) return failure(`${what} is not declared in ${folder}`)
    return failure(`${what} is not declared in the files of ${folder} that could be read (${unreadFiles.join(', ')} could not be)`)
  }

  private computeVariable(name: string): Memo {
    const declaration = this.config.variables.get(name)
    if (!declaration) return { value: this.notDeclared(`variable "${name}"`), hops: [] }
    const evaluator = this.session.evaluator
    const input = this.inputs(name)
    let captured = input ? evaluator.tracer.capture(() => input.evaluate()) : undefined
    let hop = input?.hop
    if (!captured || (captured.result === null && !declaration.nullable)) {
      const fallback = declaration.defaultValue
      if (fallback) {
        captured = evaluator.tracer.capture(() => evaluator.evaluate(fallback.expression, EMPTY_SCOPE))
        hop = { kind: 'default', name, location: locationOf(fallback.file ?? declaration.file, fallback.pos) }
      } else if (!captured) {
        const where = this.address === '' ? 'no default and no tfvars value: it is set when Terraform runs' : 'the module call does not set it'
        const allowed = allowedValues(declaration, evaluator)
        const result = unknown(`variable "${name}" has ${where}`)
        // `contains([...], var.x)` in a validation pins it to a few values: the policy evaluates each (issue 13).
        captured = { result: allowed === undefined ? result : { ...result, allowed }, hops: [] }
        hop = { kind: 'unset-variable', name, location: locationOf(declaration.file, declaration.block.pos) }
      }
    }
    const value = convertToType(captured?.result ?? null, declaration.type, expression =>
      evaluator.evaluate(expression, EMPTY_SCOPE)
    )
    return { value, hops: hop ? [hop, ...(captured?.hops ?? [])] : [] }
  }
}

/** The list of a `validation { condition = contains([...], var.<name>) }` of the variable, evaluated; else undefined. */
function allowedValues(declaration: VariableDeclaration, evaluator: Evaluator): readonly Value[] | undefined {
  for (const block of declaration.block.body.blocks) {
    const condition = block.type === 'validation' ? block.body.attributes.get('condition')?.expression : undefined
    if (condition?.kind !== 'call' || condition.name !== 'contains' || condition.args.length !== 2) continue
    const [list, subject] = condition.args
    const names = subject?.kind === 'getattr' && subject.target.kind === 'variable' && subject.target.name === 'var' && subject.name === declaration.name
    if (!names || list === undefined) continue
    const values = evaluator.evaluate(list, EMPTY_SCOPE)
    if (isList(values) && values.every(value => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) return values
  }
  return undefined
}

/** A module folder as Terraform's `path.module` gives it: from the root module's folder (`.` for the root itself). */
function relativeFolder(rootFolder: string, folder: string): string {
  return posix.relative(rootFolder === '.' ? '' : rootFolder, folder === '.' ? '' : folder) || '.'
}
