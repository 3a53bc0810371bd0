import type { Workspace } from '../../workspace/workspace.js'
import { KUSTOMIZATION_FILE } from './claims.js'

/** The names kustomize looks for in a folder. */
export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const

/** How deep a kustomization's bases are followed. */
export const MAX_BASES = 8

/** A `namePrefix:` or `nameSuffix:` with a value on its line. */
const RENAMES = /^(?:namePrefix|nameSuffix)[ \t]*:[ \t]*[^\s#]/m
/** A top-level list of what a kustomization builds, and such a list written on its key's line (`resources: [../base]`, not followed). */
const BUILT_LISTS = listPatterns('resources|bases|components')
/** The same of its components alone. */
const COMPONENT_LISTS = listPatterns('components')
/** A list item written plainly: a plain, single- or double-quoted scalar without escapes. */
const PLAIN_ITEM = /^[ \t]*-[ \t]+(?:"([^"\\]*)"|'([^']*)'|([^\s#'"|>!&*%@`{[][^#]*?))[ \t]*(?:[ \t]#.*)?$/
const BLANK = /^[ \t]*(?:#.*)?$/

/** Whether a file is a kustomization that renames what it builds (`namePrefix`, `nameSuffix`). */
export const renamesObjects = (path: string, text: string): boolean => KUSTOMIZATION_FILE.test(path) && RENAMES.test(text)

/**
 * Whether a kustomization renames what it builds itself or through a component it includes: a component's
 * namePrefix renames everything the kustomization has accumulated (kustomize-builds.ts walk). One whose components
 * the patterns cannot follow may: it does, so that its files are read with it.
 */
export function renamesBuilt(
  file: string,
  text: string,
  workspace: Pick<Workspace, 'get' | 'readText' | 'resolveFrom'>,
  depth = 0,
  seen: Set<string> = new Set([file])
): boolean {
  if (renamesObjects(file, text)) return true
  if (!KUSTOMIZATION_FILE.test(file) || !/^components[ \t]*:/m.test(text)) return false
  const items = listedItems(text, COMPONENT_LISTS)
  if (items === undefined) return true
  return items.some(item => {
    const folder = workspace.resolveFrom(file, item)
    const component = folder === undefined ? undefined : KUSTOMIZATION_NAMES.map(name => (folder === '' ? name : `${folder}/${name}`)).find(candidate => workspace.get(candidate) !== undefined)
    if (component === undefined || seen.has(component) || depth >= MAX_BASES) return false
    seen.add(component)
    const componentText = workspace.readText(component)
    return componentText.ok && renamesBuilt(component, componentText.text, workspace, depth + 1, seen)
  })
}

/**
 * The files a kustomization builds: its `resources`, `bases` and `components`, followed into their folders'
 * kustomizations, found with line patterns (no parse: units.ts plans with it before any reader is loaded).
 * Undefined when a list is not written as plain block items: the caller cannot follow it, and must not guess.
 */
export function kustomizedFiles(
  file: string,
  text: string,
  workspace: Pick<Workspace, 'get' | 'readText' | 'resolveFrom'>,
  depth = 0,
  seen: Set<string> = new Set([file])
): string[] | undefined {
  const items = listedItems(text, BUILT_LISTS)
  if (items === undefined) return undefined
  const files: string[] = []
  for (const item of items) {
    const path = workspace.resolveFrom(file, item)
    if (path === undefined) continue
    if (workspace.get(path) !== undefined) {
      files.push(path)
      continue
    }
    const base = KUSTOMIZATION_NAMES.map(name => (path === '' ? name : `${path}/${name}`)).find(candidate => workspace.get(candidate) !== undefined)
    if (base === undefined || seen.has(base) || depth >= MAX_BASES) continue
    seen.add(base)
    const baseText = workspace.readText(base)
    const inside = baseText.ok ? kustomizedFiles(base, baseText.text, workspace, depth + 1, seen) : []
    if (inside === undefined) return undefined
    files.push(...inside)
  }
  return files
}

function listPatterns(keys: string): { readonly block: RegExp; readonly inline: RegExp } {
  return { block: new RegExp(`^(?:${keys})[ \\t]*:[ \\t]*(?:#.*)?$`), inline: new RegExp(`^(?:${keys})[ \\t]*:[ \\t]*[^\\s#]`) }
}

/** The items of a kustomization's top-level lists of these keys; undefined for other shapes. */
function listedItems(text: string, lists: { readonly block: RegExp; readonly inline: RegExp }): string[] | undefined {
  const items: string[] = []
  let inList = false
  for (const line of text.split(/\r?\n/)) {
    if (lists.block.test(line)) {
      inList = true
      continue
    }
    if (lists.inline.test(line)) return undefined
    if (BLANK.test(line)) continue
    // A top-level key ends the list (its items may sit at the key's own indentation, `- base`).
    if (/^[^\s-]/.test(line)) {
      inList = false
      continue
    }
    if (!inList) continue
    const item = PLAIN_ITEM.exec(line)
    if (item === null) return undefined
    items.push(item[1] ?? item[2] ?? item[3] ?? '')
  }
  return items
}
