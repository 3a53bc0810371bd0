import type { Resource } from '../../../model/resources.js'
import type { KnownModuleCall } from './module-call.js'
import type { VersionRange } from './registry-reference.js'

/**
 * A public registry module whose published interface the gate knows, at the versions whose source was read: a call
 * of it is modelled as what the module deploys from its params, rather than as an unread call. Any other version
 * keeps the unread stand-in (its interface may differ).
 */
export interface KnownModule {
  /** The registry path, lower-cased: `avm/res/compute/virtual-machine`. */
  readonly path: string
  readonly versions: VersionRange
  /** The type its `resourceId` output is the ID of (what `<call>.outputs.resourceId` links to). */
  readonly resourceType: string
  /** What of it is modelled, for the notice at the call: `its VM and ...`. */
  readonly deploys: string
  model(call: KnownModuleCall): Resource[]
}
