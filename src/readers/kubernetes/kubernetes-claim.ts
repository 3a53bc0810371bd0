import type { ReaderClaim } from '../reader.js'
import { claimsKubernetesFile, MAY_CARRY_HOTPATCH_SIGNAL, mayRunCompositionProgram, mayUseGoTemplates, transformsObjects } from './claims.js'
import { kubernetesUnits } from './units.js'

/** What the scan needs of the Kubernetes reader before it reads (kubernetes-reader.ts is loaded on the first read). */
export const kubernetesClaim: ReaderClaim = {
  format: 'kubernetes',
  claims: claimsKubernetesFile,
  units: kubernetesUnits,
  // A Composition whose Go templates are kept outside the file (`source: FileSystem`) need hold no policy word, and
  // the reader's notice that they are not read is all a scan can say of it: the prefilter would pass it over. So is a
  // kustomization's patch of a base's VM, which may name none, and a Composition step whose function runs a
  // program kept outside the file (function-kcl's OCI source), and a claim of a platform API whose hotpatch inputs
  // (`imageSku: 2025-datacenter-azure-edition`) are no word of the policy.
  mustRead: (unit, workspace) =>
    unit.files.some(file => {
      const text = workspace.readText(file.path)
      return text.ok && (mayUseGoTemplates(text.text) || mayRunCompositionProgram(text.text) || MAY_CARRY_HOTPATCH_SIGNAL.test(text.text) || transformsObjects(file.path, text.text))
    })
}
