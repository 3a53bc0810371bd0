import type { CliIo } from './io.js'

/**
 * Whether the text report is coloured. A flag wins; then NO_COLOR (any non-empty value, see
 * no-color.org); then FORCE_COLOR (anything but `0` or `false`); otherwise only on a terminal that
 * is not `TERM=dumb`.
 */
export function useColor(flag: boolean | undefined, io: Pick<CliIo, 'stdout' | 'env'>): boolean {
  if (flag !== undefined) return flag
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false
  if (FORCE_COLOR !== undefined) return FORCE_COLOR !== '0' && FORCE_COLOR !== 'false'
  return io.stdout.isTTY === true && TERM !== 'dumb'
}
