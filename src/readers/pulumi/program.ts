import type { ParseError } from '../../model/resources.js'
import { child, isMap, isSeq, scalarText, type YamlMap, type YamlMapEntry, type YamlNode } from '../../yaml/nodes.js'
import type { YamlParseResult } from '../../yaml/parse.js'
import { folderOf } from '../../model/paths.js'

/** A config key's declaration in the project (`config:` / legacy `configuration:`). */
export interface ConfigDeclaration {
  /** `string`, `integer`, `boolean`, `array`, `object` (or undefined: untyped). */
  readonly type: string | undefined
  /** The project's default or value. */
  readonly byDefault: YamlNode | undefined
  /** The file declaring it (the project file or `Main.yaml`). */
  readonly file: string
}

/** A `Pulumi.yaml` project and, when its runtime is `yaml`, its program. */
export interface PulumiProject {
  readonly file: string
  /** The file holding the program: the project file, or `Main.yaml` in its `main` folder. */
  readonly programFile: string
  readonly name: string
  /** The `runtime` name (`yaml`, `nodejs`, ...) and where it is written. */
  readonly runtime: string
  readonly runtimeAt: { readonly line: number; readonly column: number }
  readonly isYamlProgram: boolean
  /** Folder of `Pulumi.<stack>.yaml` files (`stackConfigDir`, else the project's folder), workspace-relative. */
  readonly stackDirectory: string
  /** Keyed by the full config key (`<namespace>:<name>`). */
  readonly config: ReadonlyMap<string, ConfigDeclaration>
  readonly variables: ReadonlyMap<string, YamlMapEntry>
  readonly resources: readonly YamlMapEntry[]
}

/** A `Pulumi.<stack>.yaml` stack settings file. */
export interface StackSettings {
  readonly file: string
  readonly stack: string
  /** Keyed by the full config key; values as written in the stack file. */
  readonly values: ReadonlyMap<string, YamlNode>
  /**
   * The Pulumi ESC environments the stack imports (`environment:`): their `pulumiConfig` becomes stack config the
   * repository does not hold, so a key the stack file does not set may be set there.
   */
  readonly environments: readonly string[]
}

const DECLARATION_KEYS = new Set(['type', 'default', 'value', 'secret', 'description', 'items'])

/** Where a YAML program may live apart from the project file: `<main>/Main.yaml`. */
export function mainProgramPath(file: string, parsed: YamlParseResult): string {
  const main = scalarText(child(parsed.documents[0]?.root, 'main')) ?? ''
  return joinPath(joinPath(folderOf(file), main), 'Main.yaml')
}

/**
 * Reads the project file and its program (the project file itself, or a separate `Main.yaml`);
 * errors name what was expected.
 */
export function readProject(
  file: string,
  parsed: YamlParseResult,
  program: { readonly file: string; readonly parsed: YamlParseResult } = { file, parsed }
): PulumiProject | ParseError {
  const root = parsed.documents[0]?.root
  if (!isMap(root)) return problem(file, root, 'expected a Pulumi project (a mapping with name and runtime)')
  const name = scalarText(child(root, 'name'))
  if (name === undefined) return problem(file, root, 'expected the project name (name: <string>)')
  const runtime = child(root, 'runtime')
  const runtimeName = scalarText(runtime) ?? scalarText(child(runtime, 'name'))
  const programRoot = program.parsed.documents[0]?.root
  const stackConfigDir = scalarText(child(root, 'stackConfigDir'))
  const config = declarations(name, child(root, 'config') ?? child(root, 'configuration'), file)
  if (programRoot !== root) {
    const programConfig = child(programRoot, 'config') ?? child(programRoot, 'configuration')
    for (const [key, declaration] of declarations(name, programConfig, program.file)) {
      config.set(key, declaration)
    }
  }
  return {
    file,
    programFile: program.file,
    name,
    runtime: runtimeName ?? 'unknown',
    runtimeAt: (runtime ?? root).start,
    isYamlProgram: runtimeName === 'yaml',
    stackDirectory: stackConfigDir === undefined ? folderOf(file) : joinPath(folderOf(file), stackConfigDir),
    config,
    variables: new Map(entries(child(programRoot, 'variables')).map(entry => [entry.key, entry])),
    resources: entries(child(programRoot, 'resources'))
  }
}

/** Reads a stack settings file; keys without a namespace belong to the project. */
export function readStack(file: string, projectName: string, parsed: YamlParseResult): StackSettings | ParseError {
  const root = parsed.documents[0]?.root
  const stack = /Pulumi\.(.+)\.ya?ml$/.exec(file)?.[1] ?? file
  if (root === undefined) return { file, stack, values: new Map(), environments: [] }
  if (!isMap(root)) return problem(file, root, 'expected stack settings (a mapping with config)')
  const values = new Map(entries(child(root, 'config')).map(entry => [fullKey(projectName, entry.key), entry.value]))
  return { file, stack, values, environments: environmentsOf(child(root, 'environment')) }
}

/**
 * `environment: [web/prod]` (or `imports:` under it, or one name): the names as written; an entry that is not text is
 * still an import, named by where it is, so that the stack is never read as importing none.
 */
function environmentsOf(written: YamlNode | undefined): string[] {
  const node = isMap(written) ? (child(written, 'imports') ?? written) : written
  if (node === undefined) return []
  const items = isSeq(node) ? node.items : [node]
  return items.map(item => scalarText(item) ?? `an environment at line ${item.start.line}`)
}

/** `<namespace>:<name>`; a bare name belongs to the project. */
export const fullKey = (projectName: string, key: string): string => (key.includes(':') ? key : `${projectName}:${key}`)

function declarations(projectName: string, node: YamlNode | undefined, file: string): Map<string, ConfigDeclaration> {
  const found = new Map<string, ConfigDeclaration>()
  for (const entry of entries(node)) {
    const value = entry.value
    const isDeclaration =
      isMap(value) && value.entries.length > 0 && value.entries.every(e => DECLARATION_KEYS.has(e.key))
    const declaration: ConfigDeclaration = isDeclaration
      ? { type: scalarText(child(value, 'type')), byDefault: child(value, 'default') ?? child(value, 'value'), file }
      : { type: undefined, byDefault: value, file }
    found.set(fullKey(projectName, entry.key), declaration)
  }
  return found
}

const entries = (node: YamlNode | undefined): readonly YamlMapEntry[] => (isMap(node) ? node.entries : [])

function joinPath(folder: string, relative: string): string {
  const parts = (folder === '' ? [] : folder.split('/')).concat(relative.split('/'))
  const joined: string[] = []
  for (const part of parts) {
    if (part === '' || part === '.') continue
    if (part === '..') joined.pop()
    else joined.push(part)
  }
  return joined.join('/')
}

function problem(file: string, node: YamlMap | YamlNode | undefined, message: string): ParseError {
  return { file, line: node?.start.line ?? 1, column: node?.start.column ?? 1, message, severity: 'error' }
}
