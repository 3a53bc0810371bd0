import { type Sourced, unresolved } from '../../../model/source.js'

/** One argument azurerm asks of an InGuestPatch configuration: its name in the reader's format, and whether it is written. */
export interface AzurermArgument {
  readonly name: string
  readonly written: boolean
}

/** What an azurerm-shaped maintenance configuration (Terraform azurerm, Crossplane's upjet provider) writes. */
export interface InGuestPatchArguments {
  /** `install_patches` (`installPatches`). */
  readonly installPatches: AzurermArgument
  /** `in_guest_user_patch_mode` (`inGuestUserPatchMode`). */
  readonly inGuestUserPatchMode: AzurermArgument
  /** Whether `properties` set `InGuestPatchMode`, which stands for the argument. */
  readonly modeInProperties: boolean
}

/**
 * The scope of an azurerm-shaped maintenance configuration. azurerm refuses to create an InGuestPatch
 * configuration without `install_patches`, or without `in_guest_user_patch_mode` when its `properties` do not set
 * `InGuestPatchMode` ("`install_patches` must be specified when `scope` is `InGuestPatch`",
 * maintenance_configuration_resource.go), and provider-upjet-azure runs that same code: such a configuration is
 * never created, so it cannot be a plan, and its scope says why (unresolved, located at the scope).
 * `refusedBy` names who refuses in the reason.
 */
export function azurermInGuestScope(scope: Sourced<string>, written: InGuestPatchArguments, refusedBy = 'azurerm'): Sourced<string> {
  if (scope.value?.toLowerCase() !== 'inguestpatch') return scope
  const required = written.modeInProperties ? [written.installPatches] : [written.installPatches, written.inGuestUserPatchMode]
  const missing = required.filter(argument => !argument.written)
  if (missing.length === 0) return scope
  const what = missing.map(argument => `\`${argument.name}\``).join(' and ')
  return unresolved(scope.location, `${refusedBy} refuses to create an InGuestPatch maintenance configuration without ${what}: it is not created`)
}
