import { identityKey, unitFolder } from '../model/identity.js'
import { ownCopy } from '../model/intern.js'
import type { ResourceIdentity, VirtualMachine } from '../model/resources.js'

/**
 * What a finding is about, set by the policy when it makes the finding: one resource (its key, its
 * identity, and the evaluated instance itself), or the workspace (an inline exemption on no VM, the
 * configuration). Reports link findings to resources through it and never guess.
 */
export type FindingSubject =
  | {
      readonly kind: 'resource'
      /** `resourceKey` of the instance: identity key, plus `@variant` and `#scope` when it has them. */
      readonly key: string
      readonly identity: ResourceIdentity
      /** The evaluated instance (a declaration evaluated with two parameter files is two instances). */
      readonly instance: VirtualMachine
    }
  | { readonly kind: 'workspace' }

/**
 * The stable key of a VM instance in one report: its identity key in its deployment unit's folder (relative to
 * the scan root), plus `@variant` when it has one, plus `#scope` for a VM that shares all that with another
 * Azure resource (`#namespace=prod`, `#resourceGroup=rg-a`: identity-scope.ts).
 */
export function resourceKey(vm: VirtualMachine, scope?: string): string {
  const key = identityKey(vm.identity, unitFolder(vm))
  const variant = vm.variant === '' ? key : `${key}@${vm.variant}`
  return scope === undefined ? variant : `${variant}#${scope}`
}

export const resourceSubject = (vm: VirtualMachine, scope?: string): FindingSubject => ({
  kind: 'resource',
  // Kept by the finding: one flat string, not the pieces (folder, type, name) it is built of.
  key: ownCopy(resourceKey(vm, scope)),
  identity: vm.identity,
  instance: vm
})

export const WORKSPACE_SUBJECT: FindingSubject = { kind: 'workspace' }
