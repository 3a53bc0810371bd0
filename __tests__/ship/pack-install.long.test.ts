/**
 * The package as users get it: `npm pack`, then `npm i -g` of the tarball into a temporary prefix,
 * offline and with an empty cache (so nothing can be fetched: the tarball must carry everything), then
 * the installed `hotpatch-reboot-gate scan` on a copy of examples/ outside the repository, with
 * nothing on NODE_PATH. Slow (npm itself): runs in `npm run test:long`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ROOT } from './workflow-snippets.js'

interface PackResult {
  readonly filename: string
  readonly size: number
  readonly entryCount: number
  readonly files: readonly { readonly path: string }[]
}

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
let work = ''
let packed: PackResult

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hotpatch-reboot-gate-pack-'))
  const json = execFileSync(NPM, ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' })
  const [result] = JSON.parse(json) as PackResult[]
  if (result === undefined) throw new Error('npm pack printed no result')
  packed = result
  execFileSync(
    NPM,
    ['install', '--global', '--prefix', join(work, 'prefix'), '--offline', '--cache', join(work, 'cache'), '--no-audit', '--no-fund', join(work, packed.filename)],
    { cwd: work, encoding: 'utf8' }
  )
  cpSync(join(ROOT, 'examples'), join(work, 'repository'), { recursive: true })
}, 120_000)

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true })
})

/** The installed command, run from the scanned repository with a bare environment. */
function gate(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(work, 'prefix', 'bin', 'hotpatch-reboot-gate'), args, {
    cwd: join(work, 'repository'),
    encoding: 'utf8',
    env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, HOME: work }
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the npm package', () => {
  it('holds dist/, the schemas, the docs and the files people look for, and no sources or tests', () => {
    expect(packed.filename).toBe(`hotpatch-reboot-gate-${pkg.version}.tgz`)
    const paths = packed.files.map(file => file.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'SECURITY.md', 'action.yml',
        'dist/cli.js', 'dist/index.js', 'dist/post.js', 'dist/wasm/web-tree-sitter.wasm', 'dist/wasm/tree-sitter-terraform.wasm',
        'schemas/config.schema.json', 'schemas/report.schema.json', 'docs/rules/reboot-plan-required.md'
      ])
    )
    expect(paths.filter(path => /^(src|__tests__|examples|bench|scripts|node_modules)\//.test(path))).toEqual([])
    expect(packed.entryCount).toBe(paths.length)
    // dist/ is a bundle: well under 2 MiB compressed.
    expect(packed.size).toBeLessThan(2 * 1024 * 1024)
  })

  it('installs offline and scans with nothing else present', () => {
    const { status, stdout } = gate(['scan', '.', '--as-of', '2026-01-10', '--format', 'json'])
    expect(status).toBe(1)
    const report = JSON.parse(stdout) as { summary: Record<string, unknown>; tool: { version: string } }
    expect(report.tool.version).toBe(pkg.version)
    // The Terraform reader's WebAssembly and the configuration's schema validation both ran.
    expect(report.summary).toEqual({
      files: 13,
      resources: 11,
      errors: 4,
      warnings: 2,
      notices: 0,
      exempted: 0,
      verdicts: { 'affected-no-plan': 3, 'affected-reboot-blocked': 1, 'affected-platform-reboot': 1, 'affected-with-plan': 4, 'not-affected': 2 }
    })
  })

  it('writes the CI formats and its version', () => {
    expect(gate(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' })
    const junit = gate(['scan', '.', '--as-of', '2026-01-10', '--format', 'junit', '--fail-on', 'never'])
    expect(junit.status).toBe(0)
    expect(junit.stdout).toContain('<testsuites name="hotpatch-reboot-gate" tests="11" failures="0" errors="0">')
    const azure = gate(['scan', '.', '--as-of', '2026-01-10', '--format', 'azure-pipelines'])
    expect(azure.status).toBe(1)
    expect(azure.stdout.trimEnd().split('\n').at(-1)).toBe("##vso[task.complete result=Failed;]4 findings reach fail-on 'error'")
  })
})
