import { through, type JsonRef, type Traced } from '../expressions/trace.js'
import { findKey, isArmObject, Unresolved, type ArmObject, type ArmValue, type Json } from '../expressions/values.js'
import { isJsonObject, jsonMember, type JsonObject } from '../json/json-value.js'
import type { Context } from './context.js'
import { at, evaluateJson } from './evaluate-json.js'
import type { ParameterSource } from './template-scope.js'

/** A parameter file's `parameters` object, as found in the workspace. */
export interface ParameterFile {
  readonly file: string
  readonly parameters: JsonObject
  /** Where its values come from when not from `parameters`: a `.bicepparam` (files/bicepparam-files.ts). */
  readonly source?: ParameterSource
}

const keyVaultReference = (name: string, ref: JsonRef, origin: 'parameter-file' | 'expression'): Traced => ({
  value: new Unresolved(`parameter '${name}' is a Key Vault reference, only known at deployment`),
  trace: { origin, detail: name, via: [ref] }
})

/** The root template's parameters when deployed without a parameter file: only defaults apply. */
export const DEFAULTS_ONLY: ParameterSource = {
  supplied: () => undefined,
  missingReason: name => `parameter '${name}' has no default value and no parameter file sets it`
}

/**
 * Values from a parameter file. They are literal (parameter files hold no expressions); names the
 * template does not declare are never asked for, so they are ignored.
 */
export function parameterFileSource(parameterFile: ParameterFile): ParameterSource {
  const fileName = parameterFile.file.split('/').pop() ?? parameterFile.file
  return {
    supplied(name) {
      const entry = jsonMember(parameterFile.parameters, name)
      if (entry === undefined) return undefined
      const ref: JsonRef = { file: parameterFile.file, path: ['parameters', entry.key] }
      if (jsonMember(entry.value, 'reference') !== undefined) return keyVaultReference(name, ref, 'parameter-file')
      const value = jsonMember(entry.value, 'value')
      if (value === undefined) return undefined
      return { value: value.value as ArmValue, trace: { origin: 'parameter-file', detail: name, via: [at(ref, value.key)] } }
    },
    missingReason: name => `parameter '${name}' has no default value and ${fileName} does not set it`
  }
}

/**
 * The `parameters` a nested deployment with inner scope passes: evaluated in the outer template
 * (with its copy index), and tracing through the line that passes them. Written as one expression
 * (`"parameters": "[if(c, createObject('sku', createObject('value', 'a')), ...)]"`), it is evaluated once and
 * each parameter is a member of what it gives.
 */
export function nestedDeploymentSource(parameters: Json | undefined, outer: Context, ref: JsonRef): ParameterSource {
  if (typeof parameters === 'string') return evaluatedParameters(evaluateJson(parameters, outer, ref), ref)
  return nestedEntries(isJsonObject(parameters) ? parameters : undefined, outer, ref)
}

function evaluatedParameters(evaluated: Traced, ref: JsonRef): ParameterSource {
  const all = evaluated.value
  return {
    supplied(name) {
      if (all instanceof Unresolved) return { value: all, trace: through(evaluated.trace, ref) }
      const key = isArmObject(all) ? findKey(all, name) : undefined
      return key === undefined ? undefined : wholeEntry(name, { value: (all as ArmObject)[key] as ArmValue, trace: evaluated.trace }, ref)
    },
    missingReason: name => `parameter '${name}' has no default value and the nested deployment's parameters expression does not pass it`
  }
}

function nestedEntries(parameters: JsonObject | undefined, outer: Context, ref: JsonRef): ParameterSource {
  return {
    supplied(name) {
      const entry = jsonMember(parameters, name)
      if (entry === undefined) return undefined
      const entryRef = at(ref, entry.key)
      if (typeof entry.value === 'string') return wholeEntry(name, evaluateJson(entry.value, outer, entryRef), entryRef)
      if (jsonMember(entry.value, 'reference') !== undefined) return keyVaultReference(name, entryRef, 'expression')
      const value = jsonMember(entry.value, 'value')
      if (value === undefined) return undefined
      const valueRef = at(entryRef, value.key)
      const evaluated = evaluateJson(value.value, outer, valueRef)
      return { value: evaluated.value, trace: through(evaluated.trace, valueRef) }
    },
    missingReason: name => `parameter '${name}' has no default value and the nested deployment does not pass it`
  }
}

/**
 * A parameter a nested deployment passes as one expression that builds its `{ value }` or `{ reference }`
 * (`"[if(parameters('ha'), createObject('value', 'a'), createObject('value', 'b'))]"`, as Bicep compiles a
 * module parameter that depends on a condition): the member of what it evaluates to. It was read as a
 * parameter not passed, so the VM it configures was indeterminate, a warning the run passed with.
 */
function wholeEntry(name: string, evaluated: Traced, entryRef: JsonRef): Traced {
  const trace = through(evaluated.trace, entryRef)
  const entry = evaluated.value
  if (entry instanceof Unresolved) return { value: entry, trace }
  if (isArmObject(entry)) {
    if (findKey(entry, 'reference') !== undefined) return keyVaultReference(name, entryRef, 'expression')
    const key = findKey(entry, 'value')
    if (key !== undefined) return { value: entry[key] as ArmValue, trace }
  }
  return { value: new Unresolved(`the nested deployment passes '${name}' as an expression that gives no { value }`), trace }
}
