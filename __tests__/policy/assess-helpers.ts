import type { InfrastructureModel } from '../../src/model/resources.js'
import { evaluatePolicy, type PolicyOptions } from '../../src/policy/evaluate.js'
import type { Assessment } from '../../src/policy/types.js'

/** The first VM's assessment, evaluated as of 2026-11-24 unless told otherwise. */
export function assessFirst(model: InfrastructureModel, options: Partial<PolicyOptions> = {}): Assessment {
  const result = evaluatePolicy(model, { asOf: new Date('2026-11-24T00:00:00Z'), rules: [], ...options })
  const assessment = result.assessments[0]
  if (assessment === undefined) throw new Error('the model has no VM')
  return assessment
}

/** The parts of an assessment tests compare exactly. */
export const summary = (a: Assessment) => ({
  verdict: a.verdict,
  affected: a.affected,
  reasons: a.reasons,
  unresolved: a.unresolved.map(u => `${u.field} @${u.location.line}: ${u.reason}`)
})

export const IMAGE_2025 =
  'image MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition is hotpatch-capable ' +
  '(Windows Server 2025 Datacenter: Azure Edition)'
export const HOTPATCH_TRUE = 'enableHotpatching is true (infra/main.bicep:23)'
export const DIRECT_VALID =
  "maintenance configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window') and is an " +
  'InGuestPatch window that allows reboots (rebootSetting IfRequired); next reboot window 2027-01-13 03:00 UTC, ' +
  '1 day after the January 2027 baseline'
export const HONOURED =
  'patchMode is AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule is true, so the window is honoured'
