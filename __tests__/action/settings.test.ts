/**
 * Unit tests for src/settings.ts: every input through the runner's real `INPUT_<NAME>` variables
 * (hyphens kept), with its default, its accepted forms and its exact error message.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import { getSettings } from '../../src/settings.js'

const NOW = new Date('2025-11-03T17:45:00Z')
let workspace: string
let outside: string
let env: NodeJS.ProcessEnv

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
}

function settingsError(inputs: Record<string, string>): string {
  setInputs(inputs)
  try {
    getSettings(env, NOW)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('getSettings did not throw')
}

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'hrg-settings-'))
  outside = mkdtempSync(join(tmpdir(), 'hrg-outside-'))
  mkdirSync(join(workspace, 'infra', 'modules'), { recursive: true })
  writeFileSync(join(workspace, 'infra', 'vm.json'), '{}')
  writeFileSync(join(workspace, 'infra', 'modules', 'vm.bicep'), '')
  mkdirSync(join(workspace, 'reports'))
  env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: '/runner/_temp' }
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name]
})

afterEach(() => {
  rmSync(workspace, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

describe('getSettings', () => {
  it('applies every default when no input is set', () => {
    expect(getSettings(env, NOW)).toEqual({
      workspace,
      paths: ['.'],
      requestedPaths: [{ path: '.', written: '.', exists: true }],
      allowEmpty: false,
      failOn: 'error',
      failOnInput: false,
      asOf: new Date('2025-11-03T00:00:00Z'),
      asOfText: '2025-11-03',
      configFile: undefined,
      scope: 'changed',
      comment: 'both',
      annotations: true,
      jobSummary: true,
      reportFile: '/runner/_temp/hotpatch-reboot-gate-report.json',
      sarifFile: undefined,
      token: ''
    })
  })

  it('reads every input as action.yml passes it', () => {
    mkdirSync(join(workspace, '.github'))
    writeFileSync(join(workspace, '.github', 'gate.yml'), 'rules: {}\n')
    setInputs({
      path: 'infra/vm.json infra/modules',
      'allow-empty': 'true',
      'fail-on': 'warning',
      'as-of': '2026-01-13',
      config: '.github/gate.yml',
      scope: 'all',
      comment: 'review',
      annotations: 'false',
      'job-summary': 'FALSE',
      'sarif-file': 'reports/gate.sarif',
      'report-file': '/runner/_temp/out/report.json',
      'github-token': 'ghs_example'
    })
    expect(getSettings(env, NOW)).toEqual({
      workspace,
      paths: ['infra/vm.json', 'infra/modules'],
      requestedPaths: [
        { path: 'infra/vm.json', written: 'infra/vm.json', exists: true },
        { path: 'infra/modules', written: 'infra/modules', exists: true }
      ],
      allowEmpty: true,
      failOn: 'warning',
      failOnInput: true,
      asOf: new Date('2026-01-13T00:00:00Z'),
      asOfText: '2026-01-13',
      configFile: join(workspace, '.github', 'gate.yml'),
      scope: 'all',
      comment: 'review',
      annotations: false,
      jobSummary: false,
      reportFile: '/runner/_temp/out/report.json',
      sarifFile: join(workspace, 'reports', 'gate.sarif'),
      token: 'ghs_example'
    })
  })

  it('uses the working directory and writes the report there outside a runner', () => {
    const settings = getSettings({}, NOW)
    expect(settings.workspace).toBe(process.cwd())
    expect(settings.reportFile).toBe(join(process.cwd(), 'hotpatch-reboot-gate-report.json'))
  })

  describe('path', () => {
    it('splits on new lines and spaces, normalises and drops duplicates', () => {
      setInputs({ path: './infra/\n  infra/vm.json   infra\n\n' })
      expect(getSettings(env, NOW).paths).toEqual(['infra', 'infra/vm.json'])
    })

    it('rejects a path that leaves the workspace', () => {
      expect(settingsError({ path: 'infra ../elsewhere' })).toBe(
        `Invalid value '../elsewhere' for input 'path': expected a path inside the workspace ${workspace}.`
      )
      expect(settingsError({ path: outside })).toBe(
        `Invalid value '${outside}' for input 'path': expected a path inside the workspace ${workspace}.`
      )
    })

    it('rejects a symbolic link to a folder outside the workspace', () => {
      symlinkSync(outside, join(workspace, 'linked'))
      expect(settingsError({ path: 'linked' })).toBe(
        `Invalid value 'linked' for input 'path': expected a path inside the workspace ${workspace}.`
      )
    })

    // A misspelled path fails the run through rule nothing-scanned, in the report (issue 14).
    it('keeps a path that does not exist, marked, as written', () => {
      setInputs({ path: './infra/missing.bicep infra' })
      expect(getSettings(env, NOW)).toMatchObject({
        paths: ['infra/missing.bicep', 'infra'],
        requestedPaths: [
          { path: 'infra/missing.bicep', written: './infra/missing.bicep', exists: false },
          { path: 'infra', written: 'infra', exists: true }
        ]
      })
    })

    it('reads allow-empty as a boolean', () => {
      setInputs({ 'allow-empty': 'TRUE' })
      expect(getSettings(env, NOW).allowEmpty).toBe(true)
      expect(settingsError({ 'allow-empty': 'yes' })).toBe("Invalid value 'yes' for input 'allow-empty': expected true or false.")
    })
  })

  describe('fail-on, scope and comment', () => {
    it.each([
      ['fail-on', 'error', 'failOn', 'error'],
      ['fail-on', 'Warning', 'failOn', 'warning'],
      ['fail-on', 'never', 'failOn', 'never'],
      ['scope', 'changed', 'scope', 'changed'],
      ['scope', 'ALL', 'scope', 'all'],
      ['comment', 'summary', 'comment', 'summary'],
      ['comment', 'both', 'comment', 'both'],
      ['comment', 'none', 'comment', 'none']
    ])('reads %s: %s', (input, value, field, expected) => {
      setInputs({ [input]: value })
      expect(getSettings(env, NOW)[field as keyof ReturnType<typeof getSettings>]).toBe(expected)
    })

    it.each([
      ['fail-on', 'critical', "Invalid value 'critical' for input 'fail-on': expected one of error, warning, never."],
      ['scope', 'diff', "Invalid value 'diff' for input 'scope': expected one of changed, all."],
      ['comment', 'sticky', "Invalid value 'sticky' for input 'comment': expected one of summary, review, both, none."]
    ])('rejects %s: %s', (input, value, message) => {
      expect(settingsError({ [input]: value })).toBe(message)
    })
  })

  describe('as-of', () => {
    it('is UTC midnight of the given date', () => {
      setInputs({ 'as-of': '2024-02-29' })
      expect(getSettings(env, NOW).asOf.toISOString()).toBe('2024-02-29T00:00:00.000Z')
    })

    it.each(['2025/11/03', '2025-11-3', '2026-02-30', '2025-13-01', 'today'])('rejects %s', value => {
      expect(settingsError({ 'as-of': value })).toBe(
        `Invalid value '${value}' for input 'as-of': expected a calendar date YYYY-MM-DD, e.g. 2026-01-13.`
      )
    })
  })

  describe('config', () => {
    it('finds .github/hotpatch-reboot-gate.yml when the input is empty', () => {
      mkdirSync(join(workspace, '.github'))
      writeFileSync(join(workspace, '.github', 'hotpatch-reboot-gate.yml'), 'exemptions: []\n')
      expect(getSettings(env, NOW).configFile).toBe(join(workspace, '.github', 'hotpatch-reboot-gate.yml'))
    })

    it('rejects a file that does not exist or is a folder', () => {
      expect(settingsError({ config: '.github/gate.yml' })).toBe(
        "Invalid value '.github/gate.yml' for input 'config': expected a file that exists in the workspace."
      )
      expect(settingsError({ config: 'infra' })).toBe(
        "Invalid value 'infra' for input 'config': expected a file that exists in the workspace."
      )
    })

    it('rejects a file outside the workspace', () => {
      writeFileSync(join(outside, 'gate.yml'), '')
      expect(settingsError({ config: join(outside, 'gate.yml') })).toBe(
        `Invalid value '${join(outside, 'gate.yml')}' for input 'config': expected a path inside the workspace ${workspace}.`
      )
    })
  })

  describe('annotations and job-summary', () => {
    it.each([
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['false', false],
      ['False', false],
      ['FALSE', false]
    ])('reads %s', (value, expected) => {
      setInputs({ annotations: value, 'job-summary': value })
      const settings = getSettings(env, NOW)
      expect([settings.annotations, settings.jobSummary]).toEqual([expected, expected])
    })

    it.each(['annotations', 'job-summary'])('rejects a value other than true or false for %s', input => {
      expect(settingsError({ [input]: 'yes' })).toBe(`Invalid value 'yes' for input '${input}': expected true or false.`)
    })
  })

  describe('report-file and sarif-file', () => {
    it('takes relative paths from the workspace', () => {
      setInputs({ 'report-file': 'reports/gate.json', 'sarif-file': 'gate.sarif' })
      const settings = getSettings(env, NOW)
      expect([settings.reportFile, settings.sarifFile]).toEqual([
        join(workspace, 'reports', 'gate.json'),
        join(workspace, 'gate.sarif')
      ])
    })

    it.each(['report-file', 'sarif-file'])('rejects a folder for %s', input => {
      expect(settingsError({ [input]: 'reports' })).toBe(
        `Invalid value 'reports' for input '${input}': expected a file path, not a folder.`
      )
      expect(settingsError({ [input]: 'out/' })).toBe(
        `Invalid value 'out/' for input '${input}': expected a file path, not a folder.`
      )
    })
  })
})
