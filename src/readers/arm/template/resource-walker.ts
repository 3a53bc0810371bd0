import { joinText } from '../expressions/functions/text.js'
import { LITERAL, type JsonRef, type Traced } from '../expressions/trace.js'
import { findKey, Unresolved, type Json } from '../expressions/values.js'
import { isJsonObject, jsonMember, jsonMemberValue, type JsonObject } from '../json/json-value.js'
import type { Context } from './context.js'
import { conditionKey, copyIndexPattern } from './condition-keys.js'
import { at, copyCount, evaluateJson, evaluateMember, isExpression } from './evaluate-json.js'
import { DEPLOYMENT_TYPE, deploymentTarget, openNestedTemplate, type DeploymentTarget } from './nested-deployment.js'
import { instanceBudgetMessage } from '../../limits.js'
import { lowerCaseType } from './type-names.js'

/** Nested deployments inside nested deployments: deeper chains are reported, not followed. */
export const MAX_NESTED_DEPLOYMENTS = 16

/**
 * Resource iterations one template evaluation visits, as a multiple of the instance budget: each
 * declaration is held to the budget alone, and this bounds their sum (declarations past it are reported).
 */
export const UNIT_ITERATIONS_PER_INSTANCE = 10

/** A condition an instance depends on: its own `condition`, its parent's, its deployments', a loop count. */
export interface Condition {
  readonly traced: Traced
  readonly ref: JsonRef
  /** Its identity, for when it cannot be evaluated (condition-keys.ts). */
  readonly key: string
}

/** One deployed instance of a resource declaration (one per copy index). */
export interface ResourceInstance {
  /** Full type, composed with the parent's for child resources. */
  readonly type: string
  /** Full name (`parent/child` for child resources). */
  readonly name: Traced
  /** The key the name is written at, in the resource object (`nameRefOf`: where it is written). */
  readonly nameKey: string
  readonly body: JsonObject
  /** The resource object in the template. */
  readonly ref: JsonRef
  readonly context: Context
  readonly conditions: readonly Condition[]
  /** Symbolic name or index path (`resources[2]/resources[0]`), with copy indexes. */
  readonly symbolPath: string
  /** Copy indexes, e.g. `[1][0]`; empty outside loops. */
  readonly variant: string
  /** Enclosing nested deployment resources, outermost first. */
  readonly deployments: readonly JsonRef[]
  /** The resource group and subscription the nearest enclosing deployments set (undefined: none sets one). */
  readonly target: DeploymentTarget | undefined
  /** Set on a deployment whose linked template (templateLink.relativePath) is read as its template: that file. */
  linkedTemplate?: string
}

interface Enclosing {
  readonly context: Context
  /** The template evaluation the resources are in (condition-keys.ts): the entry's, or a nested deployment's. */
  readonly scope: string
  readonly conditions: readonly Condition[]
  readonly symbolPath: string
  readonly variant: string
  readonly deployments: readonly JsonRef[]
  readonly target: DeploymentTarget | undefined
  readonly parent?: { readonly type: string; readonly name: Traced }
  /** Copy counts of the loops around (enclosing resources and deployments): the instance budget multiplies through them. */
  readonly factors: readonly number[]
}

/** `resources[i]`: one copy per index for the whole scan (the model keeps one per resource otherwise). */
const RESOURCE_LABELS: string[] = []
const resourceLabel = (index: number): string => {
  if (index >= 256) return `resources[${index}]`
  return (RESOURCE_LABELS[index] ??= `resources[${index}]`)
}

/**
 * Every instance of the wanted resource types in a template: resources as an array or (language
 * version 2.0) an object of symbolic names, child resources, copy loops, and the resources of
 * nested deployments with inline templates. `existing` resources are references, not declarations.
 */
