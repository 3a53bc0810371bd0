/**
 * Released versions of a registry module (`major.minor.patch`) and the closed ranges whose source was read: what the
 * Bicep and Terraform catalogues of known modules cover (bicep/known-modules, terraform/known-modules).
 */

/** A closed range of released versions (`major.minor.patch`), both ends verified against the module's source. */
export interface VersionRange {
  readonly from: string
  readonly through: string
}

/** Whether `version` is a plain release (no pre-release, no build) within the range. */
export function inRange(version: string, range: VersionRange): boolean {
  const parsed = releaseOf(version)
  const from = releaseOf(range.from)
  const through = releaseOf(range.through)
  if (parsed === undefined || from === undefined || through === undefined) return false
  return compare(parsed, from) >= 0 && compare(parsed, through) <= 0
}

type Release = readonly [number, number, number]

function releaseOf(version: string): Release | undefined {
  const match = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$/.exec(version)
  return match === null ? undefined : [Number(match[1]), Number(match[2]), Number(match[3])]
}

function compare(a: Release, b: Release): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}

/** Whether a released version is `first` or later (a version that is not `major.minor.patch` is not). */
export function atLeast(version: string, first: string): boolean {
  const parsed = releaseOf(version)
  const bound = releaseOf(first)
  return parsed !== undefined && bound !== undefined && compare(parsed, bound) >= 0
}
