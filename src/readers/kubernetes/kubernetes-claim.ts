import type { ReaderClaim } from '../reader.js'
import { claimsKubernetesFile } from './claims.js'
import { kubernetesUnits } from './units.js'

/** What the scan needs of the Kubernetes reader before it reads (kubernetes-reader.ts is loaded on the first read). */
export const kubernetesClaim: ReaderClaim = {
  format: 'kubernetes',
  claims: claimsKubernetesFile,
  units: kubernetesUnits
}
