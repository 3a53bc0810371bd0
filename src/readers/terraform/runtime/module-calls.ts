import { posix } from 'node:path'
import type { Sourced } from '../../../model/source.js'
import { MAX_TREE_FOLDERS, moduleFolderKey } from '../config/folders.js'
import { moduleFolderOf, isLocalSource, locationOf, type ModuleCallDeclaration } from '../config/module-config.js'
import { childScope } from '../eval/evaluator.js'
import { failure, type Lazy, unknown, type Value } from '../eval/value.js'
import { combinedKeys, keyedOf } from './condition-keys.js'
import { expand, keySuffix } from './expansion.js'
import { type Memos, memoized } from './memo.js'
import { ModuleInstance } from './module-instance.js'

/** Modules nested deeper than this are not evaluated (their outputs read as unknown). */
export const MAX_MODULE_DEPTH = 12

/** Arguments of a module block that are not inputs of the module. */
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on'])

export interface ModuleSet {
  readonly instances: readonly ModuleInstance[]
  /** What `module.name` evaluates to: the outputs of one instance, a list or a map of them. */
  readonly value: Value
  readonly note?: string
  /** Why the module's own files are not read (a registry or git source, a missing folder...). */
  readonly skipped?: string
}

/** Expands a module call of `parent` into child module instances (only local sources are read). */
export function expandModuleCall(parent: ModuleInstance, name: string): ModuleSet {
  const call = parent.config.moduleCalls.get(name)
  if (!call) return { instances: [], value: parent.notDeclared(`module "${name}"`) }
  const session = parent.session
  if (call.source !== undefined && isLocalSource(call.source) && parent.callSites.length >= MAX_MODULE_DEPTH) {
    // Not evaluating it would hide what it declares: a located error, like any exhausted budget.
    const message = `module.${name} is nested more than ${MAX_MODULE_DEPTH} module calls deep; it is not evaluated`
    session.notEvaluated(call.file, call.block.pos, message)
    return { instances: [], value: unknown(message) }
  }
  const resolved = call.source === undefined ? undefined : session.moduleFolders.get(moduleFolderKey(parent.config.folder, call.source))
  if (resolved !== undefined && !session.configs.has(resolved)) {
    // Resolved but never loaded: the root's module tree reached MAX_TREE_FOLDERS folders before it.
    const message = `module.${name} is past the ${MAX_TREE_FOLDERS} module folders one root module may load; it is not evaluated`
    session.notEvaluated(call.file, call.block.pos, message)
    return { instances: [], value: unknown(message) }
  }
  const folder = moduleFolder(parent, call)
  if (typeof folder !== 'object') {
    // A module read elsewhere (a cycle, too deep) is checked in its own right; one never read is said so.
    const unread = unreadSource(parent, call) === undefined ? {} : { skipped: folder }
    // A registry module the gate knows (known-modules/): the outputs read in its source, linked to what it deploys.
    const known = unread.skipped === undefined ? undefined : session.registryOutputs(parent, call, folder)
    return { instances: [], value: known ?? unknown(folder), ...unread }
  }
  const evaluator = session.evaluator
  const budget = { factors: parent.factors, limits: session.limits, what: `module.${name}` }
  const expansion = expand(call.block, call.file, parent.scope, evaluator, budget, parent.conditionScope)
  if (expansion.exceeded !== undefined) session.notEvaluated(call.file, call.block.pos, expansion.exceeded)
  const factors = hasCondition(call) ? [...parent.factors, expansion.instances.length] : parent.factors
  const prefix = parent.address === '' ? '' : `${parent.address}.`
  const instances = expansion.instances.map(expanded => {
    const scope = childScope(parent.scope, expanded.names)
    const inputs = (variable: string) => {
      const attribute = META_ARGUMENTS.has(variable) ? undefined : call.block.body.attributes.get(variable)
      if (!attribute) return undefined
      return {
        hop: { kind: 'module-input' as const, name: variable, location: locationOf(attribute.file ?? call.file, attribute.pos) },
        evaluate: () => evaluator.evaluate(attribute.expression, scope)
      }
    }
    return new ModuleInstance(
      session,
      folder.config,
      `${prefix}module.${name}${keySuffix(expanded.key)}`,
      inputs,
      [...parent.callSites, { file: call.file, block: call.block }],
      hasCondition(call) ? combineDeployed(parent.deployed, expanded.deployed) : parent.deployed,
      parent.keys + keySuffix(expanded.key),
      factors,
      parent,
      hasCondition(call) ? combinedKeys(parent, keyedOf(expanded)) : parent.conditionKeys
    )
  })
  const value = expansion.collect(instances.map(outputsOf))
  return { instances, value, ...(expansion.note ? { note: expansion.note } : {}) }
}

