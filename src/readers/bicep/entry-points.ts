import { type JsonParameterFile, readJsonParameterFile } from './json-parameter-file.js'
import type { SourceFiles, SourceLoader, SourceUnit } from './source-loader.js'
import { templateNotThere, type ModuleTarget } from './module-targets.js'
import { builtByBicep } from '../shared/bicep-build-output.js'
import type { ProblemSink } from './template.js'

/** A deployment to evaluate: a template, with the parameter file that deploys it if any (`.bicepparam` or JSON). */
export interface Entry {
  readonly template: SourceUnit
  readonly parameterFile?: SourceUnit
  readonly parameterJson?: JsonParameterFile
  /**
   * Which rule below made it an entry (0: a parameter file, 1: a template no one calls, 2: a template
   * reached only through a cycle): entries are evaluated in this order, then in file order.
   */
  readonly phase?: 0 | 1 | 2
}

/** An entry as planned, by path: its files are parsed when it is evaluated (`loadEntry`), not kept meanwhile. */
export interface PlannedEntry {
  readonly template: string
  readonly parameterFile?: string
  /** A JSON parameter file of the template's folder (shared/bicep-parameter-files.ts). */
  readonly parameterJson?: string
  readonly phase: 0 | 1 | 2
}

/** What planning needs of a claimed file, kept for the whole unit instead of its parse. */
export type ClaimedSource = Pick<SourceUnit, 'path' | 'isParameterFile' | 'using'>

/**
 * Which templates are deployed, and how:
 * - a template some `.bicepparam` file uses is evaluated once per such file, and once per JSON parameter
 *   file of its folder that deploys it (`jsonParameterFiles`: `main.parameters.json` for `main.bicep`);
 * - any other template is evaluated with its defaults, unless another scanned template calls it as a
 *   module (then it is only evaluated through its callers, with the parameters they pass);
 * - templates only reachable through a cycle of module calls are evaluated on their own, so none is lost.
 */
export function planEntries(
  claimed: readonly ClaimedSource[],
  loader: SourceLoader,
  report: ProblemSink,
  jsonParameterFiles: (template: string) => readonly string[] = () => []
): PlannedEntry[] {
  const entries: PlannedEntry[] = []
  const parameterized = new Set<string>()
  // In the order of the claimed files each entry is known by (a JSON parameter file is not claimed: its template).
  for (const source of claimed) {
    if (!source.isParameterFile) {
      for (const parameterJson of jsonParameterFiles(source.path)) {
        entries.push({ template: source.path, parameterJson, phase: 0 })
        parameterized.add(source.path)
      }
      continue
    }
    const template = usedTemplate(source, loader, report)
    if (template === undefined) continue
    entries.push({ template, parameterFile: source.path, phase: 0 })
    parameterized.add(template)
  }
  const templates = claimed.filter(source => !source.isParameterFile).map(source => source.path)
  const called = new Set(templates.flatMap(template => loader.localModulesOf(template)))
  for (const template of templates) {
    if (!parameterized.has(template) && !called.has(template)) entries.push({ template, phase: 1 })
  }
  const reached = new Set<string>()
  const reach = (start: string): void => {
    const pending = [start]
    for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
      if (reached.has(path)) continue
      reached.add(path)
      pending.push(...loader.localModulesOf(path))
    }
  }
  for (const entry of entries) reach(entry.template)
  for (const template of templates) {
    if (reached.has(template)) continue
    entries.push({ template, phase: 2 })
    reach(template)
  }
  return entries
}

/**
 * A planned entry's files, parsed (again, if the loader dropped them); undefined if one can no longer be read
 * or a JSON parameter file turns out not to be one (its syntax errors are the ARM reader's: it claims it).
 */
export function loadEntry(planned: PlannedEntry, loader: SourceLoader, files: Pick<SourceFiles, 'readText'>): Entry | undefined {
  const template = loader.load(planned.template)
  if (!('program' in template)) return undefined
  if (planned.parameterJson !== undefined) {
    const parameterJson = readJsonParameterFile(planned.parameterJson, files)
    return parameterJson === undefined ? undefined : { template, parameterJson, phase: planned.phase }
  }
  if (planned.parameterFile === undefined) return { template, phase: planned.phase }
  const parameterFile = loader.load(planned.parameterFile)
  return 'program' in parameterFile ? { template, parameterFile, phase: planned.phase } : undefined
}

/** The template a parameter file's `using` names, or undefined (reported) when it cannot be read. */
function usedTemplate(parameterFile: ClaimedSource, loader: SourceLoader, report: ProblemSink): string | undefined {
  const using = parameterFile.using
  if (using?.path === undefined) return undefined
  const at = { file: parameterFile.path, line: using.pathSpan.line, column: using.pathSpan.column }
  const target = armSource(loader.resolve(parameterFile.path, using.path), parameterFile.path, using.path, loader)
  if (target.kind === 'arm-json') {
    const why = notAppliedByArm(parameterFile.path, target.path, using.path)
    if (why !== undefined) report({ ...at, message: `parameter file not evaluated: ${why}`, severity: 'notice' })
    return undefined
  }
  if (target.kind !== 'bicep') {
    // A parameter file declares nothing: one whose template is missing sets values for no resource of the scan, as a
    // JSON parameter file that pairs with no template (a notice). Its hotpatch values make a stand-in (bicep-reader.ts).
    const why =
      target.kind === 'unreadable'
        ? `the template it uses, '${using.path}', ${templateNotThere(target)}, so its values are applied to nothing here`
        : `'${using.path}' is not a local Bicep template`
    report({ ...at, message: `parameter file not evaluated: ${why}`, severity: 'notice' })
    return undefined
  }
  return 'program' in loader.load(target.path) ? target.path : undefined
}

/**
 * An ARM JSON template `bicep build` wrote from the `.bicep` of its name beside it (the ARM reader reads that source
 * instead): the parameter file deploys that source. Any other target as resolved.
 */
function armSource(target: ModuleTarget, file: string, written: string, loader: SourceLoader): ModuleTarget {
  if (target.kind !== 'arm-json') return target
  const text = loader.loadFile(file, written)
  const twin = written.replace(/\.json$/i, '.bicep')
  if (!text.ok || !builtByBicep(text.text) || !loader.loadFile(file, twin).ok) return target
  const source = loader.resolve(file, twin)
  return source.kind === 'bicep' ? source : target
}

/**
 * Why the ARM reader does not apply a `.bicepparam` to the ARM JSON template its `using` names, or undefined when it
 * does: it applies those of the template's own folder (arm/files/bicepparam-files.ts).
 */
function notAppliedByArm(file: string, template: string, written: string): string | undefined {
  const folder = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1)
  return folder(file) === folder(template) ? undefined : `ARM JSON template '${written}' is applied only by a .bicepparam file of its own folder`
}
