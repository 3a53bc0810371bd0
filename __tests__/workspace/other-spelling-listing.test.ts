/**
 * otherSpelling reads folders from the disk: a folder reached through a symbolic link out of the root is not
 * even listed (its names are not the workspace's), each folder's `readdirSync` seen through a stand-in of node:fs.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import * as fs from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const listed: string[] = []
jest.unstable_mockModule('node:fs', () => ({
  ...fs,
  readdirSync: (folder: fs.PathLike, ...rest: unknown[]) => {
    listed.push(String(folder))
    return (fs.readdirSync as (...args: unknown[]) => unknown)(folder, ...rest)
  }
}))
const { otherSpelling } = await import('../../src/workspace/other-spelling.js')

let root: string
let outside: string
beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'other-spelling-listing-')))
  outside = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'other-spelling-listing-outside-')))
  fs.mkdirSync(join(root, 'Modules'))
  fs.mkdirSync(join(outside, 'Shared'))
  fs.writeFileSync(join(outside, 'Shared/Secret.bicep'), '')
  fs.symlinkSync(join(outside, 'Shared'), join(root, 'Modules/Shared'))
})
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
  fs.rmSync(outside, { recursive: true, force: true })
})

describe('otherSpelling through a link out of the root', () => {
  it('lists the folders inside the root and stops at the link', () => {
    const anyPath = { root, get: (path: string) => ({ path, absolutePath: join(root, path), size: 0 }) }
    expect(otherSpelling(anyPath, 'modules/shared/secret.bicep')).toBeUndefined()
    expect(listed).toEqual([root, join(root, 'Modules')])
  })
})
