import type { SourceLocation, Sourced } from '../../../model/source.js'
import type { Value } from '../eval/value.js'

/**
 * Read access to one resource's arguments, the same for HCL configuration and plan JSON, so that
 * one set of mappers turns either into the model.
 */
export interface ResourceView {
  /** The resource block (or plan entry); absent values are located here. */
  readonly location: SourceLocation
  /**
   * The value at a path of nested blocks, attributes and object keys (`['os_profile',
   * 'windows_configuration', 'patch_mode']`, `['body', 'properties', 'osProfile']`). Not written or
   * null gives `absent`; a value we cannot know gives `unresolved`. A path ending at repeated
   * blocks gives the list of their values.
   */
  get(path: readonly string[]): Sourced<Value>
}
