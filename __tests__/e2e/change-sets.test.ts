/**
 * One change set for every event, through dist/index.js: the same commits checked as a pull request,
 * in the merge queue (`merge_group`: the queue's base...head) and on push (before...after). The
 * repository already carries two affected VMs on its base branch; a change that only edits the
 * README passes in all three, and a change to the VM's template fails in all three — the queue
 * answers what the pull request answered.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import type { FakeFile, FakeGitHub } from '../github/fake-github/server.js'
import { BASE_SHA, HEAD_SHA, OWNER, REPO, REPOSITORY, describeRequest, fakeGitHub, synchronizeEvent } from './pull-request.js'
import { commit, fixtureTree } from './repository.js'
import { DIST, Runner, type ActionRun } from './runner.js'

type Json = Record<string, unknown>

const QUEUE_SHA = '7a1c9e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c'
/** The base branch already has the affected VMs of the pull request fixture (old debt). */
const debt = commit(fixtureTree('base'), fixtureTree('head'))
const readmeOnly = commit(debt, new Map([['README.md', '# Payments infrastructure\n\nOwned by the payments team.\n']]))
const TEMPLATE = 'infra/arm/web-tier.json'
const templateChange = commit(debt, new Map([[TEMPLATE, `${debt.get(TEMPLATE) ?? ''}\n`]]))

const events = (name: string): Json =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/github/events/${name}`, import.meta.url), 'utf8')
      .replaceAll('octo-org/octo-repo', REPOSITORY)
      .replaceAll('Codertocat/Hello-World', REPOSITORY)
  ) as Json

function mergeGroupEvent(): Json {
  const event = events('merge_group.checks_requested.json') as Json & { merge_group: Json; repository: Json }
  event.repository = { ...event.repository, name: REPO, full_name: REPOSITORY, owner: { ...(event.repository.owner as Json), login: OWNER } }
  event.merge_group = { ...event.merge_group, base_sha: BASE_SHA, head_sha: QUEUE_SHA }
  return event
}

function pushEvent(): Json {
  const event = events('push.created.json') as Json & { repository: Json }
  event.repository = { ...event.repository, name: REPO, full_name: REPOSITORY, owner: { ...(event.repository.owner as Json), login: OWNER } }
  return { ...event, before: BASE_SHA, after: HEAD_SHA, created: false }
}

const CHANGE = {
  readme: [{ filename: 'README.md', status: 'modified', patch: '@@ -1 +1,3 @@\n # Payments infrastructure\n+\n+Owned by the payments team.' }],
  template: [{ filename: TEMPLATE, status: 'modified', patch: '@@ -200,1 +200,2 @@\n }\n+' }]
} satisfies Record<string, FakeFile[]>

let fake: FakeGitHub | undefined
const runner = new Runner()

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run bundle` first (`npm test` does).')
})
afterEach(async () => {
  await fake?.stop()
  fake = undefined
})

/** Runs the action on `tree` for one event whose change set is `files`; comments off, so only the verdict speaks. */
async function check(event: 'pull_request' | 'merge_group' | 'push', tree: ReadonlyMap<string, string>, files: FakeFile[]) {
  fake = fakeGitHub(HEAD_SHA, files)
  fake.comparisons.set(`${BASE_SHA}...${QUEUE_SHA}`, files)
  fake.comparisons.set(`${BASE_SHA}...${HEAD_SHA}`, files)
  const payload = event === 'pull_request' ? synchronizeEvent(HEAD_SHA, BASE_SHA) : event === 'merge_group' ? mergeGroupEvent() : pushEvent()
  const run: ActionRun = await runner.run({ tree, event: payload, eventName: event, apiUrl: await fake.start(), inputs: { 'as-of': '2025-11-24', comment: 'none' } })
  const counted = run.stdout.split('\n').find(line => line.startsWith('Counted for the verdict:'))
  return { code: run.code, verdict: run.outputs.verdict, counted, requests: fake.requests.map(describeRequest), schemaErrors: fake.schemaErrors }
}

describe('a README-only change over a base with affected VMs', () => {
  it.each([
    ['pull_request', `GET /repos/${REPOSITORY}/pulls/117/files?per_page=100 200`, 'findings on the 1 file the pull request changes and the files they use.'],
    ['merge_group', `GET /repos/${REPOSITORY}/compare/${BASE_SHA}...${QUEUE_SHA} 200`, "findings on the 1 file the merge group's change (4b825dc...7a1c9e3) changes and the files they use."],
    ['push', `GET /repos/${REPOSITORY}/compare/${BASE_SHA}...${HEAD_SHA} 200`, 'findings on the 1 file the pushed change (4b825dc...8f3c2a1) changes and the files they use.']
  ] as const)('%s: passes, counting the change only', async (event, request, counted) => {
    const result = await check(event, readmeOnly, CHANGE.readme)
    expect(result).toEqual({ code: 0, verdict: 'pass', counted: `Counted for the verdict: ${counted}`, requests: [request], schemaErrors: [] })
  }, 60_000)
})

describe("a change to an affected VM's template", () => {
  it.each(['pull_request', 'merge_group', 'push'] as const)('%s: fails', async event => {
    const result = await check(event, templateChange, CHANGE.template)
    expect([result.code, result.verdict]).toEqual([1, 'fail'])
  }, 60_000)
})

describe('events without a change set', () => {
  it.each(['schedule', 'workflow_dispatch'])('%s: every finding counts, no request', async event => {
    fake = fakeGitHub(HEAD_SHA, [])
    const run = await runner.run({ tree: readmeOnly, event: { repository: { name: REPO, owner: { login: OWNER } } }, eventName: event, apiUrl: await fake.start(), inputs: { 'as-of': '2025-11-24' } })
    expect([run.code, run.outputs.verdict]).toEqual([1, 'fail'])
    expect(run.stdout).toContain(`Counted for the verdict: every finding (a ${event} run has no change set).`)
    expect(fake.requests).toEqual([])
  }, 60_000)
})
