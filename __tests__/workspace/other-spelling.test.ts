import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { otherSpelling } from '../../src/workspace/other-spelling.js'
import { Workspace } from '../../src/workspace/workspace.js'

let root: string
let outside: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'other-spelling-'))
  outside = mkdtempSync(join(tmpdir(), 'other-spelling-outside-'))
  mkdirSync(join(root, 'Modules/Compute'), { recursive: true })
  writeFileSync(join(root, 'Modules/Compute/WinVM.bicep'), 'param x string\n')
  // Two files one letter case apart: neither is the one meant.
  writeFileSync(join(root, 'Modules/vm.bicep'), '')
  writeFileSync(join(root, 'Modules/VM.bicep'), '')
  writeFileSync(join(outside, 'secret.bicep'), '')
  symlinkSync(join(outside, 'secret.bicep'), join(root, 'Modules/Link.bicep'))
  // A folder outside the root, reached through a link, and a link to a folder inside it.
  mkdirSync(join(outside, 'Shared'))
  writeFileSync(join(outside, 'Shared/Secret.bicep'), '')
  symlinkSync(join(outside, 'Shared'), join(root, 'Modules/Shared'))
  symlinkSync(join(root, 'Modules/Compute'), join(root, 'Alias'))
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

describe('otherSpelling', () => {
  it('finds the one file whose folders and name differ only in letter case', () => {
    expect(otherSpelling(new Workspace(root), 'modules/compute/winvm.bicep')).toBe('Modules/Compute/WinVM.bicep')
  })

  it('finds nothing for the path as it is, an ambiguous spelling, a missing file, or a link out of the folder', () => {
    const workspace = new Workspace(root)
    expect(otherSpelling(workspace, 'Modules/Compute/WinVM.bicep')).toBeUndefined()
    expect(otherSpelling(workspace, 'modules/Vm.bicep')).toBeUndefined()
    expect(otherSpelling(workspace, 'modules/compute/other.bicep')).toBeUndefined()
    expect(otherSpelling(workspace, 'modules/link.bicep')).toBeUndefined()
  })

  it('lists no folder reached through a link out of the root: no name of it is returned, whatever get says', () => {
    // `get` that takes any path: the names of a folder outside must not come back even so.
    const anyPath = { root, get: (path: string) => ({ path, absolutePath: join(root, path), size: 0 }) }
    expect(otherSpelling(anyPath, 'modules/shared/secret.bicep')).toBeUndefined()
    expect(otherSpelling(anyPath, 'Modules/shared/secret.bicep')).toBeUndefined()
    expect(otherSpelling(new Workspace(root), 'modules/shared/secret.bicep')).toBeUndefined()
  })

  it('follows a link to a folder inside the root', () => {
    expect(otherSpelling(new Workspace(root), 'alias/winvm.bicep')).toBe('Alias/WinVM.bicep')
  })
})
