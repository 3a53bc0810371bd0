import type { ReaderClaim } from '../reader.js'
import { moduleFolderOf } from './config/folder-paths.js'
import { terraformUnits } from './config/units.js'

/** `.tfvars` and `.tfvars.json` variable files. */
export const isTfvars = (path: string): boolean => path.endsWith('.tfvars') || path.endsWith('.tfvars.json')

/**
 * Terragrunt's configuration, `terragrunt.hcl`: the one name Terragrunt runs from. Other `.hcl` files (`root.hcl`,
 * `env.hcl`) are only what one includes, and `.hcl` is also Packer's, Nomad's and Vault's: they are not claimed.
 */
export const isTerragrunt = (path: string): boolean => path === 'terragrunt.hcl' || path.endsWith('/terragrunt.hcl')

/**
 * What the scan needs of the Terraform reader before it reads (the registry loads terraform-reader.ts, the
 * HCL parser and evaluator, only when a unit is read): `.tf`, `.tf.json`, tfvars and `terragrunt.hcl` files,
 * grouped by root module.
 */
export const terraformClaim: ReaderClaim = {
  format: 'terraform',
  // `.tf.json` (Terraform's JSON syntax) is claimed so that what it declares is said, not passed over (json-syntax.ts).
  claims: file => file.path.endsWith('.tf') || file.path.endsWith('.tf.json') || isTfvars(file.path) || isTerragrunt(file.path),
  units: terraformUnits,
  // A var file beside no configuration (`envs/prod.tfvars`), or a `terragrunt.hcl`, holds no policy word when it
  // only sets `hotpatching_enabled = true`: the reader says it is not applied (runtime/orphan-var-file.ts,
  // runtime/terragrunt-inputs.ts).
  mustRead: unit => {
    const configured = new Set(unit.files.filter(file => file.path.endsWith('.tf')).map(file => moduleFolderOf(file.path)))
    return unit.files.some(file => isTerragrunt(file.path) || (isTfvars(file.path) && !configured.has(moduleFolderOf(file.path))))
  }
}
