import type { Resource } from '../../../model/resources.js'
import type { KnownModuleCall } from './module-call.js'

/**
 * What one call of a known registry module deploys (catalogue.ts: which module, at which versions), as the module's
 * source maps its params: modelled rather than stood in for by an unread call.
 */
export type KnownModuleMapping = (call: KnownModuleCall) => Resource[]
