/**
 * Unit tests for src/cli/arguments.ts: the command line as commands, and the exact usage errors.
 */
import { describe, expect, it } from '@jest/globals'
import { calendarDate, parseArguments, UsageError } from '../../src/cli/arguments.js'

const scanDefaults = {
  paths: [],
  format: 'text',
  output: undefined,
  asOf: undefined,
  failOn: undefined,
  config: undefined,
  baseConfig: undefined,
  color: undefined,
  quiet: false,
  allowEmpty: false
}

describe('parseArguments', () => {
  it('reads scan with its defaults', () => {
    expect(parseArguments(['scan'])).toEqual({ kind: 'scan', arguments: scanDefaults })
  })

  it('reads every scan option, long, short and inline', () => {
    expect(
      parseArguments([
        'scan',
        'infra',
        'modules',
        '-f',
        'sarif',
        '--output=out/report.sarif',
        '--as-of',
        '2026-01-13',
        '--fail-on',
        'warning',
        '-c',
        'gate.yml',
        '--base-config',
        'base/gate.yml',
        '-q',
        '--no-color',
        '--allow-empty'
      ])
    ).toEqual({
      kind: 'scan',
      arguments: {
        paths: ['infra', 'modules'],
        format: 'sarif',
        output: 'out/report.sarif',
        asOf: '2026-01-13',
        failOn: 'warning',
        config: 'gate.yml',
        baseConfig: 'base/gate.yml',
        color: false,
        quiet: true,
        allowEmpty: true
      }
    })
    expect(parseArguments(['scan', '-qf', 'json'])).toEqual({
      kind: 'scan',
      arguments: { ...scanDefaults, format: 'json', quiet: true }
    })
  })

  it('refuses --allow-empty on advisories and with a value', () => {
    expect(() => parseArguments(['advisories', '--allow-empty'])).toThrow(
      new UsageError("option '--allow-empty' does not apply to 'advisories'")
    )
    expect(() => parseArguments(['scan', '--allow-empty=yes'])).toThrow(new UsageError("option '--allow-empty' takes no value"))
  })

  it('lets the later of --color and --no-color win', () => {
    expect(parseArguments(['scan', '--no-color', '--color'])).toMatchObject({ arguments: { color: true } })
    expect(parseArguments(['scan', '--color', '--no-color'])).toMatchObject({ arguments: { color: false } })
  })

  it('takes a path that starts with a dash after --', () => {
    expect(parseArguments(['scan', '--', '-odd-folder'])).toMatchObject({ arguments: { paths: ['-odd-folder'] } })
  })

  it('reads help and version anywhere, and help for a command', () => {
    expect(parseArguments(['--help'])).toEqual({ kind: 'help', topic: undefined, requested: true })
    expect(parseArguments(['scan', '-h'])).toEqual({ kind: 'help', topic: 'scan', requested: true })
    expect(parseArguments(['help', 'advisories'])).toEqual({ kind: 'help', topic: 'advisories', requested: true })
    expect(parseArguments(['scan', '--version'])).toEqual({ kind: 'version' })
    expect(parseArguments([])).toEqual({ kind: 'help', topic: undefined, requested: false })
  })

  it('reads advisories and its format', () => {
    expect(parseArguments(['advisories'])).toEqual({ kind: 'advisories', format: 'text' })
    expect(parseArguments(['advisories', '--format', 'json'])).toEqual({ kind: 'advisories', format: 'json' })
  })

  it.each([
    [['scan', '--bogus'], "unknown option '--bogus'"],
    [['scan', '-x'], "unknown option '-x'"],
    [['deploy'], "unknown command 'deploy'; the commands are scan and advisories"],
    [['help', 'deploy'], "unknown command 'deploy'; the commands are scan and advisories"],
    [['scan', '--format'], "option '--format' needs a value"],
    [['scan', '--output', '--quiet'], "option '--output' needs a value"],
    [['scan', '--quiet=yes'], "option '--quiet' takes no value"],
    [['scan', '--format', 'xml'], "invalid --format 'xml': expected text, json, sarif, markdown, junit or azure-pipelines"],
    [['scan', '--fail-on', 'errors'], "invalid --fail-on 'errors': expected error, warning or never"],
    [['scan', '--as-of', '2025-02-29'], "invalid --as-of '2025-02-29': expected a calendar date YYYY-MM-DD, e.g. 2026-01-13"],
    [['scan', '--as-of', '13/01/2026'], "invalid --as-of '13/01/2026': expected a calendar date YYYY-MM-DD, e.g. 2026-01-13"],
    [['advisories', '--fail-on', 'never'], "option '--fail-on' does not apply to 'advisories'"],
    [['advisories', '--format', 'sarif'], "invalid --format 'sarif': expected text or json"],
    [['advisories', 'extra'], "'advisories' takes no arguments, got 'extra'"]
  ])('refuses %j: %s', (argv, message) => {
    // An Error object matches on the exact message.
    expect(() => parseArguments(argv)).toThrow(new UsageError(message))
    expect(() => parseArguments(argv)).toThrow(UsageError)
  })
})

describe('calendarDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(calendarDate('2028-02-29')).toBe('2028-02-29')
    expect(() => calendarDate('2026-13-01')).toThrow(
      new UsageError("invalid --as-of '2026-13-01': expected a calendar date YYYY-MM-DD, e.g. 2026-01-13")
    )
  })
})
