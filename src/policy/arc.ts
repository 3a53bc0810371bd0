import type { VirtualMachine } from '../model/resources.js'
import type { Advisory, HotpatchImage } from './advisory.js'
import { at, describeOrigin, unresolvedInput } from './describe.js'
import type { HotpatchAssessment } from './hotpatch-assessment.js'
import type { ImageMatch } from './images.js'
import type { UnresolvedInput } from './types.js'

/**
 * What an Arc-enabled server runs when it is hotpatch-enrolled: hotpatch through Azure Arc is offered for
 * Windows Server 2025 Standard and Datacenter only (docs/arc.md), build family 26100. It has no image to
 * match against an advisory's list, so this stands for it.
 */
export const ARC_HOTPATCH_OS: HotpatchImage = {
  publisher: '',
  offer: '',
  sku: '',
  os: 'Windows Server 2025 (Azure Arc-enabled)',
  build: 26100,
  hotpatchOnByDefault: false,
  preview: false
}

/** The advisory an Arc machine's reboots follow: the first that lists its build family, else the first. */
export function arcImageMatch(advisories: readonly Advisory[]): ImageMatch | undefined {
  const advisory = advisories.find(a => a.families.some(f => f.build === ARC_HOTPATCH_OS.build)) ?? advisories[0]
  return advisory === undefined ? undefined : { image: ARC_HOTPATCH_OS, advisory }
}

/**
 * Whether an Arc machine is hotpatch-enrolled (issue 17): its license profile enables the Hotpatch feature,
 * or `enableHotpatching` is true. Known disqualifiers first (not deployed, Linux), as for VMs; a feature
 * or flag we could not read makes it unknown unless the other one enrols it.
 */
export function assessArcHotpatch(vm: VirtualMachine, advisories: readonly Advisory[]): HotpatchAssessment {
  const no = (reason: string): HotpatchAssessment => ({ affected: 'no', reasons: [reason], unresolved: [], match: undefined })
  const reasons: string[] = []
  if (vm.deployed.value === false) return no(`it is not deployed (the condition or loop count at ${at(vm.deployed.location)})`)
  if (vm.deployed.origin === 'unresolved') {
    reasons.push(`its deployment condition could not be evaluated (${at(vm.deployed.location)}); assuming it is deployed`)
  }
  if (vm.osType.value === 'Linux') return no(`it runs Linux (${describeOrigin(vm.osType)})`)
  const unresolved: UnresolvedInput[] = vm.osType.origin === 'unresolved' ? [unresolvedInput('osType', vm.osType)] : []
  const license = vm.arc?.hotpatchLicense
  const flag = vm.enableHotpatching
  const match = arcImageMatch(advisories)
  if (license?.value === true) {
    reasons.push(`its license profile enables the Hotpatch feature (${describeOrigin(license)})`)
    return { affected: unresolved.length > 0 ? 'unknown' : 'yes', reasons, unresolved, match }
  }
  if (flag.value === true) {
    reasons.push(`enableHotpatching is true (${describeOrigin(flag)})`)
    return { affected: unresolved.length > 0 ? 'unknown' : 'yes', reasons, unresolved, match }
  }
  const open = [license, flag].filter(value => value?.origin === 'unresolved')
  if (open.length === 0) return no(notEnrolled(vm))
  const inputs = open.map(value => unresolvedInput(value === flag ? 'enableHotpatching' : 'licenseProfile.Hotpatch', value as NonNullable<typeof value>))
  return { affected: 'unknown', reasons, unresolved: [...unresolved, ...inputs], match }
}

/** Why an Arc machine is not enrolled: what its license profile says, or that none is in the repository. */
function notEnrolled(vm: VirtualMachine): string {
  const license = vm.arc?.hotpatchLicense
  if (license === undefined || license.origin === 'absent') {
    return 'no license profile in the repository enables the Hotpatch feature, and enableHotpatching is not true'
  }
  return `its license profile does not enable the Hotpatch feature (${at(license.location)})`
}
