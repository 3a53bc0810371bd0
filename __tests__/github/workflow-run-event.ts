/**
 * The event of the poster's workflow_run run: @octokit/webhooks-examples' workflow_run.completed, made to
 * describe the pull_request run that checked Codertocat/Hello-World#2 (the scenario's pull request) at its head
 * commit, from its own branch `changes`. Its `pull_requests` list names #2 as GitHub's does for a
 * same-repository pull request; a run from a fork has an empty one.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { HEAD, event as pullRequestEvent } from './scenario.js'

const completed = JSON.parse(
  readFileSync(new URL('../fixtures/github/events/workflow_run.completed.json', import.meta.url), 'utf8')
) as { workflow_run: Record<string, unknown> & { pull_requests: unknown[] } }

const head = pullRequestEvent.pull_request.head

/** The head of the triggering run: its repository (`head_repository`), branch, commit and pull requests. */
export interface RunHead {
  readonly repository?: Record<string, unknown>
  /** null: GitHub names no branch. */
  readonly branch?: string | null
  readonly sha?: string
  readonly pullRequests?: readonly unknown[]
}

/** A fork of Hello-World that is not the pull request's: Mallory's, who pushed #2's head commit to it. */
export const MALLORY_FORK = { ...head.repo, id: 917402113, name: 'Hello-World', full_name: 'mallory/Hello-World', fork: true }

export function workflowRunEvent(run: RunHead = {}): unknown {
  return {
    ...completed,
    repository: pullRequestEvent.repository,
    workflow_run: {
      ...completed.workflow_run,
      event: 'pull_request',
      head_sha: run.sha ?? HEAD,
      head_branch: run.branch === undefined ? head.ref : run.branch,
      head_repository: run.repository ?? head.repo,
      repository: pullRequestEvent.repository,
      pull_requests: run.pullRequests ?? completed.workflow_run.pull_requests
    }
  }
}

/** Writes the event to `dir` and returns the variables the runner sets for it. */
export function workflowRunEnvironment(dir: string, run: RunHead = {}): NodeJS.ProcessEnv {
  const path = join(dir, 'workflow_run.json')
  writeFileSync(path, JSON.stringify(workflowRunEvent(run)))
  return { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: path }
}
