import type { Finding } from '../types.js'
import type { PolicyConfiguration, RuleSetting } from '../../config/types.js'

const PLATFORM_REBOOT: Readonly<Record<NonNullable<PolicyConfiguration['platformReboot']>, RuleSetting>> = {
  accept: 'off',
  warn: 'warning',
  reject: 'error'
}
const UNRESOLVED: Readonly<Record<NonNullable<PolicyConfiguration['unresolved']>, RuleSetting>> = {
  ignore: 'off',
  warn: 'warning',
  fail: 'error'
}

/** The severity each configured rule reports at: `platform-reboot`, `unresolved`, then the `rules:` map. */
export function ruleSettings(configuration: PolicyConfiguration | undefined): ReadonlyMap<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>()
  if (configuration === undefined) return settings
  if (configuration.platformReboot) settings.set('platform-reboot-only', PLATFORM_REBOOT[configuration.platformReboot])
  if (configuration.unresolved) settings.set('indeterminate', UNRESOLVED[configuration.unresolved])
  for (const [rule, setting] of configuration.rules) settings.set(rule, setting)
  return settings
}

/** Findings at their configured severity; the findings of rules set to `off` are dropped. */
export function applyRuleSettings(findings: readonly Finding[], settings: ReadonlyMap<string, RuleSetting>): Finding[] {
  if (settings.size === 0) return [...findings]
  return findings.flatMap(finding => {
    const setting = settings.get(finding.ruleId)
    if (setting === undefined) return [finding]
    return setting === 'off' ? [] : [{ ...finding, severity: setting }]
  })
}
