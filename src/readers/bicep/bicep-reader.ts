import type { InlineExemption, ParseError, Resource } from '../../model/resources.js'
import { getErrorMessage } from '../../errors.js'
import type { Workspace, WorkspaceFile } from '../../workspace/workspace.js'
import type { ManifestReader, ReaderOutput, ResourceOrigin } from '../reader.js'
import { bicepClaim } from './bicep-claim.js'
import { evaluateEntry } from './deployment.js'
import type { EvaluationLimits } from '../limits.js'
import { type ClaimedSource, loadEntry, planEntries } from './entry-points.js'
import { isLoadFailure, SourceLoader, type SourceUnit } from './source-loader.js'
import { unreadParameterFileVm } from './unread-parameter-file.js'
import { templateNotThere } from './module-targets.js'
import { parameterFilesOf } from '../shared/bicep-parameter-files.js'
import { folderOf } from '../../model/paths.js'
import { isBicepBuildOutput } from '../shared/bicep-build-output.js'
import { filesInSubfolders, namesBeside } from '../../workspace/folder-files.js'
import { PARAMETER_FOLDERS } from '../shared/parameter-file-name.js'
import { readInsteadNotice, whatIfResultIn } from '../shared/what-if/result-folders.js'

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

/** One unit of Bicep files; `loader` for tests (one that keeps no parse). */
export function readBicep(
  files: readonly WorkspaceFile[],
  workspace: Workspace,
  limits?: EvaluationLimits,
  loader = new SourceLoader(workspace)
): ReaderOutput {
  const problems = new Map<string, ParseError>()
  const report = (problem: ParseError): void => {
    problems.set(`${problem.file}:${problem.line}:${problem.column}:${problem.message}`, problem)
  }
  // What the unit keeps of each claimed file; its parse goes when the loader is trimmed.
  const claimed: ClaimedSource[] = []
  const inlineExemptions: InlineExemption[] = []
  for (const file of files) {
    try {
      const unit = loader.load(file.path)
      if ('program' in unit) {
        claimed.push({ path: unit.path, isParameterFile: unit.isParameterFile, using: unit.using })
        inlineExemptions.push(...exemptions(unit))
      }
    } catch (error) {
      const message = `internal error in the Bicep parser: ${getErrorMessage(error)}`
      report({ file: file.path, line: 1, column: 1, message, severity: 'error' })
    }
    loader.trim()
  }

  const resources: Resource[] = []
  const resourceOrigins: ResourceOrigin[] = []
  /** The JSON parameter files applied: manifests of this unit, though the ARM reader claims them. */
  const parameterJsons: string[] = []
  // Only files that may be parameter files: a `params.json` of something else must not leave its template unevaluated.
  const jsonParameterFiles = (template: string): string[] => {
    // The files of its parameter folders (`parameters/`) too: parameter files kept apart from their template.
    const apart = filesInSubfolders(workspace, folderOf(template), PARAMETER_FOLDERS).map(file => file.path)
    const isBuildOutput = (json: string): boolean => isBicepBuildOutput(workspace, json)
    return parameterFilesOf(template, namesBeside(workspace, template), isBuildOutput, apart).filter(path => maySetParameters(workspace, path))
  }
  for (const planned of planEntries(claimed, loader, report, jsonParameterFiles)) {
    // A folder with a what-if result is the what-if reader's (it holds the values Azure evaluated).
    const result = whatIfResultIn(workspace, folderOf(planned.template))
    if (result !== undefined) {
      // Once per template (the sink keeps one of each problem), whatever its parameter files.
      report(readInsteadNotice(planned.template, result))
      continue
    }
    const file = planned.parameterFile ?? planned.template
    const origin = { file, phase: planned.phase }
    try {
      const entry = loadEntry(planned, loader, workspace)
      if (entry?.parameterJson !== undefined) parameterJsons.push(entry.parameterJson.path)
      if (entry !== undefined) {
        for (const resource of evaluateEntry(entry, loader, report, limits)) {
          resources.push(resource)
          resourceOrigins.push(origin)
        }
      }
    } catch (error) {
      // A bug (or a stack overflow on a pathological file) must not hide the other files' findings.
      const message = `internal error evaluating the template: ${getErrorMessage(error)}`
      report({ file, line: 1, column: 1, message, severity: 'error' })
    }
    // Between deployments: the modules this one reached may go, unless they are among the most recent.
    loader.trim()
  }

  // A parameter file of a registry template, or of a missing one: its values are judged by no reader (unread-parameter-file.ts).
  for (const source of claimed) {
    const written = source.isParameterFile ? source.using?.path : undefined
    const target = written === undefined ? undefined : loader.resolve(source.path, written)
    if (written === undefined || (target?.kind !== 'registry' && target?.kind !== 'unreadable')) continue
    const notRead = target.kind === 'registry' ? `${target.reference}, which is not read` : `'${written}', which ${templateNotThere(target)}`
    try {
      const unit = loader.load(source.path)
      const standIn = 'program' in unit ? unreadParameterFileVm(unit, notRead, loader, report, limits) : undefined
      if (standIn !== undefined) {
        resources.push(standIn)
        resourceOrigins.push({ file: source.path, phase: 0 })
      }
    } catch (error) {
      const message = `internal error evaluating the parameter file: ${getErrorMessage(error)}`
      report({ file: source.path, line: 1, column: 1, message, severity: 'error' })
    }
    loader.trim()
  }

  for (const [path, outcome] of loader.outcomesOfLoads()) {
    if (isLoadFailure(outcome)) report({ file: path, line: outcome.line, column: outcome.column, message: outcome.message, severity: 'error' })
    else for (const error of outcome) report({ file: path, ...error, severity: 'error' })
  }
  return {
    resources,
    resourceOrigins,
    parseErrors: [...problems.values()],
    manifests: [...claimed.map(source => source.path), ...new Set(parameterJsons)],
    inlineExemptions
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

/** Whether a JSON file names a `parameters` member anywhere (a file that cannot be read is its reader's to report). */
function maySetParameters(workspace: Workspace, path: string): boolean {
  const text = workspace.readText(path)
  return !text.ok || /"parameters"\s*:/.test(text.text)
}
