import type { Node } from 'jsonc-parser'
import { absent, known, type SourceLocation, type Sourced, unresolved } from '../../model/source.js'
import type { ArmPath, ArmPropertySource } from '../shared/azure-compute/index.js'
import { childOf } from '../shared/json/json-tree.js'

/** 1-based position of a text offset in the what-if file. */
export type Position = (offset: number) => { line: number; column: number }

/**
 * A resource payload of a what-if result (`after`, or `before` for a deletion) for the shared compute
 * adapter. Azure has evaluated every expression, parameter, linked template and module: each value is
 * written as is in the result (origin `literal`), located at its line in the result file.
 */
export function payloadSource(payload: Node, file: string, position: Position, at: SourceLocation): ArmPropertySource {
  const locate = (node: Node): SourceLocation => ({ file, ...position(node.offset) })
  const read = <T>(path: ArmPath, convert: (node: Node) => T | undefined, what: string): Sourced<T> => {
    const node = descend(payload, path)
    if (node === undefined || node.type === 'null') return absent(at)
    const expression = findExpression(node)
    if (expression !== undefined) return unresolved(locate(node), unevaluated(expression))
    const value = convert(node)
    return value === undefined ? unresolved(locate(node), `expected ${what}, found ${describe(node)}`) : known(value, locate(node))
  }
  return {
    at,
    string: path => read(path, asString, 'a string'),
    boolean: path => read(path, asBoolean, 'a bool'),
    strings: path => read(path, asStrings, 'an array of strings'),
    stringMap: path => read(path, asStringMap, 'an object of tags'),
    stringListMap: path => read(path, asStringListMap, 'an object of tag values'),
    records: path => read(path, asRecords, 'an array of objects of strings'),
    written: path => read(path, () => true as const, 'a value')
  }
}

/** The node at a path of object keys (ARM property names compare case-insensitively). */
export function descend(node: Node | undefined, path: readonly string[]): Node | undefined {
  let current = node
  for (const key of path) current = memberOf(current, key)
  return current
}

function memberOf(node: Node | undefined, key: string): Node | undefined {
  const exact = childOf(node, key)
  if (exact !== undefined || node?.type !== 'object') return exact
  const lower = key.toLowerCase()
  const property = node.children?.find(child => typeof child.children?.[0]?.value === 'string' && String(child.children[0].value).toLowerCase() === lower)
  return property?.children?.[1]
}

/** `[reference(...)]`: a template expression (`[[` escapes a literal bracket). */
const EXPRESSION = /^\[(?!\[)[\s\S]*\]$/
const MAX_SHOWN = 120

/**
 * What-if does not evaluate what is known only at deployment (`reference()`, `list*()`): the result
 * holds the template expression as a string (Azure/arm-template-whatif#227). Such a value is
 * unresolved, never read as the text it shows.
 */
function findExpression(node: Node, depth = 0): string | undefined {
  if (node.type === 'string') return EXPRESSION.test(node.value as string) ? (node.value as string) : undefined
  if (depth > 2 || (node.type !== 'array' && node.type !== 'object')) return undefined
  for (const child of node.children ?? []) {
    const value = node.type === 'object' ? child.children?.[1] : child
    const found = value === undefined ? undefined : findExpression(value, depth + 1)
    if (found !== undefined) return found
  }
  return undefined
}

const unevaluated = (expression: string): string => {
  const shown = expression.length > MAX_SHOWN ? `${expression.slice(0, MAX_SHOWN)}…` : expression
  return `what-if leaves it as the expression '${shown}': it is known only at deployment`
}

const asString = (node: Node): string | undefined =>
  node.type === 'string' ? (node.value as string) : node.type === 'number' ? String(node.value) : undefined

/** Booleans; `"true"`/`"false"` too, which ARM accepts for bool properties. */
function asBoolean(node: Node): boolean | undefined {
  if (node.type === 'boolean') return node.value as boolean
  return node.type === 'string' && /^(true|false)$/i.test(node.value as string) ? (node.value as string).toLowerCase() === 'true' : undefined
}

function asStrings(node: Node): readonly string[] | undefined {
  if (node.type !== 'array') return undefined
  const items = (node.children ?? []).map(asString)
  return items.every((item): item is string => item !== undefined) ? items : undefined
}

function asStringMap(node: Node): Readonly<Record<string, string>> | undefined {
  const entries = objectEntries(node)
  const values = entries?.map(([key, value]) => [key, value.type === 'boolean' ? String(value.value) : asString(value)] as const)
  return values?.every((entry): entry is readonly [string, string] => entry[1] !== undefined) ? Object.fromEntries(values) : undefined
}

function asStringListMap(node: Node): Readonly<Record<string, readonly string[]>> | undefined {
  const values = objectEntries(node)?.map(([key, value]) => [key, asStrings(value)] as const)
  return values?.every((entry): entry is readonly [string, readonly string[]] => entry[1] !== undefined) ? Object.fromEntries(values) : undefined
}

/** An array of objects whose values are strings (a license profile's product features). */
function asRecords(node: Node): readonly Readonly<Record<string, string>>[] | undefined {
  if (node.type !== 'array') return undefined
  const items = (node.children ?? []).map(asStringMap)
  return items.every((item): item is Readonly<Record<string, string>> => item !== undefined) ? items : undefined
}

function objectEntries(node: Node): [string, Node][] | undefined {
  if (node.type !== 'object') return undefined
  return (node.children ?? []).flatMap(property => {
    const [key, value] = property.children ?? []
    return typeof key?.value === 'string' && value !== undefined ? [[key.value, value] as [string, Node]] : []
  })
}

const describe = (node: Node): string => (node.type === 'array' ? 'an array' : node.type === 'object' ? 'an object' : `a ${node.type}`)
