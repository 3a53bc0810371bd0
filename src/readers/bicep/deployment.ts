import type { Resource } from '../../model/resources.js'
import type { ModuleDeclaration, ResourceDeclaration } from './ast.js'
import { isModelType, toModelResource } from './adapter.js'
import type { Entry } from './entry-points.js'
import { jsonParameterSource } from './json-parameter-file.js'
import { DEFAULT_LIMITS, stepBudgetMessage } from '../limits.js'
import type { ResourceInstance } from './resource-instance.js'
import { declaredType, nestedResources, type SourceLoader, type SourceUnit } from './source-loader.js'
import { collectInputs } from '../shared/unread-module.js'
import { BICEP_INPUTS, unreadModuleAssignments, unreadModuleVm } from './unread-module.js'
import { isKnownModule, modelKnownModule } from './known-modules/index.js'
import type { UnreadInput } from '../shared/unread-module.js'
import {
  type DeploymentSite,
  type ParameterSource,
  type ProblemSink,
  type Session,
  TemplateInstance
} from './template.js'

/** Evaluates one deployment (a template, with a parameter file or its defaults) into model resources. */
export function evaluateEntry(entry: Entry, loader: SourceLoader, report: ProblemSink, limits = DEFAULT_LIMITS): Resource[] {
  const found: ResourceInstance[] = []
  const unread: Resource[] = []
  const template = entryTemplate(entry, loader, report, limits)
  collectResources(template, found, unread)
  // Values are evaluated as the resources are modelled: the budget is judged after that.
  const resources = [...found.flatMap(instance => toModelResource(instance) ?? []), ...unread]
  if (template.session.budget.steps < 0) {
    const parameters = entry.parameterFile?.path ?? entry.parameterJson?.path
    const unit = `the deployment of ${entry.template.path}${parameters === undefined ? '' : ` with ${parameters}`}`
    report({ file: entry.template.path, line: 1, column: 1, message: stepBudgetMessage(unit, limits), severity: 'error', kind: 'not-evaluated' })
  }
  return resources
}

/** The entry template evaluated with its parameter file's values (or its defaults), in a fresh session. */
export function entryTemplate(entry: Entry, loader: SourceLoader, report: ProblemSink, limits = DEFAULT_LIMITS): TemplateInstance {
  const budget = { steps: limits.steps, depth: 0 }
  const session: Session = { loader, budget, report, modules: 0, libraries: new Map(), limits }
  const template = entry.template
  const site: DeploymentSite = {
    files: [template.path],
    calls: [],
    resourceGroup: undefined,
    variant: '',
    condition: undefined,
    symbolPrefix: '',
    parameterFile: undefined
  }
  const parameterJson = entry.parameterJson
  if (parameterJson !== undefined) {
    return new TemplateInstance(template, jsonParameterSource(parameterJson), session, {
      ...site,
      variant: parameterJson.path.split('/').pop() as string,
      symbolPrefix: `${parameterJson.path} > `,
      parameterFile: { path: parameterJson.path, line: 1 }
    })
  }
  const parameterFile = entry.parameterFile
  if (parameterFile === undefined) {
    const defaults: ParameterSource = { parameter: () => undefined, missing: 'no parameter file sets it' }
    return new TemplateInstance(template, defaults, session, site)
  }
  const inputs = parameterValues(parameterFile, session, { ...site, files: [parameterFile.path] }, new Set())
  return new TemplateInstance(template, inputs, session, {
    ...site,
    variant: parameterFile.path.split('/').pop() as string,
    symbolPrefix: `${parameterFile.path} > `,
    parameterFile: { path: parameterFile.path, line: parameterFile.using?.span.line ?? 1 }
  })
}

/**
 * The known scalars a parameter file sets (its own `param`s, evaluated as for a deployment), with where
 * each is written: what a parameter file whose template is not read tells of it (unread-parameter-file.ts).
 */
export function parameterFileInputs(file: SourceUnit, loader: SourceLoader, report: ProblemSink, limits = DEFAULT_LIMITS): UnreadInput[] {
  const session: Session = { loader, budget: { steps: limits.steps, depth: 0 }, report, modules: 0, libraries: new Map(), limits }
  const site: DeploymentSite = { files: [file.path], calls: [], resourceGroup: undefined, variant: '', condition: undefined, symbolPrefix: '', parameterFile: undefined }
  const values = parameterValues(file, session, site, new Set())
  const inputs: UnreadInput[] = []
  for (const [name, symbol] of file.symbols) {
    if (symbol.kind !== 'param') continue
    const value = values.parameter(name)
    if (value !== undefined) collectInputs(BICEP_INPUTS, name, value, { file: file.path, line: symbol.span.line, column: symbol.span.column }, inputs)
  }
  return inputs
}

