/**
 * Tests for the Bicep source loader's bound on parses: what `trim` drops is parsed again to the same
 * result, what a unit keeps of each file (its outcome, its modules) is recorded at the first load, and a
 * unit read with a loader that keeps no parse gives the reader's output exactly.
 */
import { describe, expect, it } from '@jest/globals'
import { readBicep } from '../../../src/readers/bicep/bicep-reader.js'
import { SourceLoader, type SourceFiles, type SourceUnit } from '../../../src/readers/bicep/source-loader.js'
import { workspaceDouble } from '../../support/workspace-double.js'
import { memoryFiles, readMemory } from './memory-files.js'

const VM = "'Microsoft.Compute/virtualMachines@2024-07-01'"

/** In-memory files that count the reads of each path, and can be removed between reads. */
function countedFiles(files: Record<string, string>): { files: SourceFiles; reads: Map<string, number> } {
  const inner = memoryFiles(files)
  const reads = new Map<string, number>()
  return {
    reads,
    files: {
      ...inner,
      readText: path => {
        reads.set(path, (reads.get(path) ?? 0) + 1)
        return inner.readText(path)
      }
    }
  }
}

const MAIN = `module a 'vm.bicep' = {\n  name: 'a'\n  params: { name: 'vm-a' }\n}\nresource broken ${VM} = {\n`
const MODULE = `param name string\nresource vm ${VM} = { name: name }\n`

describe('Bicep source loader', () => {
  it('keeps a parse until trim drops it, then parses the file again to an equal result', () => {
    const { files, reads } = countedFiles({ 'main.bicep': MAIN, 'vm.bicep': MODULE })
    const loader = new SourceLoader(files, 0)
    const first = loader.load('vm.bicep') as SourceUnit
    expect(loader.load('vm.bicep')).toBe(first)
    expect(reads.get('vm.bicep')).toBe(1)
    loader.trim()
    const again = loader.load('vm.bicep') as SourceUnit
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
    expect(reads.get('vm.bicep')).toBe(2)
  })

  it('keeps the most recently used parses within its budget', () => {
    const { files, reads } = countedFiles({ 'main.bicep': MAIN, 'vm.bicep': MODULE })
    const loader = new SourceLoader(files, MODULE.length)
    loader.load('main.bicep')
    loader.load('vm.bicep')
    loader.trim()
    loader.load('vm.bicep')
    loader.load('main.bicep')
    expect(Object.fromEntries(reads)).toEqual({ 'main.bicep': 2, 'vm.bicep': 1 })
  })

  it('records each outcome and the modules a file calls at its first load, in the order of first loads', () => {
    const { files, reads } = countedFiles({ 'main.bicep': MAIN, 'vm.bicep': MODULE })
    const loader = new SourceLoader(files, 0)
    loader.load('vm.bicep')
    loader.load('main.bicep')
    loader.load('missing.bicep')
    loader.trim()
    loader.load('vm.bicep')
    expect(loader.localModulesOf('main.bicep')).toEqual(['vm.bicep'])
    expect(reads.get('main.bicep')).toBe(1)
    const outcomes = [...loader.outcomesOfLoads()]
    expect(outcomes.map(([path]) => path)).toEqual(['vm.bicep', 'main.bicep', 'missing.bicep'])
    expect(outcomes[0]?.[1]).toEqual([])
    expect((outcomes[1]?.[1] as readonly unknown[]).length).toBeGreaterThan(0)
    expect(outcomes[2]?.[1]).toEqual({ message: 'file not found inside the workspace', line: 1, column: 1 })
  })

  it('records a file that parsed once and can no longer be read as not read, in its place', () => {
    const texts: Record<string, string> = { 'main.bicep': MAIN, 'vm.bicep': MODULE }
    const loader = new SourceLoader(memoryFiles(texts), 0)
    loader.load('vm.bicep')
    loader.load('main.bicep')
    loader.trim()
    delete texts['vm.bicep']
    expect(loader.load('vm.bicep')).toEqual({ message: 'file not found inside the workspace', line: 1, column: 1 })
    expect([...loader.outcomesOfLoads().keys()]).toEqual(['vm.bicep', 'main.bicep'])
    expect(loader.outcomesOfLoads().get('vm.bicep')).toEqual({ message: 'file not found inside the workspace', line: 1, column: 1 })
  })

  it('reads a unit to the same output when it keeps no parse between deployments', async () => {
    // Two entries and a parameter file share a module, a module chain reaches a second module, a cycle,
    // an exemption comment and a syntax error: every file is parsed again after each deployment.
    const files: Record<string, string> = {
      'app/main.bicep': `param name string = 'app'\nmodule vm '../shared/vm.bicep' = {\n  name: 'vm'\n  params: { name: name }\n}\n`,
      'app/prod.bicepparam': "using 'main.bicep'\nparam name = 'app-prod'\n",
      'web/main.bicep': `// hotpatch-reboot-gate-exempt reason: test\nmodule vm '../shared/vm.bicep' = {\n  name: 'vm'\n  params: { name: 'web' }\n}\nmodule chain 'chain.bicep' = { name: 'chain' }\n`,
      'web/chain.bicep': `module vm '../shared/vm.bicep' = {\n  name: 'vm'\n  params: { name: 'chained' }\n}\n`,
      'shared/vm.bicep': MODULE,
      'loop/a.bicep': `module b 'b.bicep' = { name: 'b' }\nresource vm ${VM} = { name: 'loop-a' }\n`,
      'loop/b.bicep': `module a 'a.bicep' = { name: 'a' }\n`,
      'broken/main.bicep': `resource vm ${VM} = {\n  name: 'broken'\n`
    }
    const expected = await readMemory(files)
    const claimed = Object.keys(files).map(path => ({ path, absolutePath: `/memory/${path}`, size: 1 }))
    const actual = readBicep(claimed, workspaceDouble(memoryFiles(files)), undefined, new SourceLoader(memoryFiles(files), 0))
    expect(expected.resources.map(resource => resource.displayName)).toEqual(['app-prod', 'web', 'chained', 'loop-a'])
    expect(expected.parseErrors.length).toBeGreaterThan(0)
    expect(expected.inlineExemptions).toHaveLength(1)
    expect(actual).toEqual(expected)
  })
})
