import { execFile } from 'node:child_process'

/** The configuration is small; a base version beyond this is not read. */
const MAX_BYTES = 1024 * 1024
const TIMEOUT_MS = 10_000
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/**
 * The text of a workspace file at a commit, read from the local git repository without a shell and
 * without changing anything (`git cat-file`). Returns null when the commit has no such file (the pull
 * request adds it), undefined when it cannot be told: no git, not a repository, or a shallow checkout
 * that lacks the commit.
 */
export async function readFileAtCommit(workspace: string, sha: string, path: string): Promise<string | null | undefined> {
  if (!SHA.test(sha) || path.startsWith('-') || path.includes('\0')) return undefined
  const commit = await git(workspace, ['cat-file', '-e', `${sha}^{commit}`])
  if (commit === undefined) return undefined
  // `<sha>:./<path>` is relative to the working folder, which is the workspace even when it is not the repository's top.
  const text = await git(workspace, ['cat-file', 'blob', `${sha}:./${path}`])
  return text === undefined ? null : text
}

function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  return new Promise(resolve => {
    execFile(
      'git',
      ['--no-pager', ...args],
      {
        cwd,
        timeout: TIMEOUT_MS,
        maxBuffer: MAX_BYTES,
        encoding: 'utf8',
        windowsHide: true,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }
      },
      (error, stdout) => resolve(error ? undefined : stdout)
    )
  })
}
