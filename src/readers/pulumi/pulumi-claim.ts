import type { ReaderClaim } from '../reader.js'
import { namesBeside } from '../../workspace/folder-files.js'
import type { Workspace, WorkspaceFile } from '../../workspace/workspace.js'
import { pulumiUnits } from './units.js'

export const PROJECT_FILE = /(^|\/)Pulumi\.ya?ml$/
export const STACK_FILE = /(^|\/)Pulumi\.[^/]+\.ya?ml$/
export const MAIN_FILE = /(^|\/)Main\.ya?ml$/
const PROGRAM_SECTION = /^(resources|variables)[ \t]*:/m

/**
 * What the scan needs of the Pulumi reader before it reads (pulumi-reader.ts is loaded on the first read):
 * project and stack files, and a `Main.yaml` whose head has a program section.
 */
export const pulumiClaim: ReaderClaim = {
  format: 'pulumi',
  claims: (file, head) =>
    PROJECT_FILE.test(file.path) ||
    STACK_FILE.test(file.path) ||
    (MAIN_FILE.test(file.path) && PROGRAM_SECTION.test(head())),
  units: pulumiUnits,
  // A project whose program is code has no policy word in its YAML, and the reader's notice that the
  // program is not evaluated is all a scan can say of it: the prefilter would have counted it as a file
  // that declares no VM. Only a project that uses Azure gets it: a template repository's AWS and GCP
  // projects made 181 notes of nothing (pulumi/templates).
  // A component or package resource (`mycompany:index:WindowsVm`) has no policy word either: its inputs' hotpatch
  // signal (or a stack value that feeds them) makes it a stand-in VM only the reader can give (package-resources.ts).
  mustRead: (unit, workspace) =>
    unit.files.some(file => {
      const text = workspace.readText(file.path)
      if (text.ok && HOTPATCH_WORDS.test(text.text)) return true
      if (!PROJECT_FILE.test(file.path)) return false
      const runtime = text.ok ? RUNTIME.exec(text.text) : null
      return runtime !== null && (runtime[1] ?? runtime[2]) !== 'yaml' && usesAzure(unit.files, file.path, workspace)
    })
}

/** The words of a hotpatch signal (src/readers/shared/unread-module.ts): the flag, an Azure Edition SKU. */
const HOTPATCH_WORDS = /hotpatch|azure-edition/i

/** The files that name a program's packages (`@pulumi/azure-native`, `pulumi-azure-native`, `Pulumi.AzureNative`). */
const DEPENDENCY_FILE = /^(?:package\.json|go\.mod|requirements\.txt|pyproject\.toml|Pipfile|.*\.(?:cs|fs|vb)proj|pom\.xml|build\.gradle(?:\.kts)?)$/
const AZURE = /azure/i

/** Whether a code project names Azure: in its project or stack files (`azure-native:location`), or its package list. */
function usesAzure(unitFiles: readonly WorkspaceFile[], project: string, workspace: Workspace): boolean {
  const mentions = (path: string): boolean => {
    const text = workspace.readText(path)
    return text.ok && AZURE.test(text.text)
  }
  if (unitFiles.some(file => mentions(file.path))) return true
  const folder = project.slice(0, project.lastIndexOf('/') + 1)
  return namesBeside(workspace, project).some(name => DEPENDENCY_FILE.test(name) && mentions(folder + name))
}

/** The project's `runtime: <name>`, or `runtime:` with a `name:` below it. */
const RUNTIME = /^runtime[ \t]*:[ \t]*(?:["']?([A-Za-z0-9_-]+)["']?|(?:#.*)?\r?\n[ \t]+name[ \t]*:[ \t]*["']?([A-Za-z0-9_-]+))/m
