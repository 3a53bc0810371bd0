/**
 * @fileoverview A hotpatch VM whose only reboot arrangement is the VM model's rebootSetting IfRequired/Always:
 * the platform patches and restarts it at a time Azure chooses (off-peak in its region), not in a window
 * the owners picked. It will reboot, but unplanned.
 */
import { correctionAdvice } from '../broken-if-applied.js'
import { docsUrlFor, hasBrokenWindow, hotpatchData, NOT_APPLICABLE, PASS, planAdvice, planFix, withFix } from '../rule-support.js'
import type { RuleModule } from '../types.js'

const ID = 'platform-reboot-only'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'warning',
    description: 'A hotpatch VM should reboot in a maintenance window, not only when the platform decides.',
    docsUrl: docsUrlFor(ID),
    messages: {
      platformReboot:
        '{{subject}} has hotpatching enabled on {{os}} and no maintenance window: with rebootSetting {{value}} ' +
        'the platform installs updates and restarts it at a time Azure chooses. {{cause}} {{plan}} {{advice}}',
      // A window may be assigned (its scope's filter is known only at deployment) but could not run on the VM.
      unrunnableWindow:
        '{{subject}} has hotpatching enabled on {{os}} and no maintenance window that can run on it: {{evidence}}. With ' +
        'rebootSetting {{value}} the platform installs updates and restarts it at a time Azure chooses. {{cause}} {{plan}} {{advice}}'
    }
  },

  check(context) {
    const { assessment } = context
    if (assessment.affected === 'no') return NOT_APPLICABLE
    if (assessment.verdict === 'affected-with-plan') return PASS
    // An expired or unhonoured window is reported by the rule about that window.
    if (assessment.verdict !== 'affected-platform-reboot' || hasBrokenWindow(assessment)) return NOT_APPLICABLE
    const setting = assessment.vm.rebootSetting
    // An assignment that may apply but whose window could not run is named, and correcting it is the advice (no new window).
    const unrunnable = assessment.brokenIfApplied ?? []
    const correct = correctionAdvice(assessment.vm, unrunnable)
    const report = {
      messageId: unrunnable.length > 0 ? 'unrunnableWindow' : 'platformReboot',
      data: {
        ...hotpatchData(context),
        value: String(setting.value),
        evidence: unrunnable.map(e => e.detail).join('; '),
        advice: correct ?? planAdvice(context, 'Add one to choose when it reboots', "Accept the platform's reboots with an exemption")
      },
      location: setting.location
    }
    return { outcome: 'fail', reports: [withFix(report, correct === undefined ? planFix(context) : undefined)] }
  }
}
