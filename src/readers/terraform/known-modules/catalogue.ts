import { inRange, type VersionRange } from '../../shared/version-range.js'

/**
 * The Terraform registry modules whose published interface the gate knows, and the versions whose source was read
 * (each mapping in its own file, named after the module). Data only.
 */
export interface KnownInterface {
  /** `namespace/name/provider`, lower-cased: `azure/avm-res-compute-virtualmachine/azurerm`. */
  readonly source: string
  readonly versions: VersionRange
  /** What of it is modelled, for the notice at the call. */
  readonly deploys: string
}

export const AVM_VIRTUAL_MACHINE = 'azure/avm-res-compute-virtualmachine/azurerm'

const CATALOGUE: readonly KnownInterface[] = [
  {
    // avm-res-compute-virtualmachine.ts
    source: AVM_VIRTUAL_MACHINE,
    versions: { from: '0.15.0', through: '0.21.0' },
    deploys: 'its Windows VM and the maintenance assignments maintenance_configuration_resource_ids makes'
  }
]

/** A registry source and the one version a call pins. */
export interface RegistryModule {
  readonly source: string
  readonly version: string
}

/**
 * The public registry's address (`registry.terraform.io/` may be written), lower-cased: Terraform compares
 * namespaces and names case-insensitively. Another host is a private registry: not named.
 */
const PUBLIC_SOURCE = /^(?:registry\.terraform\.io\/)?(?<source>[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9_-]*\/[a-z0-9]+)$/i

/**
 * The one version a `version` argument allows: `0.19.3`, `= 0.19.3`. A constraint that allows several (`~> 0.19`,
 * `>= 0.15.0`) is resolved by `terraform init` against the registry, which the gate does not ask: not named.
 */
const EXACT_VERSION = /^\s*=?\s*(?<version>\d+\.\d+\.\d+)\s*$/

export function registryModule(source: string | undefined, version: string | undefined): RegistryModule | undefined {
  const named = source === undefined ? undefined : PUBLIC_SOURCE.exec(source)?.groups?.source
  const pinned = version === undefined ? undefined : EXACT_VERSION.exec(version)?.groups?.version
  return named === undefined || pinned === undefined ? undefined : { source: named.toLowerCase(), version: pinned }
}

/** The known interface a call names at a covered version; undefined for any other. */
export function knownInterfaceFor(module: RegistryModule): KnownInterface | undefined {
  const known = CATALOGUE.find(entry => entry.source === module.source)
  return known !== undefined && inRange(module.version, known.versions) ? known : undefined
}
