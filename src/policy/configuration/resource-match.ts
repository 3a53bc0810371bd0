import { parseResourceId } from '../../model/identity.js'
import { match } from '../../model/match.js'
import type { VirtualMachine } from '../../model/resources.js'
import { matchGlob } from '../../config/glob.js'

/**
 * Whether a configuration entry's `resource` names a VM: a resource ID (`/subscriptions/.../virtualMachines/web-01`,
 * matched on type, name and resource group), else a name or name glob (`web-*`), compared case-insensitively
 * as Azure compares names. Entries are keyed by resource identity, never by file or line.
 */
export function matchesResource(pattern: string, vm: VirtualMachine): boolean {
  if (pattern.startsWith('/')) {
    const identity = parseResourceId(pattern)
    // The configuration belongs to no deployment unit: a full ID links to its VM in any unit (src/model/match.ts).
    return identity !== undefined && match(identity, {}, vm) === 'yes'
  }
  const names = new Set([vm.identity.name, vm.displayName].filter((name): name is string => name !== undefined))
  return [...names].some(name => matchGlob(pattern, name, { ignoreCase: true }))
}
