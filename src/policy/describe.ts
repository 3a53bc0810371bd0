import type { ImageReference, VirtualMachine } from '../model/resources.js'
import type { SourceLocation, Sourced } from '../model/source.js'
import type { UnresolvedInput } from './types.js'

/** `main.bicep:42`: the form reasons and messages point at lines in. */
export const at = (location: SourceLocation): string => `${location.file}:${location.line}`

/**
 * Where a known value came from, for a parenthesis after it: `main.bicep:42`, `'x' default, main.bicep:3`, or
 * `'x' default at main.bicep:3, used at main.bicep:42` when the default is written elsewhere (`defaultAt`).
 */
export function describeOrigin(value: Sourced<unknown>): string {
  const name = value.detail === undefined ? '' : `'${value.detail}' `
  switch (value.origin) {
    case 'default':
      return value.defaultAt === undefined ? `${name}default, ${at(value.location)}` : `${name}default at ${at(value.defaultAt)}, used at ${at(value.location)}`
    case 'parameter-file':
      return `${name}from ${at(value.location)}`
    case 'variable':
      return `${name}${at(value.location)}`
    default:
      return at(value.location)
  }
}

/** True when the manifest does not set the value and no default of its own applies. */
export const isUnset = (value: Sourced<unknown>): boolean =>
  value.origin === 'absent' || value.origin === 'provider-default'

/** An input the verdict depends on but that could not be evaluated. */
export function unresolvedInput(field: string, value: Sourced<unknown>): UnresolvedInput {
  return { field, reason: value.reason ?? 'its value could not be evaluated', location: value.location }
}

/** `VM 'web-01'` / `Scale set 'web'`: the subject at the start of a sentence. */
export const subjectOf = (vm: VirtualMachine): string => `${SUBJECTS[vm.kind]} '${vm.displayName}'`

const SUBJECTS: Readonly<Record<VirtualMachine['kind'], string>> = {
  'virtual-machine': 'VM',
  'scale-set': 'Scale set',
  'arc-machine': 'Arc machine'
}

/** `VM` / `scale set`: how a sentence refers back to the resource. */
export const nounOf = (vm: VirtualMachine): string =>
  vm.kind === 'scale-set' ? 'scale set' : vm.kind === 'arc-machine' ? 'Arc machine' : 'VM'

/** `MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition`, with `?` for what is not known. */
export function imageName(image: ImageReference): string {
  // Said for every VM: no lists per call.
  return `${image.publisher.value ?? '?'}:${image.offer.value ?? '?'}:${image.sku.value ?? '?'}`
}
