/**
 * A file or folder the scan cannot read (permissions, a file removed while the scan runs) is said, located, and
 * fails closed. A reader's read threw instead: the run ended with an internal error (Terraform, Bicep), or the error
 * was pinned on the file beside it and that file's VM vanished (ARM); a file the claim could not open, and a folder
 * the listing could not read, were skipped in silence (false passes found by probing).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readModel } from '../../src/scan.js'
import { readHead } from '../../src/scan/file-head.js'
import { cannotRead, Workspace } from '../../src/workspace/workspace.js'
import { armTemplate, armVm } from '../support/manifests.js'

let root = ''
afterEach(() => rmSync(root, { recursive: true, force: true }))

function repository(files: Readonly<Record<string, string>>): Workspace {
  root = mkdtempSync(join(tmpdir(), 'hrg-unreadable-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return new Workspace(root)
}

describe('why a file or folder cannot be read', () => {
  it('names the error code in words, never the absolute path', () => {
    expect(cannotRead(Object.assign(new Error("EACCES: permission denied, open '/home/runner/x.json'"), { code: 'EACCES' }))).toBe(
      'the file cannot be read (EACCES: permission denied)'
    )
    expect(cannotRead({ code: 'EMFILE' }, 'the folder')).toBe('the folder cannot be read (EMFILE)')
    expect(cannotRead(undefined)).toBe('the file cannot be read (an input/output error)')
  })
})

describe('a listed file that cannot be read when a reader asks for it', () => {
  it('is a located error of that file, not a throw', () => {
    const workspace = repository({ 'arm/web.json': armTemplate([armVm('vm-web')]) })
    workspace.list()
    rmSync(join(root, 'arm/web.json'))
    expect(workspace.readText('arm/web.json')).toEqual({ ok: false, message: 'the file cannot be read (ENOENT: it no longer exists)', line: 1, column: 1 })
  })

  it('is said by the claim, which could not look at it, as an error to fail closed on', () => {
    const workspace = repository({ 'arm/web.json': armTemplate([armVm('vm-web')]) })
    const [file] = workspace.list()
    rmSync(join(root, 'arm/web.json'))
    expect(readHead(file!)).toMatchObject({ decoded: false, ioError: true, unreadable: { message: 'the file cannot be read (ENOENT: it no longer exists)', line: 1, column: 1 } })
  })
})

describe('a folder the listing could not read', () => {
  // Permissions bind every user but root: as root the folder is read, and this case says nothing.
  const asRoot = process.getuid?.() === 0
  ;(asRoot ? it.skip : it)('is noted by the listing, with why', () => {
    const workspace = repository({ 'a/app.json': armTemplate([armVm('vm-app')]), 'b/web.json': armTemplate([armVm('vm-web')]) })
    chmodSync(join(root, 'b'), 0o000)
    try {
      expect(workspace.list().map(file => file.path)).toEqual(['a/app.json'])
      expect(workspace.unreadableFolders).toEqual([{ path: 'b', reason: 'the folder cannot be read (EACCES: permission denied)' }])
    } finally {
      chmodSync(join(root, 'b'), 0o755)
    }
  })

  it('fails closed as unreadable-manifest, located at the folder, beside what was read', async () => {
    const workspace = repository({ 'a/app.json': armTemplate([armVm('vm-app')]) })
    workspace.unreadableFolders.push({ path: 'b', reason: 'the folder cannot be read (EACCES: permission denied)' })
    const model = await readModel(workspace, {})
    expect(model.virtualMachines.map(vm => vm.displayName)).toEqual(['vm-app'])
    expect(model.parseErrors).toEqual([
      { file: 'b', line: 1, column: 1, message: 'the folder cannot be read (EACCES: permission denied): the files in it were not scanned', severity: 'error', kind: 'unreadable-manifest' }
    ])
  })
})
