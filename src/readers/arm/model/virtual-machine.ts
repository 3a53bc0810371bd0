import { VMSS_TYPE } from '../../../model/identity.js'
import type { VirtualMachine } from '../../../model/resources.js'
import { mapVirtualMachine } from '../../shared/azure-compute/index.js'
import { armSource } from './arm-source.js'
import { asString } from './converters.js'
import type { PropertyReader } from './property-reader.js'
import { virtualMachineOf, type CommonFields } from './resource-common.js'

/** A `Microsoft.Compute/virtualMachines` or `virtualMachineScaleSets` resource, mapped by the shared adapter. */
export function adaptVirtualMachine(reader: PropertyReader, common: CommonFields): VirtualMachine {
  const kind = common.identity.type === VMSS_TYPE ? 'scale-set' : 'virtual-machine'
  return virtualMachineOf(common, mapVirtualMachine(armSource(reader), kind, { apiVersion: reader.read(['apiVersion'], asString) }))
}
