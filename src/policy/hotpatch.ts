import type { VirtualMachine } from '../model/resources.js'
import { isKnown } from '../model/source.js'
import type { Advisory } from './advisory.js'
import { assessArcHotpatch } from './arc.js'
import { at, describeOrigin, imageName, isUnset, unresolvedInput } from './describe.js'
import type { HotpatchAssessment } from './hotpatch-assessment.js'
import { findHotpatchCandidates, type ImageMatch } from './images.js'

export type { HotpatchAssessment } from './hotpatch-assessment.js'
import type { UnresolvedInput } from './types.js'

/** How an unset hotpatch flag is read on images where hotpatch is on by default. */
export type HotpatchDefault = 'on' | 'off' | 'unknown'

/** One condition of affectedness: `fail` is a known disqualifier, `unknown` an unresolved input. */
interface Step {
  readonly state: 'pass' | 'fail' | 'unknown'
  readonly reason?: string
  readonly unresolved?: readonly UnresolvedInput[]
}

/**
 * Decides affectedness with a short circuit: the first KNOWN disqualifier makes the VM not affected,
 * whatever else is unresolved; otherwise any unresolved condition makes it unknown.
 */
export function assessHotpatch(
  vm: VirtualMachine,
  advisories: readonly Advisory[],
  hotpatchDefault: HotpatchDefault
): HotpatchAssessment {
  // An Arc-enabled server has no image: it is enrolled by its license profile (issue 17).
  if (vm.kind === 'arc-machine') return assessArcHotpatch(vm, advisories)
  const { candidates, unresolved: imageUnresolved } = findHotpatchCandidates(vm.image, advisories)
  const reasons: string[] = []
  // Made only when a step leaves something unresolved (most VMs: nothing).
  let unresolved: UnresolvedInput[] | undefined
  // The steps in order, as functions of the same inputs: no closures are made per VM.
  // Indexed, as every loop run per VM: without the optimizing compiler (optimizing-compiler.ts)
  // a for-of makes an iterator and a result object per step.
  for (let s = 0; s < STEPS.length; s++) {
    const step = (STEPS[s] as StepCheck)(vm, candidates, imageUnresolved, hotpatchDefault)
    if (step.state === 'fail') {
      // The reason that rules the VM out comes first, before the facts that passed on the way ("image ... is
      // hotpatch-capable"): it is the one a reader of "not affected" needs, and the one the text report shows.
      reasons.unshift(step.reason as string)
      return { affected: 'no', reasons, unresolved: NONE, match: undefined }
    }
    if (step.reason !== undefined) reasons.push(step.reason)
    if (step.unresolved !== undefined && step.unresolved.length > 0) (unresolved ??= []).push(...step.unresolved)
  }
  if (unresolved === undefined) return { affected: 'yes', reasons, unresolved: NONE, match: candidates[0] }
  // Several images it may be (a part not evaluated): the policy holds it to the calendar of any of them.
  if (candidates.length > 1) return { affected: 'unknown', reasons, unresolved, match: candidates[0], candidates }
  return { affected: 'unknown', reasons, unresolved, match: candidates[0] }
}

type StepCheck = (
  vm: VirtualMachine,
  candidates: readonly ImageMatch[],
  imageUnresolved: readonly UnresolvedInput[],
  hotpatchDefault: HotpatchDefault
) => Step

const STEPS: readonly StepCheck[] = [
  vm => resourceTypeStep(vm),
  vm => deployedStep(vm),
  vm => orchestrationStep(vm),
  vm => osTypeStep(vm),
  vm => customImageStep(vm),
  (vm, candidates, imageUnresolved) => imageStep(vm, candidates, imageUnresolved),
  (vm, candidates, _, hotpatchDefault) => hotpatchFlagStep(vm, candidates, hotpatchDefault)
]

/** A step that passes without a word: most steps of most VMs, one object for all. */
const NONE: readonly UnresolvedInput[] = []
const PASSED: Step = { state: 'pass' }
const pass = (reason?: string): Step => (reason === undefined ? PASSED : { state: 'pass', reason })
const fail = (reason: string): Step => ({ state: 'fail', reason })
const unknown = (...unresolved: UnresolvedInput[]): Step => ({ state: 'unknown', unresolved })

function resourceTypeStep(vm: VirtualMachine): Step {
  return vm.canHotpatch ? pass() : fail('its resource type cannot enable hotpatching')
}

