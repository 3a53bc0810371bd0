import { armReader } from './arm/arm-reader.js'
import { bicepClaim } from './bicep/bicep-claim.js'
import { kubernetesClaim } from './kubernetes/kubernetes-claim.js'
import { lazyReader } from './lazy-reader.js'
import { pulumiClaim } from './pulumi/pulumi-claim.js'
import type { ManifestReader } from './reader.js'
import { terraformPlanClaim } from './terraform/plan/terraform-plan-claim.js'
import { terraformClaim } from './terraform/terraform-claim.js'
import { whatIfReader } from './what-if/what-if-reader.js'

/**
 * Every reader, in claim order: a file goes to the first reader that claims it. Content-sniffing
 * readers of a shared extension come first (a Terraform plan, a what-if result and Pulumi are more specific than ARM
 * JSON and Kubernetes YAML).
 *
 * ARM and what-if (JSON, the common case) are loaded with the scan. The others are claims and units here;
 * their parsing and modelling code is imported the first time a unit of theirs is read (lazy-reader.ts), so
 * a repository without such files never loads it (__tests__/ship/bundle-graph.test.ts).
 */
export const readers: readonly ManifestReader[] = [
  lazyReader(terraformPlanClaim, async () => (await import('./terraform/plan/terraform-plan-reader.js')).terraformPlanReader),
  whatIfReader,
  armReader,
  lazyReader(bicepClaim, async () => (await import('./bicep/bicep-reader.js')).bicepReader),
  lazyReader(terraformClaim, async () => (await import('./terraform/terraform-reader.js')).terraformReader),
  lazyReader(pulumiClaim, async () => (await import('./pulumi/pulumi-reader.js')).pulumiReader),
  lazyReader(kubernetesClaim, async () => (await import('./kubernetes/kubernetes-reader.js')).kubernetesReader)
]
