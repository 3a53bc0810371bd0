/**
 * Mutation tests of the policy's small files (issue 12): knowledge, describe, messages, images, subject,
 * read-advisory. Each function driven directly with values built here; exact results asserted.
 */
import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/errors.js'
import type { ImageReference } from '../../src/model/resources.js'
import { absent, known, unresolved } from '../../src/model/source.js'
import type { Advisory, AdvisoryFamily, HotpatchImage } from '../../src/policy/advisory.js'
import { describeOrigin, imageName, isUnset, nounOf, subjectOf, unresolvedInput } from '../../src/policy/describe.js'
import { findHotpatchCandidates } from '../../src/policy/images.js'
import { appliedKnowledge, describeKnowledge } from '../../src/policy/knowledge.js'
import { formatMessage, planDefinition, rebootCause } from '../../src/policy/messages.js'
import { readAdvisory, registerShippedAdvisory } from '../../src/policy/read-advisory.js'
import { locateYamlPath } from '../../src/policy/yaml-locate.js'
import { resourceKey, resourceSubject, WORKSPACE_SUBJECT } from '../../src/policy/subject.js'
import { ADVISORY } from '../report/builders.js'
import { loc, scaleSet, vm } from './builders.js'

const reviewed = (id: string, date?: string, extra: Partial<Advisory> = {}): Advisory => ({
  ...ADVISORY,
  id,
  ...(date !== undefined && { reviewed: date }),
  ...extra
})

describe('appliedKnowledge', () => {
  it('with no advisory: the default calendar, no advisory id, nothing to age', () => {
    expect(appliedKnowledge([], '2026-11-30')).toEqual({
      advisories: [],
      calendar: { baselineMonths: [1, 4, 7, 10], advisoryId: '' }
    })
  })

  it('the newest review decides whatever the order; the calendar is the first advisory’s, its months sorted', () => {
    const advisories = [reviewed('b', '2026-08-01', { baselineMonths: [10, 1, 7] }), reviewed('a', '2026-01-01'), reviewed('c')]
    expect(appliedKnowledge(advisories, '2026-11-29')).toEqual({
      advisories: [
        { id: 'b', reviewed: '2026-08-01' },
        { id: 'a', reviewed: '2026-01-01' },
        { id: 'c' }
      ],
      calendar: { baselineMonths: [1, 7, 10], advisoryId: 'b', reviewed: '2026-08-01' },
      newestReview: '2026-08-01',
      daysSinceReview: 120
    })
    const reversed = appliedKnowledge([reviewed('a', '2026-01-01'), reviewed('b', '2026-08-01')], '2026-11-29')
    expect([reversed.newestReview, reversed.daysSinceReview, reversed.calendar]).toEqual([
      '2026-08-01',
      120,
      { baselineMonths: [1, 4, 7, 10], advisoryId: 'a', reviewed: '2026-01-01' }
    ])
  })

  it('an evaluation date that is not a calendar day is read as JavaScript reads it', () => {
    // parseDay refuses 2026-02-30; Date rolls it over to 2026-03-02.
    expect(appliedKnowledge([reviewed('a', '2026-03-01')], '2026-02-30').daysSinceReview).toBe(1)
  })

  it('an advisory without a review date lists none (no reviewed key at all)', () => {
    expect(appliedKnowledge([reviewed('c')], '2026-11-29').advisories).toStrictEqual([{ id: 'c' }])
  })

  it('a review date that is not a day ages nothing', () => {
    expect(appliedKnowledge([reviewed('a', '2026-02-30')], '2030-01-01')).toEqual({
      advisories: [{ id: 'a', reviewed: '2026-02-30' }],
      calendar: { baselineMonths: [1, 4, 7, 10], advisoryId: 'a', reviewed: '2026-02-30' }
    })
  })

  it('describeKnowledge: none applied, no review date', () => {
    expect(describeKnowledge(appliedKnowledge([], '2026-11-30'))).toBe(
      'Advisories applied: none; baseline calendar January, April, July, October, computed for any year (review date not given).'
    )
  })
})

