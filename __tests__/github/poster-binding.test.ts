/**
 * The artifact names the pull request (context.json's `pullRequest`), and an artifact is the attacker's to
 * write: the poster posts only to the pull request of the run that made it, as GitHub's workflow_run event
 * describes that run (its head repository, branch and commit), never to another one that shares its head commit.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { runPoster } from '../../src/github/poster.js'
import { FakeGitHub } from './fake-github/server.js'
import { FAST, FILES, FIX_COMMIT, HEAD, NUMBER, OWNER, REPO, event, makeGitHub, makeReport } from './scenario.js'
import { MALLORY_FORK, workflowRunEnvironment, type RunHead } from './workflow-run-event.js'

let github: FakeGitHub
let dir: string
let out: string[]
let err: string[]
let commands: string[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hotpatch-poster-binding-'))
  out = []
  err = []
  commands = []
  writeFileSync(join(dir, 'report.json'), JSON.stringify(makeReport([])))
  // Mallory's artifact: an empty report that names the victim's pull request, #2.
  writeFileSync(join(dir, 'context.json'), JSON.stringify({ pullRequest: NUMBER, scope: 'all', comment: 'summary' }))
})

afterEach(async () => {
  await github.stop()
  rmSync(dir, { recursive: true, force: true })
  expect(github.schemaErrors).toEqual([])
})

/** Runs the poster as the comment workflow does, in a workflow_run run whose triggering run is `run`. */
async function post(run: RunHead | undefined, extra: Record<string, string> = {}, ...args: string[]): Promise<number> {
  const env = {
    GITHUB_TOKEN: 'write-token',
    GITHUB_API_URL: await github.start(),
    ...(run !== undefined && workflowRunEnvironment(dir, run)),
    ...extra
  }
  return runPoster(
    ['--report', join(dir, 'report.json'), '--repo', `${OWNER}/${REPO}`, '--sha', HEAD, ...args],
    env,
    { out: line => out.push(line), err: line => err.push(line), command: line => commands.push(line) },
    { timings: FAST }
  )
}

const context = (): string[] => ['--context', join(dir, 'context.json')]
const requests = (): string[] => github.requests.map(request => `${request.method} ${request.path}`)
const operations = (): string[] => github.requests.map(request => request.operation)
/** What posting the summary asks of GitHub, in order, and what the poster says of it. */
const POSTED = ['pulls/get', 'pulls/list-files', 'graphql:HotpatchViewer', 'issues/list-comments', 'issues/create-comment']
const SUMMARY_CREATED = 'Pull request #2: summary created, 0 reviews with 0 line comments, 0 file comments, 0 threads resolved.'

/** Mallory's pull request run: #2's head commit, pushed to a branch of her fork (GitHub lists no pull request). */
const MALLORY_RUN: RunHead = { repository: MALLORY_FORK, branch: 'steal', pullRequests: [] }

