/**
 * Folders settled from the heads the scan read (issue 18): a folder is answered "no what-if result, no
 * plan" without a second walk or read only when every candidate file's head rules both out; otherwise
 * the readers ask as before, so a scan with excluded files, of a sub-path or in workers says the same.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { readModel } from '../../src/scan.js'
import { FolderFacts } from '../../src/scan/folder-facts.js'
import { planUnits, unitFolders } from '../../src/scan/units.js'
import { armReader } from '../../src/readers/arm/arm-reader.js'
import { hasWhatIfResult } from '../../src/readers/shared/what-if/result-folders.js'
import { hasPlan } from '../../src/readers/terraform/plan-folder.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { armTemplate, armVm } from '../support/manifests.js'

const roots: string[] = []
const WHAT_IF = readFileSync(new URL('../fixtures/what-if/group/whatif.json', import.meta.url), 'utf8')
const BICEP = readFileSync(new URL('../fixtures/what-if/group/main.bicep', import.meta.url), 'utf8')
const PLAN = '{"format_version": "1.2", "terraform_version": "1.9.0", "planned_values": {}}'
const TEMPLATE = armTemplate([armVm('web-01')])

function repository(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'folder-facts-'))
  roots.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

describe('Workspace.listedIn', () => {
  it('gives the files a listing found directly in a folder it walked, and nothing for a folder it did not walk', () => {
    const root = repository({ 'a/t.json': '{}', 'a/b/u.json': '{}', 'c/v.json': '{}', 'w.json': '{}' })
    const workspace = new Workspace(root)
    workspace.list(['a', 'c/v.json'])
    expect(workspace.listedIn('a')?.map(file => file.path)).toEqual(['a/t.json'])
    expect(workspace.listedIn('a/')?.map(file => file.path)).toEqual(['a/t.json'])
    expect(workspace.listedIn('a/b')?.map(file => file.path)).toEqual(['a/b/u.json'])
    expect(workspace.listedIn('c')).toBeUndefined()
    expect(workspace.listedIn('')).toBeUndefined()
    workspace.list()
    expect(workspace.listedIn('.')?.map(file => file.path)).toEqual(['w.json'])
  })
})

describe('FolderFacts', () => {
  const root = (): Workspace => {
    const workspace = new Workspace(
      repository({
        'arm/t.json': TEMPLATE,
        'match/t.json': '',
        'short/t.json': '',
        'ascii/t.json': '',
        'binary/t.json': '',
        'unnoted/t.json': '',
        'unnoted/excluded.json': '',
        'hcl/main.tf': '',
        'upper/T.JSON': '',
        'plan/t.json': ''
      })
    )
    workspace.list()
    return workspace
  }

  it('settles a walked folder only when every candidate head rules out a what-if result and a plan', () => {
    const workspace = root()
    const facts = new FolderFacts()
    facts.note('arm/t.json', { text: TEMPLATE, whole: true })
    facts.note('match/t.json', { text: WHAT_IF.slice(0, 4096), whole: false })
    // A head of fewer than 4096 characters from 4096 bytes (non-ASCII text): the text's first 4096 may match.
    facts.note('short/t.json', { text: 'é'.repeat(2048), whole: false })
    facts.note('ascii/t.json', { text: ' '.repeat(4096), whole: false })
    facts.note('binary/t.json', { text: undefined, whole: true })
    facts.note('unnoted/t.json', { text: '{}', whole: true })
    facts.note('upper/T.JSON', { text: PLAN, whole: true })
    facts.note('plan/t.json', { text: PLAN, whole: true })
    const files = workspace.list()
    expect([...facts.settled(workspace, files)].sort()).toEqual(['arm', 'ascii', 'hcl', 'upper'])
  })

  it('settles nothing in a folder no listing walked', () => {
    const workspace = new Workspace(repository({ 'arm/t.json': TEMPLATE }))
    const files = workspace.list(['arm/t.json'])
    const facts = new FolderFacts()
    facts.note('arm/t.json', { text: TEMPLATE, whole: true })
    expect(facts.settled(workspace, files).size).toBe(0)
  })
})

describe('unitFolders', () => {
  it('gives the settled folders of a unit and its folders whose every listed file is its own', () => {
    const root = repository({ 'a/azuredeploy.json': TEMPLATE, 'b/azuredeploy.json': TEMPLATE, 'b/README.md': '# b', 'c/whatif.json': WHAT_IF, 'c/azuredeploy.json': TEMPLATE })
    const workspace = new Workspace(root)
    const files = workspace.list().filter(file => file.path.endsWith('azuredeploy.json'))
    const planned = planUnits([armReader], new Map([[armReader, files]]), workspace)
    const folders = planned.map(({ unit }) => ({ files: unit.files.map(file => file.path), ...unitFolders(unit, new Set(['a', 'b']), workspace) }))
    expect(folders.map(({ files, settled, listed }) => [files, settled, listed])).toEqual([
      [['a/azuredeploy.json'], ['a'], ['a']],
      [['b/azuredeploy.json'], ['b'], undefined],
      [['c/azuredeploy.json'], undefined, undefined]
    ])
  })

  it("gives what the claim found of the unit's policy words, and a worker's workspace answers from them as the scan's does", () => {
    const root = repository({ 'a/azuredeploy.json': TEMPLATE, 'a/azuredeploy.parameters.json': '{"parameters": {}}' })
    const workspace = new Workspace(root)
    const files = workspace.list()
    workspace.claimNotes.notePolicyWords('a/azuredeploy.json')
    workspace.noteQuiet('a/azuredeploy.parameters.json')
    const [planned] = planUnits([armReader], new Map([[armReader, files]]), workspace)
    const { quiet, wordy } = unitFolders(planned!.unit, new Set(), workspace)
    expect({ quiet, wordy }).toEqual({ quiet: ['a/azuredeploy.parameters.json'], wordy: ['a/azuredeploy.json'] })
    const worker = new Workspace(root)
    worker.adopt(files, { quiet, wordy })
    expect(files.map(file => [worker.isQuiet(file.path), worker.claimNotes.holdsPolicyWords(file.path)])).toEqual([
      [false, true],
      [true, false]
    ])
    // The next task's notes replace them.
    worker.adopt(files, {})
    expect(files.map(file => [worker.isQuiet(file.path), worker.claimNotes.holdsPolicyWords(file.path)])).toEqual([
      [false, false],
      [false, false]
    ])
  })
})

describe('readers ask about settled folders as about the others', () => {
  const files = {
    'arm/azuredeploy.json': TEMPLATE,
    'group/main.bicep': BICEP,
    'group/whatif.json': WHAT_IF,
    'group/azuredeploy.json': armTemplate([armVm('group-01')]),
    'tf/main.tf': 'resource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n}\n',
    'tf/plan.json': PLAN,
    'tf2/main.tf': 'resource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n}\n'
  }
  const folders = ['arm', 'group', 'tf', 'tf2']
  const answers = (workspace: Workspace): [boolean, boolean][] =>
    folders.map(folder => [hasWhatIfResult(workspace, folder), hasPlan(workspace, folder)])
  const expected = [
    [false, false],
    [true, false],
    [false, true],
    [false, false]
  ]

  it('answers as a workspace that never listed, for a full scan, with a file excluded and for a sub-path', async () => {
    const root = repository(files)
    expect(answers(new Workspace(root))).toEqual(expected)
    for (const options of [{}, { select: (path: string) => !path.endsWith('whatif.json') && path !== 'tf/plan.json' }, { paths: ['group/azuredeploy.json', 'tf'] }]) {
      const workspace = new Workspace(root)
      await readModel(workspace, { ...options, threads: 1 })
      expect(answers(workspace)).toEqual(expected)
    }
  })

  it('answers a settled folder from what the scan read, with no second look', async () => {
    const root = repository(files)
    const workspace = new Workspace(root)
    await readModel(workspace, { threads: 1 })
    // A plan written after the scan read the folder is not seen by it, only by a workspace that looks again.
    writeFileSync(join(root, 'tf2/plan.json'), PLAN)
    expect(hasPlan(workspace, 'tf2')).toBe(false)
    expect(hasPlan(new Workspace(root), 'tf2')).toBe(true)
  })

  it('leaves a folder with an excluded what-if result to the what-if reader, inline and in workers', async () => {
    const root = repository(files)
    const names = async (threads: number, select?: (path: string) => boolean) => {
      const model = await readModel(new Workspace(root), { threads, ...(select && { select }) })
      return model.virtualMachines.map(vm => `${vm.reportAt.file}:${vm.displayName}`).sort()
    }
    const excluded = (path: string): boolean => path !== 'group/whatif.json'
    expect(await names(1, excluded)).toEqual(['arm/azuredeploy.json:web-01'])
    expect(await names(2, excluded)).toEqual(['arm/azuredeploy.json:web-01'])
    const all = await names(1)
    expect(all).toContain('arm/azuredeploy.json:web-01')
    expect(all.some(name => name.startsWith('group/azuredeploy.json'))).toBe(false)
    expect(await names(2)).toEqual(all)
  })
})
