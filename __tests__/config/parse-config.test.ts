/**
 * Unit tests for src/config/parse-config.ts: every setting read into the configuration, and every
 * problem refused with the file, line, column and the shape expected (exact text).
 */
import { describe, expect, it } from '@jest/globals'
import { ConfigFileError } from '../../src/config/config-error.js'
import { parseConfiguration } from '../../src/config/parse-config.js'
import { ConfigurationError } from '../../src/errors.js'

const FILE = '.github/hotpatch-reboot-gate.yml'
const parse = (text: string) => parseConfiguration(text, { file: FILE, directory: '/repo/.github' })
const lines = (...text: string[]): string => `${text.join('\n')}\n`

function errorOf(text: string): string {
  try {
    parse(text)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigFileError)
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('the configuration was accepted')
}

describe('parseConfiguration: settings', () => {
  it('applies the defaults to an empty file, a comment-only file and an empty mapping', () => {
    const defaults = {
      file: FILE,
      include: [],
      exclude: [],
      rules: new Map(),
      tags: { window: 'hotpatch-reboot-window', owner: 'hotpatch-reboot-owner', ticket: 'hotpatch-reboot-ticket' },
      rebootPlans: [],
      exemptions: [],
      maxExemptionDays: 90,
      advisories: []
    }
    expect(parse('')).toEqual(defaults)
    expect(parse('# nothing yet\n')).toEqual(defaults)
    expect(parse('{}\n')).toEqual(defaults)
  })

  it('reads every setting', () => {
    const configuration = parse(
      lines(
        '# yaml-language-server: $schema=../schemas/config.schema.json',
        'version: 1',
        'fail-on: warning',
        'platform-reboot: reject',
        'unresolved: ignore',
        'hotpatch-default: unknown',
        'include: [infra/**, "*.bicepparam"]',
        'exclude: [infra/sandbox/**]',
        'rules:',
        '  unpatched-image: error',
        '  invalid-reboot-plan: off',
        'reboot-window-tags: {window: reboot-window, owner: reboot-owner}',
        'reboot-plans:',
        '  - resource: vm-sap-*',
        '    window: Month Second Sunday 02:00/PT3H',
        '    owner: team-sap',
        '    ticket: 1042',
        'exemptions:',
        '  - resource: vm-web-01',
        '    rule: reboot-plan-required',
        '    reason: Retired in February',
        '    owner: team-web',
        '    expires: 2026-02-13',
        '    ticket: CAB-2291',
        'max-exemption-days: 30',
        'advisories: [advisories/next-oob.yml]'
      )
    )
    expect(configuration).toEqual({
      file: FILE,
      failOn: 'warning',
      platformReboot: 'reject',
      unresolved: 'ignore',
      hotpatchDefault: 'unknown',
      include: ['infra/**', '*.bicepparam'],
      exclude: ['infra/sandbox/**'],
      rules: new Map([
        ['unpatched-image', 'error'],
        ['invalid-reboot-plan', 'off']
      ]),
      tags: { window: 'reboot-window', owner: 'reboot-owner', ticket: 'hotpatch-reboot-ticket' },
      rebootPlans: [
        {
          label: 'reboot-plans[0]',
          resource: 'vm-sap-*',
          window: 'Month Second Sunday 02:00/PT3H',
          owner: 'team-sap',
          ticket: '1042',
          location: { file: FILE, line: 14, column: 5, endLine: 17 },
          windowAt: { file: FILE, line: 15, column: 5 }
        }
      ],
      exemptions: [
        {
          label: 'exemptions[0]',
          resource: 'vm-web-01',
          rule: 'reboot-plan-required',
          reason: 'Retired in February',
          owner: 'team-web',
          expires: '2026-02-13',
          ticket: 'CAB-2291',
          location: { file: FILE, line: 19, column: 5, endLine: 24 },
          expiresAt: { file: FILE, line: 23, column: 5 }
        }
      ],
      maxExemptionDays: 30,
      advisories: [
        {
          path: 'advisories/next-oob.yml',
          absolutePath: '/repo/.github/advisories/next-oob.yml',
          location: { file: FILE, line: 26, column: 14 }
        }
      ]
    })
  })

  it('reads a bare off as the string it is in YAML 1.2, and anchors within the alias limit', () => {
    const configuration = parse(
      lines(
        'hotpatch-default: off',
        'exemptions:',
        '  - {resource: vm-a, rule: "*", reason: &why Rebuilt nightly, owner: &who team-lab, expires: 2026-02-01}',
        '  - {resource: vm-b, rule: "*", reason: *why, owner: *who, expires: 2026-02-01}'
      )
    )
    expect(configuration.hotpatchDefault).toBe('off')
    expect(configuration.exemptions.map(e => [e.resource, e.reason, e.owner])).toEqual([
      ['vm-a', 'Rebuilt nightly', 'team-lab'],
      ['vm-b', 'Rebuilt nightly', 'team-lab']
    ])
  })
})

