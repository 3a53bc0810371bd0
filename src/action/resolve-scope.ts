import * as core from '@actions/core'
import { listComparedFiles } from '../github/api/compared-files.js'
import { listPullRequestFiles } from '../github/api/pull-request-files.js'
import type { ChangeSource } from '../github/change-source.js'
import type { GitHubClient } from '../github/client.js'
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
 * Decides which findings count. The `changed` scope needs the change set's file list: a pull
 * request's files, or a merge group's or a push's comparison (so the queue answers what the pull
 * request answered). When it cannot be had (no change set, no token, an API error, a list GitHub cut)
 * every finding counts: a failed API call may make the gate stricter, never blind.
 */
export async function resolveScope(
  settings: Pick<Settings, 'scope' | 'token'>,
  source: ChangeSource,
  planFiles: ReadonlySet<string>,
  client: () => GitHubClient
): Promise<ResolvedScope> {
  if (settings.scope === 'all') return unlisted('scope: all')
  if (source.kind === 'none') return unlisted(source.why)
  if (settings.token === '') return unlisted('no github-token to list the changed files')
  const change = source.kind === 'pull-request' ? 'the pull request' : source.label
  try {
    const changes =
      source.kind === 'pull-request'
        ? await listPullRequestFiles(client(), source.pullRequest)
        : await listComparedFiles(client(), source)
    if (!changes.complete) return unlisted(`${change} changes too many files to list`)
    return { scope: changedScope(changes.files, planFiles, change), changes }
  } catch (error) {
    const failure = describeFailure(error)
    const what = source.kind === 'pull-request' ? `pull request #${source.pullRequest.number}` : source.label
    core.warning(`Could not list the files of ${what}, so every finding counts: ${failure}`)
    return unlisted('the changed files could not be listed')
  }
}

const unlisted = (why: string): ResolvedScope => ({ scope: everyFinding(why), changes: undefined })
