import type { JsonReport, ReportFinding, ReportRelated, ReportResource } from '../report/json-report.js'
import type { DiffIndex } from './diff.js'

/** Where a finding's review comment goes. */
export type Anchor =
  | {
      readonly kind: 'line'
      readonly path: string
      readonly line: number
      /** What the line is: the finding's own location, a related file's changed line, or the resource. */
      readonly via: 'finding' | 'related' | 'resource'
      /** The whole new text of the line, for a ```suggestion block. */
      readonly suggestion?: string
    }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'none'; readonly reason: string }

/**
 * Anchors a finding where its cause is, as far as the diff allows (a review comment can only sit on a
 * RIGHT line of a hunk):
 * 1. a one-line fix on a diff line: that line, with a suggestion block;
 * 2. the finding's own line, when it is in the diff;
 * 3. a related location (parameter file, module, maintenance manifest) on a line the change adds;
 * 4. the resource's line, when it is in the diff;
 * 5. any related location in the diff;
 * 6. a file-level comment on the first of those files the pull request changes;
 * 7. nowhere: the summary comment lists it with the reason.
 */
export function anchorFinding(finding: ReportFinding, resource: ReportResource | undefined, diff: DiffIndex): Anchor {
  const replacement = finding.fix?.replacement
  if (replacement && diff.commentable(replacement.file, replacement.line)) {
    const onCause =
      replacement.file === finding.file && replacement.line >= finding.startLine && replacement.line <= finding.endLine
    if (onCause || !diff.commentable(finding.file, finding.startLine)) {
      return {
        kind: 'line',
        path: replacement.file,
        line: replacement.line,
        via: 'finding',
        suggestion: replacement.text
      }
    }
  }
  const related: readonly ReportRelated[] = [...finding.related, ...(resource?.related ?? [])]
  const line = (path: string, at: number, via: 'finding' | 'related' | 'resource'): Anchor => ({
    kind: 'line',
    path,
    line: at,
    via
  })

  if (diff.commentable(finding.file, finding.startLine)) return line(finding.file, finding.startLine, 'finding')
  const changedRelated = related.find(r => diff.added(r.file, r.startLine))
  if (changedRelated) return line(changedRelated.file, changedRelated.startLine, 'related')
  if (resource && diff.commentable(resource.file, resource.startLine))
    return line(resource.file, resource.startLine, 'resource')
  const nearRelated = related.find(r => diff.commentable(r.file, r.startLine))
  if (nearRelated) return line(nearRelated.file, nearRelated.startLine, 'related')

  const files = [finding.file, ...related.map(r => r.file), ...(resource ? [resource.file] : [])]
  const changedFile = files.find(path => diff.fileCommentable(path))
  if (changedFile !== undefined) return { kind: 'file', path: changedFile }
  return {
    kind: 'none',
    reason: diff.file(finding.file) ? 'its lines are outside the diff' : 'its files are not in the diff'
  }
}

/**
 * The resource a finding is about: by `resourceKey`, else by name when exactly one resource has it.
 */
export function resourceOf(finding: ReportFinding, report: JsonReport): ReportResource | undefined {
  if (finding.resourceKey !== undefined) return report.resources.find(resource => resource.key === finding.resourceKey)
  const named = report.resources.filter(resource => resource.name === finding.resource)
  return named.length === 1 ? named[0] : undefined
}
