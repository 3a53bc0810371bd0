import { ARC_LICENSE_PROFILE_TYPE } from '../../../model/identity.js'
import type { NoticeGroup } from '../../../model/parse-error.js'
import type { RelatedLocation, Resource } from '../../../model/resources.js'
import type { SourceLocation, Sourced } from '../../../model/source.js'
import { isLocalSource, locationOf } from '../config/module-config.js'
import { buildResource, isModelledType, modelledArmType } from '../model/build.js'
import type { ResourceFrame } from '../model/compute.js'
import { text } from '../model/fields.js'
import { resourceGroupOfId } from '../model/references.js'
import { AZAPI_RESOURCE, AZAPI_RESOURCE_ACTION, AZAPI_UPDATE_RESOURCE } from '../model/resource-types.js'
import { applyUpdates } from '../model/apply-updates.js'
import { readUpdate, type ResourceUpdate } from '../model/update-resource.js'
import type { ResourceView } from '../model/view.js'
import { azureScope, deploymentUnit } from '../../shared/units.js'
import { MAINTENANCE_MODULE } from '../../shared/unread-module.js'
import { combinedKeys, keyedOf } from './condition-keys.js'
import { keySuffix } from './expansion.js'
import { HclView } from './hcl-view.js'
import type { ModuleInstance } from './module-instance.js'
import type { ResourceInstance } from './resources.js'
import { unreadModuleAssignments, unreadModuleVm } from './unread-module.js'
import { modelKnownModule } from '../known-modules/index.js'
import { parentSubscription, providerSubscription } from './subscriptions.js'
import { keptText } from '../../../model/intern.js'

/** The Terraform types that change a resource declared elsewhere (model/update-resource.ts). */
const UPDATE_TYPES: ReadonlySet<string> = new Set([AZAPI_UPDATE_RESOURCE, AZAPI_RESOURCE_ACTION])

/** Every modelled resource of a module instance and the modules it calls, in declaration order. */
export function collectResources(root: ModuleInstance): Resource[] {
  const resources: Resource[] = []
  const updates: ResourceUpdate[] = []
  const visit = (module: ModuleInstance): void => {
    // An override block that names nothing: Terraform refuses the configuration; said where it is written.
    for (const { file, block, message } of module.config.overrideErrors) module.session.notice(file, block.pos.line, block.pos.column, message)
    for (const [key, declaration] of module.config.resources) {
      const isUpdate = UPDATE_TYPES.has(declaration.type)
      if (declaration.mode !== 'managed' || !(isUpdate || isModelledType(declaration.type))) continue
      const set = module.resourceSet(key)
      if (!set) continue
      if (set.note) {
        const { line, column } = declaration.block.pos
        module.session.notice(declaration.file, line, column, `${declaration.type}.${declaration.name}: ${set.note}`)
      }
      for (const instance of set.instances) {
        // An update is applied once every resource it may name is read, wherever it is declared.
        const update = isUpdate ? updateOf(instance) : undefined
        // An update that changes no resource the model holds may be a resource of its own (a license profile's).
        const resource = update === undefined ? modelInstance(instance) : undefined
        if (resource) resources.push(resource)
        if (update) updates.push(update)
      }
    }
    for (const [name, call] of module.config.moduleCalls) {
      const set = module.moduleCall(name)
      // Issue 9 item 6: a module that is not read is said so where it is called, never skipped silently.
      // A registry module whose published interface the gate knows, at a covered version: modelled, said so at the call.
      const knownModule = set.skipped === undefined ? undefined : modelKnownModule(module, call)
      if (knownModule !== undefined) {
        module.session.notice(call.file, call.block.pos.line, call.block.pos.column, knownModule.notice)
        resources.push(...knownModule.resources)
      } else if (set.skipped !== undefined) {
        const { line, column } = call.block.pos
        // Issue 13: when its inputs say it may deploy a hotpatch VM, the call itself is reported (indeterminate).
        const standIn = unreadModuleVm(module, call, set.skipped)
        if (standIn) resources.push(standIn)
        // One whose source names maintenance, passed a VM: that VM's plan may be inside (indeterminate).
        const assignments = unreadModuleAssignments(module, call, set.skipped)
        resources.push(...assignments)
        const group = standIn === undefined && assignments.length === 0 ? unreadCallsGroup(call.source) : undefined
        module.session.notice(call.file, line, column, `${set.skipped}; the resources it declares are not checked`, group)
      }
      for (const child of set.instances) visit(child)
    }
  }
  visit(root)
  return updates.length === 0 ? resources : updated(root, resources, updates)
}

/**
 * Calls of one registry or remote module (`Azure/naming/azurerm`, called in each of 21 examples) with no hotpatch signal
 * among their inputs and a source that does not name maintenance, said once per scan (scan/notice-groups.ts): they give
 * no sign of a hotpatch VM or its plan. A local source is said on its own: the same text names other folders from other callers.
 */
