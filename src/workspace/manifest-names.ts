/**
 * Extensions (and names) of the files the readers claim. The scan gives unreadable files of these names a
 * notice; the gate treats a removed or hidden one as a possible lost reboot plan. One list, so the
 * two cannot drift.
 */
export const MANIFEST_EXTENSIONS = ['.json', '.jsonc', '.bicep', '.bicepparam', '.tf', '.tfvars', '.yaml', '.yml'] as const

/** Manifests claimed by their whole name: Terragrunt's `terragrunt.hcl` (other `.hcl` files are not read). */
const MANIFEST_NAMES = ['terragrunt.hcl'] as const

export const isManifestName = (path: string): boolean => {
  const lower = path.toLowerCase()
  return MANIFEST_EXTENSIONS.some(ext => lower.endsWith(ext)) || MANIFEST_NAMES.some(name => lower === name || lower.endsWith(`/${name}`))
}
