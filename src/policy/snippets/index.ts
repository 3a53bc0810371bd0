import type { ManifestFormat } from '../../model/resources.js'
import type { Fix } from '../types.js'
import { ARC_WRITERS } from './arc.js'
import { armSnippet } from './arm.js'
import { bicepSnippet } from './bicep.js'
import { kubernetesSnippet } from './kubernetes.js'
import { pulumiSnippet } from './pulumi.js'
import { terraformSnippet } from './terraform.js'
import { rebootWindow, snippetTarget, type SnippetTarget, type WindowedMachine } from './window.js'

interface SnippetWriter {
  readonly language: string
  readonly write: (target: SnippetTarget) => string
}

const WRITERS: Readonly<Record<ManifestFormat, SnippetWriter>> = {
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
 * None for a scale set, which no InGuestPatch window reaches (scale-set-plans.ts): its type is refused.
 */
export function rebootPlanSnippet(vm: WindowedMachine, asOf: Date): NonNullable<Fix['snippet']> {
  // An Arc machine's fix is an assignment scoped to the machine, with no VM patch settings (issue 17).
  const writer = vm.kind === 'arc-machine' ? ARC_WRITERS[vm.format] : WRITERS[vm.format]
  return lazySnippet(writer, snippetTarget(vm, rebootWindow(asOf)))
}

/**
 * The snippet with its text written each time it is read, from the target's few facts: `text` is an own
 * enumerable getter (JSON, the renderers and tests read it as a string), the same function for every snippet,
 * and the writer and target sit under a symbol no copy or serialisation sees. Kept as text (~1.6 KB a fix),
 * the snippets were the largest part of the findings and the report while the model was alive, at the scan's
 * peak (ARM 40,000 files: 4,089 fixes, 6.9 MB of 30); a report is written once or twice, each text as often.
 * A getter of its own per snippet (an object literal's) put each object in dictionary mode (~600 bytes a fix).
 */
function lazySnippet(writer: SnippetWriter, target: SnippetTarget): NonNullable<Fix['snippet']> {
  const snippet = { language: writer.language }
  Object.defineProperty(snippet, 'text', TEXT)
  Object.defineProperty(snippet, SOURCE, { value: { writer, target } })
  return snippet as NonNullable<Fix['snippet']>
}

const SOURCE = Symbol('snippet source')

interface LazySnippet {
  readonly [SOURCE]: { readonly writer: SnippetWriter; readonly target: SnippetTarget }
}

const TEXT: PropertyDescriptor = {
  enumerable: true,
  get(this: LazySnippet): string {
    const { writer, target } = this[SOURCE]
    return writer.write(target)
  }
}
