/**
 * Unit tests for src/action/repository-checkout.ts: the scan is rooted at the repository the `path` input lies
 * in (the outermost `.git` below the workspace, reached without a link), so that the report names files as
 * GitHub lists them; otherwise at the workspace, as before.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repositoryCheckout, repositoryPath } from '../../src/action/repository-checkout.js'

let workspace: string
let outside: string

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'hrg-checkout-ws-'))
  outside = mkdtempSync(join(tmpdir(), 'hrg-checkout-out-'))
  mkdirSync(join(workspace, 'src', 'infra', 'modules'), { recursive: true })
  mkdirSync(join(workspace, 'tools'))
})

afterEach(() => {
  rmSync(workspace, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

const requested = (...paths: string[]) => paths.map(path => ({ path, written: `${path}/`, exists: true }))
const checkoutOf = (...paths: string[]) => repositoryCheckout({ workspace, requestedPaths: requested(...paths) })

describe('repositoryCheckout', () => {
  it('roots the scan at a repository checked out into a subfolder (actions/checkout with `path: src`)', () => {
    mkdirSync(join(workspace, 'src', '.git'))
    expect(checkoutOf('src')).toEqual({
      root: join(workspace, 'src'),
      folder: 'src',
      requestedPaths: [{ path: '.', written: 'src/', exists: true }],
      paths: ['.']
    })
    expect(checkoutOf('src/infra', 'src/infra/modules')).toEqual({
      root: join(workspace, 'src'),
      folder: 'src',
      requestedPaths: [
        { path: 'infra', written: 'src/infra/', exists: true },
        { path: 'infra/modules', written: 'src/infra/modules/', exists: true }
      ],
      paths: ['infra', 'infra/modules']
    })
  })

  it('keeps the workspace when the repository is at its top, or when no `.git` is found', () => {
    const unchanged = { root: workspace, folder: '', requestedPaths: requested('src/infra'), paths: ['src/infra'] }
    expect(checkoutOf('src/infra')).toEqual(unchanged)
    mkdirSync(join(workspace, '.git'))
    mkdirSync(join(workspace, 'src', '.git'))
    expect(checkoutOf('src/infra')).toEqual(unchanged)
  })

  it('keeps the workspace for paths of two repositories, or one outside any', () => {
    mkdirSync(join(workspace, 'src', '.git'))
    mkdirSync(join(workspace, 'tools', '.git'))
    expect(checkoutOf('src', 'tools').folder).toBe('')
    rmSync(join(workspace, 'tools', '.git'), { recursive: true })
    expect(checkoutOf('src', 'tools')).toEqual({
      root: workspace,
      folder: '',
      requestedPaths: requested('src', 'tools'),
      paths: ['src', 'tools']
    })
    // The workspace itself holds the repository's folder: it is not in one.
    expect(checkoutOf('.').folder).toBe('')
  })

  it('takes the outermost repository, so a submodule keeps its parent repository\'s names', () => {
    mkdirSync(join(workspace, 'src', '.git'))
    // A submodule's or a worktree's `.git` is a file.
    writeFileSync(join(workspace, 'src', 'infra', '.git'), 'gitdir: ../.git/modules/infra\n')
    expect(checkoutOf('src/infra').requestedPaths).toEqual([{ path: 'infra', written: 'src/infra/', exists: true }])
    rmSync(join(workspace, 'src', '.git'), { recursive: true })
    expect(checkoutOf('src/infra').folder).toBe('src/infra')
  })

  it('follows no symbolic link: neither a folder on the way nor a `.git` link counts', () => {
    mkdirSync(join(workspace, 'src', '.git'))
    symlinkSync(join(workspace, 'src'), join(workspace, 'linked'))
    expect(checkoutOf('linked/infra').folder).toBe('')
    mkdirSync(join(outside, '.git'))
    symlinkSync(join(outside, '.git'), join(workspace, 'tools', '.git'))
    expect(checkoutOf('tools').folder).toBe('')
  })

  it('looks no higher than the workspace', () => {
    mkdirSync(join(outside, '.git'))
    const nested = join(outside, 'work')
    mkdirSync(join(nested, 'infra'), { recursive: true })
    expect(repositoryCheckout({ workspace: nested, requestedPaths: requested('infra') })).toEqual({
      root: nested,
      folder: '',
      requestedPaths: requested('infra'),
      paths: ['infra']
    })
  })
})

describe('repositoryPath', () => {
  it('names a workspace path in the terms of the repository at a folder', () => {
    expect(['src', 'src/infra', 'src/infra/main.bicep', 'srcx/a', 'tools', '.'].map(path => repositoryPath('src', path))).toEqual([
      '.',
      'infra',
      'infra/main.bicep',
      undefined,
      undefined,
      undefined
    ])
    expect(repositoryPath('', 'src/infra')).toBe('src/infra')
  })
})
