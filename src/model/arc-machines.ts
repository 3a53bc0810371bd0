import { match } from './match.js'
import type { ArcMachineFields, VirtualMachine } from './resources.js'
import type { Sourced } from './source.js'

/**
 * Joins Arc machines with their license profiles (issue 17), across readers: a reader gives a license
 * profile as a machine of declaration `license-profile` whose identity is the profile's parent machine.
 * A profile whose machine is in the repository (declared or `existing`, `match` says `yes`) enrols that
 * machine and is reported there; a profile whose machine is not stays the machine the gate reports,
 * named by the parent and located at the profile. Everything else passes through in order.
 */
export function joinArcMachines(machines: readonly VirtualMachine[]): VirtualMachine[] {
  const profiles = machines.filter(isLicenseProfile)
  if (profiles.length === 0) return [...machines]
  const joined = new Set<VirtualMachine>()
  const result = machines.flatMap(machine => {
    if (machine.kind !== 'arc-machine' || isLicenseProfile(machine)) return [machine]
    const own = profiles.filter(profile => match(profile.identity, profile, machine) === 'yes')
    own.forEach(profile => joined.add(profile))
    return [own.reduce(withProfile, machine)]
  })
  // A profile's own entry stays only when no machine of the repository took it.
  return result.filter(machine => !isLicenseProfile(machine) || !joined.has(machine))
}

const isLicenseProfile = (machine: VirtualMachine): boolean => machine.arc?.declaration === 'license-profile'

/** The machine, enrolled by (or at least told about) one more license profile. */
function withProfile(machine: VirtualMachine, profile: VirtualMachine): VirtualMachine {
  const current = machine.arc
  const license = profile.arc?.hotpatchLicense
  // A profile the deployment removes (what-if's Delete, a false condition) enrols nothing.
  if (current === undefined || license === undefined || profile.deployed.value === false) return machine
  const arc: ArcMachineFields = { ...current, hotpatchLicense: stronger(current.hotpatchLicense, license) }
  const related = [...machine.related, { file: profile.declaredAt.file, startLine: profile.declaredAt.line, role: 'license-profile' }]
  // A profile is deployed in its machine's region: an `existing` machine's location is the profile's; and an OS
  // the machine does not write is the one the profile's Hotpatch feature implies (mapArcLicenseProfile).
  const location = machine.location.origin === 'absent' ? profile.location : machine.location
  const osType = machine.osType.origin === 'absent' && profile.osType.value !== undefined ? profile.osType : machine.osType
  return { ...machine, arc, related, location, osType }
}

/** Of two profiles' Hotpatch features: one that enables wins, then one we could not read, then the first written. */
function stronger(a: Sourced<boolean>, b: Sourced<boolean>): Sourced<boolean> {
  if (a.value === true) return a
  if (b.value === true) return b
  if (a.origin === 'unresolved') return a
  if (b.origin === 'unresolved') return b
  return a.origin === 'absent' ? b : a
}
