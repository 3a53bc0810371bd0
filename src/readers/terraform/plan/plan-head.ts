/**
 * Whether the start of a `.json` file looks like `terraform show -json` output: a
 * `format_version` and one of the plan's own top-level keys.
 */
export function isPlanHead(head: string): boolean {
  return (
    head.includes('"format_version"') &&
    (head.includes('"terraform_version"') || head.includes('"planned_values"') || head.includes('"resource_changes"'))
  )
}
