import type { ManifestFormat, VirtualMachine } from '../../model/resources.js'
import { flatInPlace } from '../../model/flat-in-place.js'
import type { Fix } from '../types.js'
import { ARC_WRITERS } from './arc.js'
import { armSnippet } from './arm.js'
import { bicepSnippet } from './bicep.js'
import { kubernetesSnippet } from './kubernetes.js'
import { pulumiSnippet } from './pulumi.js'
import { terraformSnippet } from './terraform.js'
import { rebootWindow, snippetTarget, type SnippetTarget } from './window.js'

const WRITERS: Readonly<Record<ManifestFormat, { language: string; write: (target: SnippetTarget) => string }>> = {
  arm: { language: 'json', write: armSnippet },
  bicep: { language: 'bicep', write: bicepSnippet },
  terraform: { language: 'hcl', write: terraformSnippet },
  'terraform-plan': { language: 'hcl', write: terraformSnippet },
  kubernetes: { language: 'yaml', write: kubernetesSnippet },
  pulumi: { language: 'yaml', write: pulumiSnippet },
  // A what-if result is an ARM deployment's: the plan is written as ARM template JSON.
  'what-if': { language: 'json', write: armSnippet }
}

/**
 * A reboot plan for the VM in its manifest's own format: an InGuestPatch maintenance configuration with a
 * monthly window (the day after Patch Tuesday, so it covers baseline months and any extra reboot-requiring
 * month), rebootSetting IfRequired, its assignment to the VM, and the Customer Managed Schedules prerequisite.
 */
export function rebootPlanSnippet(vm: VirtualMachine, asOf: Date): NonNullable<Fix['snippet']> {
  // An Arc machine's fix is an assignment scoped to the machine, with no VM patch settings (issue 17).
  const writer = vm.kind === 'arc-machine' ? ARC_WRITERS[vm.format] : WRITERS[vm.format]
  // Kept by the finding and the report: one flat string, not the tree of the writer's pieces (a template literal's).
  return { language: writer.language, text: flatInPlace(writer.write(snippetTarget(vm, rebootWindow(asOf)))) }
}
