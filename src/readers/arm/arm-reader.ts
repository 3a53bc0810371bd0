import type { ParseError, Resource } from '../../model/resources.js'
import { MAX_FILE_BYTES, type Workspace, type WorkspaceFile } from '../../workspace/workspace.js'
import { DEFAULT_LIMITS, type EvaluationLimits } from '../limits.js'
import type { ManifestReader, ReaderOutput, ResourceOrigin } from '../reader.js'
import { fileName, folderPrefixOf } from '../../model/paths.js'
import { claimsArmFile, classifyArmFile, isParameterFileCandidate } from './files/arm-files.js'
import { PARAMETER_FILE_NAME, pairingFolderOf } from '../shared/parameter-file-name.js'
import { pairParameterFiles } from './files/parameter-pairing.js'
import { bicepParamFilesFor, type TemplateParameterFile } from './files/bicepparam-files.js'
import { unpairedParameterFile } from './model/unpaired-parameter-file.js'
import { parseJsonDocument, type JsonDocument } from './json/json-document.js'
import { releaseSharedExpressions } from './expressions/evaluator.js'
import { releaseExpressionDepths } from './template/evaluate-json.js'
import { readTemplateFile } from './read-template-file.js'
import { linkedFolderUnits } from './files/linked-units.js'
import { UnitTemplates, type TemplateFile, type UnitSink } from './unit-templates.js'
import type { ParameterFile } from './template/parameter-sources.js'
import { groupBy } from '../../model/group-by.js'
import { LinePositions } from '../shared/json/line-positions.js'
import { readInsteadNotice, whatIfResultIn } from '../shared/what-if/result-folders.js'
import { bicepTemplateOf } from '../shared/bicep-parameter-files.js'
import { BICEP_GENERATOR, bicepTwinOf, isBicepBuildOutput, onlyBicepTemplate } from '../shared/bicep-build-output.js'
import { namesBeside } from '../../workspace/folder-files.js'

/**
 * ARM templates and their parameter files. Each template is evaluated once per parameter file
 * that pairs with it, or once with its defaults when none does; a template another one links by
 * `templateLink.relativePath` is evaluated as part of each deployment that links it instead.
 */
export const armReader: ManifestReader = {
  format: 'arm',
  claims: (file, head) => claimsArmFile(file.path, head),
  // A folder is a unit (parameter files pair only with templates of their folder); relativePath links join folders.
  units: (files, workspace) => linkedFolderUnits(files, workspace),
  // A folder of parameter files alone pairs them with no template: the reader says what they set
  // (model/unpaired-parameter-file.ts), though a file that only sets `enableHotpatching` has no policy word.
  mustRead: unit => unit.files.every(file => PARAMETER_FILE_NAME.test(fileName(file.path))),
  read: (files, workspace, limits) => Promise.resolve(readArmFiles(files, workspace, limits ?? DEFAULT_LIMITS)),
  release: () => {
    releaseSharedExpressions()
    releaseExpressionDepths()
  }
}


interface ReadState extends UnitSink {
  readonly workspace: Workspace
  readonly parseErrors: ParseError[]
  readonly manifests: string[]
  readonly resources: Resource[]
  readonly limits: EvaluationLimits
}

interface PairedFile {
  readonly parameterFile: ParameterFile
  readonly document: JsonDocument
}

/** A folder's files as sorted out before any template is read: its templates and parameter files. */
interface FolderFiles {
  readonly templates: readonly TemplateFile[]
  readonly parameterFiles: ReadonlyMap<string, PairedFile>
}

/**
 * Folder by folder (parameter files pair only with templates of their folder): parameter files first,
 * then the folder's templates one at a time, each parsed, evaluated and released, so a large repository
 * never holds every parsed template, nor every text. Which templates the others link by relativePath is
 * found first (unit-templates.ts): in a unit of one folder from the texts it holds, in a unit of folders
 * links join from the files that hold a link. Each file is read once where it can be. Resources keep the
 * order of the files (a linked template's, that of the template whose deployment links it).
 */
function readArmFiles(files: readonly WorkspaceFile[], workspace: Workspace, limits: EvaluationLimits): ReaderOutput {
  const state: ReadState = { workspace, parseErrors: [], manifests: [], resources: [], limits }
  const byFile = new Map<string, Resource[]>()
  const unit = new UnitTemplates(state)
  const folders: WorkspaceFile[][] = []
  // A folder with a what-if result is the what-if reader's (it holds the values Azure evaluated).
  for (const [folder, members] of groupByFolder(files)) {
    const result = whatIfResultIn(workspace, folder)
    if (result === undefined) folders.push(members)
    else for (const member of members) state.parseErrors.push(readInsteadNotice(member.path, result))
  }
  for (const members of folders) unit.admit(members)
  if (folders.length === 1) {
    const folder = sortFolder(folders[0] as WorkspaceFile[], state, unit)
    unit.findLinksIn(folder.templates)
    readFolder(folder, state, unit, byFile)
  } else {
    unit.findLinksOnDisk(folders.flat())
    for (const members of folders) readFolder(sortFolder(members, state, unit), state, unit, byFile)
  }
  // A linked template no deployment reached is read on its own (as before links were followed): none passes unseen.
  for (let left = unit.nextUnreached(); left !== undefined; left = unit.nextUnreached()) {
    unit.readAlone(left.path)
    const notice =
      `linked by ${left.linkedBy} (templateLink.relativePath), but no deployment of a template read on its own leads here: ` +
      'it is read on its own, with its own parameter defaults'
    byFile.set(left.path, readTemplateFile(left.path, [], unit, state, notice))
  }
  unit.release()
  const resourceOrigins: ResourceOrigin[] = []
  // A loop, not push(...): a spread of 100,000 resources overflows the stack.
  for (const file of files) {
    for (const resource of byFile.get(file.path) ?? []) {
      state.resources.push(resource)
      resourceOrigins.push({ file: file.path })
    }
  }
  return { resources: state.resources, resourceOrigins, parseErrors: state.parseErrors, manifests: state.manifests }
}

