/** src/pipeline/load-configuration.ts: reading the configuration file and its advisories, safely, and the file selection. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { loadConfigurationFile, selectFiles } from '../../src/pipeline/load-configuration.js'
import { ConfigurationError } from '../../src/errors.js'
import { configured } from './helpers.js'

let workspace: string
let outside: string

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'hrg-load-ws-'))
  outside = mkdtempSync(join(tmpdir(), 'hrg-load-out-'))
  mkdirSync(join(workspace, '.github', 'advisories'), { recursive: true })
})

afterEach(() => {
  rmSync(workspace, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

const write = (path: string, text: string): string => {
  writeFileSync(path, text)
  return path
}
const config = (text: string): string => write(join(workspace, '.github', 'hotpatch-reboot-gate.yml'), text)
const NEXT_OOB = resolve('__tests__/fixtures/config/advisories/next-oob.yml')

function failure(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('it loaded')
}

describe('loadConfigurationFile', () => {
  it('names the file relative to the root, and loads the advisories it adds after the built-in ones', () => {
    write(join(workspace, '.github', 'advisories', 'next.yml'), `# copy\n${readText(NEXT_OOB)}`)
    const loaded = loadConfigurationFile(config('advisories: [advisories/next.yml]\n'), { root: workspace, confine: workspace })
    expect(loaded.configuration.file).toBe('.github/hotpatch-reboot-gate.yml')
    expect(loaded.advisories.map(a => [a.advisory.id, a.source, a.builtIn])).toEqual([
      ['wsus-cve-2025-59287', 'src/policy/advisories/wsus-cve-2025-59287.yml', true],
      ['next-oob-2026', 'advisories/next.yml', false]
    ])
  })

  it('refuses a missing file, one too large, and one that is not text', () => {
    expect(failure(() => loadConfigurationFile(join(workspace, 'gate.yml'), { root: workspace }))).toBe('gate.yml: no such file')
    const large = write(join(workspace, 'large.yml'), `# ${'x'.repeat(1024 * 1024)}\n`)
    expect(failure(() => loadConfigurationFile(large, { root: workspace }))).toBe('large.yml: the file is over 1024 KiB')
    const binary = write(join(workspace, 'binary.yml'), 'fail-on: error\n\u0000')
    expect(failure(() => loadConfigurationFile(binary, { root: workspace }))).toBe('binary.yml:2:1: binary content (NUL byte); not a text manifest')
  })

  it('keeps the action inside the workspace: no advisory outside it, by path or by symbolic link', () => {
    write(join(outside, 'next.yml'), readText(NEXT_OOB))
    symlinkSync(join(outside, 'next.yml'), join(workspace, '.github', 'advisories', 'linked.yml'))
    const options = { root: workspace, confine: workspace }
    expect(failure(() => loadConfigurationFile(config(`advisories: [${join(outside, 'next.yml')}]\n`), options))).toBe(
      `.github/hotpatch-reboot-gate.yml:1:14: advisories[0] cannot be read: ${join(outside, 'next.yml')}: the file must be inside ${workspace}`
    )
    expect(failure(() => loadConfigurationFile(config('advisories: [advisories/linked.yml]\n'), options))).toBe(
      // Issue 13: a relative advisory path says which folder it is read from.
      `.github/hotpatch-reboot-gate.yml:1:14: advisories[0] cannot be read: advisories/linked.yml (relative to .github, the configuration's folder): the file must be inside ${workspace}`
    )
    expect(failure(() => loadConfigurationFile(config('advisories: [advisories/missing.yml]\n'), options))).toBe(
      ".github/hotpatch-reboot-gate.yml:1:14: advisories[0] cannot be read: advisories/missing.yml (relative to .github, the configuration's folder): no such file"
    )
  })

  it('reports an advisory that does not validate in its own file and line', () => {
    write(join(workspace, '.github', 'advisories', 'broken.yml'), 'id: Not An Id\n')
    expect(failure(() => loadConfigurationFile(config('advisories: [advisories/broken.yml]\n'), { root: workspace }))).toBe(
      'advisories/broken.yml:1: advisory document must have required property \'title\''
    )
  })
})

describe('selectFiles', () => {
  it('scans every file without include or exclude', () => {
    expect(selectFiles(configured('fail-on: error'))).toBeUndefined()
  })

  it('keeps files an include pattern matches and no exclude pattern does', () => {
    const select = selectFiles(configured('include: [infra/**, "*.tfvars"]', 'exclude: [infra/sandbox/**, "*.test.bicep"]'))
    expect(['infra/web/main.bicep', 'env/prod.tfvars', 'infra/sandbox/vm.bicep', 'infra/web/main.test.bicep', 'modules/vm.bicep'].filter(path => select?.(path) ?? true)).toEqual([
      'infra/web/main.bicep',
      'env/prod.tfvars'
    ])
  })
})

function readText(path: string): string {
  return readFileSync(path, 'utf8')
}
