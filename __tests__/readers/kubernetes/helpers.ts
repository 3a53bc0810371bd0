import { fileURLToPath } from 'node:url'
import type {
  MaintenanceAssignment,
  MaintenanceConfiguration,
  Resource,
  VirtualMachine
} from '../../../src/model/resources.js'
import type { Sourced } from '../../../src/model/source.js'
import type { ManifestReader, ReaderOutput } from '../../../src/readers/reader.js'
import { Workspace, type WorkspaceFile } from '../../../src/workspace/workspace.js'
import { workspaceDouble } from '../../support/workspace-double.js'

/** A fixture folder of __tests__/fixtures. */
export const fixture = (relative: string): string =>
  fileURLToPath(new URL(`../../fixtures/${relative}`, import.meta.url))

/** Runs a reader the way the scan does: it reads the files it claims (head = first 4 KiB, the read = 64 KiB). */
export async function readFolder(reader: ManifestReader, root: string): Promise<ReaderOutput> {
  return readWorkspace(reader, new Workspace(root))
}

export async function readWorkspace(reader: ManifestReader, workspace: Workspace): Promise<ReaderOutput> {
  const files = workspace.list().filter(file => reader.claims(file, extent => headOf(workspace, file, extent)))
  return reader.read(files, workspace)
}

/** What the scan's claim sees of a file (scan/file-head.ts): its first 4 KiB, or all its one read takes in. */
export const headOf = (workspace: Workspace, file: WorkspaceFile, extent?: 'read'): string => {
  const text = workspace.readText(file.path)
  return text.ok ? text.text.slice(0, extent === 'read' ? 65536 : 4096) : ''
}

/** An in-memory workspace (for fuzzing): files by path. */
export function memoryWorkspace(files: Readonly<Record<string, string>>): Workspace {
  const entries = Object.entries(files).map(([path, text]) => ({
    path,
    absolutePath: `/memory/${path}`,
    size: text.length
  }))
  const below = (path: string, folder: string): boolean =>
    folder === '.' || folder === '' || path === folder || path.startsWith(`${folder}/`)
  const stub = {
    root: '/memory',
    list: (paths: readonly string[] = ['.']) => entries.filter(entry => paths.some(folder => below(entry.path, folder))),
    get: (path: string) => entries.find(entry => entry.path === path),
    resolveFrom: () => undefined,
    readText: (path: string) => {
      const text = files[path]
      if (text === undefined) return { ok: false, message: 'file not found inside the workspace', line: 1, column: 1 }
      return { ok: true, text }
    }
  }
  return workspaceDouble(stub)
}

/** `"value" origin detail @line:column` / `absent @line:column` / `unresolved @line:column: reason`. */
export function show(value: Sourced<unknown> | undefined): string {
  if (value === undefined) return 'undefined'
  const at = `@${value.location.line}:${value.location.column}`
  if (value.origin === 'absent') return `absent ${at}`
  if (value.origin === 'unresolved') return `unresolved ${at}: ${value.reason ?? ''}`
  const detail = value.detail === undefined ? '' : ` ${value.detail}`
  const via = value.via === undefined ? '' : ` via ${value.via.map(v => `${v.file}:${v.line}`).join(', ')}`
  return `${JSON.stringify(value.value)} ${value.origin}${detail} ${at}${via}`
}

export function showVm(vm: VirtualMachine): Record<string, unknown> {
  return {
    kind: vm.kind,
    identity: vm.identity,
    reportAt: `${vm.reportAt.line}:${vm.reportAt.column}`,
    deployed: show(vm.deployed),
    canHotpatch: vm.canHotpatch,
    orchestrationMode: show(vm.orchestrationMode),
    osType: show(vm.osType),
    image: [vm.image.publisher, vm.image.offer, vm.image.sku, vm.image.version, vm.image.customImageId].map(show),
    location: show(vm.location),
    tags: show(vm.tags),
    patchMode: show(vm.patchMode),
    enableHotpatching: show(vm.enableHotpatching),
    rebootSetting: show(vm.rebootSetting),
    bypass: show(vm.bypassPlatformSafetyChecksOnUserSchedule)
  }
}

export function showConfiguration(configuration: MaintenanceConfiguration): Record<string, unknown> {
  const { window } = configuration
  return {
    identity: configuration.identity,
    scope: show(configuration.maintenanceScope),
    window: [window.startDateTime, window.expirationDateTime, window.duration, window.timeZone, window.recurEvery].map(
      show
    ),
    rebootSetting: show(configuration.rebootSetting),
    excludeKbsRequiringReboot: show(configuration.excludeKbsRequiringReboot),
    classifications: show(configuration.classificationsToInclude),
    kbs: show(configuration.kbNumbersToInclude)
  }
}

export function showAssignment(assignment: MaintenanceAssignment): Record<string, unknown> {
  return {
    identity: assignment.identity,
    configuration: show(assignment.configuration.target),
    target: show(assignment.target?.target),
    ...(assignment.filter === undefined
      ? {}
      : { filter: Object.fromEntries(Object.entries(assignment.filter).map(([key, value]) => [key, show(value)])) })
  }
}

export const named = <T extends Resource>(resources: readonly Resource[], kind: T['kind'], name: string): T => {
  const found = resources.find(r => r.kind === kind && (r.identity.name === name || r.displayName === name))
  if (found === undefined) throw new Error(`no ${kind} named ${name}`)
  return found as T
}
