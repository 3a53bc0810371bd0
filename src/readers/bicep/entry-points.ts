import type { SourceLoader, SourceUnit } from './source-loader.js'
import type { ProblemSink } from './template.js'

/** A deployment to evaluate: a template, with the parameter file that deploys it if any. */
export interface Entry {
  readonly template: SourceUnit
  readonly parameterFile?: SourceUnit
  /**
   * Which rule below made it an entry (0: a parameter file, 1: a template no one calls, 2: a template
   * reached only through a cycle): entries are evaluated in this order, then in file order.
   */
  readonly phase?: 0 | 1 | 2
}

/**
 * Which templates are deployed, and how:
 * - a template some `.bicepparam` file uses is evaluated once per such file;
 * - any other template is evaluated with its defaults, unless another scanned template calls it as a
 *   module (then it is only evaluated through its callers, with the parameters they pass);
 * - templates only reachable through a cycle of module calls are evaluated on their own, so none is lost.
 */
export function planEntries(units: readonly SourceUnit[], loader: SourceLoader, report: ProblemSink): Entry[] {
  const entries: Entry[] = []
  const parameterized = new Set<string>()
  for (const parameterFile of units.filter(unit => unit.isParameterFile)) {
    const template = usedTemplate(parameterFile, loader, report)
    if (template === undefined) continue
    entries.push({ template, parameterFile, phase: 0 })
    parameterized.add(template.path)
  }
  const templates = units.filter(unit => !unit.isParameterFile)
  const called = new Set(templates.flatMap(template => loader.localModules(template)))
  for (const template of templates) {
    if (!parameterized.has(template.path) && !called.has(template.path)) entries.push({ template, phase: 1 })
  }
  const reached = new Set<string>()
  const reach = (start: string): void => {
    const pending = [start]
    for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
      if (reached.has(path)) continue
      reached.add(path)
      const unit = loader.load(path)
      if ('program' in unit) pending.push(...loader.localModules(unit))
    }
  }
  for (const entry of entries) reach(entry.template.path)
  for (const template of templates) {
    if (reached.has(template.path)) continue
    entries.push({ template, phase: 2 })
    reach(template.path)
  }
  return entries
}

/** The template a parameter file's `using` names, or undefined (reported) when it cannot be read. */
function usedTemplate(parameterFile: SourceUnit, loader: SourceLoader, report: ProblemSink): SourceUnit | undefined {
  const using = parameterFile.using
  if (using?.path === undefined) return undefined
  const at = { file: parameterFile.path, line: using.pathSpan.line, column: using.pathSpan.column }
  const target = loader.resolve(parameterFile.path, using.path)
  if (target.kind !== 'bicep') {
    const why = target.kind === 'unreadable' ? target.reason : `'${using.path}' is not a local Bicep template`
    const severity = target.kind === 'unreadable' ? 'error' : 'notice'
    report({ ...at, message: `parameter file not evaluated: ${why}`, severity })
    return undefined
  }
  const unit = loader.load(target.path)
  return 'program' in unit ? unit : undefined
}
