/** Unit tests for src/github/context.ts: the pull request of a run, and whether its token can write. */
import { describe, expect, it } from '@jest/globals'
import { pullRequestFromEvent, readOnlyReason } from '../../src/github/context.js'
import { HEAD, PULL_REQUEST, event } from './scenario.js'

const withHead = (repo: unknown): unknown => ({
  ...event,
  pull_request: { ...event.pull_request, head: { ...event.pull_request.head, repo } }
})
const base = (event.pull_request.base as { repo: Record<string, unknown> }).repo

describe('pullRequestFromEvent', () => {
  it('reads the pull request of a pull_request payload', () => {
    expect(pullRequestFromEvent('pull_request', event)).toEqual({
      owner: 'Codertocat',
      repo: 'Hello-World',
      number: 2,
      headSha: HEAD,
      fromFork: false
    })
    expect(pullRequestFromEvent('pull_request_target', event)).toEqual(PULL_REQUEST)
  })

  it('tells a fork by the head repository, not by its fork flag', () => {
    expect(
      pullRequestFromEvent('pull_request', withHead({ ...base, full_name: 'octocat-fork/Hello-World', fork: true }))
        ?.fromFork
    ).toBe(true)
    expect(pullRequestFromEvent('pull_request', withHead(null))?.fromFork).toBe(true)
    expect(pullRequestFromEvent('pull_request', withHead({ ...base, fork: true }))?.fromFork).toBe(false)
  })

  it('gives nothing for other events or incomplete payloads', () => {
    expect(pullRequestFromEvent('push', event)).toBeUndefined()
    expect(pullRequestFromEvent(undefined, event)).toBeUndefined()
    expect(
      pullRequestFromEvent('pull_request', { ...event, pull_request: { ...event.pull_request, number: '2' } })
    ).toBeUndefined()
    expect(pullRequestFromEvent('pull_request', null)).toBeUndefined()
  })
})

describe('readOnlyReason', () => {
  it('knows the pull_request runs GitHub gives a read-only token', () => {
    const fork = { ...PULL_REQUEST, fromFork: true }
    expect(readOnlyReason('pull_request', fork, 'octocat')).toBe('the pull request comes from a fork')
    expect(readOnlyReason('pull_request', PULL_REQUEST, 'dependabot[bot]')).toBe(
      'the pull request comes from Dependabot'
    )
    expect(readOnlyReason('pull_request_target', fork, 'octocat')).toBeUndefined()
    expect(readOnlyReason('workflow_run', fork, 'octocat')).toBeUndefined()
    expect(readOnlyReason('pull_request', PULL_REQUEST, 'Codertocat')).toBeUndefined()
  })
})