export function collectResources(
  template: JsonObject,
  ref: JsonRef,
  context: Context,
  wanted: (type: string) => boolean,
  /** The evaluation's identity in condition keys: the template file and its parameter file. */
  scope: string = ref.file
): ResourceInstance[] {
  const found: ResourceInstance[] = []
  const limits = context.session.limits
  let iterationsLeft = limits.instances * UNIT_ITERATIONS_PER_INSTANCE
  const notEvaluated = (resourceRef: JsonRef, message: string): void =>
    context.session.report({ ref: resourceRef, message, severity: 'error', kind: 'not-evaluated' })
  const walk = (resources: Json | undefined, resourcesRef: JsonRef, enclosing: Enclosing): void => {
    // Element by element (no array of entries: a landing zone declares thousands of resources).
    if (Array.isArray(resources)) {
      for (let i = 0; i < resources.length; i++) {
        const resource = resources[i] as Json
        if (isDeclared(resource)) visit(resource, resourcesRef, i, resourceLabel(i), enclosing)
      }
    } else if (isJsonObject(resources)) {
      for (const key in resources) {
        const resource = resources[key] as Json
        if (Object.hasOwn(resources, key) && isDeclared(resource)) visit(resource, resourcesRef, key, key, enclosing)
      }
    }
  }

  /** Resource `key` of `resourcesRef`; its reference is made only when it is wanted (most resources are not). */
  const visit = (resource: JsonObject, resourcesRef: JsonRef, key: string | number, label: string, enclosing: Enclosing): void => {
    const written = writtenType(resource, resourcesRef, key, enclosing.context)
    if (written === undefined) return
    // A child's type and name extend its parent's unless the type is fully qualified.
    const parent = isQualified(written) ? undefined : enclosing.parent
    const type = parent === undefined ? written : `${parent.type}/${written}`
    const isDeployment = lowerCaseType(type) === DEPLOYMENT_TYPE
    const children = jsonMember(resource, 'resources')
    const isWanted = wanted(type)
    if (!isWanted && !isDeployment && children === undefined) return
    const resourceRef = at(resourcesRef, key)
    // The name is written once for every copy; its reference is made only to evaluate an expression or report at it.
    const nameMember = jsonMember(resource, 'name')
    const nameKey = nameMember?.key ?? 'name'
    // Messages name the declaration (`<type> <label>`); the text is made only for one.
    const loop = iterations(resource, resourceRef, enclosing, type, label)
    if (typeof loop === 'string') return notEvaluated(resourceRef, loop)
    // Without a copy loop (most resources): one iteration, in the enclosing context, and no object for it.
    const count = loop === undefined ? 1 : loop.iterations.length
    // Checked before expanding, per declaration: which declarations are evaluated never depends on their order.
    if (count > iterationsLeft) {
      const budget = limits.instances * UNIT_ITERATIONS_PER_INSTANCE
      return notEvaluated(resourceRef, `${type} ${label}: the template's resource instances reached its budget of ${budget} (${UNIT_ITERATIONS_PER_INSTANCE} × limits.instances; raise limits.instances in the configuration to evaluate it)`)
    }
    iterationsLeft -= count
    const factors = loop?.looped === true ? [...enclosing.factors, count] : enclosing.factors
    for (let i = 0; i < count; i++) {
      const iteration = loop?.iterations[i]
      const context = iteration?.context ?? enclosing.context
      const suffix = iteration?.suffix ?? ''
      const conditions = instanceConditions(enclosing.conditions, iteration?.conditions ?? NO_CONDITIONS, ownCondition(resource, resourceRef, context, enclosing.scope))
      const symbolPath = `${enclosing.symbolPath}${label}${suffix}`
      const variant = `${enclosing.variant}${suffix}`
      const name = fullName(nameMember, resourceRef, nameKey, context, parent)
      const instance: ResourceInstance | undefined = isWanted
        ? { type, name, nameKey, body: resource, ref: resourceRef, context, conditions, symbolPath, variant, deployments: enclosing.deployments, target: enclosing.target }
        : undefined
      if (instance !== undefined) found.push(instance)
      const target = isDeployment ? deploymentTarget(resource, resourceRef, context, enclosing.target) : undefined
      const nested = isDeployment ? openNestedTemplate(resource, resourceRef, context, target, enclosing.deployments) : undefined
      if (nested !== undefined && enclosing.deployments.length >= MAX_NESTED_DEPLOYMENTS) {
        const message = `nested deployments deeper than ${MAX_NESTED_DEPLOYMENTS} levels are not read`
        context.session.report({ ref: resourceRef, message, severity: 'error' })
      } else if (nested !== undefined) {
        // Its resources are read here: the deployment is no unread call (model/unread-template.ts), and the unit need not read the file on its own.
        if (nested.linked !== undefined) {
          context.session.links?.reached(nested.linked)
          if (instance !== undefined) instance.linkedTemplate = nested.linked
        }
        const resources = jsonMember(nested.template, 'resources')
        walk(resources?.value, at(nested.ref, resources?.key ?? 'resources'), {
          context: nested.context,
          scope: `${enclosing.scope} > ${resourceRef.path.join('/')}${suffix}`,
          conditions,
          symbolPath: `${symbolPath}/`,
          variant,
          deployments: [...enclosing.deployments, resourceRef],
          target,
          factors
        })
      }
      if (children !== undefined) {
        const parent = { type, name }
        walk(children.value, at(resourceRef, children.key), { ...enclosing, context, conditions, symbolPath: `${symbolPath}/`, variant, parent, factors })
      }
    }
  }

  const resources = jsonMember(template, 'resources')
  walk(resources?.value, at(ref, resources?.key ?? 'resources'), { context, scope, conditions: NO_CONDITIONS, symbolPath: '', variant: '', deployments: NONE, target: undefined, factors: NONE })
  return found
}

