import type { RuleModule } from '../types.js'
import { rule as exemptionExpired } from './exemption-expired.js'
import { rule as indeterminate } from './indeterminate.js'
import { rule as invalidExemption } from './invalid-exemption.js'
import { rule as invalidRebootPlan } from './invalid-reboot-plan.js'
import { rule as invalidVmName } from './invalid-vm-name.js'
import { rule as notEvaluated } from './not-evaluated.js'
import { rule as nothingScanned } from './nothing-scanned.js'
import { rule as platformRebootOnly } from './platform-reboot-only.js'
import { rule as rebootBlocked } from './reboot-blocked.js'
import { rule as rebootPlanRequired } from './reboot-plan-required.js'
import { rule as rebootWindowExpired } from './reboot-window-expired.js'
import { rule as rebootWindowLate } from './reboot-window-late.js'
import { rule as rebootWindowMissesBaseline } from './reboot-window-misses-baseline.js'
import { rule as schedulePrerequisites } from './schedule-prerequisites.js'
import { rule as unpatchedImage } from './unpatched-image.js'
import { rule as unreadableManifest } from './unreadable-manifest.js'

/** Every built-in rule, sorted by id (ESLint's explicit registry: no discovery, no side effects). */
export const rules: readonly RuleModule[] = [
  exemptionExpired,
  indeterminate,
  invalidExemption,
  invalidRebootPlan,
  invalidVmName,
  notEvaluated,
  nothingScanned,
  platformRebootOnly,
  rebootBlocked,
  rebootPlanRequired,
  rebootWindowExpired,
  rebootWindowLate,
  rebootWindowMissesBaseline,
  schedulePrerequisites,
  unpatchedImage,
  unreadableManifest
]