function deployedStep({ deployed }: VirtualMachine): Step {
  if (deployed.value === false) return fail(`it is not deployed (the condition or loop count at ${at(deployed.location)})`)
  // A gate would miss every conditional VM if it waited for the condition: assume it is deployed.
  if (deployed.origin === 'unresolved') {
    return pass(`its deployment condition could not be evaluated (${at(deployed.location)}); assuming it is deployed`)
  }
  return pass()
}

function orchestrationStep({ kind, orchestrationMode: mode }: VirtualMachine): Step {
  if (kind !== 'scale-set') return pass()
  if (mode.origin === 'unresolved') return unknown(unresolvedInput('orchestrationMode', mode))
  // Unset: a hotpatch image cannot deploy as Uniform, so a hotpatch scale set that deploys is Flexible.
  if (!isKnown(mode)) return pass('orchestrationMode is not set; a scale set on a hotpatch image deploys only as Flexible')
  // A default the API version decides says so (issue 13).
  const where = mode.origin === 'provider-default' && mode.detail !== undefined ? `${mode.detail}, ${at(mode.location)}` : describeOrigin(mode)
  if (mode.value.toLowerCase() === 'flexible') return pass(`orchestrationMode is Flexible (${where})`)
  return fail(`orchestrationMode is ${mode.value} (${where}); hotpatching needs Flexible orchestration`)
}

function osTypeStep({ osType: os }: VirtualMachine): Step {
  if (os.value === 'Linux') return fail(`it runs Linux (${describeOrigin(os)})`)
  return os.origin === 'unresolved' ? unknown(unresolvedInput('osType', os)) : pass()
}

function customImageStep({ image }: VirtualMachine): Step {
  const id = image.customImageId
  if (isKnown(id) && id.value !== '') {
    return fail(`it uses a custom or gallery image (${describeOrigin(id)}); hotpatching needs a Marketplace image`)
  }
  return id.origin === 'unresolved' ? unknown(unresolvedInput('image.customImageId', id)) : pass()
}

function imageStep(
  vm: VirtualMachine,
  candidates: readonly ImageMatch[],
  unresolved: readonly UnresolvedInput[]
): Step {
  const name = imageName(vm.image)
  if (candidates.length === 0) {
    // A scale set without a VM profile names no image at all: `?:?:?` would read as an image nobody could read.
    const { publisher, offer, sku } = vm.image
    const written = publisher.origin !== 'absent' || offer.origin !== 'absent' || sku.origin !== 'absent'
    return fail(written ? `image ${name} is not hotpatch-capable` : 'it names no Marketplace image (no publisher, offer or SKU is written)')
  }
  if (unresolved.length > 0) return { state: 'unknown', reason: `image ${name} may be hotpatch-capable`, unresolved }
  const image = (candidates[0] as ImageMatch).image
  return pass(`image ${name} is hotpatch-capable (${image.os}${image.preview ? ', preview offer' : ''})`)
}

function hotpatchFlagStep(
  vm: VirtualMachine,
  candidates: readonly ImageMatch[],
  hotpatchDefault: HotpatchDefault
): Step {
  const flag = vm.enableHotpatching
  if (flag.origin === 'unresolved') return unknown(unresolvedInput('enableHotpatching', flag))
  if (!isUnset(flag)) {
    const reason = `enableHotpatching is ${String(flag.value)} (${describeOrigin(flag)})`
    return flag.value === true ? pass(reason) : fail(reason)
  }
  // The provider sends its default (azurerm's hotpatching_enabled = false): a known value, whatever the image.
  if (flag.origin === 'provider-default' && flag.value === false) return fail('enableHotpatching is not set (off by default)')
  if (hotpatchDefault === 'off' || !candidates.some(match => match.image.hotpatchOnByDefault)) {
    return fail('enableHotpatching is not set (off by default)')
  }
  if (hotpatchDefault === 'on') {
    return pass('enableHotpatching is not set; hotpatch is on by default on this image (hotpatch-default: on)')
  }
  const which = candidates.every(match => match.image.hotpatchOnByDefault) ? 'this image' : 'some of the images it may be'
  // Nothing is left to resolve: the value is not written. Say the two ways to decide it, not "make it resolvable".
  const reason = `not set, and hotpatch is on by default on ${which} (hotpatch-default: unknown): set enableHotpatching on the VM, or hotpatch-default in the configuration`
  return unknown({ field: 'enableHotpatching', reason, location: flag.location })
}
