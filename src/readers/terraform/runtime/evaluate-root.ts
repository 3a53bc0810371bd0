import type { ParseError, Resource } from '../../../model/resources.js'
import { loadModuleTree } from '../config/folders.js'
import type { HclFiles } from '../config/hcl-files.js'
import { readTfvars, type TfvarsValues } from '../config/tfvars.js'
import { knownModuleValue } from '../known-modules/index.js'
import { collectResources } from './collect.js'
import { ModuleInstance, type VariableInput } from './module-instance.js'
import { rootFiles } from './root-files.js'
import { Session } from './session.js'
import { DEFAULT_LIMITS, type EvaluationLimits, stepBudgetMessage } from '../../limits.js'

export interface RootEvaluation {
  readonly resources: readonly Resource[]
  readonly notices: readonly ParseError[]
}

/**
 * Evaluates one root module with its auto-loaded tfvars files and, for a variant, one var file
 * (later files override earlier ones, as on Terraform's command line).
 */
export async function evaluateRoot(
  files: HclFiles,
  folder: string,
  tfvars: readonly string[],
  varFile: string | undefined,
  limits: EvaluationLimits = DEFAULT_LIMITS
): Promise<RootEvaluation> {
  const tree = await loadModuleTree(files, folder)
  const config = tree.configs.get(folder)
  if (!config) return { resources: [], notices: [] }
  const layers: TfvarsValues[] = []
  for (const path of varFile === undefined ? tfvars : [...tfvars, varFile]) {
    layers.push(await readTfvars(path, files, files.workspace))
  }
  const name = varFile?.slice(varFile.lastIndexOf('/') + 1)
  const session = new Session(
    folder,
    varFile === undefined || name === undefined ? undefined : { path: varFile, name },
    tree.configs,
    tree.moduleFolders,
    limits,
    rootFiles(files.workspace, folder),
    knownModuleValue
  )
  const inputs = (variable: string): VariableInput | undefined => {
    for (let i = layers.length - 1; i >= 0; i--) {
      const found = layers[i]?.get(variable)
      if (found) return { hop: { kind: 'tfvars', name: variable, location: found.location }, evaluate: () => found.value }
    }
    return undefined
  }
  const root = new ModuleInstance(session, config, '', inputs, [], undefined)
  const resources = collectResources(root)
  const errors = [...session.unevaluated]
  if (session.evaluator.budget.exhausted) {
    const file = files.tfFiles(folder)[0] ?? folder
    const unit = `the Terraform root module ${folder}${name === undefined ? '' : ` with ${name}`}`
    errors.push({ file, line: 1, column: 1, message: stepBudgetMessage(unit, limits), severity: 'error', kind: 'not-evaluated' })
  }
  return { resources, notices: [...session.notices, ...errors] }
}