/** The values a parameter file sets, then those of the file it `extends` (its own values win). */
function parameterValues(file: SourceUnit, session: Session, site: DeploymentSite, seen: Set<string>): ParameterSource {
  seen.add(file.path)
  const noInputs: ParameterSource = { parameter: () => undefined, missing: 'a parameter file has no inputs' }
  const values = new TemplateInstance(file, noInputs, session, site)
  const basePath = file.extends === undefined ? undefined : session.loader.resolve(file.path, file.extends)
  const baseUnit = basePath?.kind === 'bicep' && !seen.has(basePath.path) ? session.loader.load(basePath.path) : undefined
  const base = baseUnit !== undefined && 'program' in baseUnit ? parameterValues(baseUnit, session, site, seen) : undefined
  return {
    parameter: name => (file.symbols.get(name)?.kind === 'param' ? values.symbol(name) : base?.parameter(name)),
    missing: `${file.path} does not set it`
  }
}

/** Whether a declaration, or one nested in its body (of a type relative to its own), is of a model type. */
function declaresModelResource(declaration: ResourceDeclaration, parentType: string | undefined): boolean {
  const type = declaredType(declaration.typeReference, parentType)
  return isModelType(type) || nestedResources(declaration).some(nested => declaresModelResource(nested, type))
}

/** Resource instances of model types in a template and, through its module calls, in the modules (in source order). */
function collectResources(template: TemplateInstance, found: ResourceInstance[], unread: Resource[]): void {
  const loader = template.session.loader
  const visit = (declaration: ResourceDeclaration, parent: ResourceInstance | undefined): void => {
    if (!declaresModelResource(declaration, parent?.type)) return
    for (const instance of template.resources(declaration, parent).instances) {
      if (isModelType(instance.type)) found.push(instance)
      for (const nested of nestedResources(declaration)) visit(nested, instance)
    }
  }
  const follow = (declaration: ModuleDeclaration): void => {
    const target = loader.resolve(template.file, declaration.path)
    if (target.kind === 'bicep' && !loader.mayDeploy(target.path, isModelType)) return
    if (target.kind === 'registry' && isKnownModule(target.reference)) {
      // A module whose published interface is known at this version: what it deploys is modelled from its params.
      let notice: string | undefined
      for (const module of template.modules(declaration).instances) {
        const modelled = modelKnownModule(module, target.reference)
        notice ??= modelled?.notice
        unread.push(...(modelled?.resources ?? []))
      }
      // Once per call statement, however many instances its loop makes.
      if (notice !== undefined) template.session.report({ ...template.at(declaration.pathSpan), message: notice, severity: 'notice' })
      return
    }
    if (target.kind === 'registry') {
      // Issue 13: a registry module is said so where it is called; with hotpatch inputs, the call is reported.
      const message = `registry module ${target.reference} is not read; the resources it deploys are not checked`
      template.session.report({ ...template.at(declaration.pathSpan), message, severity: 'notice' })
      for (const module of template.modules(declaration).instances) {
        const why = `registry module ${target.reference} is not read`
        const standIn = unreadModuleVm(module, why)
        if (standIn) unread.push(standIn)
        unread.push(...unreadModuleAssignments(module, why, target.reference))
      }
      return
    }
    for (const module of template.modules(declaration).instances) {
      const callee = module.template()
      if (callee instanceof TemplateInstance) collectResources(callee, found, unread)
      // A local module that is not there (module-instance.ts says so): judged by its inputs, as a registry module.
      else if (target.kind === 'unreadable') {
        const why = `module '${declaration.path}' is not read (${target.reason})`
        const standIn = unreadModuleVm(module, why)
        if (standIn) unread.push(standIn)
        unread.push(...unreadModuleAssignments(module, why, declaration.path))
      }
    }
  }
  const statements = template.unit.program.statements
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i] as (typeof statements)[number]
    if (statement.kind === 'resource') visit(statement, undefined)
    else if (statement.kind === 'module') follow(statement)
  }
}
