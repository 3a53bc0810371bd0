/**
 * The fork-safe poster has only the JSON report: the verdict in its summary comment comes from
 * src/gate/verdict.ts with the workflow's `fail-on`, exactly as the action decides it. A verdict that
 * ignored fail-on (the defect issue 12 names) fails here.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/github/client.js'
import { publishPullRequestConversation } from '../../src/github/conversation.js'
import type { ReportFinding } from '../../src/report/json-report.js'
import type { FakeGitHub } from './fake-github/server.js'
import { FAST, FINDINGS, PULL_REQUEST, makeGitHub, makeReport } from './scenario.js'

let github: FakeGitHub
let apiUrl: string

beforeEach(async () => {
  github = makeGitHub()
  apiUrl = await github.start()
})

afterEach(async () => {
  await github.stop()
})

/** The heading of the summary comment the poster writes for the findings and fail-on. */
async function heading(findings: readonly ReportFinding[], failOn: 'error' | 'warning' | 'never'): Promise<string> {
  await publishPullRequestConversation({
    report: makeReport(findings),
    client: createGitHubClient('write-token', { baseUrl: apiUrl, timings: FAST }),
    comment: 'summary',
    runUrl: undefined,
    scope: 'all',
    failOn,
    pullRequest: PULL_REQUEST,
    eventName: 'workflow_run',
    actor: 'Codertocat',
    serverUrl: 'https://github.com'
  })
  const created = github.requests.find(request => request.operation === 'issues/create-comment')
  const body = (created?.body as { body?: string } | undefined)?.body ?? ''
  return body.split('\n').find(line => line.startsWith('### ')) ?? ''
}

const ERROR_AND_WARNING = [FINDINGS.webPlan, FINDINGS.webPatchMode]
const WARNING_ONLY = [FINDINGS.webPatchMode]

describe('the poster’s verdict honours fail-on', () => {
  it.each([
    ['error', ERROR_AND_WARNING, '### ❌ Hotpatch reboot gate: 5 VMs need a reboot plan'],
    ['never', ERROR_AND_WARNING, '### ✅ Hotpatch reboot gate: passes, with 2 findings to look at'],
    ['error', WARNING_ONLY, '### ✅ Hotpatch reboot gate: passes, with 1 finding to look at'],
    ['warning', WARNING_ONLY, '### ❌ Hotpatch reboot gate: 5 VMs need a reboot plan']
  ] as const)('fail-on %s', async (failOn, findings, expected) => {
    expect(await heading(findings, failOn)).toBe(expected)
  })
})
