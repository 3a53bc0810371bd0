/**
 * A maintenance window's start written as the deployment time (Terraform `timestamp()`, `plantimestamp()`;
 * Bicep and ARM `utcNow()`) is unresolved with one of these reasons, and the policy reads it as the
 * evaluation date (the gate runs on the change that deploys it). Only the value itself carries them: a
 * reader gives anything computed from it (a year taken from it plus 3, a date formatted with a literal
 * year, text around it, `uuid()`) a derived reason, which the policy leaves unresolved.
 */
export const PLAN_TIME_REASON = 'only known at plan time'
export const UTC_NOW_REASON = 'utcNow() is only known at deployment'

/** Values computed from the deployment time: not the deployment time. */
export const DERIVED_FROM_PLAN_TIME_REASON = 'computed from the plan time (timestamp()), only known at plan time'
export const DERIVED_FROM_UTC_NOW_REASON = 'computed from utcNow(), only known at deployment'

/** Whether an unresolved value's reason says it is the deployment time itself. */
export const isDeploymentTimeReason = (reason: string | undefined): boolean =>
  reason === PLAN_TIME_REASON || reason === UTC_NOW_REASON
