import * as core from '@actions/core'
import { planFilesOf } from '../gate/scope.js'
import { listPullRequestFiles } from '../github/api/pull-request-files.js'
import type { GitHubClient } from '../github/client.js'
import type { PullRequestTarget } from '../github/context.js'
import type { PullRequestChanges } from '../github/diff.js'
import { describeFailure } from '../github/request-errors.js'
import type { JsonReport } from '../report/json-report.js'
import type { Settings } from '../settings.js'
import { changedScope, everyFinding, type GateScope } from './scope.js'

/** The pull request's files, or why every finding counts without them. */
export type ChangeListing =
  | { readonly changes: PullRequestChanges; readonly unlisted?: undefined }
  | { readonly changes?: undefined; readonly unlisted: string }

/** The gate's scope, and the pull request's files when they were listed. */
export interface ResolvedScope {
  readonly scope: GateScope
  /** The complete list of the pull request's files; undefined when it was not (or could not be) listed. */
  readonly changes: PullRequestChanges | undefined
}

/**
 * Lists the pull request's files for the `changed` scope. When they cannot be had (no token, an API
 * error, a list cut at GitHub's 3,000 files) every finding counts: a failed API call may make the gate
 * stricter, never blind.
 */
export async function listChanges(
  settings: Pick<Settings, 'scope' | 'token'>,
  pullRequest: PullRequestTarget | undefined,
  client: () => GitHubClient
): Promise<ChangeListing> {
  if (settings.scope === 'all') return { unlisted: 'scope: all' }
  if (pullRequest === undefined) return { unlisted: 'not a pull request' }
  if (settings.token === '') return { unlisted: 'no github-token to list the changed files' }
  try {
    const changes = await listPullRequestFiles(client(), pullRequest)
    if (!changes.complete) return { unlisted: 'the pull request changes too many files to list' }
    return { changes }
  } catch (error) {
    const failure = describeFailure(error)
    core.warning(`Could not list the files of pull request #${pullRequest.number}, so every finding counts: ${failure}`)
    return { unlisted: 'the changed files could not be listed' }
  }
}

/** Decides which findings count, from the listing and the report alone (src/gate/scope.ts). */
export function resolveScope(listing: ChangeListing, report: JsonReport): ResolvedScope {
  if (listing.changes === undefined) return { scope: everyFinding(listing.unlisted), changes: undefined }
  return { scope: changedScope(listing.changes.files, planFilesOf(report)), changes: listing.changes }
}
