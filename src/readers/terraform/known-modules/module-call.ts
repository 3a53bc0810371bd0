import { keptText } from '../../../model/intern.js'
import type { RelatedLocation } from '../../../model/resources.js'
import { absent, type SourceLocation, type Sourced } from '../../../model/source.js'
import { azureScope, deploymentUnit } from '../../shared/units.js'
import { locationOf, type ModuleCallDeclaration } from '../config/module-config.js'
import { childScope } from '../eval/evaluator.js'
import type { Value } from '../eval/value.js'
import type { ResourceFrame } from '../model/compute.js'
import { descendValue } from '../model/descend.js'
import { type ExpandedInstance, keySuffix } from '../runtime/expansion.js'
import { HclView } from '../runtime/hcl-view.js'
import type { ModuleInstance } from '../runtime/module-instance.js'
import { callProvider, type ProviderConfiguration } from '../runtime/providers.js'
import type { RegistryModule } from './catalogue.js'

/**
 * One instance of a call of a registry module the catalogue knows, read as its published interface says: the
 * inputs it passes (evaluated in the instance's scope, each located where it is written), the module's own defaults
 * for the others (located at the call, origin `default`), and what it deploys named after the module's addresses.
 */
export class KnownModuleCall {
  private readonly inputs: HclView

  constructor(
    readonly parent: ModuleInstance,
    readonly call: ModuleCallDeclaration,
    readonly instance: ExpandedInstance,
    readonly module: RegistryModule
  ) {
    const scope = childScope(parent.scope, instance.names)
    this.inputs = new HclView(call.block.body, scope, call.file, call.block.pos, parent.session.evaluator)
  }

  /** The module block: where the module's defaults and the resources it deploys are located. */
  get at(): SourceLocation {
    return locationOf(this.call.file, this.call.block.pos)
  }

  /** `Azure/avm-res-compute-virtualmachine/azurerm@0.19.3`, for reasons and notices. */
  get interfaceName(): string {
    return `${this.module.source}@${this.module.version}`
  }

  /** `module.vm["a"]`: the instance's address, which the module's resources are under. */
  get address(): string {
    const prefix = this.parent.address === '' ? '' : `${this.parent.address}.`
    return `${prefix}module.${this.call.name}${keySuffix(this.instance.key)}`
  }

  /** The handle of a resource the module declares (`module.vm.azurerm_windows_virtual_machine.this[0]`). */
  symbol(resourceAddress: string): string {
    return keptText(this.parent.session.symbol(`${this.address}.${resourceAddress}`))
  }

  /**
   * An input at a path (`['source_image_reference', 'sku']`) as passed, else the module's default (a variable's
   * `default`), else absent. Passed as null, it is null (the module's variables are nullable): absent.
   */
  input(path: readonly [string, ...string[]], moduleDefault?: Value): Sourced<Value> {
    const [name, ...inside] = path
    if (this.call.block.body.attributes.has(name) || moduleDefault === undefined) return this.inputs.get(path)
    let value: Value | undefined = moduleDefault
    for (const key of inside) value = value === undefined || value === null ? undefined : descendValue(value, key)
    if (value === undefined || value === null) return absent(this.at)
    return { value, origin: 'default', location: this.at, detail: name }
  }

  /** Whether the instance is deployed: its parent's condition, then its own `count` / `for_each`. */
  get deployed(): Sourced<boolean> {
    const outer = this.parent.deployed
    return outer === undefined || outer.value === true ? this.instance.deployed : outer
  }

  /**
   * Where a resource the module deploys is reported: at the outermost call, in the unit of the root; in the
   * subscription of `placed` (the call's azurerm configuration unless the module takes a subscription of its own).
   */
  frame(identity: ResourceFrame['identity'], group: Sourced<string>, deployed: Sourced<boolean>, placed: ProviderConfiguration = this.provider()): ResourceFrame {
    const { parent, call } = this
    const session = parent.session
    const [outermost] = parent.callSites
    const reportAt = outermost ? locationOf(outermost.file, outermost.block.pos) : this.at
    const related: RelatedLocation[] = parent.callSites.map(site => ({ file: site.file, startLine: site.block.pos.line, role: 'module' }))
    if (outermost) related.push({ file: call.file, startLine: call.block.pos.line, role: 'module' })
    related.push(...session.relatedFiles())
    const variant = [session.varFile?.name, parent.keys + keySuffix(this.instance.key)].filter(part => part !== undefined && part !== '')
    const unitAt = outermost ? reportAt : { file: call.file, line: 1, column: 1 }
    return {
      format: 'terraform',
      unit: deploymentUnit('terraform-root', `terraform:${session.rootFolder}`, unitAt, parent.address, session.varFile?.path),
      scope: azureScope(group, reportAt, undefined, placed.subscription, placed.handle, placed.runsAgainst),
      identity,
      displayName: identity.name ?? keptText(this.address),
      reportAt,
      declaredAt: this.at,
      related,
      variant: keptText(variant.join(' ')),
      deployed
    }
  }

  /** The azurerm configuration the module's resources use: the call's `providers = { azurerm = ... }`, else the caller's default. */
  provider(): ProviderConfiguration {
    return callProvider(this.parent, this.call, this.at)
  }
}
