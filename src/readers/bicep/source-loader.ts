import { type ModuleTarget, resolveModuleTarget } from './module-targets.js'
import type { Workspace } from '../../workspace/workspace.js'
import { WeightBoundedCache } from '../../workspace/weight-bounded-cache.js'
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
import type { LoadedFile } from './function-support.js'
import { type BicepSyntaxError, parseBicep } from './parser.js'
import type { Comment } from './tokenizer.js'

export type { ModuleTarget } from './module-targets.js'

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

/** The object a resource or module body is, under its `if` or `[for]`. */
export function bodyObject(value: Expression | ConditionalBody): ObjectExpression | undefined {
  const body = value.kind === 'for' ? value.body : value
  const inner = body.kind === 'if' ? body.body : body
  return inner.kind === 'object' ? inner : undefined
}

/**
 * The type a declaration deploys (without its `@version`): a resource nested in its parent's body writes its type
 * relative to the parent's (`resource license 'licenseProfiles@2024-07-10'` inside a `Microsoft.HybridCompute/machines`
 * is a `Microsoft.HybridCompute/machines/licenseProfiles`), as the `parent:` form writes it in full.
 */
export function declaredType(typeReference: string, parentType: string | undefined): string {
  const at = typeReference.indexOf('@')
  const type = at < 0 ? typeReference : typeReference.slice(0, at)
  return parentType !== undefined && !type.includes('/') ? `${parentType}/${type}` : type
}

/** Resources declared inside a resource body (`resource child 'subnets' = {...}`). */
export const nestedResources = (declaration: ResourceDeclaration): readonly ResourceDeclaration[] =>
  (bodyObject(declaration.value)?.members ?? []).filter(
    (member): member is ResourceDeclaration => member.kind === 'resource'
  )

/** What the loader needs of the workspace (tests pass an in-memory one). */
export type SourceFiles = Pick<Workspace, 'readText' | 'resolveFrom' | 'get'> & Partial<Pick<Workspace, 'root'>>

/**
 * How much Bicep source the loader keeps parsed once `trim` runs (a parse takes ~10 bytes of heap per
 * character). Files linked by module calls are read as one unit, and a unit can be half a repository:
 * bicep-registry-modules has one of 1,176 files (5.9 M characters), whose parses held 67 MB at once, and a
 * scan's memory grew with its largest group of linked files instead of with its largest deployment.
 * Bounded, such a group is parsed twice (to plan its entries, then to evaluate them): that repository
 * 150-165 -> 110-113 MB peak RSS, 1.31 -> 1.72 s CPU. A group within the bound is parsed once, as before.
 */
const PARSED_CHARACTERS = 1024 * 1024

/** What a file's first load found: its syntax errors, or why it could not be read. */
export type LoadOutcome = readonly BicepSyntaxError[] | LoadFailure

export const isLoadFailure = (outcome: LoadOutcome): outcome is LoadFailure => !Array.isArray(outcome)

/**
 * Reads and parses Bicep files through the workspace. A parse is kept until `trim` drops it (least
 * recently used first, beyond PARSED_CHARACTERS); a file loaded again after that is parsed again, to the
 * same result. What the callers keep of a file for the whole unit is small and recorded at its first
 * load: its outcome, and the local modules it calls.
 */
export class SourceLoader {
  /** Parsed files, weighed by their length in characters. */
  private readonly parsed: WeightBoundedCache<string, SourceUnit>
  /** Each file's outcome, in the order of first loads. */
  private readonly outcomes = new Map<string, LoadOutcome>()
  private readonly deploys = new Map<string, boolean>()
  /** Resolved references by file and reference: a module is resolved by the entry points, `mayDeploy`, the deployment and each instance. */
  private readonly targets = new Map<string, Map<string, ModuleTarget>>()
  /** The local Bicep files each loaded template calls as modules, by path. */
  private readonly callees = new Map<string, readonly string[]>()

