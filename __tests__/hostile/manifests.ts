/**
 * The control VM the hostile cases sit next to; the manifests themselves come from the shared builders
 * (__tests__/support/manifests.ts).
 */
import { armTemplate, armVm } from '../support/manifests.js'

export { armTemplate, armVm, asoVm, bicepVm, pulumiVm, terraformVm } from '../support/manifests.js'

/** The VM every case sits next to: its finding decides the verdict (exit code 1). */
export const CONTROL_FILE = 'control/web.json'
export const CONTROL_TEMPLATE = armTemplate([armVm('vm-control')])
export const CONTROL_RESOURCE = `${CONTROL_FILE}:5 vm-control affected-no-plan`
export const CONTROL_FINDING = `reboot-plan-required error ${CONTROL_FILE}:5`
