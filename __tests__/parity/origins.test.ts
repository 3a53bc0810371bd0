/**
 * One Azure compute adapter (issue 12): the same VM written in every ARM-shaped language gets the same
 * ORIGIN for each value (literal, default, provider default, absent, unresolved), not only the same verdict.
 * Fixtures: __tests__/fixtures/origins/<format>/ (a VM named only by its image) and the parity suite's
 * `unresolved-value` folders (enableHotpatching from a value the manifests do not give).
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../src/model/resources.js'
import { scan } from '../../src/scan.js'
import { AS_OF, FIXTURES } from './support.js'

const ORIGINS = fileURLToPath(new URL('../fixtures/origins/', import.meta.url))

async function onlyVmIn(root: string): Promise<VirtualMachine> {
  const result = await scan({ root, asOf: AS_OF })
  const [assessment, ...others] = result.assessments
  if (assessment === undefined || others.length > 0) throw new Error(`expected one VM in ${root}`)
  return assessment.vm
}

/** The origin of each value the policy reads, with the value when there is one. */
const originsOf = (vm: VirtualMachine): Record<string, string> => {
  const show = (value: { origin: string; value?: unknown }): string =>
    value.value === undefined ? value.origin : `${value.origin} ${JSON.stringify(value.value)}`
  return {
    osType: show(vm.osType),
    patchMode: show(vm.patchMode),
    enableHotpatching: show(vm.enableHotpatching),
    rebootSetting: show(vm.rebootSetting),
    bypass: show(vm.bypassPlatformSafetyChecksOnUserSchedule),
    publisher: show(vm.image.publisher),
    customImageId: show(vm.image.customImageId),
    location: show(vm.location)
  }
}

describe('one Azure compute adapter: the same origins in every ARM-shaped format', () => {
  // The decisions stated once in src/readers/shared/azure-compute/virtual-machine.ts:
  // - osType from a Windows Server image publisher (the publisher's line, literal);
  // - patchMode unset on Windows is the platform default AutomaticByOS;
  // - enableHotpatching unset is absent (hotpatch is on by default on 2025 Azure Edition: the policy decides).
  const UNSET = {
    osType: 'literal "Windows"',
    patchMode: 'provider-default "AutomaticByOS"',
    enableHotpatching: 'absent',
    rebootSetting: 'absent',
    bypass: 'absent',
    publisher: 'literal "MicrosoftWindowsServer"',
    customImageId: 'absent',
    location: 'literal "westeurope"'
  }
  it.each(['arm', 'bicep', 'azapi', 'pulumi', 'aso'])('%s: a VM named only by its image', async format => {
    expect(originsOf(await onlyVmIn(join(ORIGINS, format)))).toEqual(UNSET)
  })

  it.each(['arm', 'bicep', 'azapi', 'pulumi'])('%s: the SKU comes from a parameter default', async format => {
    const vm = await onlyVmIn(join(ORIGINS, format))
    expect([vm.image.sku.origin, vm.image.sku.value]).toEqual(['default', '2025-datacenter-azure-edition'])
  })

  it.each(['arm', 'bicep', 'pulumi', 'aso'])('%s: enableHotpatching from a value the manifests do not give is unresolved', async format => {
    const vm = await onlyVmIn(join(FIXTURES, 'unresolved-value', format))
    expect(vm.enableHotpatching.origin).toBe('unresolved')
    expect(vm.patchMode).toMatchObject({ origin: 'literal', value: 'AutomaticByPlatform' })
    expect(vm.osType).toMatchObject({ origin: 'literal', value: 'Windows' })
  })
})