const hasCondition = (call: ModuleCallDeclaration): boolean =>
  call.block.body.attributes.has('count') || call.block.body.attributes.has('for_each')

/** The config of a local module, or why it is not evaluated. */
function moduleFolder(parent: ModuleInstance, call: ModuleCallDeclaration): { config: ModuleInstance['config'] } | string {
  const unread = unreadSource(parent, call)
  if (unread !== undefined) return unread
  const session = parent.session
  const folder = session.moduleFolders.get(moduleFolderKey(parent.config.folder, call.source ?? '')) as string
  const config = session.configs.get(folder) as ModuleInstance['config']
  if (parent.callSites.length >= MAX_MODULE_DEPTH) return `module "${call.name}" is nested too deeply to evaluate`
  if (folder === parent.config.folder || ancestors(parent).includes(folder)) {
    return `module "${call.name}" calls a module that is already being evaluated (a cycle)`
  }
  return { config }
}

/** Why a module's files are not in the scan at all (a registry, git or missing source), if they are not. */
function unreadSource(parent: ModuleInstance, call: ModuleCallDeclaration): string | undefined {
  const source = call.source
  if (source === undefined) return `module "${call.name}" has no literal source`
  if (!isLocalSource(source)) {
    return `module "${call.name}" comes from "${source}" (a registry or remote module), which the scanner does not read`
  }
  // Said as Bicep says it of a module path: a source outside the scanned folder is not read, and not in silence.
  if (leadsOutside(moduleFolderOf(call.file), source)) return `module "${call.name}": source '${source}' leads outside the scanned folder`
  const session = parent.session
  const folder = session.moduleFolders.get(moduleFolderKey(parent.config.folder, source))
  if (folder === undefined || !session.configs.get(folder)) {
    return `module "${call.name}": "${source}" is not a folder with .tf files inside the scanned repository`
  }
  return undefined
}

/** Whether a local source leaves the scanned folder (`../../modules` from a folder one level down). */
function leadsOutside(callerFolder: string, source: string): boolean {
  if (!isLocalSource(source)) return false
  if (posix.isAbsolute(source) || /^[a-zA-Z]:[\\/]/.test(source)) return true
  const joined = posix.normalize(posix.join(callerFolder === '.' ? '' : callerFolder, source.replaceAll('\\', '/')))
  return joined === '..' || joined.startsWith('../')
}

function ancestors(instance: ModuleInstance): string[] {
  return [instance.session.rootFolder, ...instance.callSites.map(site => moduleFolderOf(site.file))]
}

function combineDeployed(outer: Sourced<boolean> | undefined, own: Sourced<boolean>): Sourced<boolean> {
  return !outer || outer.value === true ? own : outer
}

/** A module instance's outputs, evaluated on access and memoized. */
function outputsOf(instance: ModuleInstance): Lazy {
  const memo: Memos = new Map()
  const evaluator = instance.session.evaluator
  return {
    kind: 'lazy',
    description: instance.address,
    attribute: name => {
      const output = instance.config.outputs.get(name)
      if (!output) return failure(`${instance.address} has no output "${name}"`)
      return memoized(memo, name, `${instance.address}.${name}`, evaluator, () =>
        evaluator.evaluate(output.item.expression, instance.scope)
      )
    }
  }
}
