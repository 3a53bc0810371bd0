import { fileName } from '../../model/paths.js'
import type { InlineExemption, ParseError, Resource } from '../../model/resources.js'
import type { Workspace, WorkspaceFile } from '../../workspace/workspace.js'
import { getErrorMessage } from '../../errors.js'
import type { EvaluationLimits } from '../limits.js'
import type { ManifestReader, ReaderOutput } from '../reader.js'
import { parseJsonDocument } from '../shared/json/json-tree.js'
import { keptApart } from '../shared/notice-group.js'
import { rootFolders } from './config/folders.js'
import { forgetHclFiles, hclFilesOf, type ParsedFile } from './config/hcl-files.js'
import { moduleFolderOf } from './config/module-config.js'
import { autoLoadOrder, isAutoLoaded } from './config/tfvars.js'
import { hasPlan } from './plan-folder.js'
import { evaluateRoot } from './runtime/evaluate-root.js'
import { orphanVarFile } from './runtime/orphan-var-file.js'
import { isJsonConfiguration, jsonConfiguration } from './runtime/json-syntax.js'
import { terragruntInputs } from './runtime/terragrunt-inputs.js'
import { isTerragrunt, isTfvars, terraformClaim } from './terraform-claim.js'

/**
 * Terraform configuration (`.tf`, `.tfvars`; `.tf.json` is claimed and said, not read; `terragrunt.hcl` is claimed for
 * its inputs, said, not applied). A folder is a module; root modules are evaluated
 * with their tfvars (one variant per non-auto var file) and the local modules they call. A root
 * folder that also holds a plan JSON is left to the plan reader (the plan is the better source).
 * The scan hands it one unit at a time: a root with its local modules (config/units.ts).
 */
export const terraformReader: ManifestReader = {
  ...terraformClaim,
  read: (files, workspace, limits) => readTerraform(files, workspace, limits)
}

async function readTerraform(claimed: readonly WorkspaceFile[], workspace: Workspace, limits?: EvaluationLimits): Promise<ReaderOutput> {
  const files = hclFilesOf(workspace)
  const paths = claimed.map(file => file.path)
  files.register(paths)
  const tfFolders = [...new Set(paths.filter(path => path.endsWith('.tf')).map(moduleFolderOf))].sort()
  for (const path of paths) if (!path.endsWith('.json')) await files.parse(path)
  const jsonErrors = paths.filter(isTfvars).filter(path => path.endsWith('.json')).flatMap(path => jsonTfvarsErrors(workspace, path))

  const resources: Resource[] = []
  const notices: ParseError[] = []
  // Grouped once: filtering every path for every root folder grew with their product.
  const tfvarsByFolder = new Map<string, string[]>()
  for (const path of paths.filter(isTfvars)) tfvarsByFolder.set(moduleFolderOf(path), [...(tfvarsByFolder.get(moduleFolderOf(path)) ?? []), path])
  const terragrunt = new Map(paths.filter(isTerragrunt).map(path => [moduleFolderOf(path), path]))
  // Folders holding Terraform configuration, read or not (.tf, .tf.json, terragrunt.hcl): a var file there may be meant for it.
  const configured = new Set(paths.filter(path => !isTfvars(path)).map(moduleFolderOf))
  const roots = await rootFolders(files, tfFolders)
  const isRoot = new Set(roots)
  // Var files no root loads and Terragrunt inputs are said in folder order among the roots, as the units list them.
  const apart = [...new Set([...tfvarsByFolder.keys(), ...terragrunt.keys()])].filter(folder => !isRoot.has(folder) && !hasPlan(workspace, folder))
  for (const folder of [...roots, ...apart].sort()) {
    if (hasPlan(workspace, folder)) continue
    const terragruntPath = terragrunt.get(folder)
    const inputs = terragruntPath === undefined ? undefined : await terragruntInputs(terragruntPath, files)
    if (inputs !== undefined) {
      if ('message' in inputs) notices.push(inputs)
      else resources.push(inputs)
    }
    if (!isRoot.has(folder)) {
      for (const path of tfvarsByFolder.get(folder) ?? []) {
        const said = await orphanVarFile(path, files, workspace, configured.has(folder))
        if ('message' in said) notices.push(said)
        else resources.push(said)
      }
      continue
    }
    const tfvars = tfvarsByFolder.get(folder) ?? []
    const autoLoaded = autoLoadOrder(tfvars.map(fileName)).map(name => joinPath(folder, name))
    const varFiles = tfvars.filter(path => !isAutoLoaded(fileName(path)))
    for (const varFile of varFiles.length > 0 ? varFiles : [undefined]) {
      try {
        const evaluation = await evaluateRoot(files, folder, autoLoaded, varFile, limits)
        // Loops, not push(...): a spread of 100,000 resources overflows the stack.
        for (const resource of evaluation.resources) resources.push(resource)
        // A module evaluated as a root and from a caller (or once per var file) says the same thing once.
        for (const notice of evaluation.notices) {
          const seen = notices.findIndex(n => n.file === notice.file && n.line === notice.line && n.message === notice.message)
          if (seen < 0) notices.push(notice)
          else notices[seen] = keptApart(notices[seen] as ParseError, notice)
        }
      } catch (error) {
        // A reader bug must not hide the rest of the repository.
        const file = files.tfFiles(folder)[0] ?? folder
        notices.push({ file, line: 1, column: 1, message: `internal error evaluating ${folder}: ${getErrorMessage(error)}`, severity: 'error' })
      }
    }
  }
  // Terraform's JSON syntax is not read: what it declares for the policy is said, or stood in for (json-syntax.ts).
  for (const path of paths.filter(isJsonConfiguration)) {
    if (hasPlan(workspace, moduleFolderOf(path))) continue
    for (const said of jsonConfiguration(path, workspace)) {
      if ('message' in said) notices.push(said)
      else resources.push(said)
    }
  }
  const parsed = await files.all()
  forgetHclFiles(workspace)
  return {
    resources,
    parseErrors: [...parsed.flatMap(syntaxErrors), ...jsonErrors, ...notices],
    manifests: [...parsed.map(file => file.path), ...paths.filter(path => path.endsWith('.json'))].sort(),
    inlineExemptions: parsed.flatMap(exemptionsOf)
  }
}

function syntaxErrors(file: ParsedFile): ParseError[] {
  if (!file.ok) return [file.error]
  const error = file.hcl.error
  return error ? [{ file: file.path, line: error.pos.line, column: error.pos.column, message: error.message, severity: 'error' }] : []
}

function jsonTfvarsErrors(workspace: Workspace, path: string): ParseError[] {
  const text = workspace.readText(path)
  if (!text.ok) return [{ file: path, line: text.line, column: text.column, message: text.message, severity: 'error' }]
  const error = parseJsonDocument(text.text).error
  return error ? [{ file: path, ...error, severity: 'error' }] : []
}

function exemptionsOf(file: ParsedFile): InlineExemption[] {
  if (!file.ok) return []
  return file.hcl.exemptions.map(exemption => ({
    location: { file: file.path, line: exemption.pos.line, column: exemption.pos.column },
    text: exemption.text
  }))
}

const joinPath = (folder: string, name: string): string => (folder === '.' ? name : `${folder}/${name}`)

