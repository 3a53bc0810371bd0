/**
 * @fileoverview A hotpatch VM must have a reboot plan. Hotpatching removes most reboots, not all of them:
 * every baseline month installs a cumulative update that needs a restart, and CVE-2025-59287's
 * out-of-band update took Windows Server 2025 hotpatch machines off hotpatching until the January 2026
 * baseline. Without a maintenance window that allows reboots, those restarts happen unplanned, or never.
 */
import { hasBrokenWindow, hotpatchData, docsUrlFor, NOT_APPLICABLE, PASS, planAdvice, planFix, withFix } from '../rule-support.js'
import { correctionAdvice } from '../broken-if-applied.js'
import { scopesPassingOver } from '../passed-over.js'
import type { RuleModule } from '../types.js'

const ID = 'reboot-plan-required'
/** What an Azure Service Operator VM can do instead of a window (the platform's reboots, then exempted). */
const LET_THE_PLATFORM_REBOOT =
  'Let the platform reboot it instead (patchMode AutomaticByPlatform, rebootSetting IfRequired: a platform-reboot-only ' +
  'warning, which an exemption can accept)'
/** The same for a scale set, which a window never reaches: the bypass flag makes the platform wait for one. */
const LET_THE_PLATFORM_REBOOT_SCALE_SET =
  'Let the platform reboot it instead (patchMode AutomaticByPlatform, rebootSetting IfRequired, ' +
  'bypassPlatformSafetyChecksOnUserSchedule not true: a platform-reboot-only warning, which an exemption can accept)'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'error',
    description:
      'A hotpatch-enabled VM on a hotpatch-capable image must have a maintenance window that allows reboots.',
    docsUrl: docsUrlFor(ID),
    messages: {
      missingPlan:
        '{{subject}} has hotpatching enabled on {{os}} but no reboot plan: no maintenance configuration is assigned ' +
        'to it{{passedOver}}. {{cause}} {{plan}} {{advice}}',
      noValidPlan:
        '{{subject}} has hotpatching enabled on {{os}} but no reboot plan: {{evidence}}. {{cause}} {{plan}} {{advice}}'
    }
  },

  check(context) {
    const { assessment } = context
    if (assessment.affected === 'no') return NOT_APPLICABLE
    if (assessment.verdict === 'affected-with-plan' || assessment.verdict === 'affected-platform-reboot') return PASS
    // A window that exists but is expired or not honoured is reported by the rule about that window.
    if (assessment.verdict !== 'affected-no-plan' || hasBrokenWindow(assessment)) return NOT_APPLICABLE
    // An assignment that may apply but whose window would not work is named too: correcting it is the fix.
    const found = [...assessment.evidence, ...(assessment.brokenIfApplied ?? [])]
    // Dynamic scopes that pass the VM over are named with why: most often a tag or group written two ways.
    const passedOver = scopesPassingOver(assessment.vm, context.model)
    const correct = correctionAdvice(assessment.vm, assessment.brokenIfApplied)
    const report = {
      messageId: found.length > 0 ? 'noValidPlan' : 'missingPlan',
      data: {
        ...hotpatchData(context),
        evidence: [...found.map(e => e.detail), ...passedOver].join('; '),
        passedOver: passedOver.map(said => `; ${said}`).join(''),
        advice: correct ?? planAdvice(context, 'Add one', assessment.vm.kind === 'scale-set' ? LET_THE_PLATFORM_REBOOT_SCALE_SET : LET_THE_PLATFORM_REBOOT)
      },
      location: assessment.vm.reportAt
    }
    return { outcome: 'fail', reports: [withFix(report, correct === undefined ? planFix(context) : undefined)] }
  }
}