function unreadCallsGroup(source: string | undefined): NoticeGroup | undefined {
  if (source === undefined || isLocalSource(source) || MAINTENANCE_MODULE.test(source)) return undefined
  return {
    key: `terraform-module:${source}`,
    what: `calls of module "${source}" (a registry or remote module), which the scanner does not read, with no hotpatch signal among their inputs`,
    then: 'the resources the module declares are not checked'
  }
}

/** The resources as the root's updates leave them (model/apply-updates.ts), its notices said where they are written. */
function updated(root: ModuleInstance, resources: readonly Resource[], updates: readonly ResourceUpdate[]): Resource[] {
  const applied = applyUpdates(resources, updates)
  for (const { file, line, column, message } of applied.notices) root.session.notice(file, line, column, message)
  return applied.resources
}

/** An update of a resource of a type the model holds, in its own frame (whose identity names the update, not an ARM resource). */
function updateOf(instance: ResourceInstance): ResourceUpdate | undefined {
  const { declaration, module } = instance
  const view = new HclView(declaration.block.body, instance.scope, declaration.file, declaration.block.pos, module.session.evaluator)
  const frame = frameOf(instance, view, declaration.type)
  return readUpdate(declaration.type, view, frame, keptText(instance.address), id => module.session.symbolOfId(id))
}

function modelInstance(instance: ResourceInstance): Resource | undefined {
  const { declaration, module } = instance
  const view = new HclView(declaration.block.body, instance.scope, declaration.file, declaration.block.pos, module.session.evaluator)
  const modelled = modelledArmType(declaration.type, view)
  if (!modelled) return undefined
  const frame = frameOf(instance, view, modelled.armType)
  const resource = buildResource(declaration.type, modelled, view, frame, id => module.session.symbolOfId(id))
  if (resource?.deployed.origin !== 'unresolved') return resource
  // In place, on the few resources whose condition could not be evaluated: its module calls' and its own.
  const conditionKeys = combinedKeys(module, keyedOf(instance))
  return conditionKeys === undefined ? resource : Object.assign(resource, { conditionKeys })
}

function frameOf(instance: ResourceInstance, view: ResourceView, armType: string): ResourceFrame {
  const { declaration, module } = instance
  const name = text(view.get(['name'])).value
  const parent = declaration.type === AZAPI_RESOURCE || armType === ARC_LICENSE_PROFILE_TYPE ? text(view.get(['parent_id'])) : undefined
  const groupValue = parent !== undefined ? parentGroup(parent) : text(view.get(['resource_group_name']))
  const group = groupValue.value
  const placed = parent !== undefined ? parentSubscription(instance, parent) : providerSubscription(instance)
  // The view's own location (the same block): its absent values point at it, and share it.
  const declaredAt = view.location
  const [outermost] = module.callSites
  const reportAt = outermost ? locationOf(outermost.file, outermost.block.pos) : declaredAt
  const related: RelatedLocation[] = module.callSites.map(site => ({ file: site.file, startLine: site.block.pos.line, role: 'module' }))
  if (outermost) related.push({ file: declaration.file, startLine: declaration.block.pos.line, role: 'declaration' })
  related.push(...module.session.relatedFiles())
  const variant = [module.session.varFile?.name, module.keys + keySuffix(instance.key)].filter(part => part !== undefined && part !== '')
  const rootAt = rootOf(declaredAt.file)
  return {
    format: 'terraform',
    // A var file is an environment of the root: dev.tfvars and prod.tfvars are two deployments of it.
    unit: deploymentUnit('terraform-root', `terraform:${module.session.rootFolder}`, outermost ? reportAt : rootAt, module.address, module.session.varFile?.path),
    scope: azureScope(groupValue, reportAt, undefined, placed.subscription, placed.handle, placed.runsAgainst),
    identity: {
      type: armType,
      name,
      ...(group === undefined ? {} : { resourceGroup: group }),
      symbol: keptText(instance.symbol)
    },
    displayName: name ?? keptText(instance.address),
    reportAt,
    declaredAt,
    related,
    variant: keptText(variant.join(' ')),
    deployed: deployedOf(module.deployed, instance.deployed)
  }
}

let lastRoot: SourceLocation = { file: '', line: 1, column: 1 }

/**
 * Where a root module's unit is located: its file's start. One object for the resources read one after
 * another from a file (the unit's value is then one object too, `deploymentUnit`), not an equal copy each.
 */
function rootOf(file: string): SourceLocation {
  if (lastRoot.file !== file) lastRoot = { file, line: 1, column: 1 }
  return lastRoot
}

/** The resource group an azapi `parent_id` names (absent when it names none, e.g. a subscription). */
function parentGroup(parent: Sourced<string>): Sourced<string> {
  if (parent.value === undefined) return parent
  const group = resourceGroupOfId(parent.value)
  return group === undefined ? { value: undefined, origin: 'absent', location: parent.location } : { ...parent, value: group }
}

/** A module call that is not deployed (or undecided) decides for everything inside it. */
function deployedOf(module: Sourced<boolean> | undefined, own: Sourced<boolean>): Sourced<boolean> {
  if (!module || module.value === true) return own
  return module
}
