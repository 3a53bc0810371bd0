import type { SourceLocation } from '../../../model/source.js'
import type { Workspace } from '../../../workspace/workspace.js'
import { parseJsonDocument } from '../../shared/json/json-tree.js'
import { jsonValue } from '../eval/json-value.js'
import { Evaluator } from '../eval/evaluator.js'
import type { Value } from '../eval/value.js'
import type { HclFiles } from './hcl-files.js'
import { locationOf } from './module-config.js'

/** A value a tfvars file sets, with where it is written. */
export interface TfvarsValue {
  readonly value: Value
  readonly location: SourceLocation
}

export type TfvarsValues = ReadonlyMap<string, TfvarsValue>

/** `terraform.tfvars(.json)` and `*.auto.tfvars(.json)`: Terraform loads them for every run. */
export const isAutoLoaded = (name: string): boolean =>
  name === 'terraform.tfvars' || name === 'terraform.tfvars.json' || /\.auto\.tfvars(\.json)?$/.test(name)

/**
 * Terraform's precedence: terraform.tfvars, then terraform.tfvars.json, then *.auto.tfvars in
 * lexical order, then the var file (-var-file): later files win.
 */
export function autoLoadOrder(names: readonly string[]): string[] {
  const rank = (name: string) => (name === 'terraform.tfvars' ? 0 : name === 'terraform.tfvars.json' ? 1 : 2)
  return [...names].filter(isAutoLoaded).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
}

/** The variable values a tfvars file sets (HCL or JSON); an unreadable file sets nothing. */
export async function readTfvars(path: string, files: HclFiles, workspace: Workspace): Promise<TfvarsValues> {
  const values = new Map<string, TfvarsValue>()
  if (path.endsWith('.json')) {
    const text = workspace.readText(path)
    if (!text.ok) return values
    const document = parseJsonDocument(text.text)
    if (document.error || document.root?.type !== 'object') return values
    for (const property of document.root.children ?? []) {
      const [key, value] = property.children ?? []
      if (typeof key?.value !== 'string') continue
      values.set(key.value, { value: jsonValue(value), location: { file: path, ...document.position(key.offset) } })
    }
    return values
  }
  const parsed = await files.parse(path)
  if (!parsed.ok || parsed.hcl.error) return values
  // tfvars hold constants: nothing is in scope.
  const evaluator = new Evaluator()
  for (const attribute of parsed.hcl.body.attributes.values()) {
    values.set(attribute.name, {
      value: evaluator.evaluate(attribute.expression, { lookup: () => undefined }),
      location: locationOf(path, attribute.pos)
    })
  }
  return values
}
