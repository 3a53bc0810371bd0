import type { SourceLocation } from '../../../model/source.js'
import type { Attribute, Block, Expression, Position } from '../hcl/ast.js'
import { parseTypeConstraint, type TypeConstraint } from '../eval/type-constraint.js'
import { isOverrideFile, mergeBlock, type OverrideError } from './overrides.js'

// In a module of their own so that the units (loaded with the scan, before the reader) need no evaluator.
export { moduleFolderOf, isLocalSource } from './folder-paths.js'

/** A parsed file of a module folder (only files without syntax errors take part in evaluation). */
export interface ConfigFile {
  readonly path: string
  readonly blocks: readonly Block[]
}

export interface VariableDeclaration {
  readonly name: string
  readonly file: string
  readonly block: Block
  readonly defaultValue: Attribute | undefined
  readonly type: TypeConstraint
  /** `nullable = false`: a null input falls back to the default. */
  readonly nullable: boolean
}

export interface Declared<T> {
  readonly file: string
  readonly item: T
}

export interface ResourceDeclaration {
  readonly mode: 'managed' | 'data'
  readonly type: string
  readonly name: string
  readonly file: string
  readonly block: Block
}

export interface ModuleCallDeclaration {
  readonly name: string
  readonly file: string
  readonly block: Block
  /** The `source` when it is a literal string (module sources cannot be expressions). */
  readonly source: string | undefined
}

/** Everything declared in one module folder (all its `.tf` files together). */
export interface ModuleConfig {
  readonly folder: string
  readonly files: readonly string[]
  readonly variables: ReadonlyMap<string, VariableDeclaration>
  readonly locals: ReadonlyMap<string, Declared<Attribute>>
  readonly outputs: ReadonlyMap<string, Declared<Attribute>>
  /** By `type.name` for managed resources and `data.type.name` for data sources. */
  readonly resources: ReadonlyMap<string, ResourceDeclaration>
  readonly moduleCalls: ReadonlyMap<string, ModuleCallDeclaration>
  /** Resource types declared in this folder (managed), to resolve `type.name` references. */
  readonly resourceTypes: ReadonlySet<string>
  /** `provider` blocks by the address resources name them by: `azurerm`, `azurerm.spoke` (its `alias`). */
  readonly providers: ReadonlyMap<string, Declared<Block>>
  /** Blocks of override files that name no declaration of the module (said where they are written). */
  readonly overrideErrors: readonly OverrideError[]
  /** The folder's `.tf` files that could not be read (syntax errors): what they declare is missing here. */
  readonly unreadFiles: readonly string[]
}

