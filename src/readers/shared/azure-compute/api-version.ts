import { absent, type Sourced } from '../../../model/source.js'

/**
 * The first Microsoft.Compute API version whose VM and scale set schemas have
 * `automaticByPlatformSettings.bypassPlatformSafetyChecksOnUserSchedule` (Azure/bicep-types-az
 * generated/compute*\/microsoft.compute/<version>/types.md: absent up to 2022-11-01, present from 2023-03-01).
 */
export const BYPASS_MIN_API_VERSION = '2023-03-01'

/** Whether an API version (`2022-03-01`, `2022-03-01-preview`) is known and older than `first`. */
export function predates(apiVersion: Sourced<string> | undefined, first: string): apiVersion is Sourced<string> & { value: string } {
  const version = apiVersion?.value?.slice(0, 10)
  return version !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(version) && version < first
}

/**
 * The bypass flag as Azure receives it: a request of an API version that predates the property does not carry
 * it (the schema of that version has no such member), so the VM is not in Customer Managed Schedules whatever
 * the template writes: false, at the line that writes it, saying why (Sourced `detail`). Read as written
 * otherwise, or when the API version is not known.
 */
export function bypassAsSent(written: Sourced<boolean>, apiVersion: Sourced<string> | undefined): Sourced<boolean> {
  if (written.origin === 'absent' || !predates(apiVersion, BYPASS_MIN_API_VERSION)) return written
  const detail = `API version ${apiVersion.value} predates it (${BYPASS_MIN_API_VERSION})`
  return { value: false, origin: 'provider-default', location: written.location, detail }
}

/**
 * The first Microsoft.Compute API version whose VM and scale set schemas have `automaticByPlatformSettings` and its
 * `rebootSetting` (absent in 2021-11-01, present from 2022-03-01; ASO's `v1api20201201` has no such type).
 */
export const REBOOT_SETTING_MIN_API_VERSION = '2022-03-01'

/**
 * The VM's `rebootSetting` as Azure receives it: a request of an API version that predates `automaticByPlatformSettings`
 * does not carry it (an ASO CRD of that version prunes it), so the VM has no reboot setting, as if none were written:
 * absent, at the line that writes it, saying why (Sourced `detail`). Read as written otherwise, or when the API version
 * is not known.
 */
export function rebootSettingAsSent(written: Sourced<string>, apiVersion: Sourced<string> | undefined): Sourced<string> {
  if (written.origin === 'absent' || !predates(apiVersion, REBOOT_SETTING_MIN_API_VERSION)) return written
  return { ...absent<string>(written.location), detail: `not sent: API version ${apiVersion.value} predates it (${REBOOT_SETTING_MIN_API_VERSION})` }
}
