/**
 * Helpers for the Terraform reader tests: fixture and in-memory workspaces, and plain renderings
 * of evaluator values and Sourced fields for exact assertions.
 */
import { expect } from '@jest/globals'
import { posix, resolve } from 'node:path'
import type { InfrastructureModel, MaintenanceAssignment, Resource } from '../../../src/model/resources.js'
import type { Sourced } from '../../../src/model/source.js'
import type { ManifestReader, ReaderOutput } from '../../../src/readers/reader.js'
import { terraformPlanReader } from '../../../src/readers/terraform/plan/terraform-plan-reader.js'
import { Evaluator, type Scope } from '../../../src/readers/terraform/eval/evaluator.js'
import { isFailure, isList, isObject, isUnknown, type Value } from '../../../src/readers/terraform/eval/value.js'
import { parseHclFile } from '../../../src/readers/terraform/hcl/hcl-file.js'
import { terraformReader } from '../../../src/readers/terraform/terraform-reader.js'
import { readModel } from '../../../src/scan.js'
import { decodeText, Workspace, type WorkspaceFile } from '../../../src/workspace/workspace.js'
import { workspaceDouble } from '../../support/workspace-double.js'

export const FIXTURES = resolve('__tests__/fixtures/terraform')

/** Reads fixture folders (relative to the Terraform fixtures) the way a scan does. */
export function readFixtures(...paths: string[]): Promise<InfrastructureModel> {
  return readModel(new Workspace(FIXTURES), { paths, readers: [terraformPlanReader, terraformReader] })
}

/** A workspace over in-memory files (paths relative to the root, `/` separated). */
export function memoryWorkspace(files: Readonly<Record<string, string | Uint8Array>>): Workspace {
  const bytes = new Map(
    Object.entries(files).map(([path, content]) => [path, typeof content === 'string' ? Buffer.from(content) : content])
  )
  const file = (path: string): WorkspaceFile => ({ path, absolutePath: `/memory/${path}`, size: bytes.get(path)?.length ?? 0 })
  const workspace = {
    root: '/memory',
    list: (starts: readonly string[] = ['.']) =>
      [...bytes.keys()]
        .filter(path => starts.some(start => start === '.' || path === start || path.startsWith(`${start}/`)))
        .sort()
        .map(file),
    get: (path: string) => (bytes.has(path) ? file(path) : undefined),
    resolveFrom: (fromFile: string, target: string) => {
      const joined = posix.normalize(posix.join(posix.dirname(fromFile), target))
      if (joined.startsWith('..')) return undefined
      return joined === '.' ? '' : joined.replace(/\/$/, '')
    },
    readText: (path: string) => {
      const content = bytes.get(path)
      return content ? decodeText(content) : { ok: false, message: 'file not found inside the workspace', line: 1, column: 1 }
    }
  }
  return workspaceDouble(workspace)
}

/** Runs the plan reader and the HCL reader on in-memory files, each on the files it claims. */
export async function readMemory(files: Readonly<Record<string, string | Uint8Array>>): Promise<ReaderOutput[]> {
  const workspace = memoryWorkspace(files)
  const readers: ManifestReader[] = [terraformPlanReader, terraformReader]
  const claimed = new Map<ManifestReader, WorkspaceFile[]>(readers.map(reader => [reader, []]))
  for (const file of workspace.list()) {
    const head = () => {
      const text = workspace.readText(file.path)
      return text.ok ? text.text.slice(0, 4096) : ''
    }
    const reader = readers.find(candidate => candidate.claims(file, head))
    if (reader) claimed.get(reader)?.push(file)
  }
  return Promise.all(readers.map(reader => reader.read(claimed.get(reader) ?? [], workspace)))
}

/** All resources and errors of a memory read, merged. */
export async function readMemoryModel(files: Readonly<Record<string, string | Uint8Array>>) {
  const outputs = await readMemory(files)
  return {
    resources: outputs.flatMap(output => output.resources),
    parseErrors: outputs.flatMap(output => output.parseErrors),
    manifests: outputs.flatMap(output => output.manifests)
  }
}

/** A VM's `source_image_reference` of the Windows Server image, as lines of a `.tf` file; `sku` as written (a quoted literal or an expression). */
export const imageReferenceLines = (sku: string): string[] => [
  '  source_image_reference {',
  '    publisher = "MicrosoftWindowsServer"',
  '    offer     = "WindowsServer"',
  `    sku       = ${sku}`,
  '    version   = "latest"',
  '  }'
]

/** A plan's `resource_changes` entry that creates `address` (a resource of `type`): its known and unknown values. */
export const plannedCreate = (address: string, type: string, after: Record<string, unknown>, afterUnknown: Record<string, unknown>) => ({
  address,
  type,
  name: address.slice(address.lastIndexOf(`${type}.`) + type.length + 1).replace(/\[.*$/, ''),
  mode: 'managed',
  provider_name: 'registry.terraform.io/hashicorp/azurerm',
  change: { actions: ['create'], before: null, after, after_unknown: afterUnknown }
})

/** The maintenance assignments of a plan (read as `tfplan.json`, without a parse error): each one's symbol and target. */
export async function planAssignmentTargets(text: string) {
  const model = await readMemoryModel({ 'tfplan.json': text })
  expect(model.parseErrors).toEqual([])
  return model.resources
    .filter((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment')
    .map(assignment => ({ symbol: assignment.identity.symbol ?? '?', target: assignment.target?.target }))
}

/** Evaluates one HCL expression with the given names in scope, as plain data (see `plain`). */
export async function evaluate(expression: string, names: Readonly<Record<string, Value>> = {}): Promise<unknown> {
  const parsed = await parseHclFile(`x = ${expression}\n`)
  if (parsed.error) throw new Error(`${parsed.error.pos.line}:${parsed.error.pos.column} ${parsed.error.message}`)
  const attribute = parsed.body.attributes.get('x')
  if (!attribute) throw new Error('no attribute')
  const scope: Scope = { lookup: name => (Object.hasOwn(names, name) ? names[name] : undefined) }
  return plain(new Evaluator().evaluate(attribute.expression, scope))
}

/** A value as plain JSON-like data: `{ unknown: reason }` / `{ failure: reason }` for the markers. */
export function plain(value: Value): unknown {
  if (isUnknown(value)) return { unknown: value.reason }
  if (isFailure(value)) return { failure: value.reason }
  if (isList(value)) return value.map(plain)
  if (isObject(value)) {
    const record: Record<string, unknown> = {}
    for (const [key, item] of value.entries) record[key] = plain(item)
    return value.partial === undefined ? record : { partial: value.partial, entries: record }
  }
  if (typeof value === 'object' && value !== null) return { lazy: value.description }
  return value
}

/** A Sourced field in one line: `value (origin) file:line`, or `origin: reason`. */
export function show<T>(sourced: Sourced<T>): string {
  const where = `${sourced.location.file}:${sourced.location.line}`
  if (sourced.origin === 'unresolved') return `unresolved: ${sourced.reason ?? ''} @${where}`
  if (sourced.origin === 'absent') return `absent @${where}`
  const detail = sourced.detail === undefined ? '' : `:${sourced.detail}`
  return `${JSON.stringify(sourced.value)} (${sourced.origin}${detail}) @${where}`
}

/** The resource with this symbol. */
export function bySymbol<T extends Resource>(resources: readonly T[], symbol: string): T {
  const found = resources.find(resource => resource.identity.symbol === symbol)
  if (!found) throw new Error(`no resource ${symbol}; have ${resources.map(r => r.identity.symbol).join(', ')}`)
  return found
}
