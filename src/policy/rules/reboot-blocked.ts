/**
 * @fileoverview A hotpatch VM must be allowed to reboot. rebootSetting Never on the VM model (which takes
 * precedence over maintenance configurations), or a maintenance configuration with rebootSetting
 * Never/NeverReboot or excludeKbsRequiringReboot, leaves baseline updates pending a restart that never comes; one
 * that installs only other classifications (Definition) or only the KBs it lists never installs a baseline at all.
 */
import { isKnown } from '../../model/source.js'
import { blockingSetting, NEVER } from '../blocking-setting.js'
import { normaliseRebootSetting } from '../reboot-setting.js'
import { docsUrlFor, hotpatchData, NOT_APPLICABLE, PASS, replaceOnLine, withFix } from '../rule-support.js'
import type { RuleContext, RuleModule, RuleReport } from '../types.js'
import { describeListedKbs, updateSelection } from '../update-selection.js'

const ID = 'reboot-blocked'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'error',
    description: 'A hotpatch VM must not block reboots (rebootSetting Never, excludeKbsRequiringReboot, no Security updates).',
    docsUrl: docsUrlFor(ID),
    messages: {
      vmNever:
        '{{subject}} has hotpatching enabled on {{os}}, but its rebootSetting is {{value}}, which takes precedence ' +
        'over any maintenance configuration: it never restarts to finish updates that need one. {{cause}} ' +
        'Set rebootSetting to IfRequired.',
      configurationBlocks:
        "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' " +
        'does not allow reboots ({{setting}}), so updates that need a restart stay pending. {{cause}} {{remedy}}',
      noBaselineUpdates:
        "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' " +
        'installs only {{classifications}} updates: a baseline is a Security update, which this window never installs ' +
        'or reboots for. {{cause}} Add Security (and Critical) to classificationsToInclude.',
      onlyListedKbs:
        "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' " +
        'installs only {{selection}}: the baselines and monthly updates to come have KB numbers not released yet, so ' +
        'this window never installs them or reboots for them. {{cause}} Add Security (and Critical) to classificationsToInclude.'
    }
  },

  check(context) {
    const { verdict, affected } = context.assessment
    if (affected === 'no') return NOT_APPLICABLE
    if (verdict !== 'affected-reboot-blocked') return verdict === 'indeterminate' ? NOT_APPLICABLE : PASS
    const found = report(context)
    return found === undefined ? NOT_APPLICABLE : { outcome: 'fail', reports: [found] }
  }
}

/** The setting that blocks reboots: the VM model's first (it takes precedence), then a configuration's. */
function report(context: RuleContext): RuleReport | undefined {
  const { vm, evidence } = context.assessment
  const data = hotpatchData(context)
  const setting = vm.rebootSetting
  if (isKnown(setting) && normaliseRebootSetting(setting.value) === 'Never') {
    const fix = replaceOnLine(context, setting, NEVER, 'IfRequired')
    return withFix({ messageId: 'vmNever', data: { ...data, value: setting.value }, location: setting.location }, fix)
  }
  const configuration = evidence.find(e => e.status === 'reboot-blocked')?.configuration
  if (configuration === undefined) return undefined
  const reportData = { ...data, configuration: configuration.displayName }
  const blocking = blockingSetting(configuration)
  if (blocking !== undefined) {
    const { value, setting: written, remedy } = blocking
    const fix = replaceOnLine(context, value, blocking.pattern, blocking.replacement)
    return withFix({ messageId: 'configurationBlocks', data: { ...reportData, setting: written, remedy }, location: value.location }, fix)
  }
  // Only the KBs it lists, or only classifications without a baseline's (update-selection.ts).
  const selection = updateSelection(configuration)
  if (selection.kind === 'listed-kbs') {
    return { messageId: 'onlyListedKbs', data: { ...reportData, selection: describeListedKbs(selection) }, location: configuration.kbNumbersToInclude.location }
  }
  const { classificationsToInclude: classifications } = configuration
  const listed = (classifications.value ?? []).join(', ')
  return { messageId: 'noBaselineUpdates', data: { ...reportData, classifications: listed }, location: classifications.location }
}
