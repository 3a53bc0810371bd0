import { fileName } from '../../../model/paths.js'
import type { ParseError } from '../../../model/resources.js'
import { PARAMETER_FILE_NAME } from '../../shared/parameter-file-name.js'
import type { JsonDocument } from '../json/json-document.js'
import { isJsonObject, jsonMember, jsonMemberValue, jsonObjectMember, type JsonObject } from '../json/json-value.js'

const JSON_FILE = /\.json$/i
const SCHEMA = /"\$schema"\s*:\s*"[^"]*deployment(?:Template|Parameters)/i
const PARAMETERS_SCHEMA = /"\$schema"\s*:\s*"[^"]*deploymentParameters/i
const CONTENT_VERSION = /"contentVersion"\s*:/
const PARAMETERS_KEY = /"parameters"\s*:/

/**
 * Whether a file may be an ARM template or parameter file, from its name and first 4 KiB: a
 * deployment template/parameters `$schema`, a `contentVersion`, or a parameter file name with
 * `parameters`. Other JSON (package.json, tsconfig, exported resource lists) is not claimed;
 * what is claimed but turns out not to be ARM is skipped silently by the reader.
 */
export function claimsArmFile(path: string, head: () => string): boolean {
  if (!JSON_FILE.test(path)) return false
  const text = head()
  return SCHEMA.test(text) || CONTENT_VERSION.test(text) || (PARAMETER_FILE_NAME.test(fileName(path)) && PARAMETERS_KEY.test(text))
}

/** Whether a claimed file is likely a parameter file (name, or `$schema` near the start). */
export function isParameterFileCandidate(path: string, text: string): boolean {
  return PARAMETER_FILE_NAME.test(fileName(path)) || PARAMETERS_SCHEMA.test(text.slice(0, HEAD_LENGTH))
}

const HEAD_LENGTH = 4096

/** What a claimed JSON file turned out to be. */
type ArmFile =
  | { readonly kind: 'template'; readonly document: JsonDocument }
  | { readonly kind: 'parameters'; readonly document: JsonDocument; readonly parameters: JsonObject }
  | { readonly kind: 'invalid-template'; readonly error: ParseError }
  | { readonly kind: 'other' }

/**
 * A template has a `resources` array or object (symbolic names, language version 2.0) and a
 * deployment template `$schema` or a `contentVersion`; a `$schema` claiming a template without
 * resources is an error. A parameter file has a deployment parameters `$schema`, or a parameter
 * file name and a `parameters` object.
 */
export function classifyArmFile(document: JsonDocument): ArmFile {
  const root = document.value
  if (!isJsonObject(root)) return { kind: 'other' }
  const schema = jsonMemberValue(root, '$schema')
  const resources = jsonMember(root, 'resources')
  const hasResources = resources !== undefined && (Array.isArray(resources.value) || isJsonObject(resources.value))
  const parameters = jsonObjectMember(root, 'parameters')
  if (typeof schema === 'string' && /deploymentTemplate/i.test(schema)) {
    if (hasResources) return { kind: 'template', document }
    const location = document.locate(resources === undefined ? [] : [resources.key])
    return { kind: 'invalid-template', error: { ...location, message: 'expected a `resources` array or object', severity: 'error' } }
  }
  if (typeof schema === 'string' && /deploymentParameters/i.test(schema)) return { kind: 'parameters', document, parameters: parameters ?? {} }
  if (hasResources && jsonMember(root, 'contentVersion') !== undefined) return { kind: 'template', document }
  if (!hasResources && parameters !== undefined && PARAMETER_FILE_NAME.test(fileName(document.file))) return { kind: 'parameters', document, parameters }
  return { kind: 'other' }
}


/** A `/`-ended folder ('' for the root) and each folder above it, up to the root. */
export function foldersUp(folder: string): string[] {
  const folders = [folder]
  for (let rest = folder; rest !== ''; folders.push(rest)) rest = rest.slice(0, rest.lastIndexOf('/', rest.length - 2) + 1)
  return folders
}
