import { MAINTENANCE_CONFIGURATION_TYPE, VM_TYPE } from '../../../model/identity.js'
import { inRange, publicModuleReference, type PublicModuleReference, type VersionRange } from './registry-reference.js'

/**
 * The registry modules whose published interface the gate knows, and the versions whose source was read (each
 * mapping is in its own file, named after the path). Data only: module-instance.ts links `<call>.outputs.resourceId`
 * through it without loading the mappings.
 */
export interface KnownInterface {
  /** The registry path, lower-cased: `avm/res/compute/virtual-machine`. */
  readonly path: string
  readonly versions: VersionRange
  /** The type its `resourceId` output is the ID of. */
  readonly resourceType: string
  /** What of it is modelled, for the notice at the call. */
  readonly deploys: string
}

const CATALOGUE: readonly KnownInterface[] = [
  {
    // avm-compute-virtual-machine.ts
    path: 'avm/res/compute/virtual-machine',
    versions: { from: '0.8.0', through: '0.22.2' },
    resourceType: VM_TYPE,
    deploys: 'its VM and the maintenance configuration assignment maintenanceConfigurationResourceId makes'
  },
  {
    // avm-maintenance-configuration.ts
    path: 'avm/res/maintenance/maintenance-configuration',
    versions: { from: '0.1.0', through: '0.4.0' },
    resourceType: MAINTENANCE_CONFIGURATION_TYPE,
    deploys: 'its maintenance configuration'
  }
]

/** The known interface a registry reference names at a covered version, with the reference; undefined for any other. */
export function knownInterfaceFor(reference: string): { known: KnownInterface; named: PublicModuleReference } | undefined {
  const named = publicModuleReference(reference)
  const known = named === undefined ? undefined : CATALOGUE.find(entry => entry.path === named.path)
  return known !== undefined && named !== undefined && inRange(named.version, known.versions) ? { known, named } : undefined
}