/** Collects the declarations of a folder's files; the first declaration of a name wins; override files merge last. */
export function moduleConfig(folder: string, files: readonly ConfigFile[], unreadFiles: readonly string[] = []): ModuleConfig {
  const config: Mutable = {
    folder,
    files: files.map(f => f.path),
    variables: new Map(),
    locals: new Map(),
    outputs: new Map(),
    resources: new Map(),
    moduleCalls: new Map(),
    resourceTypes: new Set(),
    providers: new Map(),
    overrideErrors: [],
    unreadFiles
  }
  for (const { path: file, blocks } of files) if (!isOverrideFile(file)) for (const block of blocks) declare(config, file, block)
  const overrides = files.filter(file => isOverrideFile(file.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const { path: file, blocks } of overrides) for (const block of blocks) override(config, file, block)
  return config
}

/** A ModuleConfig while it is collected. */
interface Mutable extends ModuleConfig {
  readonly variables: Map<string, VariableDeclaration>
  readonly locals: Map<string, Declared<Attribute>>
  readonly outputs: Map<string, Declared<Attribute>>
  readonly resources: Map<string, ResourceDeclaration>
  readonly moduleCalls: Map<string, ModuleCallDeclaration>
  readonly resourceTypes: Set<string>
  readonly providers: Map<string, Declared<Block>>
  readonly overrideErrors: OverrideError[]
}

function declare(config: Mutable, file: string, block: Block): void {
  const [first, second] = block.labels
  switch (block.type) {
    case 'variable':
      if (first !== undefined && !config.variables.has(first)) config.variables.set(first, variable(first, file, block))
      break
    case 'locals':
      for (const attribute of block.body.attributes.values()) {
        if (!config.locals.has(attribute.name)) config.locals.set(attribute.name, { file, item: attribute })
      }
      break
    case 'output': {
      const value = block.body.attributes.get('value')
      if (first !== undefined && value && !config.outputs.has(first)) config.outputs.set(first, { file, item: value })
      break
    }
    case 'resource':
    case 'data': {
      const key = resourceKey(block)
      if (key === undefined || first === undefined || second === undefined) break
      const mode = block.type === 'resource' ? 'managed' : 'data'
      if (!config.resources.has(key)) config.resources.set(key, { mode, type: first, name: second, file, block })
      if (mode === 'managed') config.resourceTypes.add(first)
      break
    }
    case 'module':
      if (first !== undefined && !config.moduleCalls.has(first)) config.moduleCalls.set(first, moduleCall(first, file, block))
      break
    case 'provider': {
      const address = first === undefined ? undefined : providerAddress(first, block)
      if (address !== undefined && !config.providers.has(address)) config.providers.set(address, { file, item: block })
      break
    }
  }
}

/** Merges a block of an override file into the declaration it names (overrides.ts), as Terraform does. */
function override(config: Mutable, file: string, block: Block): void {
  const [first] = block.labels
  const missing = (what: string): void => {
    config.overrideErrors.push({ file, block, message: `${what} overrides nothing declared in ${config.folder}: Terraform refuses the configuration` })
  }
  switch (block.type) {
    case 'variable': {
      const original = first === undefined ? undefined : config.variables.get(first)
      if (original === undefined || first === undefined) return missing(`variable "${first ?? ''}"`)
      config.variables.set(first, variable(first, original.file, mergeBlock(original.block, block, file)))
      return
    }
    case 'locals':
      for (const attribute of block.body.attributes.values()) config.locals.set(attribute.name, { file, item: attribute })
      return
    case 'output': {
      const value = block.body.attributes.get('value')
      if (first === undefined || !config.outputs.has(first)) return missing(`output "${first ?? ''}"`)
      if (value) config.outputs.set(first, { file, item: value })
      return
    }
    case 'resource':
    case 'data': {
      const key = resourceKey(block)
      const original = key === undefined ? undefined : config.resources.get(key)
      if (original === undefined || key === undefined) return missing(`${block.type} "${block.labels.join('" "')}"`)
      config.resources.set(key, { ...original, block: mergeBlock(original.block, block, file) })
      return
    }
    case 'module': {
      const original = first === undefined ? undefined : config.moduleCalls.get(first)
      if (original === undefined || first === undefined) return missing(`module "${first ?? ''}"`)
      config.moduleCalls.set(first, moduleCall(first, original.file, mergeBlock(original.block, block, file)))
      return
    }
    case 'provider': {
      const address = first === undefined ? undefined : providerAddress(first, block)
      const original = address === undefined ? undefined : config.providers.get(address)
      // An override of a default configuration the module leaves implicit (`provider "azurerm" {}` nowhere): it declares it.
      if (address !== undefined && original === undefined && !address.includes('.')) config.providers.set(address, { file, item: block })
      else if (original === undefined || address === undefined) missing(`provider "${first ?? ''}"`)
      else config.providers.set(address, { file: original.file, item: mergeBlock(original.item, block, file) })
      return
    }
  }
}

/** `type.name` of a resource block, `data.type.name` of a data block. */
function resourceKey(block: Block): string | undefined {
  const [first, second] = block.labels
  if (first === undefined || second === undefined) return undefined
  return block.type === 'resource' ? `${first}.${second}` : `data.${first}.${second}`
}

/** `azurerm`, or `azurerm.<alias>` when the block sets one (Terraform asks for a literal alias); undefined when it is not literal. */
function providerAddress(name: string, block: Block): string | undefined {
  const alias = block.body.attributes.get('alias')?.expression
  if (alias === undefined) return name
  const text = literalText(alias)
  return text === undefined ? undefined : `${name}.${text}`
}

/** A string written as a literal, or as a quoted template of text only. */
function literalText(expression: Expression): string | undefined {
  if (expression.kind === 'literal') return typeof expression.value === 'string' ? expression.value : undefined
  if (expression.kind === 'template' && expression.parts.length === 1 && expression.parts[0]?.kind === 'text') return expression.parts[0].text
  return undefined
}

function variable(name: string, file: string, block: Block): VariableDeclaration {
  const attributes = block.body.attributes
  const nullable = attributes.get('nullable')?.expression
  return {
    name,
    file,
    block,
    defaultValue: attributes.get('default'),
    type: parseTypeConstraint(attributes.get('type')?.expression),
    nullable: !(nullable?.kind === 'literal' && nullable.value === false)
  }
}

function moduleCall(name: string, file: string, block: Block): ModuleCallDeclaration {
  const source = block.body.attributes.get('source')?.expression
  return { name, file, block, source: source === undefined ? undefined : literalText(source) }
}

export const locationOf = (file: string, pos: Position): SourceLocation => ({ file, line: pos.line, column: pos.column })

