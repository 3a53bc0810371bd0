import { parseResourceId } from '../model/identity.js'

/** Whether a `resource` value is usable: a resource ID must name a resource. */
export function resourcePatternProblem(pattern: string): string | undefined {
  if (!pattern.startsWith('/')) return undefined
  const identity = parseResourceId(pattern)
  if (identity?.name === undefined) {
    return (
      'must be a resource name, a name glob or a full resource ID ' +
      '(/subscriptions/.../providers/Microsoft.Compute/virtualMachines/<name>)'
    )
  }
  return undefined
}
