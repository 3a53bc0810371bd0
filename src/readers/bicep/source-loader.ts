import { resolveModulePath } from './module-paths.js'
import type { Workspace } from '../../workspace/workspace.js'
import type {
  Expression,
  ConditionalBody,
  FunctionDeclaration,
  ImportStatement,
  ModuleDeclaration,
  ObjectExpression,
  OutputDeclaration,
  ParameterDeclaration,
  Program,
  ResourceDeclaration,
  UsingStatement,
  VariableDeclaration
} from './ast.js'
import { type BicepSyntaxError, parseBicep } from './parser.js'
import type { Comment } from './tokenizer.js'

/** A name a template declares, as its expressions see it. */
export type DeclaredSymbol =
  | ParameterDeclaration
  | VariableDeclaration
  | ResourceDeclaration
  | ModuleDeclaration
  | FunctionDeclaration
  | { readonly kind: 'imported'; readonly statement: ImportStatement; readonly name: string }
  | { readonly kind: 'namespace'; readonly statement: ImportStatement }

/** One parsed `.bicep` or `.bicepparam` file, indexed by the names it declares. */
export interface SourceUnit {
  readonly path: string
  readonly isParameterFile: boolean
  readonly program: Program
  readonly symbols: ReadonlyMap<string, DeclaredSymbol>
  readonly outputs: ReadonlyMap<string, OutputDeclaration>
  readonly resources: readonly ResourceDeclaration[]
  readonly modules: readonly ModuleDeclaration[]
  readonly using?: UsingStatement
  /** `extends './base.bicepparam'`: the parameter file this one inherits values from. */
  readonly extends?: string
  readonly targetScope?: Expression
  readonly comments: readonly Comment[]
  readonly errors: readonly BicepSyntaxError[]
}

/** Why a file could not be read (too large, binary, not UTF-8, missing). */
export interface LoadFailure {
  readonly message: string
  readonly line: number
  readonly column: number
}

/** Where a module's code lives. */
export type ModuleTarget =
  | { readonly kind: 'bicep'; readonly path: string }
  | { readonly kind: 'arm-json'; readonly path: string }
  | { readonly kind: 'registry'; readonly reference: string }
  | { readonly kind: 'unreadable'; readonly reason: string }

const REGISTRY = /^(br|ts)(:|\/)/i

/** The object a resource or module body is, under its `if` or `[for]`. */
export function bodyObject(value: Expression | ConditionalBody): ObjectExpression | undefined {
  const body = value.kind === 'for' ? value.body : value
  const inner = body.kind === 'if' ? body.body : body
  return inner.kind === 'object' ? inner : undefined
}

/** Resources declared inside a resource body (`resource child 'subnets' = {...}`). */
export const nestedResources = (declaration: ResourceDeclaration): readonly ResourceDeclaration[] =>
  (bodyObject(declaration.value)?.members ?? []).filter(
    (member): member is ResourceDeclaration => member.kind === 'resource'
  )

/** What the loader needs of the workspace (tests pass an in-memory one). */
export type SourceFiles = Pick<Workspace, 'readText' | 'resolveFrom' | 'get'>

/** Reads and parses Bicep files through the workspace, once each. */
export class SourceLoader {
  private readonly units = new Map<string, SourceUnit | LoadFailure>()
  private readonly deploys = new Map<string, boolean>()
  /** Resolved references by file and reference: a module is resolved by the entry points, `mayDeploy`, the deployment and each instance. */
  private readonly targets = new Map<string, Map<string, ModuleTarget>>()
  private readonly callees = new Map<SourceUnit, readonly string[]>()

  constructor(private readonly workspace: SourceFiles) {}

  load(path: string): SourceUnit | LoadFailure {
    let unit = this.units.get(path)
    if (unit === undefined) {
      const text = this.workspace.readText(path)
      unit = text.ok ? indexUnit(path, text.text) : { message: text.message, line: text.line, column: text.column }
      this.units.set(path, unit)
    }
    return unit
  }

  /** Every file loaded so far (claimed files and the modules they reached). */
  loaded(): ReadonlyMap<string, SourceUnit | LoadFailure> {
    return this.units
  }