describe('the pull request an artifact names', () => {
  it('gets nothing when it only shares the head commit of the run that made the report', async () => {
    github = makeGitHub()
    expect(await post(MALLORY_RUN, {}, ...context())).toBe(0)
    expect(requests()).toEqual([`GET /repos/${OWNER}/${REPO}/pulls/${NUMBER}`])
    expect(out).toEqual([
      'Warning: Pull request #2 is not the one the report was made for: its head is Codertocat/Hello-World:changes, ' +
        'and the run that made the report ran on mallory/Hello-World:steal; nothing posted.'
    ])
    expect(err).toEqual([])
  })

  it('is refused with a warning annotation in a workflow step', async () => {
    github = makeGitHub()
    expect(await post(MALLORY_RUN, { GITHUB_ACTIONS: 'true' }, ...context())).toBe(0)
    expect(github.writes()).toEqual([])
    expect(commands).toEqual([
      '::warning::Pull request #2 is not the one the report was made for: its head is Codertocat/Hello-World:changes, ' +
        'and the run that made the report ran on mallory/Hello-World:steal; nothing posted.'
    ])
    expect(out).toEqual([])
  })

  it.each<[string, RunHead, string]>([
    [
      'a fork that has the head repository’s name but not its id (deleted and made again)',
      { repository: { ...MALLORY_FORK, full_name: 'Codertocat/Hello-World' }, branch: 'changes', pullRequests: [] },
      'its head is Codertocat/Hello-World:changes, and the run that made the report ran on Codertocat/Hello-World:changes'
    ],
    [
      // GitHub lists open pull requests whose head commit or branch match the run's: #2 shares the commit only.
      'another branch of the head repository at the same commit, though GitHub lists the pull request',
      { branch: 'copy' },
      'its head is Codertocat/Hello-World:changes, and the run that made the report ran on Codertocat/Hello-World:copy'
    ],
    [
      'a run whose event names no head branch',
      { branch: null, pullRequests: [] },
      'its head is Codertocat/Hello-World:changes, and the run that made the report ran on Codertocat/Hello-World:(no branch)'
    ]
  ])('is refused for %s', async (_, run, reason) => {
    github = makeGitHub()
    expect(await post(run, {}, ...context())).toBe(0)
    expect(requests()).toEqual([`GET /repos/${OWNER}/${REPO}/pulls/${NUMBER}`])
    expect(out).toEqual([`Warning: Pull request #2 is not the one the report was made for: ${reason}; nothing posted.`])
  })

  it('gets the comments when GitHub lists it as the run’s own (a same-repository pull request)', async () => {
    github = makeGitHub()
    expect(await post({}, {}, ...context())).toBe(0)
    expect(operations()).toEqual(POSTED)
    expect(out).toEqual([SUMMARY_CREATED])
  })

  it('gets the comments when its head repository, branch and commit are the run’s (a fork’s pull request)', async () => {
    const fromFork = { ...event.pull_request, head: { ...event.pull_request.head, ref: 'steal', repo: MALLORY_FORK } }
    github = new FakeGitHub(OWNER, REPO, NUMBER, HEAD, FILES, fromFork)
    expect(await post(MALLORY_RUN, {}, ...context())).toBe(0)
    expect(operations()).toEqual(POSTED)
    expect(out).toEqual([SUMMARY_CREATED])
  })

  it('is checked against the run’s head commit: a --sha of another commit posts nothing, without a request', async () => {
    github = makeGitHub()
    expect(await post({ sha: FIX_COMMIT }, {}, ...context())).toBe(0)
    expect(github.requests).toEqual([])
    expect(out).toEqual([
      'Warning: The workflow_run event says the run that made the report checked 5c1d6f0, not ec26c3e (--sha); ' +
        'nothing posted to pull request #2.'
    ])
  })

  it('is not used outside a workflow_run run: --context alone is a usage error, without a request', async () => {
    github = makeGitHub()
    expect(await post(undefined, { GITHUB_EVENT_NAME: 'workflow_dispatch' }, ...context())).toBe(2)
    expect(github.requests).toEqual([])
    expect(err).toEqual([
      'The pull request number comes from --context (the artifact), and this is not a workflow_run run whose event ' +
        'could check it; nothing posted: give --pr NUMBER.'
    ])
  })

  it('posts nothing when the workflow_run event has no run', async () => {
    github = makeGitHub()
    writeFileSync(join(dir, 'event.json'), '{}')
    const env = { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: join(dir, 'event.json') }
    expect(await post(undefined, env, '--pr', '2')).toBe(0)
    expect(github.requests).toEqual([])
    expect(out).toEqual(['Warning: The workflow_run event has no workflow_run.head_sha; nothing posted to pull request #2.'])
  })

  it('is the operator’s to choose with --pr when the poster is run by hand', async () => {
    github = makeGitHub()
    expect(await post(undefined, {}, '--pr', '2', '--comment', 'summary')).toBe(0)
    expect(operations()).toEqual(POSTED)
  })
})

describe('the refusal’s warning', () => {
  it('is one line whatever the head branch it names holds', async () => {
    github = makeGitHub()
    const branch = 'steal\u2028::error::forged\u0085x'
    expect(await post({ ...MALLORY_RUN, branch }, { GITHUB_ACTIONS: 'true' }, ...context())).toBe(0)
    expect(commands).toEqual([
      '::warning::Pull request #2 is not the one the report was made for: its head is Codertocat/Hello-World:changes, ' +
        'and the run that made the report ran on mallory/Hello-World:steal ::error::forged x; nothing posted.'
    ])
  })
})
