/**
 * Hostile inputs through the real pipeline (`scan()` on a temp repository, the JSON report, the
 * gate): each case sits next to a valid affected VM in another file, so every case also proves that
 * the other files are still evaluated and that the verdict is the policy's (`fail`, from that VM).
 * Every outcome line is exact: message, file, line and column.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { HostileCase } from './case.js'
import { HOSTILE_CASES } from './cases/index.js'
import { KEY_CASES } from './cases/keys.js'
import { CONTROL_FILE, CONTROL_FINDING, CONTROL_RESOURCE, CONTROL_TEMPLATE } from './manifests.js'
import { createRepository, outcomeOf, scanRepository, sorted, type TempRepository } from './support.js'

/** Every built-in prototype a parsed key could reach, with its own property names. */
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Map.prototype]
const prototypeShape = (): string[][] => PROTOTYPES.map(prototype => Reflect.ownKeys(prototype).map(String).sort())

let repository: TempRepository | undefined

afterEach(() => {
  repository?.remove()
  repository = undefined
})

async function scanCase(hostile: HostileCase) {
  repository = createRepository({ [CONTROL_FILE]: CONTROL_TEMPLATE, ...hostile.files() }, hostile.outsideFiles?.())
  return scanRepository(repository.root)
}

describe.each(HOSTILE_CASES.map(hostile => [hostile.name, hostile] as const))('%s', (_name, hostile) => {
  it('gives located messages, evaluates the other files, fails on the control VM, pollutes nothing', async () => {
    const shapeBefore = prototypeShape()
    const { report } = await scanCase(hostile)
    expect(sorted(outcomeOf(report))).toEqual(
      sorted({
        parseErrors: hostile.parseErrors,
        resources: [CONTROL_RESOURCE, ...hostile.resources],
        findings: [CONTROL_FINDING, ...hostile.findings],
        verdict: 'fail'
      })
    )
    for (const error of report.parseErrors) {
      expect(error.line).toBeGreaterThanOrEqual(1)
      expect(error.column).toBeGreaterThanOrEqual(1)
      expect(error.message).not.toContain('internal error')
    }
    expect(prototypeShape()).toEqual(shapeBefore)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('__proto__, constructor and prototype keys', () => {
  it('stay plain data in every format: tags keep them as ordinary keys', async () => {
    const [keys] = KEY_CASES as [HostileCase]
    const { result } = await scanCase(keys)
    const tags = Object.fromEntries(
      result.model.virtualMachines.map(vm => [
        vm.displayName,
        vm.tags.value === undefined ? vm.tags.origin : Object.entries(vm.tags.value)
      ])
    )
    expect(tags).toEqual({
      'vm-control': 'absent',
      // union() of the parameter, the variable and createObject(): later objects win, `__proto__` is a key.
      'vm-proto-arm': [
        ['polluted', 'variable'],
        ['__proto__', 'x'],
        ['constructor', 'y'],
        ['prototype', 'z']
      ],
      'vm-parameter-file-y': 'absent',
      'vm-proto-bicep': [
        ['__proto__', 'x'],
        ['constructor', 'y'],
        ['prototype', '{"polluted":"nested"}']
      ],
      'vm-proto-plan': [
        ['__proto__', 'x'],
        ['constructor', 'y'],
        ['prototype', 'z']
      ],
      'vm-proto-pulumi': 'absent',
      'vm-proto-tf': [
        ['__proto__', 'x'],
        ['polluted', 'local'],
        ['constructor', 'y'],
        ['prototype', 'z']
      ],
      'proto-yaml-vm': [
        ['__proto__', 'x'],
        ['constructor', 'y'],
        ['prototype', 'z']
      ]
    })
  })
})