  /** `parsedCharacters`: how much source `trim` keeps parsed (tests set 0 to drop every parse). */
  constructor(
    private readonly workspace: SourceFiles,
    parsedCharacters = PARSED_CHARACTERS
  ) {
    this.parsed = new WeightBoundedCache(parsedCharacters)
  }

  load(path: string): SourceUnit | LoadFailure {
    const kept = this.parsed.get(path)
    if (kept !== undefined) return kept
    const known = this.outcomes.get(path)
    if (known !== undefined && isLoadFailure(known)) return known
    const text = this.workspace.readText(path)
    if (!text.ok) {
      // Also when a file parsed before can no longer be read: it is reported, not lost.
      const failure = { message: text.message, line: text.line, column: text.column }
      this.outcomes.set(path, failure)
      return failure
    }
    const unit = indexUnit(path, text.text)
    if (known === undefined) {
      this.outcomes.set(path, unit.errors)
      // Known from here on without the parse: planning asks for every file's modules.
      this.localModules(unit)
    }
    this.parsed.add(path, unit, text.text.length)
    return unit
  }

  /**
   * Drops the least recently used parses beyond PARSED_CHARACTERS. Called between deployments, never
   * during one: each template instance must see one parse of each file it reaches.
   */
  trim(): void {
    this.parsed.trim()
  }

  /** What the first load of each file loaded so far found (claimed files and the modules they reached), in that order. */
  outcomesOfLoads(): ReadonlyMap<string, LoadOutcome> {
    return this.outcomes
  }

  /** A file a template loads when compiled (`loadJsonContent`): relative to it, inside the scanned folder, as the workspace reads files. */
  loadFile(fromFile: string, reference: string): LoadedFile {
    const path = this.workspace.resolveFrom(fromFile, reference)
    if (path === undefined) return { ok: false, reason: `'${reference}' leads outside the scanned folder` }
    const text = this.workspace.readText(path)
    return text.ok ? { ok: true, path, text: text.text } : { ok: false, reason: `${path}: ${text.message}` }
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
      target = resolveModuleTarget(this.workspace, fromFile, reference)
      known.set(reference, target)
    }
    return target
  }

  /**
   * Whether a file, or a local module it calls (directly or not), declares a resource whose type
   * passes `relevant` (always the same test), or calls a module it does not read as Bicep (a registry
   * module, one not there, ARM JSON): modules that cannot deploy anything of interest are not expanded.
   * A breadth-first walk, so a long chain of modules cannot exhaust the stack.
   */
  mayDeploy(path: string, relevant: (type: string) => boolean): boolean {
    const known = this.deploys.get(path)
    if (known !== undefined) return known
    const declares = (declaration: ResourceDeclaration, parentType?: string): boolean => {
      const type = declaredType(declaration.typeReference, parentType)
      return relevant(type) || nestedResources(declaration).some(nested => declares(nested, type))
    }
    const seen = new Set([path])
    const queue = [path]
    let result = false
    for (let next = queue.shift(); next !== undefined && !result; next = queue.shift()) {
      const unit = this.load(next)
      if (!('program' in unit)) continue
      // A module this reader does not follow as Bicep (a registry module, one not there, ARM JSON) may deploy anything:
      // the caller reads it (a known interface, a stand-in or a notice). Skipping its local caller hid it silently.
      result = unit.resources.some(declaration => declares(declaration)) || unit.modules.some(module => this.resolve(next, module.path).kind !== 'bicep')
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
    const known = this.callees.get(unit.path)
    if (known !== undefined) return known
    const callees: string[] = []
    for (const module of unit.modules) {
      const target = this.resolve(unit.path, module.path)
      if (target.kind === 'bicep') callees.push(target.path)
    }
    this.callees.set(unit.path, callees)
    return callees
  }

  /** `localModules` of a file by its path (none when it cannot be read), parsing it only when they are not known. */
  localModulesOf(path: string): readonly string[] {
    const known = this.callees.get(path)
    if (known !== undefined) return known
    const unit = this.load(path)
    return 'program' in unit ? this.localModules(unit) : []
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
