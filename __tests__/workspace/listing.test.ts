/**
 * What a workspace answers from its listing (issue 18: no second look at the file system after it) is what
 * it answers from the file system: `get` of a file, of nothing, of a folder, of a link, in a walked folder
 * or not; and a listed file reads as a file read whole.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { filesIn } from '../../src/workspace/folder-files.js'
import { Workspace } from '../../src/workspace/workspace.js'

const roots: string[] = []

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

function repository(): string {
  const base = mkdtempSync(join(tmpdir(), 'listing-'))
  roots.push(base)
  const root = join(base, 'repo')
  for (const folder of ['a/sub', 'node_modules/m', 'b']) mkdirSync(join(root, folder), { recursive: true })
  writeFileSync(join(root, 'a/main.json'), '{"a": 1}\n')
  writeFileSync(join(root, 'a/sub/x.bicep'), 'param x string\n')
  writeFileSync(join(root, 'node_modules/m/main.bicep'), 'param m string\n')
  writeFileSync(join(root, 'b/big.json'), 'x'.repeat(70_000))
  writeFileSync(join(root, 'top.json'), '')
  // More files than a folder whose spellings are looked through one by one.
  mkdirSync(join(root, 'many'))
  for (const name of ['a.json', 'b.json', 'c.json', 'd.json', 'e.json', 'Main.json']) writeFileSync(join(root, 'many', name), '{}')
  writeFileSync(join(base, 'outside.json'), '{}')
  symlinkSync(join(root, 'a/main.json'), join(root, 'b/inside-link.json'))
  symlinkSync(join(base, 'outside.json'), join(root, 'b/outside-link.json'))
  symlinkSync(join(root, 'missing.json'), join(root, 'b/dangling.json'))
  symlinkSync(join(root, 'a'), join(root, 'b/folder-link'))
  mkdirSync(join(base, 'outside-folder/mod'), { recursive: true })
  writeFileSync(join(base, 'outside-folder/secret.txt'), 'TOPSECRET')
  writeFileSync(join(base, 'outside-folder/mod/main.tf'), 'locals {}\n')
  symlinkSync(join(base, 'outside-folder'), join(root, 'b/outside-folder-link'))
  return root
}

const PATHS = [
  'a/main.json',
  'a/main.bicep',
  'a/MAIN.JSON',
  'a/sub',
  'a/sub/x.bicep',
  'a/sub/../main.json',
  './top.json',
  'top.json',
  'node_modules/m/main.bicep',
  'node_modules/m/other.bicep',
  'b/big.json',
  'b/inside-link.json',
  'b/outside-link.json',
  'b/dangling.json',
  'b/folder-link',
  'b/folder-link/main.json',
  'b/outside-folder-link/secret.txt',
  'b/outside-folder-link/mod/main.tf',
  'c/none.json',
  'a/main.json.',
  'a/main~1.json',
  // Written as no listing writes a path: normalized first.
  'a//main.json',
  'a/./main.json',
  'a/main.json/',
  'a/sub/..',
  '../repo/a/main.json',
  '..',
  '.',
  'many/main.json',
  'many/MAIN.JSON',
  'many/Main.json',
  'many/f.json'
]

function listedWorkspace(root: string): Workspace {
  const workspace = new Workspace(root)
  workspace.list()
  return workspace
}

const shape = (file: { path: string; absolutePath: string; size: number } | undefined) =>
  file && { path: file.path, absolutePath: file.absolutePath, size: file.size }

describe('a listed workspace', () => {
  it('gets every path as a workspace that never listed does', () => {
    const root = repository()
    const listed = new Workspace(root)
    listed.list()
    const fresh = new Workspace(root)
    for (const path of PATHS) expect([path, shape(listed.get(path))]).toEqual([path, shape(fresh.get(path))])
    expect(shape(listed.get('a/main.json'))?.size).toBe(9)
    expect(listed.get('a/main.bicep')).toBeUndefined()
  })

  it('answers from the listing of a walked folder, and looks at the file system for a folder not walked', () => {
    const root = repository()
    const listed = new Workspace(root)
    listed.list(['a', 'top.json'])
    writeFileSync(join(root, 'a/main.bicep'), 'param late string\n')
    writeFileSync(join(root, 'b/late.json'), '{}')
    expect(listed.get('a/main.bicep')).toBeUndefined()
    expect(shape(listed.get('b/late.json'))?.size).toBe(2)
    expect(shape(new Workspace(root).get('a/main.bicep'))?.size).toBe(18)
  })

  it('answers for folders adopted from another thread with their files, until it releases them', () => {
    const root = repository()
    const worker = new Workspace(root)
    const files = worker.adopt([{ path: 'a/main.json', absolutePath: join(root, 'a/main.json') }])
    worker.adoptFolders(['a'], files)
    writeFileSync(join(root, 'a/main.bicep'), 'param late string\n')
    expect(worker.listedIn('a')?.map(file => file.path)).toEqual(['a/main.json'])
    expect(worker.get('a/main.bicep')).toBeUndefined()
    expect(shape(worker.get('a/main.json'))?.size).toBe(9)
    worker.releaseFolders()
    expect(worker.listedIn('a')).toBeUndefined()
    expect(shape(worker.get('a/main.bicep'))?.size).toBe(18)
  })

  it('never reaches a file through a link to a folder outside the root: not found, not read, not listed', () => {
    const root = repository()
    for (const workspace of [new Workspace(root), listedWorkspace(root)]) {
      expect(workspace.get('b/outside-folder-link/secret.txt')).toBeUndefined()
      expect(workspace.readText('b/outside-folder-link/secret.txt')).toEqual({ ok: false, message: 'file not found inside the workspace', line: 1, column: 1 })
      expect(filesIn(workspace, 'b/outside-folder-link/mod')).toEqual([])
      expect(workspace.list(['b/outside-folder-link', 'b/outside-folder-link/mod/main.tf'])).toEqual([])
    }
    // A link to a folder inside still leads to its files.
    expect(shape(new Workspace(root).get('b/folder-link/main.json'))?.size).toBe(9)
  })

  it('reads a listed file as the whole file', () => {
    const root = repository()
    const workspace = new Workspace(root)
    workspace.list()
    for (const path of ['b/big.json', 'top.json', 'a/main.json', 'b/inside-link.json']) {
      expect(workspace.readText(path)).toEqual({ ok: true, text: readFileSync(join(root, path), 'utf8') })
    }
  })

  it('lists a folder\'s files from the listing as from the file system: sorted, links inside the root only', () => {
    const root = repository()
    writeFileSync(join(root, 'b/a-first.json'), '{}')
    const listed = new Workspace(root)
    listed.list()
    // A vendored folder is not walked: asked of the file system.
    expect(listed.listedIn('node_modules/m')).toBeUndefined()
    const folders = ['', '.', 'a', 'a/', 'a/sub', 'b', 'node_modules/m', 'c']
    for (const folder of folders) {
      const fromDisk = filesIn(new Workspace(root), folder).map(shape)
      expect([folder, filesIn(listed, folder).map(shape)]).toEqual([folder, fromDisk])
    }
    expect(filesIn(listed, 'b').map(file => file.path)).toEqual(['b/a-first.json', 'b/big.json', 'b/inside-link.json'])
    // A folder the listing walked is answered from it: a file written since is not seen.
    writeFileSync(join(root, 'a/late.json'), '{}')
    expect(filesIn(listed, 'a').map(file => file.path)).toEqual(['a/main.json'])
  })
})
