import type { NoticeGroup } from '../../../model/parse-error.js'
import type { ParseError, VirtualMachine } from '../../../model/resources.js'
import { known, type SourceLocation } from '../../../model/source.js'
import type { Workspace } from '../../../workspace/workspace.js'
import { azureScope, deploymentUnit } from '../../shared/units.js'
import { collectInputs, hotpatchSignals, unreadCallAsVm, type UnreadInput } from '../../shared/unread-module.js'
import type { HclFiles } from '../config/hcl-files.js'
import { moduleFolderOf } from '../config/module-config.js'
import { readTfvars } from '../config/tfvars.js'
import { TERRAFORM_INPUTS } from '../model/value-inputs.js'

/**
 * A variables file that no root module of the scan loads. Terraform reads a var file only in its root's
 * folder (`terraform.tfvars`, `*.auto.tfvars`) or through `-var-file`, and a file kept apart
 * (`envs/prod.tfvars`, passed as `-var-file=../envs/prod.tfvars`) feeds a root the scan cannot name: the
 * roots were evaluated with their defaults, and the file's values were read and dropped without a word.
 * Now a located notice says so, or, when its values carry a hotpatch signal (`hotpatching_enabled = true`,
 * an Azure Edition SKU), an indeterminate VM, as an unread module call is: the root it feeds may deploy a
 * hotpatch VM the scan judged with other values.
 */
export async function orphanVarFile(path: string, files: HclFiles, workspace: Workspace, besideConfiguration: boolean): Promise<VirtualMachine | ParseError> {
  const inputs: UnreadInput[] = []
  for (const [name, { value, location }] of await readTfvars(path, files, workspace)) collectInputs(TERRAFORM_INPUTS, name, value, location, inputs)
  const said = valuesAppliedToNothing({
    displayName: `variables file ${path}`,
    symbol: `${path}#var-file`,
    at: { file: path, line: 1, column: 1 },
    inputs,
    // Terraform loads a var file in its root's folder, through -var-file, or for `terraform test`.
    why: `variables file ${path} is beside no root module of the scan, so its values are applied to nothing here`,
    judge: 'scan the plan of the root it feeds (terraform plan -var-file, then terraform show -json)'
  })
  // A var file beside a module's .tf (or .tf.json, terragrunt.hcl) may be meant for it: said on its own. One in a folder
  // of values only is one of a set passed with -var-file from elsewhere (an examples tree: 751 in one repository).
  return 'message' in said && !besideConfiguration ? { ...said, group: varFilesGroup(path) } : said
}

/**
 * Var files without a hotpatch signal in folders of values only, said once per top folder of the scan: what they
 * feed is decided when Terraform runs, and none carries a signal of a hotpatch VM.
 */
function varFilesGroup(path: string): NoticeGroup {
  const slash = path.indexOf('/')
  const top = slash < 0 ? '.' : path.slice(0, slash)
  return {
    key: `terraform-var-files:${top}`,
    what: `variables files below ${top === '.' ? 'the scanned folder' : `${top}/`}, beside no root module of the scan, in folders without .tf files and with no hotpatch signal among their values`,
    then: 'their values are applied to nothing here: scan the plan of the root each feeds (terraform plan -var-file, then terraform show -json) to check them',
    wholeFiles: true
  }
}

/** Values the scan reads but applies to no module, and how to judge what they deploy. */
export interface UnappliedValues {
  readonly displayName: string
  readonly symbol: string
  /** Where the values are: the notice and the stand-in VM are located there. */
  readonly at: SourceLocation
  readonly inputs: readonly UnreadInput[]
  readonly why: string
  /** How to check them (`scan the plan of ...`): `to check them` or `instead, or exempt it` follows. */
  readonly judge: string
  /** Why a value the signals do not give is not known (default: decided inside `displayName`, which is not read). */
  readonly decidedElsewhere?: string
}

/**
 * Values kept apart from what they deploy (a var file beside no root, Terragrunt's inputs): a located notice that
 * they are applied to nothing, or, when they carry a hotpatch signal, an indeterminate VM standing in for what
 * they deploy, as for an unread module call.
 */
export function valuesAppliedToNothing(values: UnappliedValues): VirtualMachine | ParseError {
  const { at, why, judge } = values
  const signals = hotpatchSignals(values.inputs)
  if (signals === undefined) return { ...at, message: `${why}; ${judge} to check them`, severity: 'notice' }
  return unreadCallAsVm(
    {
      format: 'terraform',
      displayName: values.displayName,
      symbol: values.symbol,
      at,
      why,
      judge: `${judge} instead, or exempt it`,
      unit: deploymentUnit('terraform-root', `terraform:${moduleFolderOf(at.file)}`, at),
      scope: azureScope(undefined, at),
      deployed: known(true, at),
      ...(values.decidedElsewhere !== undefined && { decidedElsewhere: values.decidedElsewhere })
    },
    signals
  )
}
