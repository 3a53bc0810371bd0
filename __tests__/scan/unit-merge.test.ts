import { describe, expect, it } from '@jest/globals'
import type { Resource } from '../../src/model/resources.js'
import type { ManifestReader } from '../../src/readers/reader.js'
import { UnitMerge } from '../../src/scan/unit-merge.js'
import type { PlannedUnit, UnitResult } from '../../src/scan/units.js'
import type { WorkspaceFile } from '../../src/workspace/workspace.js'

const reader = (format: string): ManifestReader => ({ format, claims: () => false, read: () => Promise.resolve({ resources: [], parseErrors: [], manifests: [] }) }) as unknown as ManifestReader
const file = (path: string): WorkspaceFile => ({ path, absolutePath: `/r/${path}`, size: 1 })
const resource = (name: string): Resource => ({ displayName: name }) as unknown as Resource
const at = (path: string): { file: string; line: number; column: number } => ({ file: path, line: 1, column: 1 })
const unit = (index: number, ...paths: string[]): PlannedUnit => ({ reader: index, unit: { files: paths.map(file) } })

describe('UnitMerge', () => {
  const readers = [reader('arm'), reader('bicep')]
  const claimed = new Map([
    [readers[0] as ManifestReader, ['a.json', 'b.json', 'c.json', 'd.json'].map(file)],
    [readers[1] as ManifestReader, ['x.bicep', 'y.bicep'].map(file)]
  ])

  it('merges units added one at a time: each reader in file order by phase, failures and skips where they fall', () => {
    const merge = new UnitMerge(readers, claimed)
    const results: [PlannedUnit, UnitResult][] = [
      [unit(0, 'c.json'), { kind: 'read', output: { resources: [resource('c1'), resource('c0')], resourceOrigins: [{ file: 'c.json', phase: 1 }, { file: 'c.json' }], parseErrors: [], manifests: ['c.json'], inlineExemptions: [{ location: at('c.json'), text: 'c' }] } }],
      [unit(0, 'b.json'), { kind: 'failed', message: 'boom' }],
      [unit(0, 'd.json'), { kind: 'skipped', files: ['d.json'] }],
      [unit(0, 'a.json'), { kind: 'read', output: { resources: [resource('a0')], resourceOrigins: [{ file: 'a.json', phase: 0 }], parseErrors: [{ file: 'a.json', line: 2, column: 3, message: 'm', severity: 'notice' }], manifests: ['a.json'], inlineExemptions: [{ location: at('a.json'), text: 'a' }] } }],
      // Without origins, a reader's resources stay in unit order.
      [unit(1, 'y.bicep'), { kind: 'read', output: { resources: [resource('y')], parseErrors: [], manifests: ['y.bicep'] } }],
      [unit(1, 'x.bicep'), { kind: 'read', output: { resources: [resource('x')], resourceOrigins: [{ file: 'x.bicep' }], parseErrors: [], manifests: ['x.bicep'] } }]
    ]
    for (const [planned, result] of results) merge.add(planned, result)
    const merged = merge.finish()
    expect(merged.resources.map(r => r.displayName)).toEqual(['a0', 'c0', 'c1', 'y', 'x'])
    expect(merged.parseErrors).toEqual([
      { file: 'b.json', line: 1, column: 1, message: 'internal error in the arm reader: boom', severity: 'error' },
      { file: 'a.json', line: 2, column: 3, message: 'm', severity: 'notice' }
    ])
    expect(merged.manifests).toEqual(['c.json', 'a.json', 'y.bicep', 'x.bicep'])
    expect(merged.skipped).toEqual(['d.json'])
    expect(merged.inlineExemptions.map(e => e.text)).toEqual(['a', 'c'])
  })

  it('keeps a single unit as its reader gave it, and a resource without an origin after the ones with', () => {
    const single = new UnitMerge(readers, claimed)
    single.add(unit(0, 'c.json', 'a.json'), { kind: 'read', output: { resources: [resource('c'), resource('a')], resourceOrigins: [{ file: 'c.json' }, { file: 'a.json' }], parseErrors: [], manifests: [] } })
    expect(single.finish().resources.map(r => r.displayName)).toEqual(['c', 'a'])
    const two = new UnitMerge(readers, claimed)
    two.add(unit(0, 'c.json'), { kind: 'read', output: { resources: [resource('c'), resource('extra')], resourceOrigins: [{ file: 'c.json' }], parseErrors: [], manifests: [] } })
    two.add(unit(0, 'a.json'), { kind: 'read', output: { resources: [resource('a')], resourceOrigins: [], parseErrors: [], manifests: [] } })
    // Origins line up with resources by position in the reader's list: 'extra' and 'a' have none, so they go last, in unit order.
    expect(two.finish().resources.map(r => r.displayName)).toEqual(['c', 'extra', 'a'])
  })
})