describe('describe', () => {
  const where = loc(42)
  it.each([
    [known('x', where), 'infra/main.bicep:42'],
    [known('x', where, 'expression', 'p'), 'infra/main.bicep:42'],
    [known('x', where, 'default'), 'default, infra/main.bicep:42'],
    [known('x', where, 'default', 'size'), "'size' default, infra/main.bicep:42"],
    [{ ...known('x', where, 'default', 'size', [loc(3)]), defaultAt: loc(3) }, "'size' default at infra/main.bicep:3, used at infra/main.bicep:42"],
    [known('x', where, 'parameter-file'), 'from infra/main.bicep:42'],
    [known('x', where, 'parameter-file', 'size'), "'size' from infra/main.bicep:42"],
    [known('x', where, 'variable'), 'infra/main.bicep:42'],
    [known('x', where, 'variable', 'v'), "'v' infra/main.bicep:42"]
  ])('describeOrigin %#', (value, text) => {
    expect(describeOrigin(value)).toBe(text)
  })

  it('isUnset: absent and provider defaults only', () => {
    const values = [absent(loc(1)), known(1, loc(1), 'provider-default'), known(1, loc(1)), unresolved(loc(1), 'why')]
    expect(values.map(isUnset)).toEqual([true, true, false, false])
  })

  it('unresolvedInput: the value’s reason, or a default one', () => {
    expect(unresolvedInput('f', unresolved(loc(3), 'a parameter'))).toEqual({ field: 'f', reason: 'a parameter', location: loc(3) })
    expect(unresolvedInput('f', absent(loc(3)))).toEqual({
      field: 'f',
      reason: 'its value could not be evaluated',
      location: loc(3)
    })
  })

  it('subjectOf, nounOf and imageName', () => {
    const arc = vm({ kind: 'arc-machine', displayName: 'dc' })
    expect([vm(), scaleSet(), arc].map(subjectOf)).toEqual(["VM 'web-01'", "Scale set 'web-vmss'", "Arc machine 'dc'"])
    expect([vm(), scaleSet(), arc].map(nounOf)).toEqual(['VM', 'scale set', 'Arc machine'])
    expect(imageName(vm({ image: { offer: unresolved(loc(2), 'x') } }).image)).toBe('MicrosoftWindowsServer:?:2025-datacenter-azure-edition')
  })
})

describe('resourceKey and the subjects', () => {
  it('adds @variant only when there is one', () => {
    expect(resourceKey(vm())).toBe('microsoft.compute/virtualmachines/web-01')
    expect(resourceKey(vm({ variant: 'prod' }))).toBe('microsoft.compute/virtualmachines/web-01@prod')
    const machine = vm({ variant: 'prod' })
    expect(resourceSubject(machine)).toEqual({
      kind: 'resource',
      key: 'microsoft.compute/virtualmachines/web-01@prod',
      identity: machine.identity,
      instance: machine
    })
    expect(WORKSPACE_SUBJECT).toEqual({ kind: 'workspace' })
  })
})

describe('formatMessage and planDefinition', () => {
  it('fills known placeholders, with spaces inside, and leaves the others as written', () => {
    expect(formatMessage('{{ a }}-{{b-c}}-{{missing}}-{{toString}}-{{1x}}', { a: 'A', 'b-c': 'B' })).toBe(
      'A-B-{{missing}}-{{toString}}-{{1x}}'
    )
    expect(formatMessage('{{a}}')).toBe('{{a}}')
  })

  it('says what a reboot plan is, for a VM and an Arc machine', () => {
    expect(planDefinition('VM')).toBe(
      "A reboot plan is an InGuestPatch maintenance configuration assigned to the VM that allows reboots (rebootSetting IfRequired or Always) and opens between a baseline's release and the next one's, with patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true on the VM."
    )
    expect(planDefinition('Arc machine', true)).toBe(
      "A reboot plan is an InGuestPatch maintenance configuration assigned to the Arc machine (an assignment scoped to the machine, or a dynamic scope that selects Microsoft.HybridCompute/machines) that allows reboots (rebootSetting IfRequired or Always) and opens between a baseline's release and the next one's."
    )
  })
})

