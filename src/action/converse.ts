import * as core from '@actions/core'
import * as github from '@actions/github'
import type { GitHubClient } from '../github/client.js'
import type { PullRequestTarget } from '../github/context.js'
import { publishPullRequestConversation } from '../github/conversation.js'
import type { PullRequestChanges } from '../github/diff.js'
import { describeFailure } from '../github/request-errors.js'
import type { JsonReport } from '../report/json-report.js'
import type { Settings } from '../settings.js'
import { annotate, annotateWithin } from './annotations.js'
import type { GateResult } from './gate.js'
import { getRunUrl } from './run-url.js'
import type { GateScope } from './scope.js'

/** What the action hands the pull request conversation. */
export interface ConversationRequest {
  readonly settings: Pick<Settings, 'token' | 'comment' | 'failOn'>
  readonly report: JsonReport
  readonly gate: GateResult
  readonly scope: GateScope
  readonly pullRequest: PullRequestTarget
  /** The files the gate listed, so the conversation does not list them again. */
  readonly changes: PullRequestChanges | undefined
  readonly getClient: () => GitHubClient
}

/**
 * Posts the summary comment and the review. Its failure costs only the comments: a permission problem
 * is one `::notice::` with advice for the event, every write given up on a `::warning::` naming it,
 * and the annotations, the job summary and the verdict stay as they are.
 */
export async function converse(request: ConversationRequest): Promise<void> {
  const { settings, report, gate, scope, pullRequest, changes, getClient } = request
  if (settings.token === '') {
    core.info('No github-token: nothing is posted to the pull request.')
    return
  }
  const { context } = github
  try {
    const { notices, warnings } = await publishPullRequestConversation({
      report,
      client: getClient(),
      comment: settings.comment,
      runUrl: getRunUrl(context.serverUrl, process.env.GITHUB_REPOSITORY, context.runId),
      // The comment shows what the verdict counted: every finding when the gate widened the scope.
      scope: scope.files === undefined ? 'all' : 'changed',
      verdict: gate.verdict,
      failOn: settings.failOn,
      pullRequest,
      eventName: context.eventName,
      actor: context.actor,
      serverUrl: context.serverUrl,
      ...(changes !== undefined && { changes }),
      log: core.debug
    })
    // core escapes the message of a workflow command: a newline cannot start a command of its own; annotate
    // cleans the file names the messages carry. The action kept a notice and a warning slot for these:
    // when there are more than the slots left, the last one holds the rest.
    annotateWithin('notice', notices)
    annotateWithin('warning', warnings)
  } catch (error) {
    annotate(
      'warning',
      'Could not comment on the pull request; the findings are in the annotations and the job summary: ' +
        describeFailure(error)
    )
  }
}
