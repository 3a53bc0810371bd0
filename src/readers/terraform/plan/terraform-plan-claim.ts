import type { ReaderClaim } from '../../reader.js'
import { isPlanHead } from './plan-head.js'

/** What the scan needs of the plan reader before it reads (terraform-plan-reader.ts is loaded on the first read). */
export const terraformPlanClaim: ReaderClaim = {
  format: 'terraform-plan',
  claims: (file, head) => file.path.endsWith('.json') && isPlanHead(head()),
  // Each plan is read on its own (its declarations come from the .tf files of its folder, through the workspace).
  units: files => files.map(file => ({ files: [file] }))
}
