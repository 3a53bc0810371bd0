/**
 * src/policy/configuration/inline-attach.ts and declared-plans.ts under mutation (issue 12,
 * docs/mutation/policy-rest-b.md): what an inline exemption comment is keyed to, driven directly with the
 * lines of the file (and without them), and the declared reboot plans of a VM with their exact problems.
 */
import { describe, expect, it } from '@jest/globals'
import type { InfrastructureModel, VirtualMachine } from '../../src/model/resources.js'
import type { PolicyConfiguration } from '../../src/config/types.js'
import { declaredPlanSource } from '../../src/policy/configuration/declared-plans.js'
import { attachInlineExemption } from '../../src/policy/configuration/inline-attach.js'
import { CONFIG_FILE, configured } from '../config/helpers.js'
import { configuration, lit, loc, model, scaleSet, unknownValue, vm } from './builders.js'

const comment = (line: number, file = 'infra/main.bicep') => ({ location: loc(line, file), text: '' })
const lines =
  (text: Record<number, string>) =>
  (file: string, line: number): string | undefined =>
    file === 'infra/main.bicep' ? text[line] : undefined
const named = (attachment: ReturnType<typeof attachInlineExemption>) =>
  attachment.kind === 'vms'
    ? ['vms', attachment.vms.map(v => v.displayName)]
    : attachment.kind === 'other'
      ? ['other', attachment.resource.displayName]
      : ['none']
/** infra/main.bicep with each run of lines from the line it is keyed by, blank lines between, none past the last. */
const file = (runs: Record<number, string[]>) => {
  const text: string[] = []
  for (const [first, run] of Object.entries(runs)) run.forEach((line, i) => (text[Number(first) - 1 + i] = line))
  return (path: string, line: number): string | undefined =>
    path === 'infra/main.bicep' && line >= 1 && line <= text.length ? (text[line - 1] ?? '') : undefined
}
const at = (name: string, line: number, extra: Partial<VirtualMachine> = {}) =>
  vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name }, reportAt: loc(line), declaredAt: loc(line), ...extra })

describe('attachInlineExemption: the resource below the comment', () => {
  const two = model({ virtualMachines: [at('vm-a', 10), at('vm-b', 20)] })

  it('skips blank lines, comments, decorators and document markers to the first line of code', () => {
    const text = { 5: '', 6: '  // note', 7: '# note', 8: '/* a', 9: ' * b', 10: '---', 11: "@description('x')", 12: 'resource x' }
    const model12 = model({ virtualMachines: [at('vm-a', 10), at('vm-b', 12)] })
    expect(named(attachInlineExemption(comment(4), model12, lines(text)))).toEqual(['vms', ['vm-b']])
  })

  it('a line of code with no declaration on it: the comment is inside the block that holds its line', () => {
    const text = file({
      1: ["resource a 'x' = {", '  // c', '  properties: {', '  }', '}'],
      6: ["resource b 'x' = {", '  x: 1', '  // c', '  y: 2', '}']
    })
    const ab = model({ virtualMachines: [at('vm-a', 1), at('vm-b', 6)] })
    expect(named(attachInlineExemption(comment(2), ab, text))).toEqual(['vms', ['vm-a']])
    expect(named(attachInlineExemption(comment(8), ab, text))).toEqual(['vms', ['vm-b']])
  })

  it('without the file’s lines, the next declaration below the comment; the first line unreadable is the same', () => {
    expect(named(attachInlineExemption(comment(11), two, undefined))).toEqual(['vms', ['vm-b']])
    expect(named(attachInlineExemption(comment(11), two, () => undefined))).toEqual(['vms', ['vm-b']])
    expect(named(attachInlineExemption(comment(9), two, undefined))).toEqual(['vms', ['vm-a']])
  })

  it('lines that end before the file does: the line after the last one read is taken as code', () => {
    // Line 16 cannot be read: taken as the comment's code line, on which nothing is declared, below vm-a's
    // block: on nothing (not vm-b, the next declaration, as when no line can be read).
    const aEnded = file({ 10: ["resource a 'x' = {", '  x: 1', '}', '', '// c', ''] })
    expect(named(attachInlineExemption(comment(14), two, aEnded))).toEqual(['none'])
    expect(named(attachInlineExemption(comment(18), two, lines({ 19: '' })))).toEqual(['vms', ['vm-b']])
  })

  it('a comment on a declaration’s own line is in its block; without the lines, the next declaration below is taken', () => {
    const sameLine = model({ virtualMachines: [at('vm-a', 5), at('vm-b', 10), at('vm-c', 20)] })
    expect(named(attachInlineExemption(comment(10), sameLine, undefined))).toEqual(['vms', ['vm-c']])
    const text = file({ 5: ["resource a 'x' = {", '}'], 10: ["resource b 'x' = { // c", '  x: 1', '}'], 20: ["resource c 'x' = {", '}'] })
    expect(named(attachInlineExemption(comment(10), sameLine, text))).toEqual(['vms', ['vm-b']])
  })

  it('looks at most 50 lines down', () => {
    const blankTo = (last: number, code: number) => {
      const text: Record<number, string> = { [code]: 'resource x' }
      for (let line = 31; line <= last; line++) text[line] = ''
      return lines(text)
    }
    // Past the bound, vm-far is not the comment's resource: the comment is then in no block that can be read.
    const far = model({ virtualMachines: [at('vm-a', 10), at('vm-far', 81)] })
    expect(named(attachInlineExemption(comment(30), far, blankTo(80, 81)))).toEqual(['none'])
    const near = model({ virtualMachines: [at('vm-a', 10), at('vm-near', 80)] })
    expect(named(attachInlineExemption(comment(30), near, blankTo(79, 80)))).toEqual(['vms', ['vm-near']])
    // Past the bound, the line just below the comment is taken as its code line.
    const justBelow = model({ virtualMachines: [at('vm-a', 10), at('vm-31', 31)] })
    expect(named(attachInlineExemption(comment(30), justBelow, blankTo(80, 81)))).toEqual(['vms', ['vm-31']])
  })
})

