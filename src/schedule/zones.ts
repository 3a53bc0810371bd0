import { IANAZone } from 'luxon'
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

/** The IANA zone for a Windows time zone name; undefined when Windows has no zone of that name (or luxon lacks it). */
export function ianaZoneOf(windowsName: string): string | undefined {
  const iana = BY_NAME.get(windowsName.trim().toLowerCase())
  return iana !== undefined && IANAZone.isValidZone(iana) ? iana : undefined
}
