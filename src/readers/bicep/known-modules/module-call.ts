import type { RelatedLocation } from '../../../model/resources.js'
import type { SourceLocation, Sourced } from '../../../model/source.js'
import { azureScope } from '../../shared/units.js'
import type { ModuleInstance } from '../module-instance.js'
import { bodyProperty } from '../resource-instance.js'
import { reasonOf } from '../sourced-values.js'
import { unreadCallOf } from '../unread-module.js'
import { type Property, type ResourceHandle, unknown, type Value } from '../values.js'
import type { PublicModuleReference } from './registry-reference.js'

/**
 * One call of a registry module the catalogue knows, read as its published interface says: the params it passes
 * (each where it is written), the module's own defaults for the others (located at the call), and what it deploys
 * named after the call, so that `<call>.outputs.resourceId` and the resources modelled from it are the same one.
 */
export class KnownModuleCall {
  private evaluated: Value | undefined

  constructor(
    readonly module: ModuleInstance,
    readonly reference: PublicModuleReference
  ) {}

  /** The module statement: where the module's defaults and the resources it deploys are located. */
  get at(): SourceLocation {
    return this.module.caller.at(this.module.declaration.span)
  }

  /** `avm/res/compute/virtual-machine@0.20.0`, for reasons and notices. */
  get interfaceName(): string {
    return `${this.reference.path}@${this.reference.version}`
  }

  /**
   * A param as the call passes it, located where its key is written; undefined when not passed. When the params
   * cannot say (built by an expression that is not known, a spread of unknown keys), an unresolved value at the call.
   */
  passed(name: string): Property | undefined {
    const params = this.params()
    if (params === undefined) return undefined
    if (params.kind !== 'object') return { key: name, value: unknown(reasonOf(params, 'an object of module parameters'), params.prov), at: this.at }
    const property = params.properties.get(name.toLowerCase())
    if (property !== undefined) return property
    return params.incomplete === undefined ? undefined : { key: name, value: unknown(params.incomplete, params.prov), at: this.at }
  }

  /** A param as passed, else the module's default for it (origin `default`, named after the param, at the call). */
  param(name: string, moduleDefault: (prov: Value['prov']) => Value): Property {
    return this.passed(name) ?? { key: name, value: moduleDefault({ origin: 'default', detail: name, via: [] }), at: this.at }
  }

  /** A required param that is not passed: the module would not compile; unknown here. */
  required(name: string): Property {
    return this.passed(name) ?? { key: name, value: unknown(`${name} is required by ${this.interfaceName} and not passed`), at: this.at }
  }

  /** The resource the module deploys, as `<call>.outputs.resourceId` names it (module-instance.ts). */
  handle(type: string): ResourceHandle {
    return this.module.deployedResource(type)
  }

  /** Where the resources it deploys are reported, as for an unread call, in the resource group its `scope` names. */
  frame(displayName: string) {
    const call = unreadCallOf(this.module)
    const site = this.module.caller.site
    const reportAt = site.calls[0] ?? call.at
    // Each module file on the way, at the line that leads on (as for a resource declared in a module).
    const related: RelatedLocation[] = site.files.slice(1).map((file, i) => ({ file, startLine: (site.calls[i + 1] ?? call.at).line, role: 'module' }))
    return {
      format: call.format,
      ...(call.unit === undefined ? {} : { unit: call.unit }),
      scope: azureScope(this.module.resourceGroup(), reportAt),
      displayName,
      reportAt,
      declaredAt: call.at,
      related,
      variant: call.variant ?? '',
      deployed: call.deployed
    }
  }

  /** Whether the call is deployed (its condition and its caller's). */
  deployed(): Sourced<boolean> {
    return unreadCallOf(this.module).deployed
  }

  private params(): Value | undefined {
    if (this.evaluated !== undefined) return this.evaluated
    const params = bodyProperty(this.module.declaration, 'params')
    if (params === undefined) return undefined
    this.evaluated = this.module.caller.evaluator.evaluate(params, this.module.expansion.locals)
    return this.evaluated
  }
}
