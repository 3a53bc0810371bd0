/**
 * Deployment units (issue 18): a reader handed its files one unit at a time, with the results merged in
 * unit order, gives exactly what it gives when handed all its files at once: the same resources in the
 * same order, the same parse errors, manifests and inline exemptions. Checked for every reader on every
 * fixture, and on shapes where units interleave in the listing.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ParseError } from '../../src/model/resources.js'
import { DEFAULT_LIMITS } from '../../src/readers/limits.js'
import type { ManifestReader, ReaderOutput } from '../../src/readers/reader.js'
import { readers } from '../../src/readers/registry.js'
import { mergeUnitResults, planUnits, readUnit, type UnitResult } from '../../src/scan/units.js'
import { Workspace, type WorkspaceFile } from '../../src/workspace/workspace.js'
import { armTemplate, armVm, bicepVm } from '../support/manifests.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))
const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'units-'))
  roots.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

/** Each reader's claimed files, claimed as the scan claims them (first reader that claims a file). */
function claimedFiles(workspace: Workspace): Map<ManifestReader, WorkspaceFile[]> {
  const claimed = new Map<ManifestReader, WorkspaceFile[]>(readers.map(reader => [reader, []]))
  for (const file of workspace.list()) {
    const text = workspace.readText(file.path)
    const head = text.ok ? text.text.slice(0, 4096) : ''
    const reader = readers.find(candidate => candidate.claims(file, () => head))
    if (reader !== undefined) claimed.get(reader)?.push(file)
  }
  return claimed
}

const byPlace = (a: ParseError, b: ParseError): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message)

/** What one reader gives: resources as JSON in order, the rest order-free where the scan sorts it anyway. */
function comparable(output: Pick<ReaderOutput, 'resources' | 'parseErrors' | 'manifests' | 'inlineExemptions'>): object {
  return {
    resources: JSON.stringify(output.resources),
    parseErrors: [...output.parseErrors].sort(byPlace),
    manifests: [...new Set(output.manifests)].sort(),
    inlineExemptions: JSON.stringify(output.inlineExemptions ?? [])
  }
}

async function unitsAgainstWhole(root: string): Promise<{ units: number; whole: object[]; unitWise: object[] }> {
  const workspace = new Workspace(root)
  const claimed = claimedFiles(workspace)
  const planned = planUnits(readers, claimed, workspace)
  const results: UnitResult[] = []
  for (const { reader, unit } of planned) {
    results.push(await readUnit(readers[reader] as ManifestReader, unit, new Workspace(root), { limits: DEFAULT_LIMITS, prefilter: false }))
  }
  const whole: object[] = []
  const unitWise: object[] = []
  for (const [index, reader] of readers.entries()) {
    const mine = claimed.get(reader) ?? []
    if (mine.length === 0) continue
    whole.push(comparable(await reader.read(mine, new Workspace(root), DEFAULT_LIMITS)))
    const own = planned.flatMap((unit, at) => (unit.reader === index ? [at] : []))
    const merged = mergeUnitResults(readers, own.map(at => planned[at] as (typeof planned)[number]), own.map(at => results[at] as UnitResult), claimed)
    unitWise.push(comparable({ ...merged, inlineExemptions: merged.inlineExemptions }))
  }
  return { units: planned.length, whole, unitWise }
}

describe('deployment units', () => {
  it('give every reader the output of reading all its files at once, on all the fixtures', async () => {
    const { units, whole, unitWise } = await unitsAgainstWhole(FIXTURES)
    // Many more units than readers: the comparison is not between two single-unit reads.
    expect(units).toBeGreaterThan(100)
    expect(unitWise).toEqual(whole)
  })

  it('keep file order when folders interleave in the listing (ARM) and entries cross groups (Bicep)', async () => {
    const root = repository({
      'a/a-first.json': armTemplate([armVm('vm-a-first')]),
      'a/b/middle.json': armTemplate([armVm('vm-a-b-middle')]),
      'a/c-last.json': armTemplate([armVm('vm-a-last')]),
      'z/main.bicep': bicepVm('vm-z'),
      'm/main.bicep': "module vm '../shared/vm.bicep' = {\n  name: 'vm'\n}\n",
      'shared/vm.bicep': bicepVm('vm-shared'),
      'p/main.bicepparam': "using 'main.bicep'\n",
      'p/main.bicep': bicepVm('vm-p')
    })
    const { whole, unitWise } = await unitsAgainstWhole(root)
    expect(unitWise).toEqual(whole)
    const names = (whole as { resources: string }[]).flatMap(output =>
      (JSON.parse(output.resources) as { displayName?: string }[]).map(resource => resource.displayName)
    )
    // ARM in file order, though folder a/ is one unit and a/b/ another; Bicep: the parameter file's
    // deployment first (its group is listed after m/'s), then templates no one calls.
    expect(names).toEqual(['vm-a-first', 'vm-a-b-middle', 'vm-a-last', 'vm-p', 'vm-shared', 'vm-z'])
  })

  it('join the ARM folders a templateLink.relativePath links, found without a parse, in a template past one read of 64 KiB too', async () => {
    const link = (relativePath: string, vmName: string) => ({
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: vmName,
      properties: { mode: 'Incremental', templateLink: { relativePath }, parameters: { vmName: { value: vmName } } }
    })
    const padding = { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'logs', location: 'x', tags: { note: 'n'.repeat(80 * 1024) } }
    const root = repository({
      'a/main.json': armTemplate([link('../shared/vm.json', 'vm-a')]),
      'b/main.json': armTemplate([padding, link('../shared/vm.json', 'vm-b')]),
      'c/main.json': armTemplate([armVm('vm-c')]),
      'shared/vm.json': armTemplate([armVm("[parameters('vmName')]")], { parameters: { vmName: { type: 'string', defaultValue: 'vm-default' } } })
    })
    const workspace = new Workspace(root)
    const arm = readers.find(reader => reader.format === 'arm') as ManifestReader
    const units = arm.units?.(claimedFiles(workspace).get(arm) ?? [], workspace)
    expect(units?.map(unit => unit.files.map(file => file.path))).toEqual([['a/main.json', 'b/main.json', 'shared/vm.json'], ['c/main.json']])
    const { whole, unitWise } = await unitsAgainstWhole(root)
    expect(unitWise).toEqual(whole)
    // The linked template's VM once per deployment that links it, never on its own with its default name.
    const names = (JSON.parse((whole[0] as { resources: string }).resources) as { displayName?: string }[]).map(resource => resource.displayName)
    expect(names).toEqual(['vm-a', 'vm-b', 'vm-c'])
  })
})
