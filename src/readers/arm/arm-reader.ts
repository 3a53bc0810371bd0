import type { ParseError, Resource } from '../../model/resources.js'
import { getErrorMessage } from '../../errors.js'
import { MAX_FILE_BYTES, type Workspace, type WorkspaceFile } from '../../workspace/workspace.js'
import type { ManifestReader, ReaderOutput } from '../reader.js'
import type { JsonRef } from './expressions/trace.js'
import { claimsArmFile, classifyArmFile, isParameterFileCandidate } from './files/arm-files.js'
import { pairParameterFiles } from './files/parameter-pairing.js'
import { parseJsonDocument, type JsonDocument } from './json/json-document.js'
import { readTemplate } from './read-template.js'
import type { ParameterFile } from './template/parameter-sources.js'
import { EvaluationSession } from './template/session.js'

/**
 * ARM templates and their parameter files. Each template is evaluated once per parameter file
 * that pairs with it, or once with its defaults when none does.
 */
export const armReader: ManifestReader = {
  format: 'arm',
  claims: (file, head) => claimsArmFile(file.path, head),
  read: (files, workspace) => Promise.resolve(readArmFiles(files, workspace))
}

interface ReadState {
  readonly workspace: Workspace
  readonly parseErrors: ParseError[]
  readonly manifests: string[]
  readonly resources: Resource[]
}

interface PairedFile {
  readonly parameterFile: ParameterFile
  readonly document: JsonDocument
}

/**
 * Parameter files first (few and small, kept for pairing); then templates one at a time, each
 * parsed, evaluated and released, so a large repository never holds every parsed template.
 */
function readArmFiles(files: readonly WorkspaceFile[], workspace: Workspace): ReaderOutput {
  const state: ReadState = { workspace, parseErrors: [], manifests: [], resources: [] }
  const parameterFiles = new Map<string, PairedFile>()
  const templates: WorkspaceFile[] = []
  for (const file of files) {
    const text = readText(file, state)
    if (text === undefined) continue
    if (!isParameterFileCandidate(file.path, text)) {
      templates.push(file)
      continue
    }
    const document = parse(file.path, text, state)
    const armFile = document && classifyArmFile(document)
    if (armFile?.kind === 'parameters') {
      parameterFiles.set(file.path, { parameterFile: { file: file.path, parameters: armFile.parameters }, document: armFile.document })
    } else if (armFile?.kind === 'template') templates.push(file)
  }
  const pairs = pairParameterFiles(templates.map(file => file.path), [...parameterFiles.keys()])
  for (const file of templates) {
    readTemplateFile(file, (pairs.get(file.path) ?? []).map(path => parameterFiles.get(path) as PairedFile), state)
  }
  return { resources: state.resources, parseErrors: state.parseErrors, manifests: state.manifests }
}

function readTemplateFile(file: WorkspaceFile, parameterFiles: readonly PairedFile[], state: ReadState): void {
  const text = readText(file, state)
  const document = text === undefined ? undefined : parse(file.path, text, state)
  const armFile = document && classifyArmFile(document)
  if (armFile === undefined || armFile.kind === 'other' || armFile.kind === 'parameters') return
  if (armFile.kind === 'invalid-template') {
    state.parseErrors.push(armFile.error)
    state.manifests.push(file.path)
    return
  }
  const documents = new Map([[file.path, armFile.document], ...parameterFiles.map(({ document: d }) => [d.file, d] as const)])
  const locate = (ref: JsonRef) => (documents.get(ref.file) as JsonDocument).locate(ref.path)
  const session = new EvaluationSession()
  state.manifests.push(file.path, ...parameterFiles.map(({ parameterFile }) => parameterFile.file))
  for (const parameterFile of parameterFiles.length === 0 ? [undefined] : parameterFiles.map(entry => entry.parameterFile)) {
    try {
      state.resources.push(...readTemplate(armFile.document, parameterFile, session, locate))
    } catch (error) {
      // A reader bug must not hide the other templates: it becomes this file's error.
      const message = `internal error in the ARM reader: ${getErrorMessage(error)}`
      state.parseErrors.push({ file: file.path, line: 1, column: 1, message, severity: 'error' })
    }
  }
  for (const problem of session.reported()) {
    state.parseErrors.push({ ...locate(problem.ref), message: problem.message, severity: problem.severity })
  }
}

function readText(file: WorkspaceFile, state: ReadState): string | undefined {
  const text = state.workspace.readText(file.path)
  if (text.ok) return text.text
  const severity = file.size > MAX_FILE_BYTES ? 'notice' : 'error'
  state.parseErrors.push({ file: file.path, line: text.line, column: text.column, message: text.message, severity })
  return undefined
}

/** A claimed file that is not even JSON is reported: it looked like ARM from its name or head. */
function parse(file: string, text: string, state: ReadState): JsonDocument | undefined {
  const parsed = parseJsonDocument(file, text)
  if (parsed.ok) return parsed.document
  state.parseErrors.push(parsed.error)
  state.manifests.push(file)
  return undefined
}
