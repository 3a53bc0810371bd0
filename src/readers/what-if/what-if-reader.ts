import type { Node } from 'jsonc-parser'
import { ARC_LICENSE_PROFILE_TYPE, ARC_MACHINE_TYPE, MAINTENANCE_ASSIGNMENT_TYPE, MAINTENANCE_CONFIGURATION_TYPE, parseResourceId, VMSS_TYPE, VM_TYPE } from '../../model/identity.js'
import type { ParseError, Resource } from '../../model/resources.js'
import type { SourceLocation } from '../../model/source.js'
import type { Workspace, WorkspaceFile } from '../../workspace/workspace.js'
import type { ManifestReader, ReaderOutput } from '../reader.js'
import { parseJsonDocument } from '../shared/json/json-tree.js'
import { pairDeclarations, siblingDeclarations, type SourceDeclaration } from './declarations.js'
import { type Position } from './json-source.js'
import { modelResource, payloadlessMachine, type ResultContext } from './resources.js'
import { isWhatIfHead } from '../shared/what-if/what-if-head.js'
import { whatIfChanges, type WhatIfEntry } from './what-if-document.js'

/**
 * What-if results (`az deployment group|sub what-if --no-pretty-print`, the REST `whatIf` operation):
 * ARM and Bicep deployments as Azure evaluated them, with parameters, linked templates and registry
 * modules expanded. A resource is reported at its declaration in a `.bicep` or ARM file beside the
 * result when one declares it (the ARM and Bicep readers then leave that folder to this one), else in
 * the result.
 */
export const whatIfReader: ManifestReader = {
  format: 'what-if',
  claims: (file, head) => file.path.toLowerCase().endsWith('.json') && isWhatIfHead(head()),
  // Each result file is read on its own (its declarations come from its folder, through the workspace).
  units: files => files.map(file => ({ files: [file] })),
  read: (files, workspace) => Promise.resolve(readResults(files, workspace))
}

/** The resource types a what-if result is read for (compared case-insensitively). */
const MODELLED = [VM_TYPE, VMSS_TYPE, ARC_MACHINE_TYPE, ARC_LICENSE_PROFILE_TYPE, MAINTENANCE_CONFIGURATION_TYPE, MAINTENANCE_ASSIGNMENT_TYPE]

function readResults(claimed: readonly WorkspaceFile[], workspace: Workspace): ReaderOutput {
  const resources: Resource[] = []
  const parseErrors: ParseError[] = []
  const manifests: string[] = []
  for (const file of claimed) {
    const text = workspace.readText(file.path)
    if (!text.ok) {
      parseErrors.push({ file: file.path, line: text.line, column: text.column, message: text.message, severity: 'error' })
      continue
    }
    const document = parseJsonDocument(text.text)
    const changes = document.root?.type === 'object' ? whatIfChanges(document.root) : undefined
    if (document.error || changes === undefined) {
      const error = document.error ?? { line: 1, column: 1, message: 'a what-if result must be a JSON object with a `changes` or `potentialChanges` array' }
      parseErrors.push({ file: file.path, ...error, severity: 'error' })
      continue
    }
    manifests.push(file.path)
    const context: ResultContext = {
      file: file.path,
      position: document.position,
      declarations: declarationsOf(changes.entries, siblingDeclarations(workspace, file.path)),
      resourceIds: new Set(changes.entries.map(entry => entry.resourceId.toLowerCase()))
    }
    for (const node of changes.skipped) parseErrors.push(notice(file.path, document.position, node, 'a change without a `resourceId` and a known `changeType` is not read'))
    for (const entry of changes.entries) {
      const read = readEntry(entry, context)
      if (read === undefined) continue
      if ('message' in read) parseErrors.push(read)
      else resources.push(read)
    }
  }
  return { resources, parseErrors, manifests }
}

function readEntry(entry: WhatIfEntry, context: ResultContext): Resource | ParseError | undefined {
  const identity = parseResourceId(entry.resourceId)
  const type = MODELLED.find(modelled => modelled.toLowerCase() === identity?.type.toLowerCase())
  if (identity === undefined || type === undefined) return undefined
  const isCompute = type === VM_TYPE || type === VMSS_TYPE || type === ARC_MACHINE_TYPE || type === ARC_LICENSE_PROFILE_TYPE
  // A resource the deployment does not declare (Ignore) is not this change's machine (nor its license profile);
  // its maintenance plans still apply.
  if (entry.changeType === 'Ignore' && isCompute) return undefined
  if (entry.payload === undefined) {
    const why = entry.unsupportedReason === undefined ? 'the result holds no payload for it' : `what-if cannot predict it (${entry.unsupportedReason.trim().replace(/\.$/, '')})`
    // A machine it deploys is judged with nothing known (indeterminate); the rest is a note.
    if ((type === VM_TYPE || type === VMSS_TYPE || type === ARC_MACHINE_TYPE) && entry.changeType !== 'Delete') {
      return payloadlessMachine(entry, { ...identity, type }, context, `${why}: scan a what-if result of --result-format FullResourcePayloads`)
    }
    const listed = entry.potential ? ' (a potential change: it may or may not be deployed)' : ''
    return notice(context.file, context.position, entry.node, `${type} '${identity.name ?? entry.resourceId}'${listed} is not checked: ${why}. Check it once deployed.`)
  }
  return modelResource(entry, entry.payload, { ...identity, type }, context)
}

/**
 * Declarations of the resources the deployment declares: not of one it deletes or ignores (complete
 * mode deletes what the templates no longer declare; what it ignores, they never did).
 */
function declarationsOf(entries: readonly WhatIfEntry[], declarations: readonly SourceDeclaration[]): Map<WhatIfEntry, SourceDeclaration> {
  const declared = entries.flatMap(entry => {
    const identity = entry.changeType === 'Delete' || entry.changeType === 'Ignore' ? undefined : parseResourceId(entry.resourceId)
    return identity === undefined ? [] : [{ entry, type: identity.type, name: identity.name }]
  })
  const pairs = pairDeclarations(declared, declarations)
  return new Map([...pairs].map(([resource, declaration]) => [resource.entry, declaration]))
}

function notice(file: string, position: Position, node: Node, message: string): ParseError {
  const at: SourceLocation = { file, ...position(node.offset) }
  return { file, line: at.line, column: at.column, message, severity: 'notice' }
}
