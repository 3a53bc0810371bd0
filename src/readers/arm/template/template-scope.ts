import type { JsonRef, Trace, Traced } from '../expressions/trace.js'
import { findKey, Unresolved, type ArmValue, type Json } from '../expressions/values.js'
import { isJsonObject, jsonMember, jsonMemberValue, jsonObjectMember, type JsonObject, type JsonPath } from '../json/json-value.js'
import { Context, type TemplateContext } from './context.js'
import { at, copyLoop, evaluateJson } from './evaluate-json.js'
import { MAX_REFERENCE_CHAIN, type EvaluationSession } from './session.js'
import { lowerCaseName } from './type-names.js'

/** Where a template's parameter values come from: a parameter file, or a nested deployment's `parameters`. */
export interface ParameterSource {
  /** The value supplied for a declared parameter, if any. */
  supplied(name: string): Traced | undefined
  /** Why a parameter with neither a value nor a default stays unknown. */
  missingReason(name: string): string
}

const IN_PROGRESS = Symbol('in progress')

/**
 * The parameters and variables of one template (or one nested template with inner scope),
 * evaluated on first use and remembered: templates refer to the same few values many times.
 */
export class TemplateScope implements TemplateContext {
  /** Names this scope inside value patterns (`{s0:vmName}`). */
  readonly id: string
  /** Made on first use (a nested template or a template without variables never makes one). */
  private parameters: Map<string, Traced | typeof IN_PROGRESS> | undefined
  private variables: Map<string, Traced | typeof IN_PROGRESS> | undefined
  private rootContext: Context | undefined

  constructor(
    readonly session: EvaluationSession,
    readonly file: string,
    private readonly template: JsonObject,
    readonly templatePath: JsonPath,
    private readonly source: ParameterSource,
    readonly resourceGroup: string | undefined = undefined,
    /** Without `resourceGroup`: whether the group is one not evaluated (else the deployment's own). */
    readonly resourceGroupUnknown = false,
    /** The URL the template is deployed from (template/artifacts-location.ts `templateUrl`); none for an inline template. */
    readonly templateUri: string | undefined = undefined
  ) {
    this.id = session.nextScopeId()
  }

  parameter(name: string): Traced {
    return this.remember((this.parameters ??= new Map<string, Traced | typeof IN_PROGRESS>()), 'parameter', name)
  }

  variable(name: string): Traced {
    return this.remember((this.variables ??= new Map<string, Traced | typeof IN_PROGRESS>()), 'variable', name)
  }

  /** The context values of this scope are evaluated in outside copy loops: one for all of them. */
  get context(): Context {
    return (this.rootContext ??= new Context(this))
  }

  private resolveParameter(name: string): Traced {
    const declarations = jsonObjectMember(this.template, 'parameters')
    const key = declarations === undefined ? undefined : findKey(declarations, name)
    if (key === undefined) return unresolved(`parameter '${name}' is not declared`)
    const supplied = this.source.supplied(key)
    if (supplied !== undefined) return supplied
    const declaration = declarations?.[key]
    const declarationRef = this.ref('parameters', key)
    const defaultValue = jsonMember(declaration, 'defaultValue')
    if (defaultValue !== undefined) {
      const ref = at(declarationRef, defaultValue.key)
      const evaluated = evaluateJson(defaultValue.value, this.context, ref)
      return { value: evaluated.value, trace: { origin: 'default', detail: key, via: placesFrom(ref, evaluated.trace) } }
    }
    const trace: Trace = { origin: 'default', detail: key, via: [declarationRef] }
    // Bicep's nullable parameters (`param x string?`) default to null.
    if (jsonMemberValue(declaration, 'nullable') === true) return { value: null, trace }
    const allowed = jsonMemberValue(declaration, 'allowedValues')
    const allowedValues = Array.isArray(allowed) ? (allowed as readonly ArmValue[]) : undefined
    return { value: new Unresolved(this.source.missingReason(key), `{${this.id}:${key}}`, allowedValues), trace }
  }

  private resolveVariable(name: string): Traced {
    const variables = jsonObjectMember(this.template, 'variables')
    const key = variables === undefined ? undefined : findKey(variables, name)
    if (variables !== undefined && key !== undefined && key.toLowerCase() !== 'copy') {
      const ref = this.ref('variables', key)
      const evaluated = evaluateJson(variables[key] as Json, this.context, ref)
      return { value: evaluated.value, trace: { origin: 'variable', detail: key, via: placesFrom(ref, evaluated.trace) } }
    }
    return this.variableLoop(variables, name) ?? unresolved(`variable '${name}' is not declared`)
  }

  /** `variables.copy: [{name, count, input}]` declares array variables. */
  private variableLoop(variables: JsonObject | undefined, name: string): Traced | undefined {
    const loops = jsonMember(variables, 'copy')
    if (!Array.isArray(loops?.value)) return undefined
    const loopsRef = this.ref('variables', loops.key)
    const index = (loops.value as Json[]).findIndex(loop => {
      const loopName = jsonMemberValue(loop, 'name')
      return typeof loopName === 'string' && loopName.toLowerCase() === name.toLowerCase()
    })
    const loop = loops.value[index] as Json
    const input = jsonMember(loop, 'input')
    if (index < 0 || !isJsonObject(loop) || input === undefined) return undefined
    const ref = at(loopsRef, index)
    const evaluated = copyLoop(name, loop, this.context, ref, 'variable', input.value, at(ref, input.key))
    return { value: evaluated.value, trace: { origin: 'variable', detail: name, via: placesFrom(ref, evaluated.trace) } }
  }

  /** A value by case-insensitive name, resolved on first use (the lower-cased name from the shared table: no new text per lookup). */
  private remember(cache: Map<string, Traced | typeof IN_PROGRESS>, kind: 'parameter' | 'variable', name: string): Traced {
    const key = lowerCaseName(name)
    const cached = cache.get(key)
    if (cached === IN_PROGRESS) return unresolved(`${kind} '${name}' refers to itself`)
    if (cached !== undefined) return cached
    cache.set(key, IN_PROGRESS)
    let resolved: Traced
    if (!this.session.enterChain()) {
      resolved = unresolved(`more than ${MAX_REFERENCE_CHAIN} parameters and variables refer to one another in a chain`)
    } else {
      try {
        resolved = kind === 'parameter' ? this.resolveParameter(name) : this.resolveVariable(name)
      } finally {
        this.session.leaveChain()
      }
    }
    cache.set(key, resolved)
    return resolved
  }

  /** The reference to `section/key` of this template. */
  private ref(section: 'parameters' | 'variables', key: string): JsonRef {
    // `concat`: an array of its own length (a spread made one with room for 20 segments).
    return { file: this.file, path: this.templatePath.concat(section, key) }
  }
}

/** The places of a value read at `ref`: there, then the places it came through (one array when there are none). */
const placesFrom = (ref: JsonRef, trace: Trace): readonly JsonRef[] => (trace.via.length === 0 ? [ref] : [ref].concat(trace.via))

const unresolved = (reason: string): Traced => ({ value: new Unresolved(reason), trace: { origin: 'expression', via: [] } })
