/**
 * The action reads the pull request from the runner's event (GITHUB_EVENT_PATH) and hands it to the
 * conversation, which has no ambient fallback: the synchronize payload of @octokit/webhooks-examples,
 * through @actions/github's context.
 */
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { FakeGitHub } from './fake-github/server.js'

let github: FakeGitHub
let apiUrl: string

beforeAll(async () => {
  const { makeGitHub } = await import('./scenario.js')
  github = makeGitHub()
  apiUrl = await github.start()
  // @actions/github reads these when it is first imported, below.
  process.env.GITHUB_EVENT_NAME = 'pull_request'
  process.env.GITHUB_EVENT_PATH = fileURLToPath(
    new URL('../fixtures/github/events/pull_request.synchronize.json', import.meta.url)
  )
  process.env.GITHUB_API_URL = apiUrl
  process.env.GITHUB_SERVER_URL = 'https://github.com'
  process.env.GITHUB_ACTOR = 'Codertocat'
})

afterAll(async () => {
  await github.stop()
  expect(github.schemaErrors).toEqual([])
  for (const name of ['GITHUB_EVENT_NAME', 'GITHUB_EVENT_PATH', 'GITHUB_API_URL', 'GITHUB_SERVER_URL', 'GITHUB_ACTOR'])
    delete process.env[name]
})

it('comments on the pull request of the event, through GITHUB_API_URL', async () => {
  const { context } = await import('@actions/github')
  const { createGitHubClient } = await import('../../src/github/client.js')
  const { pullRequestFromEvent } = await import('../../src/github/context.js')
  const { publishPullRequestConversation } = await import('../../src/github/conversation.js')
  const { FAST, makeReport } = await import('./scenario.js')
  const result = await publishPullRequestConversation({
    report: makeReport(),
    client: createGitHubClient('write-token', { baseUrl: context.apiUrl, timings: FAST }),
    comment: 'both',
    runUrl: undefined,
    pullRequest: pullRequestFromEvent(context.eventName, context.payload),
    eventName: context.eventName,
    actor: context.actor,
    serverUrl: context.serverUrl
  })
  expect(result).toMatchObject({ summary: 'created', reviews: 1, lineComments: 3, fileComments: 1, notices: [] })
  expect(github.requests[0]?.path).toBe('/repos/Codertocat/Hello-World/pulls/2/files')
})
