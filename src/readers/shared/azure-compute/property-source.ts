import type { SourceLocation, Sourced } from '../../../model/source.js'

/**
 * A path in the ARM resource body as the REST API writes it: `['properties', 'osProfile', ...]`,
 * `['location']`, `['tags']`. Formats that flatten `properties` (Pulumi azure-native, ASO) or wrap
 * the body (azapi's `body`) translate it in their source.
 */
export type ArmPath = readonly string[]

/**
 * Where one reader keeps the properties of one ARM-shaped resource (after trivy's adapters: the
 * reader says where values are, the shared adapter says what they mean). Every method returns
 * `absent` at `at` for a path that is not written, and `unresolved` for a value it could not evaluate.
 */
export interface ArmPropertySource {
  /** The resource's declaration: where absent and platform-default values point. */
  readonly at: SourceLocation
  string(path: ArmPath): Sourced<string>
  boolean(path: ArmPath): Sourced<boolean>
  strings(path: ArmPath): Sourced<readonly string[]>
  stringMap(path: ArmPath): Sourced<Readonly<Record<string, string>>>
  stringListMap(path: ArmPath): Sourced<Readonly<Record<string, readonly string[]>>>
  /**
   * An array of flat objects whose values are read as strings (a license profile's `productFeatures`).
   * Optional: a format that does not implement it cannot enable Arc hotpatch through a license profile.
   */
  records?(path: ArmPath): Sourced<readonly Readonly<Record<string, string>>[]>
  /** Whether anything (an object, typically) is written at a path, and where. */
  written(path: ArmPath): Sourced<true>
  /**
   * The source's one absent value at `at`, when it keeps one (ARM: the value of every path its resource does
   * not write): the adapter's own absent values then share it rather than each being an equal copy.
   */
  absent?(): Sourced<never>
}

/** The platform's documented default when nothing is written (origin `provider-default`). */
export const orPlatformDefault = <T>(sourced: Sourced<T>, value: T): Sourced<T> =>
  sourced.origin === 'absent' ? { value, origin: 'provider-default', location: sourced.location } : sourced

/** The first of several alternative fields that is written (or could not be evaluated), else the first. */
export function firstWritten<T>(first: Sourced<T>, ...rest: readonly Sourced<T>[]): Sourced<T> {
  if (first.origin !== 'absent') return first
  for (const field of rest) if (field.origin !== 'absent') return field
  return first
}
