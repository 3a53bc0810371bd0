import type { Node } from 'jsonc-parser'
import type { SourceLocation } from '../../model/source.js'
import type { Workspace } from '../../workspace/workspace.js'
import { filesIn } from '../../workspace/folder-files.js'
import { childOf, parseJsonDocument } from '../shared/json/json-tree.js'
import { folderOf } from '../../model/paths.js'

/** A resource declaration in a Bicep or ARM file beside a what-if result. */
export interface SourceDeclaration {
  readonly type: string
  /** The name when it is written as a literal (its last segment); undefined when it is computed. */
  readonly name: string | undefined
  /** A computed name that is a parameter with a literal default: the name unless the deployment passes another. */
  readonly defaultName?: string
  readonly at: SourceLocation
}

/** Declarations read per file at most; a larger template is still matched by what was read. */
const MAX_DECLARATIONS = 2000
const MAX_NESTING = 16

/**
 * The declarations of the `.bicep` and ARM `.json` files in the result's own folder: what lets a
 * resource of the result be reported at the line a reviewer reads. Read as text and JSON only (no
 * evaluation: the result holds the values).
 */
export function siblingDeclarations(workspace: Workspace, resultFile: string): SourceDeclaration[] {
  const folder = folderOf(resultFile)
  const siblings = filesIn(workspace, folder).filter(file => file.path !== resultFile)
  return siblings.flatMap(file => {
    if (!/\.(bicep|json)$/i.test(file.path)) return []
    const text = workspace.readText(file.path)
    if (!text.ok) return []
    return file.path.toLowerCase().endsWith('.bicep') ? bicepDeclarations(file.path, text.text) : armDeclarations(file.path, text.text)
  })
}

/** A resource of a what-if result, as far as pairing it with a declaration goes. */
export interface Declared {
  readonly type: string
  readonly name: string | undefined
}

/**
 * Pairs resources with their declarations, only where the pairing is unambiguous: the declaration whose
 * literal name is the resource's name, else whose name parameter defaults to it, else the one declaration
 * of its type with a computed name when exactly one resource of that type is left (two VMs left for one
 * computed declaration may come from a module or a loop: neither is paired).
 */
export function pairDeclarations<T extends Declared>(resources: readonly T[], declarations: readonly SourceDeclaration[]): Map<T, SourceDeclaration> {
  const pairs = new Map<T, SourceDeclaration>()
  const sameType = (resource: T) => declarations.filter(declaration => declaration.type.toLowerCase() === resource.type.toLowerCase())
  const byName = (resource: T, name: (declaration: SourceDeclaration) => string | undefined) => {
    const found = sameType(resource).filter(declaration => resource.name !== undefined && name(declaration)?.toLowerCase() === resource.name.toLowerCase())
    return found.length === 1 ? found[0] : undefined
  }
  for (const resource of resources) {
    const found = byName(resource, declaration => declaration.name) ?? byName(resource, declaration => declaration.defaultName)
    if (found !== undefined) pairs.set(resource, found)
  }
  const taken = new Set(pairs.values())
  const left = resources.filter(resource => !pairs.has(resource))
  for (const resource of left) {
    const type = resource.type.toLowerCase()
    const computed = sameType(resource).filter(declaration => declaration.name === undefined && !taken.has(declaration))
    const rivals = left.filter(other => other.type.toLowerCase() === type)
    if (computed.length === 1 && rivals.length === 1 && computed[0] !== undefined) pairs.set(resource, computed[0])
  }
  return pairs
}

const BICEP_RESOURCE = /^(\s*)resource\s+[A-Za-z_]\w*\s+'([^'@]+)@[^']*'\s+(existing\s*)?=/
const BICEP_NAME = /^\s*name:\s*(.*?)\s*$/

const BICEP_PARAM = /^\s*param\s+([A-Za-z_]\w*)\s+string\s*=\s*'([^'$\\]*)'\s*$/

function bicepDeclarations(file: string, text: string): SourceDeclaration[] {
  const lines = text.split(/\r?\n/)
  const found: SourceDeclaration[] = []
  const defaults = new Map(lines.flatMap(line => {
    const param = BICEP_PARAM.exec(line)
    return param ? [[param[1] ?? '', param[2] ?? ''] as const] : []
  }))
  lines.forEach((line, index) => {
    const match = BICEP_RESOURCE.exec(line)
    if (!match || match[3] !== undefined || found.length >= MAX_DECLARATIONS) return
    const indent = match[1] ?? ''
    let name: string | undefined
    let defaultName: string | undefined
    // The body ends at the first line that closes at the declaration's own indentation.
    for (let next = index + 1; next < lines.length; next++) {
      const body = lines[next] ?? ''
      if (body.startsWith(`${indent}}`)) break
      const written = BICEP_NAME.exec(body)?.[1]
      if (written === undefined) continue
      const literal = /^'([^'$\\]*)'$/.exec(written)?.[1]
      name = literal === undefined ? undefined : lastSegment(literal)
      defaultName = defaults.get(written)
      break
    }
    const at = { file, line: index + 1, column: indent.length + 1 }
    found.push({ type: match[2] ?? '', name, ...(defaultName === undefined ? {} : { defaultName }), at })
  })
  return found
}

function armDeclarations(file: string, text: string): SourceDeclaration[] {
  const document = parseJsonDocument(text)
  if (document.root?.type !== 'object') return []
  const found: SourceDeclaration[] = []
  const visit = (template: Node | undefined, depth: number) => {
    const parameters = childOf(template, 'parameters')
    const resources = childOf(template, 'resources')
    if (depth > MAX_NESTING || resources === undefined) return
    // Language version 2.0 keys resources by symbolic name.
    const nodes = resources.type === 'array' ? resources.children ?? [] : (resources.children ?? []).flatMap(property => property.children?.[1] ?? [])
    for (const node of nodes) {
      if (found.length >= MAX_DECLARATIONS) return
      const type = childOf(node, 'type')?.value as unknown
      const name = childOf(node, 'name')?.value as unknown
      if (typeof type !== 'string') continue
      const literal = typeof name === 'string' && !name.startsWith('[') ? lastSegment(name) : undefined
      const parameter = typeof name === 'string' ? /^\[parameters\('([^']+)'\)\]$/.exec(name)?.[1] : undefined
      const fallback = parameter === undefined ? undefined : (childOf(childOf(parameters, parameter), 'defaultValue')?.value as unknown)
      const defaultName = typeof fallback === 'string' && !fallback.startsWith('[') ? { defaultName: lastSegment(fallback) } : {}
      found.push({ type, name: literal, ...defaultName, at: { file, ...document.position(node.offset) } })
      visit(childOf(childOf(node, 'properties'), 'template'), depth + 1)
    }
  }
  visit(document.root, 0)
  return found
}

const lastSegment = (name: string): string => name.slice(name.lastIndexOf('/') + 1)
