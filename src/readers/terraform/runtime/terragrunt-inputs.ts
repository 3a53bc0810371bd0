import type { ParseError, VirtualMachine } from '../../../model/resources.js'
import type { SourceLocation } from '../../../model/source.js'
import { collectInputs, type UnreadInput } from '../../shared/unread-module.js'
import type { HclFiles } from '../config/hcl-files.js'
import { locationOf } from '../config/module-config.js'
import { Evaluator, type Scope } from '../eval/evaluator.js'
import type { Body, Expression } from '../hcl/ast.js'
import { TERRAFORM_INPUTS } from '../model/value-inputs.js'
import { valuesAppliedToNothing } from './orphan-var-file.js'

/** Nothing is in scope: Terragrunt's locals, dependencies, includes and functions are unknown, never run. */
const NOTHING: Scope = { lookup: () => undefined }

/**
 * A Terragrunt configuration (`terragrunt.hcl`). Terragrunt runs Terraform on the module its `terraform { source }`
 * names (its own folder's files without one) with its `inputs` as the module's variables. The gate does not run
 * Terragrunt: the module is judged, where the scan holds it, with its own defaults, and the inputs were applied to
 * nothing without a word, so `inputs = { hotpatch = true }` left a hotpatch VM judged not affected. They are said as
 * a var file beside no root is (`valuesAppliedToNothing`): a located notice, or an indeterminate VM when they carry
 * a hotpatch signal. Only constants are read: `find_in_parent_folders()`, `read_terragrunt_config()`,
 * `dependency.x.outputs` and what an `include` merges in are unknown. A file with a syntax error says nothing more
 * (its error is reported with the others); undefined then.
 */
export async function terragruntInputs(path: string, files: HclFiles): Promise<VirtualMachine | ParseError | undefined> {
  const parsed = await files.parse(path)
  if (!parsed.ok || parsed.hcl.error !== undefined) return undefined
  const { body } = parsed.hcl
  const attribute = body.attributes.get('inputs')
  const at = attribute === undefined ? { file: path, line: 1, column: 1 } : locationOf(path, attribute.pos)
  const inputs: UnreadInput[] = []
  if (attribute !== undefined) collectTerragruntInputs(attribute.expression, path, at, inputs)
  const module = deployed(body)
  return valuesAppliedToNothing({
    displayName: `Terragrunt inputs ${path}`,
    symbol: `${path}#inputs`,
    at,
    inputs,
    why: `Terragrunt file ${path} passes its inputs to ${module} through Terragrunt, which the gate does not run, so they are applied to nothing here`,
    judge: 'scan the plan Terragrunt makes (terragrunt plan -out=tfplan, then terragrunt show -json tfplan)',
    decidedElsewhere: `decided by ${module} with these inputs, which the gate does not evaluate`
  })
}

/** Each input with its own line when `inputs` is written as an object (`{ hotpatch = true }`), else all at `inputs`. */
function collectTerragruntInputs(expression: Expression, path: string, at: SourceLocation, into: UnreadInput[]): void {
  const evaluator = new Evaluator()
  if (expression.kind !== 'object') {
    collectInputs(TERRAFORM_INPUTS, '', evaluator.evaluate(expression, NOTHING), at, into)
    return
  }
  for (const item of expression.items) {
    const key = evaluator.evaluate(item.key, NOTHING)
    if (typeof key !== 'string') continue
    collectInputs(TERRAFORM_INPUTS, key, evaluator.evaluate(item.value, NOTHING), locationOf(path, item.key.pos), into)
  }
}

/** What the file deploys: the module its `terraform { source }` names, else the Terraform files of its folder. */
function deployed(body: Body): string {
  const terraform = body.blocks.find(block => block.type === 'terraform')
  const source = terraform?.body.attributes.get('source')
  if (source === undefined) return 'the Terraform files of its folder'
  const value = new Evaluator().evaluate(source.expression, NOTHING)
  return typeof value === 'string' ? `the module "${value}"` : 'a module whose source is not known'
}