type Parent = Enclosing['parent']

/** A resource object that is not `existing` (a reference, not a declaration). */
const isDeclared = (resource: Json): resource is JsonObject => isJsonObject(resource) && jsonMemberValue(resource, 'existing') !== true

/** The type as written (evaluated when it is an expression), or undefined when it is not a string. */
function writtenType(resource: JsonObject, resourcesRef: JsonRef, key: string | number, context: Context): string | undefined {
  const typeKey = findKey(resource, 'type')
  if (typeKey === undefined) return undefined
  const written = resource[typeKey] as Json
  // Types are nearly always literal; only expressions need evaluating (and a reference to report at).
  const value = typeof written === 'string' && isExpression(written) ? evaluateJson(written, context, at(at(resourcesRef, key), typeKey)).value : written
  return typeof value === 'string' ? value : undefined
}

/** Fully qualified: a `.` in the first segment (`Microsoft.Compute/...`). */
function isQualified(type: string): boolean {
  const dot = type.indexOf('.')
  const slash = type.indexOf('/')
  return dot >= 0 && (slash < 0 || dot < slash)
}

/** Where an instance's name is written. */
export const nameRefOf = (instance: ResourceInstance): JsonRef => at(instance.ref, instance.nameKey)

/**
 * The name of one copy of a resource, evaluated where it is written (key `nameKey` of `resourceRef`): a
 * name written as is (most) needs no reference.
 */
function fullName(member: { readonly value: Json } | undefined, resourceRef: JsonRef, nameKey: string, context: Context, parent: Parent): Traced {
  if (member === undefined) return { value: new Unresolved('the resource has no name'), trace: LITERAL }
  const name = evaluateMember(member.value, context, resourceRef, nameKey)
  if (parent === undefined) return name
  const [parentName, childName] = [parent.name.value, name.value]
  const isText = (part: typeof parentName): part is string | Unresolved => typeof part === 'string' || part instanceof Unresolved
  if (!isText(parentName) || !isText(childName)) return { value: new Unresolved('the resource name is not a string'), trace: name.trace }
  return { value: joinText([parentName, '/', childName]), trace: name.trace }
}

/** Empty lists the walk starts with (never changed: a level adds to a copy). */
const NO_CONDITIONS: readonly Condition[] = []
const NONE: readonly never[] = []

