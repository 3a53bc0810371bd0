import type { GitHubClient } from './client.js'

/** The run's GitHub client, made on first use; Octokit is imported only by `load`. */
export interface LazyGitHubClient {
  /** Imports src/github/client.ts (Octokit, its plugins, undici) once and returns `get`. */
  readonly load: () => Promise<() => GitHubClient>
  /** The client; before any `load` it throws: a programming error, never a silent run without the API. */
  readonly get: () => GitHubClient
}

/**
 * Keeps Octokit out of the action's start: a dynamic import, so the bundler puts the client and its
 * dependencies in a chunk of their own that runs without GitHub talk never load
 * (__tests__/ship/bundle-graph.test.ts checks it).
 */
export function lazyGitHubClient(token: string, log: (message: string) => void): LazyGitHubClient {
  let connect: ((token: string) => GitHubClient) | undefined
  let client: GitHubClient | undefined
  const get = (): GitHubClient => {
    if (connect === undefined) throw new Error('the GitHub client was used before it was loaded')
    return (client ??= connect(token))
  }
  const load = async (): Promise<() => GitHubClient> => {
    if (connect === undefined) {
      const { createGitHubClient } = await import('./client.js')
      connect = value => createGitHubClient(value, { log })
    }
    return get
  }
  return { load, get }
}
