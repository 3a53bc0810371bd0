/**
 * src/readers/bicep/module-paths.ts: a module reference joined on the strings gives what the workspace's
 * `resolveFrom` gives, for every reference shape; the undecided ones are left to the workspace.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveModulePath } from '../../../src/readers/bicep/module-paths.js'
import { Workspace } from '../../../src/workspace/workspace.js'

const workspace = new Workspace(mkdtempSync(join(tmpdir(), 'hrg-module-paths-')))
const resolveFrom = (from: string, target: string): string | undefined => workspace.resolveFrom(from, target)

const FROM = ['main.bicep', 'infra/main.bicep', 'infra/env/prod/main.bicepparam', '..x/main.bicep', 'a b/ü.bicep']
const REFERENCES = [
  'vm.bicep',
  './vm.bicep',
  'modules/vm.bicep',
  './modules//vm.bicep',
  'modules/./vm.bicep',
  '../vm.bicep',
  '../../vm.bicep',
  '../../../vm.bicep',
  '../infra/../vm.bicep',
  '..',
  '../',
  '.',
  'modules/',
  '...bicep',
  '..vm.bicep',
  '/abs/vm.bicep',
  'modules\\vm.bicep',
  ''
]

describe('resolveModulePath', () => {
  it.each(FROM.flatMap(from => REFERENCES.map(reference => [from, reference] as const)))(
    'from %j, %j: as the workspace resolves it',
    (from, reference) => {
      expect(resolveModulePath(resolveFrom, from, reference)).toBe(workspace.resolveFrom(from, reference))
    }
  )

  it('asks the workspace only when the strings cannot decide', () => {
    const asked = jest.fn(resolveFrom)
    expect(resolveModulePath(asked, 'infra/main.bicep', './modules/vm.bicep')).toBe('infra/modules/vm.bicep')
    expect(resolveModulePath(asked, 'infra/main.bicep', '../x.bicep')).toBe('x.bicep')
    expect(asked).not.toHaveBeenCalled()
    expect(resolveModulePath(asked, 'main.bicep', '../x.bicep')).toBeUndefined()
    expect(resolveModulePath(asked, 'infra/main.bicep', '/abs/vm.bicep')).toBeUndefined()
    expect(asked).toHaveBeenCalledTimes(2)
  })
})