describe('parseConfiguration: problems, located', () => {
  it.each([
    ['YAML syntax', 'exemptions: [a\n', `${FILE}:2:1: not valid YAML: deficient indentation`],
    ['a second document', 'fail-on: error\n---\nfail-on: never\n', `${FILE}:3:1: the configuration must be one YAML document; found a second one`],
    ['a list at the top', '- fail-on\n', `${FILE}:1:1: the configuration must be a mapping of settings, got a list`],
    ['a scalar at the top', 'strict\n', `${FILE}:1:1: the configuration must be a mapping of settings, got "strict"`],
    [
      'an unknown setting, with a suggestion',
      'fail_on: error\n',
      `${FILE}:1:1: unknown setting "fail_on" (did you mean "fail-on"?); expected one of $schema, version, fail-on, ` +
        'platform-reboot, unresolved, hotpatch-default, include, exclude, rules, limits, reboot-window-tags, reboot-plans, ' +
        'exemptions, max-exemption-days, advisories'
    ],
    [
      'a __proto__ key (no prototype pollution: an unknown key)',
      'rules:\n  __proto__: {polluted: true}\n',
      `${FILE}:2:3: rules has an unknown key "__proto__"; expected a mapping of rule ids to error, warning, notice or off ` +
        '(invalid-reboot-plan, invalid-vm-name, indeterminate, not-evaluated, nothing-scanned, platform-reboot-only, reboot-blocked, reboot-plan-required, ' +
        'reboot-window-expired, reboot-window-late, reboot-window-misses-baseline, schedule-prerequisites, unpatched-image, unreadable-manifest)'
    ],
    ['version', 'version: 2\n', `${FILE}:1:1: version must be 1, got 2`],
    ['fail-on', 'fail-on: sometimes\n', `${FILE}:1:1: fail-on must be one of error, warning, never, got "sometimes"`],
    ['platform-reboot', 'platform-reboot: allow\n', `${FILE}:1:1: platform-reboot must be one of accept, warn, reject, got "allow"`],
    ['unresolved', 'unresolved: true\n', `${FILE}:1:1: unresolved must be one of ignore, warn, fail, got true`],
    ['hotpatch-default', 'hotpatch-default:\n', `${FILE}:1:1: hotpatch-default must be one of on, off, unknown, got nothing`],
    ['include as text', 'include: infra/**\n', `${FILE}:1:1: include must be a list of path globs, got "infra/**"`],
    ['an empty include', 'include: []\n', `${FILE}:1:1: include is an empty list; expected a list of path globs with at least 1 entry`],
    [
      'an exclude longer than allowed',
      `exclude: [${Array.from({ length: 1001 }, (_, i) => `f${i}`).join(', ')}]\n`,
      `${FILE}:1:1: exclude has 1001 entries; expected a list of path globs with at most 1000 entries`
    ],
    ['an exclude item', 'exclude:\n  - ""\n', `${FILE}:2:5: exclude[0] must be a path glob such as infra/**/*.bicep, got ""`],
    [
      'a negated exclude glob (gitignore style)',
      'exclude:\n  - infra/sandbox/**\n  - "!infra/sandbox/prod.bicep"\n',
      `${FILE}:3:5: exclude[1] "!infra/sandbox/prod.bicep" starts with "!", but negation is not supported (it would match ` +
        'only a path that starts with "!"); to scan infra/sandbox/prod.bicep, narrow the exclude globs so that none matches it'
    ],
    [
      'a negated include glob',
      'include: [infra/**, "!infra/legacy/**"]\n',
      `${FILE}:1:21: include[1] "!infra/legacy/**" starts with "!", but negation is not supported (it would match only a ` +
        'path that starts with "!"); to leave out infra/legacy/**, list it under exclude without the "!"'
    ],
    [
      'an unknown rule',
      'rules:\n  reboot-plan: off\n',
      `${FILE}:2:3: rules has an unknown key "reboot-plan"; expected a mapping of rule ids to error, warning, notice or off ` +
        '(invalid-reboot-plan, invalid-vm-name, indeterminate, not-evaluated, nothing-scanned, platform-reboot-only, reboot-blocked, reboot-plan-required, ' +
        'reboot-window-expired, reboot-window-late, reboot-window-misses-baseline, schedule-prerequisites, unpatched-image, unreadable-manifest)'
    ],
    [
      'a rule about exemptions',
      'rules:\n  exemption-expired: warning\n',
      `${FILE}:2:3: rules.exemption-expired cannot be set: the rules about exemptions always report errors`
    ],
    ['a rule severity', 'rules:\n  indeterminate: fatal\n', `${FILE}:2:3: rules.indeterminate must be one of error, warning, notice, off, got "fatal"`],
    [
      'rules.platform-reboot-only with platform-reboot',
      'platform-reboot: accept\nrules:\n  platform-reboot-only: off\n',
      `${FILE}:3:3: rules.platform-reboot-only and platform-reboot both set how platform reboots are treated; keep one`
    ],
    [
      'rules.indeterminate with unresolved',
      'rules: {indeterminate: off}\nunresolved: ignore\n',
      `${FILE}:1:9: rules.indeterminate and unresolved both set how unresolved values are treated; keep one`
    ],
    [
      'a tag name with a slash',
      'reboot-window-tags:\n  window: reboot/window\n',
      `${FILE}:2:3: reboot-window-tags.window must be a tag name (up to 512 characters, without < > % & \\ ? /), got "reboot/window"`
    ],
    [
      'a reboot plan without an owner',
      'reboot-plans:\n  - resource: vm-sap-*\n    window: Month Second Sunday 02:00/PT3H\n',
      `${FILE}:2:5: reboot-plans[0] is missing owner; expected a reboot plan with resource, window and owner (ticket optional)`
    ],
    [
      'a malformed window',
      'reboot-plans:\n  - resource: vm-sap-*\n    window: Month Sekond Sunday 02:00/PT3H\n    owner: team-sap\n',
      `${FILE}:3:5: reboot-plans[0].window is not a valid window: expected day numbers (day23,day24) or First, ` +
        "Second, Third, Fourth or Last after the month, got 'Sekond'"
    ],
    [
      'a window whose time zone is not a Windows time zone name',
      'reboot-plans:\n  - resource: vm-sap-*\n    window: Month Second Sunday 02:00/PT3H not a time zone at all\n    owner: team-sap\n',
      `${FILE}:3:5: reboot-plans[0].window is not a valid window: 'not a time zone at all' is not a Windows time zone ` +
        'name (e.g. UTC, Pacific Standard Time, W. Europe Standard Time)'
    ],
    [
      'a resource ID without a name',
      'reboot-plans:\n  - resource: /subscriptions/0000/resourceGroups/rg-sap\n    window: Day 02:00/PT1H\n    owner: team-sap\n',
      `${FILE}:2:5: reboot-plans[0].resource must be a resource name, a name glob or a full resource ID ` +
        '(/subscriptions/.../providers/Microsoft.Compute/virtualMachines/<name>)'
    ],
    [
      'an exemption with an unknown key',
      'exemptions:\n  - {resource: vm-a, rule: "*", reason: r, owner: o, expires: 2026-02-01, expiry: 2026-03-01}\n',
      `${FILE}:2:75: exemptions[0] has an unknown key "expiry" (did you mean "expires"?); expected an exemption with ` +
        'resource, rule, reason, owner and expires (ticket optional)'
    ],
    [
      'an exemption of an unknown rule',
      'exemptions:\n  - {resource: vm-a, rule: reboot-plan, reason: r, owner: o, expires: 2026-02-01}\n',
      `${FILE}:2:22: exemptions[0].rule must be one of *, indeterminate, platform-reboot-only, reboot-blocked, ` +
        'reboot-plan-required, reboot-window-expired, reboot-window-late, reboot-window-misses-baseline, schedule-prerequisites, unpatched-image, got "reboot-plan"'
    ],
    [
      'an exemption of a rule about exemptions',
      'exemptions:\n  - {resource: vm-a, rule: exemption-expired, reason: r, owner: o, expires: 2026-02-01}\n',
      `${FILE}:2:22: exemptions[0].rule must be one of *, indeterminate, platform-reboot-only, reboot-blocked, ` +
        'reboot-plan-required, reboot-window-expired, reboot-window-late, reboot-window-misses-baseline, schedule-prerequisites, unpatched-image, got "exemption-expired"'
    ],
    [
      'an empty reason',
      'exemptions:\n  - {resource: vm-a, rule: "*", reason: "", owner: o, expires: 2026-02-01}\n',
      `${FILE}:2:33: exemptions[0].reason must be a text saying why, got ""`
    ],
    [
      'an expiry that is not a date (the README example)',
      lines(
        'exemptions:',
        '  - resource: vm-web-01',
        '    rule: reboot-plan-required',
        '    reason: Retired in February',
        '    owner: team-web',
        '    ticket: CAB-2291',
        '    expires: next month'
      ),
      `${FILE}:7:5: exemptions[0].expires must be a date (YYYY-MM-DD), got "next month"`
    ],
    [
      'an expiry that is not a calendar date',
      'exemptions:\n- resource: vm-web-01\n  rule: "*"\n  reason: r\n  owner: o\n  expires: 2026-02-30\n',
      `${FILE}:6:3: exemptions[0].expires must be a calendar date (YYYY-MM-DD), got "2026-02-30"`
    ],
    [
      'two exemptions of the same resource and rule',
      lines(
        'exemptions:',
        '  - {resource: vm-a, rule: "*", reason: r, owner: o, expires: 2026-02-01}',
        '  - {resource: VM-A, rule: "*", reason: r, owner: o, expires: 2026-03-01}'
      ),
      `${FILE}:3:5: exemptions[1] repeats exemptions[0] (the same resource and rule); merge them into one`
    ],
    [
      'max-exemption-days out of range',
      'max-exemption-days: 400\n',
      `${FILE}:1:1: max-exemption-days must be a whole number of days from 1 to 366, got 400`
    ],
    ['a fractional max-exemption-days', 'max-exemption-days: 1.5\n', `${FILE}:1:1: max-exemption-days must be a whole number of days from 1 to 366, got 1.5`],
    ['advisories as text', 'advisories: next.yml\n', `${FILE}:1:1: advisories must be a list of advisory file paths, got "next.yml"`]
  ])('%s', (_name, text, message) => {
    expect(errorOf(text)).toBe(message)
  })

  it('refuses alias bombs and deep nesting, located', () => {
    const bomb = lines('a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 60 }, (_, i) => `b${i}: *a`))
    expect(errorOf(bomb)).toMatch(new RegExp(`^${FILE.replaceAll('.', '\\.')}:\\d+:\\d+: not valid YAML: .*alias`))
    expect(errorOf(`${'['.repeat(100)}${']'.repeat(100)}\n`)).toMatch(/^\.github\/hotpatch-reboot-gate\.yml:1:\d+: not valid YAML: /)
  })
})
