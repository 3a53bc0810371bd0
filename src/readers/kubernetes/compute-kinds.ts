import { ASO_COMPUTE_KINDS } from './aso.js'
import { CROSSPLANE_COMPUTE_KINDS } from './crossplane-compute.js'

/** Whether objects of an API group (lower case) and kind are what the reader models as VMs or scale sets. */
export function isComputeKind(group: string, kind: string): boolean {
  if (!group.startsWith('compute.')) return false
  return group.endsWith('.azure.com') ? ASO_COMPUTE_KINDS.has(kind) : CROSSPLANE_COMPUTE_KINDS.has(kind)
}
