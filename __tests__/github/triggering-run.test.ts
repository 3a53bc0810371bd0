/**
 * src/github/triggering-run.ts: what GitHub's workflow_run event says about the run that made the report, and
 * whether a pull request is that run's.
 */
import { describe, expect, it } from '@jest/globals'
import type { PullRequestFacts } from '../../src/github/api/pull-request.js'
import { triggeringRunFromEvent, unboundReason } from '../../src/github/triggering-run.js'
import { HEAD } from './scenario.js'
import { MALLORY_FORK, workflowRunEvent } from './workflow-run-event.js'

/** Codertocat/Hello-World#2 as pulls.get describes it. */
const PULL_REQUEST: PullRequestFacts = {
  number: 2,
  state: 'open',
  headSha: HEAD,
  headRepository: 'Codertocat/Hello-World',
  headRepositoryId: 186853002,
  headBranch: 'changes',
  baseRepository: 'Codertocat/Hello-World',
  baseRepositoryId: 186853002
}

describe('triggeringRunFromEvent', () => {
  it('reads the head commit, branch, repository and pull requests of the run', () => {
    expect(triggeringRunFromEvent('workflow_run', workflowRunEvent({ sha: HEAD.toUpperCase() }))).toEqual({
      headSha: HEAD,
      headBranch: 'changes',
      headRepository: { id: 186853002, fullName: 'Codertocat/Hello-World' },
      pullRequests: [{ number: 2, headBranch: 'changes', headRepositoryId: 186853002, baseRepositoryId: 186853002 }]
    })
  })

  it('is undefined for another event, or a workflow_run event without a head commit', () => {
    expect(triggeringRunFromEvent('pull_request', workflowRunEvent())).toBeUndefined()
    expect(triggeringRunFromEvent('workflow_run', { workflow_run: { head_sha: 7 } })).toBeUndefined()
  })
})

describe('unboundReason', () => {
  const forkRun = triggeringRunFromEvent('workflow_run', workflowRunEvent({ repository: MALLORY_FORK, branch: 'steal', pullRequests: [] }))

  it('binds a fork’s pull request by its head repository id and name and its branch', () => {
    if (forkRun === undefined) throw new Error('no run')
    const fromFork = { ...PULL_REQUEST, headRepository: 'MALLORY/hello-world', headRepositoryId: MALLORY_FORK.id, headBranch: 'steal' }
    expect(unboundReason(forkRun, fromFork)).toBeUndefined()
    expect(unboundReason(forkRun, { ...fromFork, headBranch: 'Steal' })).toBe(
      'its head is MALLORY/hello-world:Steal, and the run that made the report ran on mallory/Hello-World:steal'
    )
    expect(unboundReason(forkRun, { ...fromFork, headRepository: 'mallory/Hello-World-2' })).toBe(
      'its head is mallory/Hello-World-2:steal, and the run that made the report ran on mallory/Hello-World:steal'
    )
  })

  it('refuses a pull request whose head repository is gone', () => {
    if (forkRun === undefined) throw new Error('no run')
    expect(unboundReason(forkRun, { ...PULL_REQUEST, headRepository: undefined, headRepositoryId: undefined })).toBe(
      'its head repository is gone'
    )
  })

  it('takes a listed pull request of another base repository for nothing, though its head is the run’s', () => {
    const listed = { url: 'https://api.github.com/repos/mallory/Hello-World/pulls/2', id: 1, number: 2 }
    const elsewhere = {
      ...listed,
      head: { ref: 'changes', sha: HEAD, repo: { id: MALLORY_FORK.id, url: '', name: 'Hello-World' } },
      base: { ref: 'master', sha: HEAD, repo: { id: 5, url: '', name: 'Hello-World' } }
    }
    const run = triggeringRunFromEvent('workflow_run', workflowRunEvent({ repository: MALLORY_FORK, pullRequests: [elsewhere] }))
    if (run === undefined) throw new Error('no run')
    expect(unboundReason(run, PULL_REQUEST)).toBe(
      'its head is Codertocat/Hello-World:changes, and the run that made the report ran on mallory/Hello-World:changes'
    )
  })
})
