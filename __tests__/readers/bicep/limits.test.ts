/**
 * Tests for the Bicep reader's limits: hostile nesting, reference chains, loops and module depth end
 * in located errors or unresolved values, never a stack overflow or a hang.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { readMemory } from './memory-files.js'

const VM = "'Microsoft.Compute/virtualMachines@2024-07-01'"
const errors = (output: { parseErrors: readonly { line: number; column: number; message: string; severity: string }[] }) =>
  output.parseErrors.map(e => `${e.line}:${e.column} ${e.severity} ${e.message}`)

describe('Bicep reader limits', () => {
  it('rejects 100,000-deep nesting with a located error', async () => {
    const output = await readMemory({ 'main.bicep': `var x = ${'['.repeat(100_000)}${']'.repeat(100_000)}\nresource vm ${VM} = { name: 'after' }\n` })
    expect(errors(output)).toEqual(['1:209 error nesting is deeper than 200 levels'])
    expect(output.resources.map(r => r.displayName)).toEqual(['after'])
  })

  it('rejects 10,000 nested calls with a located error', async () => {
    const output = await readMemory({ 'main.bicep': `var x = ${'concat('.repeat(10_000)}'a'${')'.repeat(10_000)}\n` })
    expect(errors(output)).toEqual(['1:1409 error nesting is deeper than 200 levels'])
  })

  it('gives up on a 5,000-long chain of variables with an unresolved value', async () => {
    const chain = ["var v0 = 'x'", ...Array.from({ length: 5000 }, (_, i) => `var v${i + 1} = v${i}`)]
    const output = await readMemory({ 'main.bicep': `${chain.join('\n')}\nresource vm ${VM} = {\n  name: 'chained'\n  location: v5000\n}\n` })
    const [vm] = output.resources as VirtualMachine[]
    expect(vm?.location).toMatchObject({
      value: undefined,
      origin: 'unresolved',
      location: { file: 'main.bicep', line: 5004, column: 3 },
      reason: 'evaluation nested deeper than 400 levels',
      detail: 'v4602'
    })
    // The places it passed through are capped: the first and last eight.
    const lines = vm?.location.via?.map(place => place.line)
    expect(lines).toEqual([5001, 5000, 4999, 4998, 4997, 4996, 4995, 4994, 4610, 4609, 4608, 4607, 4606, 4605, 4604, 4603])
  })

  it('expands no instance of a loop over the ARM copy limit (800), reporting it, and one [?] instance when the items are unknown', async () => {
    const output = await readMemory({
      'main.bicep': `resource many ${VM} = [for i in range(0, 5000): { name: 'vm\${i}' }]\nresource unknown ${VM} = [for i in range(0, 20000): { name: 'u\${i}' }]\n`
    })
    expect(errors(output)).toEqual([
      "1:64 error the loop of resource many in main.bicep has 5000 instances, more than ARM's copy limit of 800 (Azure refuses the deployment)"
    ])
    expect(output.resources.length).toBe(1)
    const last = output.resources[output.resources.length - 1]
    expect([last?.variant, last?.identity.symbol, last?.displayName]).toEqual(['[?]', 'main.bicep#unknown[?]', 'main.bicep#unknown[?]'])
  })

  it('stops following modules 32 calls deep', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 40; i++) files[`m${i}.bicep`] = `module next './m${i + 1}.bicep' = {\n  name: 'n'\n}\n`
    files['m40.bicep'] = `resource vm ${VM} = { name: 'deep' }\n`
    const output = await readMemory(files)
    expect(output.parseErrors).toEqual([
      {
        file: 'm31.bicep',
        line: 1,
        column: 13,
        message: 'modules nested deeper than 32 levels are not evaluated',
        severity: 'error',
        kind: 'not-evaluated'
      }
    ])
    expect(output.resources).toEqual([])
  })
})
