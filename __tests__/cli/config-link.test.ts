/**
 * The configuration the CLI finds (`.github/hotpatch-reboot-gate.yml` below the scan root or the working folder) is
 * the repository's: it, and the advisories it names, must be inside the folder it was found in, as the action
 * confines them to its workspace. A link there to a file outside was read: `/etc/passwd` had its lines printed in the
 * configuration error, and an outside `fail-on: never` was applied (found by probing). `--config` names a file the
 * user chose: read wherever it is.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliIo } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/run-cli.js'
import { armTemplate, armVm } from '../support/manifests.js'

let base = ''
afterEach(() => rmSync(base, { recursive: true, force: true }))

async function scan(argv: readonly string[], cwd: string): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const io: CliIo = {
    stdout: { write: () => true },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: {},
    now: () => new Date('2025-11-03T00:00:00Z')
  }
  return { code: await runCli(['scan', ...argv], io), stderr }
}

/** A repository with a hotpatch VM and no plan, whose found configuration is a link to `outside/settings.yml`. */
function linkedConfiguration(outsideText: string): { repo: string; outside: string } {
  base = mkdtempSync(join(tmpdir(), 'hrg-config-link-'))
  const repo = join(base, 'repo')
  mkdirSync(join(repo, '.github'), { recursive: true })
  mkdirSync(join(base, 'outside'))
  writeFileSync(join(repo, 'web.json'), armTemplate([armVm('vm-web')]))
  const outside = join(base, 'outside', 'settings.yml')
  writeFileSync(outside, outsideText)
  symlinkSync(outside, join(repo, '.github', 'hotpatch-reboot-gate.yml'))
  return { repo, outside }
}

describe('a found configuration that links outside the folder it was found in', () => {
  it('is refused, its text never printed, whether found below the scan root or the working folder', async () => {
    const { repo } = linkedConfiguration('secret-token: do-not-print\n')
    const refusal = `hotpatch-reboot-gate: .github/hotpatch-reboot-gate.yml: the file must be inside ${repo}\n`
    expect(await scan([repo], base)).toEqual({ code: 2, stderr: refusal })
    expect(await scan(['.'], repo)).toEqual({ code: 2, stderr: refusal })
  })

  it('named with --config, is read: the user chose it', async () => {
    const { repo, outside } = linkedConfiguration('fail-on: never\n')
    expect(await scan([repo, '--config', outside], base)).toEqual({ code: 0, stderr: '' })
  })
})