/**
 * The files of each folder, folders in the order of their first file; a parameter file of a parameter folder
 * (`vm/parameters/`) with the folder whose templates it may deploy (shared/parameter-file-name.ts).
 */
function groupByFolder(files: readonly WorkspaceFile[]): Map<string, WorkspaceFile[]> {
  return groupBy(files, file => (PARAMETER_FILE_NAME.test(fileName(file.path)) ? pairingFolderOf(file.path) : folderPrefixOf(file.path)))
}

function sortFolder(files: readonly WorkspaceFile[], state: ReadState, unit: UnitTemplates): FolderFiles {
  const parameterFiles = new Map<string, PairedFile>()
  const templates: TemplateFile[] = []
  for (const file of files) {
    const text = readText(file, state)
    if (text === undefined) continue
    if (skipCompiledBicep(file, text, state)) continue
    if (!isParameterFileCandidate(file.path, text)) {
      templates.push({ file, text })
      continue
    }
    const document = parse(file.path, text, state)
    const armFile = document && classifyArmFile(document)
    if (armFile?.kind === 'parameters') {
      parameterFiles.set(file.path, { parameterFile: { file: file.path, parameters: armFile.parameters }, document: armFile.document })
    } else if (armFile?.kind === 'template') templates.push({ file, text, document: armFile.document })
  }
  for (const template of templates) unit.hold(template)
  return { templates, parameterFiles }
}

/**
 * A folder's templates, each once per parameter file that deploys it or once with its defaults; a template
 * another template of the unit links is read only through the deployments that link it, unless a parameter
 * file of its own deploys it as well. Then what its parameter files that deploy no template say.
 */
function readFolder({ templates, parameterFiles }: FolderFiles, state: ReadState, unit: UnitTemplates, byFile: Map<string, Resource[]>): void {
  // Most folders hold no parameter file: nothing to pair.
  const folderNames = templates.length === 0 ? [] : namesBeside(state.workspace, (templates[0] as TemplateFile).file.path)
  const pairs = parameterFiles.size === 0 ? undefined : pairParameterFiles(templates.map(template => template.file.path), [...parameterFiles.keys()])
  for (const { file } of templates) {
    const paired: TemplateParameterFile[] = (pairs?.get(file.path) ?? []).map(path => parameterFiles.get(path) as PairedFile)
    // A `.bicepparam` whose `using` names the template deploys it as well.
    if (hasBicepParam(folderNames)) paired.push(...bicepParamFilesFor(file.path, state.workspace))
    if (paired.length === 0 && unit.isLinked(file.path)) continue
    byFile.set(file.path, readTemplateFile(file.path, paired, unit, state))
  }
  const pairedPaths = new Set([...(pairs?.values() ?? [])].flat())
  for (const [path, { parameterFile, document }] of parameterFiles) {
    if (pairedPaths.has(path) || deploysBicep(path, state.workspace)) continue
    const said = unpairedParameterFile(parameterFile, document)
    if ('message' in said) state.parseErrors.push(said)
    else byFile.set(path, [said])
  }
  for (const { document } of parameterFiles.values()) document.release()
  unit.leaveFolder()
}

/** A parameter file that deploys a Bicep template of its folder: the Bicep reader applies it (shared/bicep-parameter-files.ts). */
function deploysBicep(path: string, workspace: Workspace): boolean {
  return bicepTemplateOf(path, namesBeside(workspace, pairingFolderOf(path)), json => isBicepBuildOutput(workspace, json)) !== undefined
}

const hasBicepParam = (names: readonly string[]): boolean => names.some(name => /\.bicepparam$/i.test(name))

function readText(file: WorkspaceFile, state: ReadState): string | undefined {
  const { workspace } = state
  // Taken out of the workspace's cache: nothing reads a template's text again.
  const text = workspace.takeText(file.path)
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

/**
 * `main.json` built by `bicep build` from the `main.bicep` beside it (the AVM layout): the Bicep reader reads
 * the source, so reading the build output too would report every VM twice; it is skipped. A build output of
 * another name is read, though the folder's only Bicep template may be its source (the quickstart templates
 * keep `azuredeploy.json` built from `main.bicep`): nothing proves it is, and skipping a template that is not
 * could pass its VMs unseen. Both are then read, with the same parameter file (shared/bicep-parameter-files.ts).
 * Either way a located notice says which file is read (issue 9 item 6).
 */
function skipCompiledBicep(file: WorkspaceFile, text: string, state: ReadState): boolean {
  const generator = BICEP_GENERATOR.exec(text.slice(0, 4096))
  if (generator === null) return false
  const names = namesBeside(state.workspace, file.path)
  const twin = bicepTwinOf(file.path, names)
  const maybe = twin === undefined ? onlyBicepTemplate(file.path, names) : undefined
  const { line, column } = new LinePositions(text.slice(0, 4096)).at(generator.index)
  const message =
    twin !== undefined
      ? `built by bicep from ${twin}, which is read instead: this build output is not read`
      : maybe !== undefined
        ? `built by bicep, perhaps from ${maybe} beside it: both are read, so a VM both declare is reported for each`
        : `built by bicep from a .bicep source that is not in the scan: this build output is read as ARM JSON, and findings point at it`
  state.parseErrors.push({ file: file.path, line, column, message, severity: 'notice' })
  return twin !== undefined
}
