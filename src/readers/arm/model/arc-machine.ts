import { ARC_MACHINE_TYPE } from '../../../model/identity.js'
import type { ResourceIdentity, VirtualMachine } from '../../../model/resources.js'
import { mapArcLicenseProfile, mapArcMachine } from '../../shared/azure-compute/index.js'
import { Unresolved } from '../expressions/values.js'
import type { ResourceInstance } from '../template/resource-walker.js'
import { armSource } from './arm-source.js'
import type { PropertyReader } from './property-reader.js'
import { withCommon, type CommonFields } from './resource-common.js'
import type { SymbolIndex } from './target-identity.js'

/** A `Microsoft.HybridCompute/machines` resource (issue 17), mapped by the shared adapter. */
export function adaptArcMachine(reader: PropertyReader, common: CommonFields): VirtualMachine {
  return withCommon(common, mapArcMachine(armSource(reader), 'declared'))
}

/**
 * A license profile (`<machine>/default`): the machine it belongs to, named by the first segment of its
 * name (a machine of this template whose unresolved name has the same pattern gives its symbol), reported
 * at the profile. `joinArcMachines` merges it into that machine when the repository declares it.
 */
export function adaptArcLicenseProfile(
  instance: ResourceInstance,
  reader: PropertyReader,
  common: CommonFields,
  symbols: SymbolIndex
): VirtualMachine {
  const identity = parentMachine(instance, common.identity.resourceGroup, symbols)
  const displayName = identity.name ?? common.displayName
  return Object.assign(withCommon(common, { identity, displayName }), mapArcLicenseProfile(armSource(reader)))
}

function parentMachine(instance: ResourceInstance, resourceGroup: string | undefined, symbols: SymbolIndex): ResourceIdentity {
  const group = resourceGroup === undefined ? {} : { resourceGroup }
  const value = instance.name.value
  if (typeof value === 'string') return { type: ARC_MACHINE_TYPE, name: value.split('/')[0], ...group }
  const pattern = value instanceof Unresolved ? value.pattern?.split('/')[0] : undefined
  const symbol = pattern === undefined ? undefined : symbols.find(ARC_MACHINE_TYPE, pattern)
  return { type: ARC_MACHINE_TYPE, name: undefined, ...(symbol === undefined ? {} : { symbol }), ...group }
}
