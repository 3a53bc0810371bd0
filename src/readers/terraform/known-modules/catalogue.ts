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
  /**
   * When listed: the variables the module declares at every covered version. A call passing another argument is
   * rejected by Terraform at that version (`An argument named ... is not expected here`): it was written for another
   * interface, so it stays an unread call, whose inputs may name the VMs whose plan it holds.
   */
  readonly variables?: ReadonlySet<string>
}

/** The arguments of every module block, which are not the module's variables. */
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on'])

export const AVM_VIRTUAL_MACHINE = 'azure/avm-res-compute-virtualmachine/azurerm'
export const AVM_MAINTENANCE_CONFIGURATION = 'azure/avm-res-maintenance-maintenanceconfiguration/azurerm'

const CATALOGUE: readonly KnownInterface[] = [
  {
    // avm-res-compute-virtualmachine.ts
    source: AVM_VIRTUAL_MACHINE,
    versions: { from: '0.15.0', through: '0.21.0' },
    deploys: 'its Windows VM and the maintenance assignments maintenance_configuration_resource_ids makes'
  },
  {
    // avm-res-maintenance-maintenanceconfiguration.ts: v0.1.0 is the only tag of the module's repository read; its
    // main branch since changed main.tf and variables.tf, so no later version is assumed to share its interface.
    source: AVM_MAINTENANCE_CONFIGURATION,
    versions: { from: '0.1.0', through: '0.1.0' },
    deploys: 'its maintenance configuration, which it assigns to no machine',
    // variables.tf at v0.1.0.
    variables: new Set(['location', 'name', 'resource_group_name', 'scope', 'enable_telemetry', 'extension_properties', 'install_patches', 'lock', 'role_assignments', 'subscription_id', 'tags', 'visibility', 'window'])
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

/** The known interface a call names at a covered version, passed only arguments it takes; undefined for any other. */
export function knownInterfaceFor(module: RegistryModule, passed: Iterable<string>): KnownInterface | undefined {
  const known = CATALOGUE.find(entry => entry.source === module.source)
  if (known === undefined || !inRange(module.version, known.versions)) return undefined
  const variables = known.variables
  if (variables !== undefined) for (const name of passed) if (!META_ARGUMENTS.has(name) && !variables.has(name)) return undefined
  return known
}
