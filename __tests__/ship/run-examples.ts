/** The real CLI, in-process, on the repository's examples/ (with its configuration), at a fixed date. */
import { resolve } from 'node:path'
import { defaultDependencies } from '../../src/cli/dependencies.js'
import { runCli } from '../../src/cli/run-cli.js'

export async function scanExamples(format: string): Promise<{ readonly code: number; readonly stdout: string }> {
  let stdout = ''
  const code = await runCli(
    ['scan', 'examples', '--format', format, '--as-of', '2026-01-10'],
    {
      stdout: { write: (text: string) => (stdout += text), isTTY: false },
      stderr: { write: () => true },
      cwd: resolve(import.meta.dirname, '..', '..'),
      env: {},
      now: () => new Date('2026-01-10T00:00:00Z')
    },
    defaultDependencies
  )
  return { code, stdout }
}
