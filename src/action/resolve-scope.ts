import { planFilesOf, policyFilesOf } from '../gate/scope.js'
import { listComparedFiles } from '../github/api/compared-files.js'
import { listPullRequestFiles } from '../github/api/pull-request-files.js'
import type { ChangeSource } from '../github/change-source.js'
import type { GitHubClient } from '../github/client.js'
import type { PullRequestChanges } from '../github/diff.js'
import { describeFailure } from '../github/request-errors.js'
import type { JsonReport } from '../report/json-report.js'
import type { Settings } from '../settings.js'
import { annotate } from './annotations.js'
import { changedScope, everyFinding, type GateScope } from './scope.js'

/** The change set's files and how to name the change, or why every finding counts without them. */
export type ChangeListing =
  | { readonly changes: PullRequestChanges; readonly change: string; readonly unlisted?: undefined }
  | { readonly changes?: undefined; readonly unlisted: string }

/** The gate's scope, and the pull request's files when they were listed. */
export interface ResolvedScope {
  readonly scope: GateScope
  /** The complete list of the pull request's files; undefined when it was not (or could not be) listed. */
  readonly changes: PullRequestChanges | undefined
}

/**
 * Lists the change set's files for the `changed` scope: a pull request's files, or a merge group's or a
 * push's comparison (so the queue answers what the pull request answered). When they cannot be had (no
 * change set, no token, an API error, a list GitHub cut) every finding counts: a failed API call may
 * make the gate stricter, never blind.
 */
export async function listChanges(
  settings: Pick<Settings, 'scope' | 'token'>,
  source: ChangeSource,
  client: () => GitHubClient
): Promise<ChangeListing> {
  if (settings.scope === 'all') return { unlisted: 'scope: all' }
  if (source.kind === 'none') return { unlisted: source.why }
  if (settings.token === '') return { unlisted: 'no github-token to list the changed files' }
  const change = source.kind === 'pull-request' ? 'the pull request' : source.label
  try {
    const changes =
      source.kind === 'pull-request'
        ? await listPullRequestFiles(client(), source.pullRequest)
        : await listComparedFiles(client(), source)
    if (!changes.complete) return { unlisted: `${change} changes too many files to list` }
    return { changes, change }
  } catch (error) {
    const failure = describeFailure(error)
    const what = source.kind === 'pull-request' ? `pull request #${source.pullRequest.number}` : source.label
    annotate('warning', `Could not list the files of ${what}, so every finding counts: ${failure}`)
    return { unlisted: 'the changed files could not be listed' }
  }
}

/** Decides which findings count, from the listing and the report alone (src/gate/scope.ts). */
export function resolveScope(listing: ChangeListing, report: JsonReport): ResolvedScope {
  if (listing.changes === undefined) return { scope: everyFinding(listing.unlisted), changes: undefined }
  const scope = changedScope(listing.changes.files, planFilesOf(report), listing.change, policyFilesOf(report))
  return { scope, changes: listing.changes }
}
