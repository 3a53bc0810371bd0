import { armReader } from './arm/arm-reader.js'
import { bicepReader } from './bicep/bicep-reader.js'
import { kubernetesReader } from './kubernetes/kubernetes-reader.js'
import { pulumiReader } from './pulumi/pulumi-reader.js'
import type { ManifestReader } from './reader.js'
import { terraformPlanReader } from './terraform/plan/terraform-plan-reader.js'
import { terraformReader } from './terraform/terraform-reader.js'
import { whatIfReader } from './what-if/what-if-reader.js'

/**
 * Every reader, in claim order: a file goes to the first reader that claims it. Content-sniffing
 * readers of a shared extension come first (a Terraform plan, a what-if result and Pulumi are more specific than ARM
 * JSON and Kubernetes YAML).
 */
export const readers: readonly ManifestReader[] = [
  terraformPlanReader,
  whatIfReader,
  armReader,
  bicepReader,
  terraformReader,
  pulumiReader,
  kubernetesReader
]
