import * as core from '@actions/core'
import { listPullRequestFiles } from '../github/api/pull-request-files.js'
import type { GitHubClient } from '../github/client.js'
import type { PullRequestTarget } from '../github/context.js'
import type { PullRequestChanges } from '../github/diff.js'
import { describeFailure } from '../github/request-errors.js'
import type { Settings } from '../settings.js'
import { changedScope, everyFinding, type GateScope } from './scope.js'

/** The gate's scope, and the pull request's files when they were listed. */
export interface ResolvedScope {
  readonly scope: GateScope
  /** The complete list of the pull request's files; undefined when it was not (or could not be) listed. */
  readonly changes: PullRequestChanges | undefined
}

/**
 * Decides which findings count. The `changed` scope needs the pull request's file list; when it
 * cannot be had (no token, an API error, a list cut at GitHub's 3,000 files) every finding counts:
 * a failed API call may make the gate stricter, never blind.
 */
export async function resolveScope(
  settings: Pick<Settings, 'scope' | 'token'>,
  pullRequest: PullRequestTarget | undefined,
  planFiles: ReadonlySet<string>,
  client: () => GitHubClient
): Promise<ResolvedScope> {
  if (settings.scope === 'all') return unlisted('scope: all')
  if (pullRequest === undefined) return unlisted('not a pull request')
  if (settings.token === '') return unlisted('no github-token to list the changed files')
  try {
    const changes = await listPullRequestFiles(client(), pullRequest)
    if (!changes.complete) return unlisted('the pull request changes too many files to list')
    return { scope: changedScope(changes.files, planFiles), changes }
  } catch (error) {
    const failure = describeFailure(error)
    core.warning(`Could not list the files of pull request #${pullRequest.number}, so every finding counts: ${failure}`)
    return unlisted('the changed files could not be listed')
  }
}

const unlisted = (why: string): ResolvedScope => ({ scope: everyFinding(why), changes: undefined })