describe('attachInlineExemption: the block around the comment', () => {
  it('not a block that ends before the comment, nor one that never closes, nor a resource of another file or below', () => {
    const vmA = model({ virtualMachines: [at('vm-a', 10)] })
    const ended = file({ 10: ["resource a 'x' = {", '  x: 1', '}'], 15: ['// c', 'output x string = a.id'] })
    expect(named(attachInlineExemption(comment(15), vmA, ended))).toEqual(['none'])
    const open = file({ 10: ["resource a 'x' = {", '  x: 1'], 15: ['  // c', '  y: 1', '}'] })
    expect(named(attachInlineExemption(comment(15), vmA, open))).toEqual(['vms', ['vm-a']])
    // The file ends inside the block: nothing is known to be in it.
    const unclosed = file({ 10: ["resource a 'x' = {", '  x: 1'], 15: ['  // c', '  y: 1'] })
    expect(named(attachInlineExemption(comment(15), vmA, unclosed))).toEqual(['none'])
    const elsewhere = model({ virtualMachines: [vm({ reportAt: loc(5, 'b.bicep'), declaredAt: loc(5, 'b.bicep') })] })
    expect(named(attachInlineExemption(comment(15), elsewhere, open))).toEqual(['none'])
    const below = model({ virtualMachines: [at('vm-a', 30)] })
    expect(named(attachInlineExemption(comment(15), below, open))).toEqual(['none'])
  })

  it('the innermost block that holds the comment, whatever the model order; nothing at all is no attachment', () => {
    const text = file({ 5: ["resource a 'x' = {"], 20: ["  resource b 'child' = {"], 25: ['    // c', '  }'], 28: ['  // c'], 30: ['}'] })
    const reversed = model({ virtualMachines: [at('vm-b', 20), at('vm-a', 5)] })
    expect(named(attachInlineExemption(comment(25), reversed, text))).toEqual(['vms', ['vm-b']])
    expect(named(attachInlineExemption(comment(28), reversed, text))).toEqual(['vms', ['vm-a']])
    expect(attachInlineExemption(comment(25), model({ virtualMachines: [at('vm-c', 30)] }), text)).toEqual({ kind: 'none' })
  })

  // A module call in this file: its block holds the comment, wherever (and however long) the VMs' own blocks are.
  const call = file({ 20: ["module web 'modules/vm.bicep' = {", "  name: 'web'", '  // c', '  params: {', '  }', '}'] })

  it('a module call whose module block ends before the comment still contains it: the end is in the module’s file', () => {
    const fromModule = vm({ reportAt: loc(20), declaredAt: { ...loc(4, 'modules/vm.bicep'), endLine: 8 } })
    expect(named(attachInlineExemption(comment(22), model({ virtualMachines: [fromModule] }), call))).toEqual(['vms', ['web-01']])
  })

  it('a module call counts as the declaration of the VMs it reports, wherever they are declared', () => {
    const fromModule = (name: string) => vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name }, reportAt: loc(20), declaredAt: loc(4, 'modules/vm.bicep') })
    const called: InfrastructureModel = model({ virtualMachines: [fromModule('vm-a'), fromModule('vm-b')] })
    expect(named(attachInlineExemption(comment(22), called, call))).toEqual(['vms', ['vm-a', 'vm-b']])
  })

  it('on a maintenance configuration: that resource; on a scale set: a VM', () => {
    const mixed = model({ virtualMachines: [scaleSet({ reportAt: loc(20), declaredAt: loc(20) })], maintenanceConfigurations: [configuration()] })
    expect(named(attachInlineExemption(comment(39), mixed, undefined))).toEqual(['other', 'patch-window'])
    expect(named(attachInlineExemption(comment(19), mixed, undefined))).toEqual(['vms', ['web-vmss']])
    const arc = model({ virtualMachines: [at('arc-1', 10, { kind: 'arc-machine' })] })
    expect(named(attachInlineExemption(comment(9), arc, undefined))).toEqual(['vms', ['arc-1']])
  })
})