const IMAGE: HotpatchImage = {
  publisher: 'MicrosoftWindowsServer',
  offer: 'WindowsServer',
  sku: '2025-datacenter-azure-edition',
  os: 'Windows Server 2025 Datacenter: Azure Edition',
  build: 26100,
  hotpatchOnByDefault: true,
  preview: false
}
const FAMILY: AdvisoryFamily = { os: 'Windows Server 2025', build: 26100, fixedRevision: 6905, kb: 'KB5070881', breaksHotpatch: true }

describe('rebootCause', () => {
  const advisory = reviewed('a', undefined, { families: [FAMILY], hotpatchImages: [IMAGE], baselineMonths: [7, 1, 10, 4] })
  const match = { image: IMAGE, advisory }
  const CALENDAR_DEC =
    'Hotpatch machines still restart for every baseline update (January, April, July, October); the next baseline is ' +
    'January 2026 (Patch Tuesday 2026-01-13).'
  const OUT_OF_BAND =
    'Windows Server 2025 hotpatch machines that installed KB5070881 (the CVE-2025-59287 out-of-band update) take a ' +
    'reboot-requiring update every month until the January 2026 baseline. '

  it.each([
    ['the first day of the disruption', '2025-10-23', true],
    ['its last day', '2026-01-13', true],
    ['the day before it', '2025-10-22', false],
    ['the day after it', '2026-01-14', false]
  ])('%s', (_, day, extra) => {
    const text = rebootCause(advisory, match, new Date(`${day}T12:00:00Z`))
    expect(text.startsWith(extra ? OUT_OF_BAND : 'Hotpatch machines still restart')).toBe(true)
  })

  it('names the family, the KB, the CVEs and the baseline that ends it', () => {
    expect(rebootCause(advisory, match, new Date('2025-12-01T00:00:00Z'))).toBe(OUT_OF_BAND + CALENDAR_DEC)
  })

  it('only the calendar: no match, a family that keeps hotpatch, or another build', () => {
    const asOf = new Date('2025-12-01T00:00:00Z')
    expect(rebootCause(advisory, undefined, asOf)).toBe(CALENDAR_DEC)
    const keeps = { ...advisory, families: [{ ...FAMILY, breaksHotpatch: false }] }
    expect(rebootCause(keeps, { image: IMAGE, advisory: keeps }, asOf)).toBe(CALENDAR_DEC)
    const other = { image: { ...IMAGE, build: 20348 }, advisory }
    expect(rebootCause(advisory, other, asOf)).toBe(CALENDAR_DEC)
  })

  it('a disruption ending outside a baseline month ends on its date; unreadable dates mean no disruption', () => {
    const february = { ...advisory, cves: ['CVE-1', 'CVE-2'], disruption: { ...advisory.disruption, end: '2026-02-20' } }
    expect(rebootCause(february, match, new Date('2025-12-01T00:00:00Z'))).toBe(
      'Windows Server 2025 hotpatch machines that installed KB5070881 (the CVE-1, CVE-2 out-of-band update) take a ' +
        'reboot-requiring update every month until 2026-02-20. ' +
        CALENDAR_DEC
    )
    const noStart = { ...advisory, disruption: { ...advisory.disruption, start: 'soon' } }
    const noEnd = { ...advisory, disruption: { ...advisory.disruption, end: 'later' } }
    expect(rebootCause(noStart, match, new Date('2025-12-01T00:00:00Z'))).toBe(CALENDAR_DEC)
    expect(rebootCause(noEnd, match, new Date('2025-12-01T00:00:00Z'))).toBe(CALENDAR_DEC)
  })
})

