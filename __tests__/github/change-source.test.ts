/**
 * The change set of every event, from GitHub's own webhook examples: a pull request's files, a merge
 * group's or a push's comparison (a new branch against the default branch), and none for scheduled
 * and manual runs. And the comparison's files as the fake GitHub (GitHub's schema) answers them.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { listComparedFiles, MAX_COMPARED_FILES } from '../../src/github/api/compared-files.js'
import { changeSourceFromEvent } from '../../src/github/change-source.js'
import { createGitHubClient } from '../../src/github/client.js'
import type { FakeGitHub } from './fake-github/server.js'
import { FAST, makeGitHub, OWNER, REPO } from './scenario.js'

const event = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/github/events/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>

const BEFORE = '6113728f27ae82c7b1a177c8d03f9e96e0adf246'
const AFTER = '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c'

describe('changeSourceFromEvent', () => {
  it('a pull request: its own files', () => {
    const source = changeSourceFromEvent('pull_request', event('pull_request.synchronize.json'))
    expect(source.kind).toBe('pull-request')
  })

  it('a merge group: the queue base against the queue head', () => {
    expect(changeSourceFromEvent('merge_group', event('merge_group.checks_requested.json'))).toEqual({
      kind: 'comparison',
      owner: 'octo-org',
      repo: 'octo-repo',
      base: '380387fbc80638b734a49e1be1c4dfec1c01b33c',
      head: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      label: "the merge group's change (380387f...2ffea6d)"
    })
  })

  it('a push to an existing branch: before against after', () => {
    const push = { ...event('push.created.json'), before: BEFORE, after: AFTER, created: false }
    expect(changeSourceFromEvent('push', push)).toEqual({
      kind: 'comparison',
      owner: 'Codertocat',
      repo: 'Hello-World',
      base: BEFORE,
      head: AFTER,
      label: 'the pushed change (6113728...0d1a26e)'
    })
  })

  it('a new branch: against the default branch', () => {
    expect(changeSourceFromEvent('push', event('push.created.json'))).toEqual({
      kind: 'comparison',
      owner: 'Codertocat',
      repo: 'Hello-World',
      base: 'master',
      head: BEFORE,
      label: "the new branch's change against master (6113728)"
    })
  })

  it('a push that creates the default branch itself: no base to compare with, so every finding counts', () => {
    // A new repository's first push, or the default branch re-created: `master...<after>` would list no file.
    const created = { ...event('push.created.json'), ref: 'refs/heads/master' }
    expect(changeSourceFromEvent('push', created)).toEqual({
      kind: 'none',
      why: 'the push creates the default branch master, which has no base to compare it with'
    })
    // Another new branch still compares with the default branch.
    expect(changeSourceFromEvent('push', { ...created, ref: 'refs/heads/master-hotfix' })).toMatchObject({ kind: 'comparison', base: 'master' })
  })

  it.each([
    ['push', { ...event('push.created.json'), ref: undefined }, 'a new branch whose name the push event lacks'],
    ['schedule', {}, 'a schedule run has no change set'],
    ['workflow_dispatch', {}, 'a workflow_dispatch run has no change set'],
    ['push', { ...event('push.created.json'), before: BEFORE, after: '0'.repeat(40) }, 'the push has no head commit'],
    ['merge_group', { repository: { name: 'r', owner: { login: 'o' } } }, 'the merge group event lacks its commits'],
    [undefined, {}, 'not a GitHub event']
  ])('%s: no change set (%s)', (name, payload, why) => {
    expect(changeSourceFromEvent(name, payload)).toEqual({ kind: 'none', why })
  })
})

describe('listComparedFiles', () => {
  let fake: FakeGitHub | undefined
  afterEach(async () => {
    await fake?.stop()
    fake = undefined
  })

  const compare = async (count: number) => {
    fake = makeGitHub()
    const files = Array.from({ length: count }, (_, i) => ({ filename: `infra/vm-${i}.bicep`, status: 'modified' as const }))
    fake.comparisons.set(`${BEFORE}...${AFTER}`, files)
    const client = createGitHubClient('write-token', { baseUrl: await fake.start(), timings: FAST })
    return listComparedFiles(client, { owner: OWNER, repo: REPO, base: BEFORE, head: AFTER })
  }

  it('sends one request and lists the files, complete under 300', async () => {
    const changes = await compare(2)
    expect(changes).toEqual({
      files: [
        { path: 'infra/vm-0.bicep', status: 'modified' },
        { path: 'infra/vm-1.bicep', status: 'modified' }
      ],
      complete: true
    })
    expect(fake?.requests.map(r => `${r.method} ${r.path}${r.query}`)).toEqual([
      `GET /repos/${OWNER}/${REPO}/compare/${BEFORE}...${AFTER}`
    ])
    expect(fake?.schemaErrors).toEqual([])
  })

  it('a list of 300 files may have been cut: incomplete', async () => {
    const changes = await compare(MAX_COMPARED_FILES + 20)
    expect(changes.files).toHaveLength(MAX_COMPARED_FILES)
    expect(changes.complete).toBe(false)
  })
})
