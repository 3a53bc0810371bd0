/** Where a finding ended up in the pull request, as the summary comment lists it. */
export type Placement =
  | {
      readonly kind: 'line'
      readonly path: string
      /** undefined when the thread is outdated (its line is gone from the diff). */
      readonly line: number | undefined
      readonly resolvedByReviewer?: boolean
    }
  | { readonly kind: 'file'; readonly path: string; readonly resolvedByReviewer?: boolean }
  | { readonly kind: 'summary'; readonly reason: string }

/** Severity order for tables and logs: errors first. */
export const SEVERITY_ORDER: Readonly<Record<string, number>> = { error: 0, warning: 1, notice: 2 }
