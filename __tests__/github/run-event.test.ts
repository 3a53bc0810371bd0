/**
 * src/github/event.ts (the run's event, read without @actions/github) and src/github/lazy-client.ts
 * (Octokit imported only when a run talks to GitHub).
 */
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import { join } from 'node:path'
import { readRunEvent } from '../../src/github/event.js'
import { lazyGitHubClient } from '../../src/github/lazy-client.js'

describe('readRunEvent', () => {
  const folder = mkdtempSync(join(tmpdir(), 'hrg-run-event-'))
  afterEach(() => {
    jest.restoreAllMocks()
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('reads the event name and the payload file, as @actions/github does', () => {
    const path = join(folder, 'event.json')
    writeFileSync(path, JSON.stringify({ pull_request: { number: 7 } }))
    expect(readRunEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path })).toEqual({
      eventName: 'pull_request',
      payload: { pull_request: { number: 7 } }
    })
  })

  it('gives an empty payload without a file, and says so when the named file is missing', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    expect(readRunEvent({})).toEqual({ eventName: undefined, payload: {} })
    expect(write).not.toHaveBeenCalled()
    const missing = join(folder, 'missing.json')
    expect(readRunEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: missing })).toEqual({ eventName: 'push', payload: {} })
    expect(write.mock.calls).toEqual([[`GITHUB_EVENT_PATH ${missing} does not exist${EOL}`]])
  })
})

describe('lazyGitHubClient', () => {
  it('refuses the client before it is loaded, then makes it once', async () => {
    const github = lazyGitHubClient('ghs_token', () => undefined)
    expect(() => github.get()).toThrow('the GitHub client was used before it was loaded')
    const get = await github.load()
    expect(get).toBe(github.get)
    const client = get()
    expect(typeof client.rest.pulls.listFiles).toBe('function')
    expect(github.get()).toBe(client)
    expect(await github.load()).toBe(get)
  })
})
