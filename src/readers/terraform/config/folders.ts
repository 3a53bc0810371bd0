import type { HclFiles } from './hcl-files.js'
import { isLocalSource, type ModuleConfig } from './module-config.js'

/** Module configurations reachable from a root, with the folder each local module call resolves to. */
export interface ModuleTree {
  readonly configs: ReadonlyMap<string, ModuleConfig>
  /** `moduleFolderKey(caller folder, source)` to the callee folder. */
  readonly moduleFolders: ReadonlyMap<string, string>
}

/** Folders are at most this many calls away from a root (module chains are short in practice). */
export const MAX_TREE_FOLDERS = 500

export const moduleFolderKey = (callerFolder: string, source: string): string => `${callerFolder}\u0000${source}`

/** The folder a local module source names, if it holds `.tf` files inside the workspace. */
export function resolveModuleFolder(files: HclFiles, callerFile: string, source: string): string | undefined {
  if (!isLocalSource(source)) return undefined
  const resolved = files.workspace.resolveFrom(callerFile, source)
  if (resolved === undefined) return undefined
  const folder = resolved === '' ? '.' : resolved.replace(/\/+$/, '')
  return files.tfFiles(folder).length > 0 ? folder : undefined
}

/** Loads a root module and every local module it calls, directly or not (breadth first, each folder once). */
export async function loadModuleTree(files: HclFiles, root: string): Promise<ModuleTree> {
  const configs = new Map<string, ModuleConfig>()
  const moduleFolders = new Map<string, string>()
  const queue = [root]
  while (queue.length > 0 && configs.size < MAX_TREE_FOLDERS) {
    const folder = queue.shift() as string
    if (configs.has(folder)) continue
    const config = await files.config(folder)
    configs.set(folder, config)
    for (const call of config.moduleCalls.values()) {
      if (call.source === undefined) continue
      const target = resolveModuleFolder(files, call.file, call.source)
      if (target === undefined) continue
      moduleFolders.set(moduleFolderKey(folder, call.source), target)
      if (!configs.has(target)) queue.push(target)
    }
  }
  return { configs, moduleFolders }
}

/**
 * Root modules among the scanned folders: a folder another scanned folder calls as a module is
 * evaluated through its callers only; folders that nothing reaches (call cycles) stand alone.
 */
export async function rootFolders(files: HclFiles, folders: readonly string[]): Promise<string[]> {
  const scanned = new Set(folders)
  const calls = new Map<string, string[]>()
  const called = new Set<string>()
  for (const folder of folders) {
    const config = await files.config(folder)
    const targets: string[] = []
    for (const call of config.moduleCalls.values()) {
      const target = call.source === undefined ? undefined : resolveModuleFolder(files, call.file, call.source)
      if (target === undefined || target === folder) continue
      targets.push(target)
      if (scanned.has(target)) called.add(target)
    }
    calls.set(folder, targets)
  }
  const roots = folders.filter(folder => !called.has(folder))
  const reached = new Set<string>()
  const stack = [...roots]
  while (stack.length > 0) {
    const folder = stack.pop() as string
    if (reached.has(folder)) continue
    reached.add(folder)
    stack.push(...(calls.get(folder) ?? []))
  }
  return [...roots, ...folders.filter(folder => !reached.has(folder))].sort()
}
