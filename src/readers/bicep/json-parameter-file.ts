import type { Node } from 'jsonc-parser'
import type { SourceLocation } from '../../model/source.js'
import { childOf, parseJsonDocument } from '../shared/json/json-tree.js'
import { MAX_VALUE_DEPTH } from './conversions.js'
import type { SourceFiles } from './source-loader.js'
import type { ParameterSource } from './template-context.js'
import { arr, bool, nil, num, obj, type Provenance, str, unknown, type Value } from './values.js'

/** A JSON parameter file (`main.parameters.json`) that deploys a Bicep template: the values it sets, by parameter. */
export interface JsonParameterFile {
  readonly path: string
  /** By the parameter's name as written, then lower-cased (ARM matches parameter names ignoring case). */
  readonly values: ReadonlyMap<string, Value>
}

/**
 * `${AZURE_LOCATION}`, `${VM_SKU=2022-datacenter}`: the Azure Developer CLI fills these from its environment
 * when it deploys, so the text in the file is not the value deployed.
 */
const AZD_VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:=[^}]*)?\}/

/**
 * The values a JSON parameter file sets, each located where the file writes it; undefined when the file cannot
 * be read or is not a parameter file (no `parameters` object). Its syntax errors are the ARM reader's to
 * report: it claims the file.
 */
export function readJsonParameterFile(path: string, files: Pick<SourceFiles, 'readText'>): JsonParameterFile | undefined {
  const text = files.readText(path)
  if (!text.ok) return undefined
  const document = parseJsonDocument(text.text)
  const parameters = childOf(document.root, 'parameters')
  if (document.error !== undefined || parameters?.type !== 'object') return undefined
  const at = (node: Node): SourceLocation => ({ file: path, ...document.position(node.offset) })
  const values = new Map<string, Value>()
  for (const property of parameters.children ?? []) {
    const [key, entry] = property.children ?? []
    if (key === undefined || entry === undefined) continue
    const name = String(key.value)
    const value = childOf(entry, 'value')
    const written = value === undefined ? childOf(entry, 'reference') : value
    if (written === undefined) continue
    // Located at its key (`"value":`), as the ARM reader locates a parameter file's values.
    const prov: Provenance = { origin: 'parameter-file', detail: name, via: [at(written.parent ?? written)] }
    const converted =
      value === undefined
        ? unknown(`${path} sets '${name}' from a Key Vault reference, read when it is deployed`, prov)
        : fromJsonNode(value, prov, at, path, 0)
    values.set(name, converted)
    if (!values.has(name.toLowerCase())) values.set(name.toLowerCase(), converted)
  }
  return { path, values }
}

/** The parameter file as the inputs of a template instance: what it does not set, the template's defaults decide. */
export function jsonParameterSource(file: JsonParameterFile): ParameterSource {
  return {
    parameter: name => file.values.get(name) ?? file.values.get(name.toLowerCase()),
    missing: `${file.path} does not set it`
  }
}

function fromJsonNode(node: Node, prov: Provenance, at: (node: Node) => SourceLocation, path: string, depth: number): Value {
  if (depth > MAX_VALUE_DEPTH) return unknown(`value nested deeper than ${MAX_VALUE_DEPTH} levels`, prov)
  switch (node.type) {
    case 'object': {
      const properties = (node.children ?? []).flatMap(property => {
        const [key, value] = property.children ?? []
        if (key === undefined || value === undefined) return []
        return [{ key: String(key.value), value: fromJsonNode(value, prov, at, path, depth + 1), at: at(key) }]
      })
      return obj(properties, prov)
    }
    case 'array':
      return arr((node.children ?? []).map(item => fromJsonNode(item, prov, at, path, depth + 1)), prov)
    case 'string': {
      const text = String(node.value)
      const variable = AZD_VARIABLE.exec(text)
      if (variable === null) return str(text, prov)
      return unknown(`${path} sets it to '${text}', which the Azure Developer CLI fills from its environment variable ${variable[1]} when it deploys`, prov)
    }
    case 'number':
      return num(Number(node.value), prov)
    case 'boolean':
      return bool(node.value === true, prov)
    default:
      return nil(prov)
  }
}
