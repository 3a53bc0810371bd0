/**
 * A Bicep registry module reference the catalogue can name: the public registry's module path and version.
 * `br/public:<path>:<version>` (the built-in alias of mcr.microsoft.com/bicep) and the same registry written out
 * (`br:mcr.microsoft.com/bicep/<path>:<version>`). Any other alias is defined in a bicepconfig.json the gate does not
 * map to a registry, so it is not named: the call keeps the unread stand-in.
 */
export interface PublicModuleReference {
  /** `avm/res/compute/virtual-machine`, lower-cased (registry paths are). */
  readonly path: string
  /** `0.20.0` */
  readonly version: string
}

const PUBLIC_ALIAS = /^br\/public:(?<path>[a-z0-9/._-]+):(?<version>[^:@\s]+)$/i
const PUBLIC_REGISTRY = /^br:mcr\.microsoft\.com\/bicep\/(?<path>[a-z0-9/._-]+):(?<version>[^:@\s]+)$/i

export function publicModuleReference(reference: string): PublicModuleReference | undefined {
  const groups = (PUBLIC_ALIAS.exec(reference) ?? PUBLIC_REGISTRY.exec(reference))?.groups
  if (groups?.path === undefined || groups.version === undefined) return undefined
  return { path: groups.path.toLowerCase(), version: groups.version }
}

// The version ranges are shared with the Terraform catalogue (terraform/known-modules).
export { atLeast, inRange, type VersionRange } from '../../shared/version-range.js'
