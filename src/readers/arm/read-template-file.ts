import type { ParseError, Resource } from '../../model/resources.js'
import type { SourceLocation } from '../../model/source.js'
import { getErrorMessage } from '../../errors.js'
import type { JsonRef } from './expressions/trace.js'
import type { TemplateParameterFile } from './files/bicepparam-files.js'
import { readTemplate } from './read-template.js'
import { EvaluationSession } from './template/session.js'
import type { UnitSink, UnitTemplates } from './unit-templates.js'

/**
 * The resources of one template of a unit, evaluated once per parameter file that deploys it, or once with
 * its defaults when none does; the templates it links by relativePath are read as part of it (`unit`).
 * `notice`: what to say at the template's first line (why a linked template is read on its own).
 */
export function readTemplateFile(
  path: string,
  parameterFiles: readonly TemplateParameterFile[],
  unit: UnitTemplates,
  sink: UnitSink,
  notice?: string
): Resource[] {
  const template = unit.template(path)
  if (template === undefined) return []
  // Nearly every position is the template's; the others are in its parameter files and the templates it links.
  const locate = (ref: JsonRef, length?: number): SourceLocation => {
    const document = ref.file === template.file ? template : (documentOf(parameterFiles, ref.file) ?? unit.document(ref.file))
    return document === undefined ? { file: ref.file, line: 1, column: 1 } : document.locate(ref.path, length)
  }
  const session = new EvaluationSession(sink.limits, unit)
  const resources: Resource[] = []
  sink.manifests.push(path, ...parameterFiles.map(({ parameterFile }) => parameterFile.file))
  if (notice !== undefined) sink.parseErrors.push({ file: path, line: 1, column: 1, message: notice, severity: 'notice' })
  for (const parameterFile of parameterFiles.length === 0 ? [undefined] : parameterFiles.map(entry => entry.parameterFile)) {
    try {
      for (const resource of readTemplate(template, parameterFile, session, locate)) resources.push(resource)
    } catch (error) {
      // A reader bug must not hide the other templates: it becomes this file's error.
      const message = `internal error in the ARM reader: ${getErrorMessage(error)}`
      sink.parseErrors.push({ file: path, line: 1, column: 1, message, severity: 'error' })
    }
  }
  for (const problem of session.reported()) {
    const kind = problem.kind === undefined ? {} : { kind: problem.kind }
    const error: ParseError = { ...locate(problem.ref), message: problem.message, severity: problem.severity, ...kind }
    sink.parseErrors.push(error)
  }
  unit.done(path)
  return resources
}

function documentOf(parameterFiles: readonly TemplateParameterFile[], file: string): TemplateParameterFile['document'] | undefined {
  return parameterFiles.find(({ document }) => document.file === file)?.document
}