describe('declaredPlanSource: a window tag on the VM', () => {
  const AS_OF = new Date('2026-01-10T00:00:00Z')
  const declared = (tags: Record<string, string> | undefined, configured: PolicyConfiguration | undefined = undefined) => {
    const machine = vm({ tags: tags === undefined ? unknownValue(12, 'x') : lit(tags, 12) })
    return declaredPlanSource(configured)(machine, model({ virtualMachines: [machine] }), AS_OF)
  }

  it('names the tag as written, its owner trimmed, and its ticket only when set', () => {
    // Strict: a plan without a ticket or a problem has no such key at all.
    expect(declared({ 'Hotpatch-Reboot-Window': 'Month Second Sunday 02:00/PT3H', 'HOTPATCH-REBOOT-OWNER': ' ops ' })).toStrictEqual({
      evidence: [],
      unresolved: [],
      declared: [
        {
          source: 'tag',
          label: 'tag Hotpatch-Reboot-Window',
          window: 'Month Second Sunday 02:00/PT3H',
          owner: 'ops',
          location: loc(12),
          // Timed as a maintenance window is, located at the tag.
          timing: {
            kind: 'covers',
            detail: 'next reboot window 2026-02-08 02:00 UTC, 26 days after the January 2026 baseline',
            timing: expect.objectContaining({ description: 'every month on the Second Sunday at 02:00 UTC', misses: [], location: loc(12) })
          }
        }
      ]
    })
  })

  it('an owner tag that is blank is no owner; a malformed window is reported first', () => {
    const [noOwner] = declared({ 'hotpatch-reboot-window': 'Day 02:00/PT1H', 'hotpatch-reboot-owner': '  ', 'hotpatch-reboot-ticket': ' ' }).declared ?? []
    expect(noOwner).toStrictEqual({
      source: 'tag',
      label: 'tag hotpatch-reboot-window',
      window: 'Day 02:00/PT1H',
      owner: undefined,
      location: loc(12),
      problem: { kind: 'no-owner', text: 'it has no owner: tag hotpatch-reboot-owner is not set' }
    })
    const [malformed] = declared({ 'hotpatch-reboot-window': 'soon' }).declared ?? []
    expect(malformed?.problem).toEqual({
      kind: 'malformed',
      text:
        'its window "soon" is not valid: expected an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a recurrence ' +
        '(Month Third Sunday 02:00/PT3H)'
    })
  })

  it('a window that ended before the evaluation date, and one that ends on it', () => {
    const [ended] = declared({ 'hotpatch-reboot-window': '2026-01-09T01:00Z/PT2H', 'hotpatch-reboot-owner': 'ops' }).declared ?? []
    expect(ended?.problem).toEqual({
      kind: 'ended',
      text: 'its window ended on 2026-01-09T03:00Z, before the evaluation date 2026-01-10'
    })
    const [endsToday] = declared({ 'hotpatch-reboot-window': '2026-01-09T23:00Z/PT1H', 'hotpatch-reboot-owner': 'ops' }).declared ?? []
    expect(endsToday?.problem).toBeUndefined()
  })

  it('no tags that can be read, or no window tag: nothing declared', () => {
    expect(declared(undefined).declared).toEqual([])
    expect(declared({ 'hotpatch-reboot-owner': 'ops' }).declared).toEqual([])
  })

  it('the tag names a configuration sets', () => {
    const custom = configured('reboot-window-tags:', '  window: reboot-window', '  owner: reboot-owner', '  ticket: reboot-ticket')
    const [plan] = declared({ 'reboot-window': 'Day 02:00/PT1H', 'reboot-owner': 'ops', 'reboot-ticket': 'CHG-1' }, custom).declared ?? []
    const timing = expect.objectContaining({ kind: 'covers' })
    expect(plan).toEqual({ source: 'tag', label: 'tag reboot-window', window: 'Day 02:00/PT1H', owner: 'ops', ticket: 'CHG-1', location: loc(12), timing })
    const [entry] = declaredPlanSource(
      configured('reboot-plans:', '  - resource: web-01', '    window: Day 02:00/PT1H', '    owner: team-web', '    ticket: CHG-2')
    )(vm(), model(), AS_OF).declared ?? []
    expect(entry).toEqual({
      source: 'configuration',
      label: `reboot-plans[0] of ${CONFIG_FILE}`,
      window: 'Day 02:00/PT1H',
      owner: 'team-web',
      ticket: 'CHG-2',
      location: { file: CONFIG_FILE, line: 3, column: 5 },
      timing
    })
    const [bare] = declaredPlanSource(configured('reboot-plans:', '  - resource: web-01', '    window: Day 02:00/PT1H', '    owner: team-web'))(
      vm(),
      model(),
      AS_OF
    ).declared ?? []
    expect(bare).toStrictEqual({
      source: 'configuration',
      label: `reboot-plans[0] of ${CONFIG_FILE}`,
      window: 'Day 02:00/PT1H',
      owner: 'team-web',
      location: { file: CONFIG_FILE, line: 3, column: 5 },
      timing
    })
  })
})
