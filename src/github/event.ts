import { existsSync, readFileSync } from 'node:fs'
import { EOL } from 'node:os'

/** The event that started the workflow run: its name and its webhook payload. */
export interface RunEvent {
  /** GITHUB_EVENT_NAME, e.g. `pull_request`, `push`; undefined outside a runner. */
  readonly eventName: string | undefined
  /** The parsed GITHUB_EVENT_PATH file; `{}` when there is none. */
  readonly payload: unknown
}

/**
 * Reads the run's event the way @actions/github's `context` does (same variables, same message for a
 * missing file), without importing @actions/github: that package loads Octokit and its HTTP stack
 * (about 1 MB of code) at import, which a run that never talks to GitHub should not pay for.
 */
export function readRunEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  const path = env.GITHUB_EVENT_PATH
  let payload: unknown = {}
  if (path) {
    if (existsSync(path)) payload = JSON.parse(readFileSync(path, { encoding: 'utf8' })) as unknown
    else process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`)
  }
  return { eventName: env.GITHUB_EVENT_NAME, payload }
}