interface Iteration {
  readonly context: Context
  readonly suffix: string
  readonly conditions: readonly Condition[]
}

/**
 * One iteration per copy index; undefined without a copy loop. An unknown count gives one iteration
 * standing for all (`[*]`), whose deployment is unresolved (the count may be zero); a count of 0 one that
 * is not deployed.
 */
function iterations(
  resource: JsonObject,
  ref: JsonRef,
  { context, factors, scope }: Enclosing,
  type: string,
  label: string
): { readonly iterations: Iteration[]; readonly looped: boolean } | string | undefined {
  const copy = jsonMember(resource, 'copy')
  const loopName = isJsonObject(copy?.value) ? jsonMemberValue(copy.value, 'name') : undefined
  if (copy === undefined || !isJsonObject(copy.value) || typeof loopName !== 'string') return undefined
  const copyRef = at(ref, copy.key)
  const count = copyCount(copy.value, context, copyRef)
  if (count instanceof Unresolved) {
    const traced = { value: new Unresolved(`the copy count is unresolved: ${count.reason}`), trace: LITERAL }
    const key = conditionKey(scope, 'copy', jsonMemberValue(copy.value, 'count') ?? null, context)
    // Loops of one count pair their iterations: names built of the index link by pattern (target-identity.ts).
    const index = new Unresolved(`copyIndex() of loop '${loopName}' is unknown: ${count.reason}`, copyIndexPattern(key))
    const iteration = { context: context.withLoop({ name: loopName, index, level: 'resource' }), suffix: '[*]', conditions: [{ traced, ref: copyRef, key }] }
    return { iterations: [iteration], looped: false }
  }
  if (count === 0) {
    // Like Terraform's `count = 0`: one iteration, not deployed, located where the count came from (a
    // parameter file line), so the plan a loop dropped still names the value that dropped it (issue 14).
    const member = jsonMember(copy.value, 'count')
    const countRef = member === undefined ? copyRef : at(copyRef, member.key)
    const trace = member === undefined ? LITERAL : evaluateJson(member.value, context, countRef).trace
    const index = new Unresolved(`copy loop '${loopName}' has no iteration: its count is 0`)
    const key = conditionKey(scope, 'copy', member?.value ?? null, context)
    const iteration = { context: context.withLoop({ name: loopName, index, level: 'resource' }), suffix: '', conditions: [{ traced: { value: false, trace }, ref: countRef, key }] }
    return { iterations: [iteration], looped: false }
  }
  const all = [...factors, count]
  const total = all.reduce((product, factor) => product * factor, 1)
  const limits = context.session.limits
  if (total > limits.instances) return instanceBudgetMessage(`${type} ${label}`, total, all, limits)
  const expanded = Array.from({ length: count }, (_, index) => ({
    context: context.withLoop({ name: loopName, index, level: 'resource' }),
    suffix: `[${index}]`,
    conditions: NO_CONDITIONS
  }))
  return { iterations: expanded, looped: true }
}

function ownCondition(resource: JsonObject, ref: JsonRef, context: Context, scope: string): Condition | undefined {
  const member = jsonMember(resource, 'condition')
  if (member === undefined) return undefined
  const conditionRef = at(ref, member.key)
  return { traced: evaluateJson(member.value, context, conditionRef), ref: conditionRef, key: conditionKey(scope, 'condition', member.value, context) }
}

/**
 * The enclosing conditions, then the loop's and the resource's own. `concat`: an array of its own length,
 * kept by the instance (a spread gave one room for 17 more); the enclosing list itself when nothing is
 * added (most resources: lists are never changed, so instances share it).
 */
function instanceConditions(enclosing: readonly Condition[], loop: readonly Condition[], own: Condition | undefined): readonly Condition[] {
  if (own === undefined) return loop.length === 0 ? enclosing : enclosing.concat(loop)
  return enclosing.concat(loop, own)
}
