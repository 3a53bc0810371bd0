import { posix } from 'node:path'
import { groupBy } from '../../../model/group-by.js'
import type { Workspace, WorkspaceFile } from '../../../workspace/workspace.js'
import { ARTIFACTS_LOCATION_WORD, fileHolds, LOCAL_LINK_WORD } from '../../policy-content.js'
import { DisjointSets } from '../../shared/disjoint-sets.js'
import type { ReadUnit } from '../../reader.js'
import { pairingFolderOf } from '../../shared/parameter-file-name.js'
import { folderPrefixOf } from '../../../model/paths.js'
import { foldersUp } from './arm-files.js'

/** A quoted text ending in `.json` (a JSON string, or a string literal inside an expression): a path a link may name. */
const QUOTED_JSON_PATH = /["']([^"'\\\r\n]+\.json)["']/gi

/**
 * The scan's units of ARM: a folder is a unit (parameter files pair only with templates of their folder, or of the
 * folder above a parameter folder, which is one unit with it), and
 * the folders a `templateLink.relativePath` (or a `uri` from `_artifactsLocation` or from the template's own URL,
 * `deployment().properties.templateLink.uri`) joins are one unit, so that the reader reads a linked template as
 * part of the deployment that links it and not also as a deployment of its own (template/linked-template.ts).
 * The links are found over texts, never a parse, and generously: in a file that holds `"relativePath"`, any
 * quoted path ending in `.json` (a literal relativePath, a variable's value, a piece of an expression) that
 * names a claimed file joins its folder (against the linking file's folder: a link from its own URL is from there). A link too many only makes a unit larger; one missed (a path built
 * from pieces) leaves the linked template to be read on its own, as the notice at the link says.
 */
export function linkedFolderUnits(files: readonly WorkspaceFile[], workspace: Workspace): ReadUnit[] {
  const byFolder = groupBy(files, file => folderPrefixOf(file.path))
  const folders = new DisjointSets<string>()
  let claimed: Set<string> | undefined
  // A parameter folder (`vm/parameters/`) is one unit with the folder whose templates its files deploy.
  let joined = false
  for (const folder of byFolder.keys()) {
    const above = pairingFolderOf(folder)
    if (above === folder) continue
    folders.union(folder, above)
    joined = true
  }
  for (const file of files) {
    if (!mayLink(file, workspace)) continue
    const text = workspace.readText(file.path)
    if (!text.ok) continue
    claimed ??= new Set(files.map(member => member.path))
    for (const target of quotedPaths(text.text, file.path)) {
      if (!claimed.has(target)) continue
      folders.union(folderPrefixOf(file.path), folderPrefixOf(target))
    }
  }
  if (claimed === undefined && !joined) return [...byFolder.values()].map(members => ({ files: members }))
  // Units in the order of their first file, each file in listing order (as the folders' units were).
  return [...groupBy(files, file => folders.find(folderPrefixOf(file.path))).values()].map(members => ({ files: members }))
}

/**
 * Whether a file may hold a relativePath link, without reading its text into the workspace where the claim
 * knows: a file with no policy word (no templateLink) cannot, and the claim's whole read of a file says whether
 * it holds the word. A longer file is looked through on disk, not kept (its text may never be needed).
 */
function mayLink(file: WorkspaceFile, workspace: Workspace): boolean {
  if (workspace.isQuiet(file.path)) return false
  return workspace.claimNotes.holdsLocalLinks(file.path) ?? fileHolds(file.absolutePath, LOCAL_LINK_WORD)
}

/**
 * The claimed-file paths the quoted `.json` texts of a linking file name, resolved against its folder, and, in a file
 * that holds `_artifactsLocation`, against each folder above it as well: a linked template builds its links from the
 * `_artifactsLocation` its linking deployment passes, the sample's folder (template/artifacts-location.ts).
 */
function quotedPaths(text: string, file: string): string[] {
  const found: string[] = []
  const folders = ARTIFACTS_LOCATION_WORD.test(text) ? foldersUp(folderPrefixOf(file)) : [folderPrefixOf(file)]
  for (const match of text.matchAll(QUOTED_JSON_PATH)) {
    // `/nested/vm.json` after `_artifactsLocation` (concat(parameters('_artifactsLocation'), '/nested/vm.json')) is in the folder too.
    const written = (match[1] as string).replace(/^\/+/, '')
    if (written.includes('://')) continue
    for (const folder of folders) {
      const path = posix.normalize(`${folder}${written}`)
      if (!path.startsWith('../')) found.push(path)
    }
  }
  return found
}