describe('findHotpatchCandidates', () => {
  const other: HotpatchImage = { ...IMAGE, sku: '2022-datacenter-azure-edition-hotpatch', build: 20348 }
  const advisories = [reviewed('a', undefined, { hotpatchImages: [IMAGE, other] })]
  const reference = (parts: Partial<ImageReference>): ImageReference => ({ ...vm().image, ...parts })

  it('compares known parts case-insensitively', () => {
    const found = findHotpatchCandidates(
      reference({ publisher: known('microsoftwindowsserver', loc(1)), sku: known('2025-DATACENTER-azure-edition', loc(2)) }),
      advisories
    )
    expect(found).toEqual({ candidates: [{ image: IMAGE, advisory: advisories[0] }], unresolved: [] })
  })

  it('an unresolved part keeps every candidate and is named; a part not written matches nothing', () => {
    const sku = unresolved<string>(loc(4), 'a parameter')
    expect(findHotpatchCandidates(reference({ sku }), advisories)).toEqual({
      candidates: [
        { image: IMAGE, advisory: advisories[0] },
        { image: other, advisory: advisories[0] }
      ],
      unresolved: [{ field: 'image.sku', reason: 'a parameter', location: loc(4) }]
    })
    expect(findHotpatchCandidates(reference({ sku, offer: absent(loc(3)) }), advisories)).toEqual({ candidates: [], unresolved: [] })
    expect(findHotpatchCandidates(reference({ sku, offer: known('Other', loc(3)) }), advisories)).toEqual({
      candidates: [],
      unresolved: []
    })
  })
})

describe('readAdvisory', () => {
  it('accepts a disruption that starts and ends on one day', () => {
    const text = "id: x\ndisruption:\n  start: '2026-01-01'\n  end: '2026-01-01'\n"
    expect(readAdvisory(text, 'same.yml')).toEqual({ id: 'x', disruption: { start: '2026-01-01', end: '2026-01-01' } })
  })

  it('locates a YAML error at its line and column', () => {
    let error: unknown
    try {
      readAdvisory('id: x\ndisruption: [1\nb: 2', 'x.yml')
    } catch (caught) {
      error = caught
    }
    expect((error as ConfigurationError).message).toBe('x.yml:3: advisory is not valid YAML: deficient indentation')
    expect((error as ConfigurationError).location).toEqual({ file: 'x.yml', line: 3, column: 1 })
    try {
      readAdvisory('id: x\ntitle: a: b\n', 'y.yml')
    } catch (caught) {
      error = caught
    }
    expect((error as ConfigurationError).location).toEqual({ file: 'y.yml', line: 2, column: 9 })
  })

  it('locates a disruption that ends before it starts at disruption.end, or at the top when it cannot', () => {
    const flow = "{ id: x, disruption: { start: '2026-01-13', end: '2025-10-23' } }"
    expect(() => readAdvisory(flow, 'flow.yml')).toThrow('flow.yml:1: advisory disruption.end is before disruption.start')
    // A shipped text read from its registered data: the text has no disruption.end to point at.
    const shipped = 'id: shipped\n'
    registerShippedAdvisory(shipped, JSON.stringify({ id: 'shipped', disruption: { start: 'b', end: 'a' } }))
    let error: unknown
    try {
      readAdvisory(shipped, 'shipped.yml')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).location).toEqual({ file: 'shipped.yml', line: 1, column: 1 })
  })
})

describe('locateYamlPath', () => {
  it('a collection used as a key is never a path: not its items, not an empty key', () => {
    expect(locateYamlPath('? [a, b]\n: v\n', [1])).toBeUndefined()
    expect(locateYamlPath('? [a]\n: v\n', [''])).toBeUndefined()
    expect(locateYamlPath('? [a, b]\n: v\nafter: 1\n', ['after'])).toEqual({ line: 3, column: 1 })
    expect(locateYamlPath('? {a: 1}\n: v\nafter: 1\n', ['after'])).toEqual({ line: 3, column: 1 })
    // js-yaml's getScalarValue gives a collection's whole document text: that must not become a key.
    const text = '? [a]\n: v\n'
    expect(locateYamlPath(text, [text])).toBeUndefined()
  })

  it('keys with ~ and / match only as written', () => {
    const text = 'a~b: 1\nc/d: 2\n'
    expect([['a~b'], ['c/d'], ['ab'], ['cd'], ['c', 'd']].map(path => locateYamlPath(text, path))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      undefined,
      undefined,
      undefined
    ])
  })
})
