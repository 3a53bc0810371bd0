import type { InlineExemption, ParseError, Resource } from '../../model/resources.js'
import { getErrorMessage } from '../../errors.js'
import type { Workspace, WorkspaceFile } from '../../workspace/workspace.js'
import type { ManifestReader, ReaderOutput, ResourceOrigin } from '../reader.js'
import { bicepClaim } from './bicep-claim.js'
import { evaluateEntry } from './deployment.js'
import type { EvaluationLimits } from '../limits.js'
import { planEntries } from './entry-points.js'
import { SourceLoader, type SourceUnit } from './source-loader.js'
import { folderOf } from '../shared/units.js'
import { hasWhatIfResult } from '../shared/what-if/result-folders.js'

export { tokenizeBicep } from './tokenizer.js'
export { parseBicep } from './parser.js'

const EXEMPTION_MARKER = 'hotpatch-reboot-gate-exempt'

/**
 * Bicep templates and `.bicepparam` files: parsed by our own parser, evaluated with each parameter
 * file (or the defaults), following local modules with the parameters their callers pass.
 */
export const bicepReader: ManifestReader = {
  ...bicepClaim,
  read: (files, workspace, limits) => Promise.resolve(readBicep(files, workspace, limits))
}

function readBicep(files: readonly WorkspaceFile[], workspace: Workspace, limits?: EvaluationLimits): ReaderOutput {
  const loader = new SourceLoader(workspace)
  const problems = new Map<string, ParseError>()
  const report = (problem: ParseError): void => {
    problems.set(`${problem.file}:${problem.line}:${problem.column}:${problem.message}`, problem)
  }
  const units: SourceUnit[] = []
  for (const file of files) {
    try {
      const unit = loader.load(file.path)
      if ('program' in unit) units.push(unit)
    } catch (error) {
      const message = `internal error in the Bicep parser: ${getErrorMessage(error)}`
      report({ file: file.path, line: 1, column: 1, message, severity: 'error' })
    }
  }

  const resources: Resource[] = []
  const resourceOrigins: ResourceOrigin[] = []
  for (const entry of planEntries(units, loader, report)) {
    // A folder with a what-if result is the what-if reader's (it holds the values Azure evaluated).
    if (hasWhatIfResult(workspace, folderOf(entry.template.path))) continue
    const origin = { file: entry.parameterFile?.path ?? entry.template.path, phase: entry.phase }
    try {
      for (const resource of evaluateEntry(entry, loader, report, limits)) {
        resources.push(resource)
        resourceOrigins.push(origin)
      }
    } catch (error) {
      // A bug (or a stack overflow on a pathological file) must not hide the other files' findings.
      const file = entry.parameterFile?.path ?? entry.template.path
      const message = `internal error evaluating the template: ${getErrorMessage(error)}`
      report({ file, line: 1, column: 1, message, severity: 'error' })
    }
  }

  for (const [path, unit] of loader.loaded()) {
    if ('program' in unit) for (const error of unit.errors) report({ file: path, ...error, severity: 'error' })
    else report({ file: path, line: unit.line, column: unit.column, message: unit.message, severity: 'error' })
  }
  return {
    resources,
    resourceOrigins,
    parseErrors: [...problems.values()],
    manifests: units.map(unit => unit.path),
    inlineExemptions: units.flatMap(exemptions)
  }
}

/** `// hotpatch-reboot-gate-exempt <text>` comments (line or block), with the text after the marker. */
function exemptions(unit: SourceUnit): InlineExemption[] {
  return unit.comments.flatMap(comment => {
    const text = comment.text.trim()
    if (comment.style === 'pragma' || !text.startsWith(EXEMPTION_MARKER)) return []
    const location = { file: unit.path, line: comment.line, column: comment.column }
    return [{ location, text: text.slice(EXEMPTION_MARKER.length).trim() }]
  })
}
