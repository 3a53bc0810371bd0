import type { SourceLocation } from '../../../model/source.js'
import type { Attribute, Block, Expression, Position } from '../hcl/ast.js'
import { parseTypeConstraint, type TypeConstraint } from '../eval/type-constraint.js'

// In a module of their own so that the units (loaded with the scan, before the reader) need no evaluator.
export { folderOf, isLocalSource } from './folder-paths.js'

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
}

/** Collects the declarations of a folder's files; the first declaration of a name wins. */
export function moduleConfig(folder: string, files: readonly ConfigFile[]): ModuleConfig {
  const variables = new Map<string, VariableDeclaration>()
  const locals = new Map<string, Declared<Attribute>>()
  const outputs = new Map<string, Declared<Attribute>>()
  const resources = new Map<string, ResourceDeclaration>()
  const moduleCalls = new Map<string, ModuleCallDeclaration>()
  const resourceTypes = new Set<string>()
  const providers = new Map<string, Declared<Block>>()
  for (const { path: file, blocks } of files) {
    for (const block of blocks) {
      const [first, second] = block.labels
      switch (block.type) {
        case 'variable':
          if (first !== undefined && !variables.has(first)) variables.set(first, variable(first, file, block))
          break
        case 'locals':
          for (const attribute of block.body.attributes.values()) {
            if (!locals.has(attribute.name)) locals.set(attribute.name, { file, item: attribute })
          }
          break
        case 'output': {
          const value = block.body.attributes.get('value')
          if (first !== undefined && value && !outputs.has(first)) outputs.set(first, { file, item: value })
          break
        }
        case 'resource':
        case 'data': {
          if (first === undefined || second === undefined) break
          const mode = block.type === 'resource' ? 'managed' : 'data'
          const key = mode === 'managed' ? `${first}.${second}` : `data.${first}.${second}`
          if (!resources.has(key)) resources.set(key, { mode, type: first, name: second, file, block })
          if (mode === 'managed') resourceTypes.add(first)
          break
        }
        case 'module':
          if (first !== undefined && !moduleCalls.has(first)) moduleCalls.set(first, moduleCall(first, file, block))
          break
        case 'provider': {
          const address = first === undefined ? undefined : providerAddress(first, block)
          if (address !== undefined && !providers.has(address)) providers.set(address, { file, item: block })
          break
        }
      }
    }
  }
  return { folder, files: files.map(f => f.path), variables, locals, outputs, resources, moduleCalls, resourceTypes, providers }
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

