import type { InlineExemption, ParseError, Resource } from '../../model/resources.js'
import type { Workspace, WorkspaceFile } from '../../workspace/workspace.js'
import { filesIn } from '../../workspace/folder-files.js'
import { inlineExemptions } from '../../yaml/exemptions.js'
import { parseYaml, type YamlParseResult } from '../../yaml/parse.js'
import type { ManifestReader, ReaderOutput } from '../reader.js'
import { ResourceCatalog } from './catalog.js'
import { classicProviderResources } from './classic-provider.js'
import { ProgramEvaluator } from './evaluator.js'
import { packageResources } from './package-resources.js'
import { mainProgramPath, readProject, readStack, type PulumiProject, type StackSettings } from './program.js'
import { MAIN_FILE, PROJECT_FILE, pulumiClaim, STACK_FILE } from './pulumi-claim.js'
import { folderOf } from '../../model/paths.js'
import { toResource, type EvaluationContext } from './resources.js'
import { TermValues } from './values.js'

/**
 * Pulumi YAML programs (`runtime: yaml`) with their `azure-native` resources (those of the classic `azure`
 * provider are said: classic-provider.ts; components and other packages' resources with a hotpatch signal are
 * stand-ins: package-resources.ts). The program is
 * evaluated once per stack settings file `Pulumi.<stack>.yaml` (variant = stack name), or once with
 * config defaults when there is none. Stack files reach their project through the workspace, so a
 * scan of changed files only still evaluates the program. The scan hands it one project at a time
 * (units.ts).
 */
export const pulumiReader: ManifestReader = {
  ...pulumiClaim,
  read: (files, workspace) => Promise.resolve(readPulumi(files, workspace))
}

interface Loaded {
  readonly parsed?: YamlParseResult
  readonly errors: readonly ParseError[]
}

function readPulumi(files: readonly WorkspaceFile[], workspace: Workspace): ReaderOutput {
  const parseErrors: ParseError[] = []
  const exemptions: InlineExemption[] = []
  const manifests = new Set<string>()
  const load = memoize((path: string): Loaded => loadYaml(path, workspace))
  const report = (path: string): YamlParseResult | undefined => {
    const loaded = load(path)
    parseErrors.push(...loaded.errors)
    return loaded.parsed
  }

  const projectFiles = new Set(files.filter(file => PROJECT_FILE.test(file.path)).map(file => file.path))
  for (const file of files) {
    if (PROJECT_FILE.test(file.path)) continue
    const project = MAIN_FILE.test(file.path)
      ? projectOfProgram(file.path, workspace, load)
      : projectIn(folderOf(file.path), workspace)
    if (project) projectFiles.add(project)
  }

  const resources: Resource[] = []
  for (const projectFile of [...projectFiles].sort()) {
    const parsed = report(projectFile)
    // A file that did not parse at all has been reported already.
    if (parsed === undefined || parsed.documents.length === 0) continue
    const mainPath = mainProgramPath(projectFile, parsed)
    const main = workspace.get(mainPath) ? report(mainPath) : undefined
    const project = readProject(projectFile, parsed, main ? { file: mainPath, parsed: main } : undefined)
    if ('message' in project) {
      parseErrors.push(project)
      continue
    }
    if (!project.isYamlProgram) {
      parseErrors.push(notYaml(project))
      continue
    }
    manifests.add(projectFile)
    if (main) manifests.add(mainPath)
    exemptions.push(...inlineExemptions(project.programFile, main ?? parsed))

    const stacks = stackFiles(project, files, workspace).flatMap(path => {
      const stack = report(path)
      const settings = stack ? readStack(path, project.name, stack) : undefined
      if (settings && 'message' in settings) parseErrors.push(settings)
      return settings && !('message' in settings) ? [settings] : []
    })
    for (const stack of stacks) manifests.add(stack.file)
    const evaluations = (stacks.length > 0 ? stacks : [undefined]).map(stack => evaluation(project, stack))
    for (const context of evaluations) resources.push(...modelled(context))
    for (const classic of classicProviderResources(project.programFile, project.resources, evaluations)) {
      if ('message' in classic) parseErrors.push(classic)
      else resources.push(classic)
    }
    resources.push(...packageResources(project.programFile, project.resources, evaluations))
  }
  return { resources, parseErrors, manifests: [...manifests], inlineExemptions: exemptions }
}

function projectIn(folder: string, workspace: Workspace): string | undefined {
  const candidates = ['Pulumi.yaml', 'Pulumi.yml'].map(name => (folder ? `${folder}/${name}` : name))
  return candidates.find(path => workspace.get(path))
}

/** The project whose `main` names this `Main.yaml`: its own folder's or an ancestor's. */
function projectOfProgram(program: string, workspace: Workspace, load: (path: string) => Loaded): string | undefined {
  const folders = folderOf(program).split('/')
  for (let depth = folders.length; depth >= 0; depth--) {
    const project = projectIn(folders.slice(0, depth).join('/'), workspace)
    const parsed = project === undefined ? undefined : load(project).parsed
    if (project !== undefined && parsed !== undefined && mainProgramPath(project, parsed) === program) return project
  }
  return undefined
}

function notYaml(project: PulumiProject): ParseError {
  const { line, column } = project.runtimeAt
  const message = `Pulumi ${project.runtime} program is not evaluated (only runtime: yaml programs are read)`
  return { file: project.file, line, column, message, severity: 'notice' }
}

/** The program evaluated for one stack, or with config defaults when there is none. */
function evaluation(project: PulumiProject, stack: StackSettings | undefined): EvaluationContext {
  const catalog = new ResourceCatalog(project.resources, stack ? `@${stack.stack}` : '', project.programFile)
  const evaluator = new ProgramEvaluator(project, stack, catalog)
  catalog.bind(evaluator)
  return {
    programFile: project.programFile,
    catalog,
    values: new TermValues(evaluator, catalog),
    variant: stack?.stack ?? '',
    related: stack ? [{ file: stack.file, startLine: 1, role: 'stack-config' }] : []
  }
}

/** The azure-native resources of one evaluation, in the model. */
function modelled(context: EvaluationContext): Resource[] {
  return context.catalog.all().flatMap(resource => {
    const found = toResource(resource, context)
    return found === undefined ? [] : [found]
  })
}

/**
 * `Pulumi.<stack>.yaml` files of the project's stack folder. A scanned program is evaluated with every
 * stack the workspace has; otherwise only the scanned stack files are (a change to one stack).
 */
function stackFiles(project: PulumiProject, files: readonly WorkspaceFile[], workspace: Workspace): string[] {
  const inFolder = (path: string): boolean => STACK_FILE.test(path) && folderOf(path) === project.stackDirectory
  const scanned = files.map(file => file.path)
  const programScanned = scanned.includes(project.file) || scanned.includes(project.programFile)
  if (!programScanned) return scanned.filter(inFolder).sort()
  return filesIn(workspace, project.stackDirectory || '.')
    .map(file => file.path)
    .filter(inFolder)
    .sort()
}

function loadYaml(path: string, workspace: Workspace): Loaded {
  const text = workspace.readText(path)
  if (!text.ok) {
    return { errors: [{ file: path, line: text.line, column: text.column, message: text.message, severity: 'error' }] }
  }
  const parsed = parseYaml(text.text)
  const errors = parsed.errors.map(
    ({ line, column, message }): ParseError => ({ file: path, line, column, message, severity: 'error' })
  )
  return { parsed, errors }
}

function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>()
  return key => {
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    const value = compute(key)
    cache.set(key, value)
    return value
  }
}