  /** Resolves a module or import reference written in `fromFile`. */
  resolve(fromFile: string, reference: string): ModuleTarget {
    let known = this.targets.get(fromFile)
    if (known === undefined) {
      known = new Map()
      this.targets.set(fromFile, known)
    }
    let target = known.get(reference)
    if (target === undefined) {
      target = this.resolveOnce(fromFile, reference)
      known.set(reference, target)
    }
    return target
  }

  private resolveOnce(fromFile: string, reference: string): ModuleTarget {
    if (REGISTRY.test(reference)) return { kind: 'registry', reference }
    const path = resolveModulePath((from, target) => this.workspace.resolveFrom(from, target), fromFile, reference)
    if (path === undefined) {
      return { kind: 'unreadable', reason: `module path '${reference}' leads outside the scanned folder` }
    }
    if (this.workspace.get(path) === undefined) return { kind: 'unreadable', reason: `module file '${path}' not found` }
    return path.toLowerCase().endsWith('.json') ? { kind: 'arm-json', path } : { kind: 'bicep', path }
  }

  /**
   * Whether a file, or a local module it calls (directly or not), declares a resource whose type
   * passes `relevant` (always the same test): modules that cannot deploy anything of interest are
   * not expanded. A breadth-first walk, so a long chain of modules cannot exhaust the stack.
   */
  mayDeploy(path: string, relevant: (type: string) => boolean): boolean {
    const known = this.deploys.get(path)
    if (known !== undefined) return known
    const declares = (declaration: ResourceDeclaration): boolean =>
      relevant(declaration.typeReference) || nestedResources(declaration).some(declares)
    const seen = new Set([path])
    const queue = [path]
    let result = false
    for (let next = queue.shift(); next !== undefined && !result; next = queue.shift()) {
      const unit = this.load(next)
      if (!('program' in unit)) continue
      result = unit.resources.some(declares)
      for (const callee of this.localModules(unit)) {
        if (!seen.has(callee)) queue.push(callee)
        seen.add(callee)
      }
    }
    this.deploys.set(path, result)
    return result
  }

  /** The local Bicep files a template calls as modules (asked by the entry points, twice, and `mayDeploy`). */
  localModules(unit: SourceUnit): readonly string[] {
    const known = this.callees.get(unit)
    if (known !== undefined) return known
    const callees: string[] = []
    for (const module of unit.modules) {
      const target = this.resolve(unit.path, module.path)
      if (target.kind === 'bicep') callees.push(target.path)
    }
    this.callees.set(unit, callees)
    return callees
  }
}

function indexUnit(path: string, text: string): SourceUnit {
  const parsed = parseBicep(text)
  const symbols = new Map<string, DeclaredSymbol>()
  const outputs = new Map<string, OutputDeclaration>()
  const resources: ResourceDeclaration[] = []
  const modules: ModuleDeclaration[] = []
  let using: UsingStatement | undefined
  let base: string | undefined
  let targetScope: Expression | undefined
  const statements = parsed.program.statements
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i] as (typeof statements)[number]
    switch (statement.kind) {
      case 'param':
      case 'var':
      case 'func':
        symbols.set(statement.name, statement)
        break
      case 'resource':
        symbols.set(statement.name, statement)
        resources.push(statement)
        break
      case 'module':
        symbols.set(statement.name, statement)
        modules.push(statement)
        break
      case 'output':
        outputs.set(statement.name, statement)
        break
      case 'import':
        if (statement.wildcardAlias !== undefined) {
          symbols.set(statement.wildcardAlias, { kind: 'namespace', statement })
        }
        for (const symbol of statement.symbols) {
          symbols.set(symbol.alias ?? symbol.name, { kind: 'imported', statement, name: symbol.name })
        }
        break
      case 'using':
        using = statement
        break
      case 'extends':
        base = statement.path
        break
      case 'targetScope':
        targetScope = statement.value
        break
    }
  }
  return {
    path,
    isParameterFile: path.toLowerCase().endsWith('.bicepparam'),
    program: parsed.program,
    symbols,
    outputs,
    resources,
    modules,
    using,
    extends: base,
    targetScope,
    comments: parsed.comments,
    errors: parsed.errors
  }
}
