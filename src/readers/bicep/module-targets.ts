import { otherSpelling } from '../../workspace/other-spelling.js'
import type { Workspace } from '../../workspace/workspace.js'
import { resolveModulePath } from './module-paths.js'

/** Where a module's code lives; `writtenAs`: the path as written, when it names the file in another letter case. */
export type ModuleTarget =
  | { readonly kind: 'bicep'; readonly path: string; readonly writtenAs?: string }
  | { readonly kind: 'arm-json'; readonly path: string; readonly writtenAs?: string }
  | { readonly kind: 'registry'; readonly reference: string }
  /** `outside`: the path leads outside the scanned folder; else it names no file there. */
  | { readonly kind: 'unreadable'; readonly reason: string; readonly outside: boolean }

/** What resolving a module needs of the workspace (`root` for files named in another letter case). */
export type ModuleFiles = Pick<Workspace, 'resolveFrom' | 'get'> & Partial<Pick<Workspace, 'root'>>

export const REGISTRY = /^(br|ts)(:|\/)/i

/**
 * Why a `.bicepparam` file's `using` template cannot be read, in words that name a template, not a module
 * (resolveModuleTarget's reason): the file only sets that template's parameters.
 */
export const templateNotThere = (target: { readonly outside: boolean }): string => (target.outside ? 'is outside the scanned folder' : 'is missing')

/** The target of a module or import reference written in `fromFile`. */
export function resolveModuleTarget(files: ModuleFiles, fromFile: string, reference: string): ModuleTarget {
  if (REGISTRY.test(reference)) return { kind: 'registry', reference }
  const written = resolveModulePath((from, target) => files.resolveFrom(from, target), fromFile, reference)
  if (written === undefined) return { kind: 'unreadable', reason: `module path '${reference}' leads outside the scanned folder`, outside: true }
  const path = existingModulePath(files, written)
  if (path === undefined) return { kind: 'unreadable', reason: `module file '${written}' not found`, outside: false }
  const kind = path.toLowerCase().endsWith('.json') ? 'arm-json' : 'bicep'
  return path === written ? { kind, path } : { kind, path, writtenAs: written }
}

/**
 * The file a module path names: itself, else the one file it names in another letter case (otherSpelling, when
 * the workspace is on disk); undefined when there is none. The Bicep units (units.ts) join the same file.
 */
export function existingModulePath(files: ModuleFiles, written: string): string | undefined {
  if (files.get(written) !== undefined) return written
  const root = files.root
  return root === undefined ? undefined : otherSpelling({ root, get: path => files.get(path) }, written)
}
