import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon'
import { WINDOWS_TO_IANA_MAP } from 'windows-iana'

/**
 * Maintenance windows name their time zone the Windows way (`Pacific Standard Time`, `W. Europe Standard
 * Time`, `UTC`: "[System.TimeZoneInfo]::GetSystemTimeZones()", REST API reference). The CLDR mapping
 * (windows-iana) gives the IANA zone whose rules luxon applies, daylight saving included. Matched
 * case-insensitively; the territory `001` entry is the zone's golden one.
 */
const BY_NAME: ReadonlyMap<string, string> = buildIndex()

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>()
  for (const entry of Object.values(WINDOWS_TO_IANA_MAP)) {
    const key = entry.windowsName.toLowerCase()
    const iana = entry.iana[0]
    if (iana === undefined) continue
    if (entry.territory === '001' || !index.has(key)) index.set(key, iana)
  }
  return index
}

const VALID = new Map<string, boolean>()

/** The IANA zone for a Windows time zone name; undefined when Windows has no zone of that name (or luxon lacks it). */
export function ianaZoneOf(windowsName: string): string | undefined {
  const iana = BY_NAME.get(windowsName.trim().toLowerCase())
  if (iana === undefined) return undefined
  // isValidZone builds an Intl.DateTimeFormat each time: ask once per zone.
  const valid = VALID.get(iana) ?? IANAZone.isValidZone(iana)
  VALID.set(iana, valid)
  return valid ? iana : undefined
}

/** Why a name is refused as a window's zone: one wording for maintenance windows and declared ones. */
export const notAWindowsZone = (name: string): string =>
  `'${name}' is not a Windows time zone name (e.g. UTC, Pacific Standard Time, W. Europe Standard Time)`

/** A quarter of an hour: every zone's offset, and so every transition instant, is a whole number of them. */
const BUCKET = 15 * 60_000
const MAX_CACHED = 50_000

/**
 * An IANA zone whose offsets are remembered per quarter hour. luxon asks Intl for the offset of every
 * instant it converts (formatToParts, tens of microseconds each), several times per local time; offsets
 * only change on quarter-hour boundaries, so one answer per quarter hour is exact.
 */
class CachedZone extends Zone {
  private readonly offsets = new Map<number, number>()

  constructor(private readonly inner: IANAZone) {
    super()
  }

  override get type(): string {
    return this.inner.type
  }

  override get name(): string {
    return this.inner.name
  }

  override get isUniversal(): boolean {
    return false
  }

  override get isValid(): boolean {
    return this.inner.isValid
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.inner.offsetName(ts, options) ?? ''
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.inner.formatOffset(ts, format)
  }

  override offset(ts: number): number {
    const key = Math.floor(ts / BUCKET)
    const known = this.offsets.get(key)
    if (known !== undefined) return known
    if (this.offsets.size >= MAX_CACHED) this.offsets.clear()
    const offset = this.inner.offset(ts)
    this.offsets.set(key, offset)
    return offset
  }

  override equals(other: Zone): boolean {
    return other.type === this.type && other.name === this.name
  }
}

const ZONES = new Map<string, Zone>()

/** The luxon zone for an IANA name (from ianaZoneOf), shared and cached. */
export function zoneFor(iana: string): Zone {
  const known = ZONES.get(iana)
  if (known !== undefined) return known
  const zone = new CachedZone(IANAZone.create(iana))
  ZONES.set(iana, zone)
  return zone
}
