/**
 * Sentences the messages share, written out literally (not computed by the code under test), so a change
 * in wording or in the date arithmetic fails the rule tests.
 */

/** As of 2026-11-24: the next baseline month is January 2027; the KB5070881 disruption is long over. */
export const CAUSE_2026_11_24 =
  'Hotpatch machines still restart for every baseline update (January, April, July, October); the next ' +
  'baseline is January 2027 (Patch Tuesday 2027-01-12).'

/** As of 2025-11-05 on Windows Server 2025: inside the KB5070881 disruption (2025-10-23 to 2026-01-13). */
export const CAUSE_2025_11_05_WS2025 =
  'Windows Server 2025 hotpatch machines that installed KB5070881 (the CVE-2025-59287 out-of-band update) take ' +
  'a reboot-requiring update every month until the January 2026 baseline. Hotpatch machines still restart for ' +
  'every baseline update (January, April, July, October); the next baseline is January 2026 (Patch Tuesday ' +
  '2026-01-13).'

/** As of 2025-11-05 on Windows Server 2022: KB5070881 did not take it off hotpatching; only the calendar applies. */
export const CAUSE_2025_11_05_WS2022 =
  'Hotpatch machines still restart for every baseline update (January, April, July, October); the next ' +
  'baseline is January 2026 (Patch Tuesday 2026-01-13).'

export const PLAN_VM =
  'A reboot plan is an InGuestPatch maintenance configuration assigned to the VM that allows reboots ' +
  "(rebootSetting IfRequired or Always) and opens between a baseline's release and the next one's, with " +
  'patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true on the VM.'

/** No window reaches a scale set: Maintenance Configurations' Guest scope supports VMs and Arc-enabled servers only. */
export const PLAN_SCALE_SET =
  'A scale set cannot be given a reboot plan: an InGuestPatch window (the Guest scope Azure Update Manager schedules ' +
  'use) reaches VMs and Azure Arc-enabled servers only.'

/** Why an assignment to a scale set is no plan for it, as its evidence says. */
export const NO_GUEST_WINDOW_FOR_SCALE_SETS =
  "a scale set takes no InGuestPatch window: Maintenance Configurations' Guest scope supports VMs and Azure " +
  'Arc-enabled servers, not scale sets (theirs is OSImage, for automatic OS image upgrades), and Azure Update ' +
  'Manager does not support scale sets'

/** What a scale set's plan rules advise `instead` of a window. */
export const scaleSetAdvice = (instead: string): string =>
  `${instead}, or deploy its machines as standalone VMs (Microsoft.Compute/virtualMachines) and assign each a window.`

export const WS2025 = 'Windows Server 2025 Datacenter: Azure Edition'
export const WS2022_HOTPATCH = 'Windows Server 2022 Datacenter: Azure Edition Hotpatch'
