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

/**
 * Whether the start of such a file is a state's (`terraform show -json` without a plan file): `values` right after
 * `terraform_version`, where a plan has `variables`, `planned_values` or `resource_changes`. A state records what
 * exists, so it never stands for its folder's `.tf` files, which are what a change deploys (plan-folder.ts).
 */
export function isStateHead(head: string): boolean {
  return STATE_START.test(head)
}

const STATE_START = /"terraform_version"\s*:\s*"[^"]*"\s*,\s*"values"\s*:/
