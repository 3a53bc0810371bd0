import { DERIVED_FROM_UTC_NOW_REASON, UTC_NOW_REASON } from '../../model/deployment-time.js'
import { isFullDateTimeFormat } from '../shared/utc-now-format.js'
import type { Builtin } from './function-support.js'
import { computed, unknown, type Value } from './values.js'

/**
 * `utcNow()`, `utcNow(format)`: the deployment time, which the policy reads as the evaluation date when it is a
 * window's start (src/model/deployment-time.ts), only with no format or one writing a full date and time;
 * `utcNow('yyyy')` is another value.
 */
export const utcNow: Builtin = args => {
  const [format] = args
  const itself = args.length === 0 || (args.length === 1 && format?.kind === 'string' && isFullDateTimeFormat(format.value))
  return unknown(itself ? UTC_NOW_REASON : DERIVED_FROM_UTC_NOW_REASON, computed(args))
}

export const isUtcNow = (value: Value | undefined): boolean => value?.kind === 'unresolved' && value.reason === UTC_NOW_REASON

/** A value computed from others: unresolved because of utcNow(), it is not utcNow() itself. */
export const notDeploymentTime = (value: Value): Value =>
  isUtcNow(value) ? unknown(DERIVED_FROM_UTC_NOW_REASON, value.prov) : value
