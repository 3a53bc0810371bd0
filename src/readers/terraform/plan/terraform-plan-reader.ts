import { ARC_LICENSE_PROFILE_TYPE } from '../../../model/identity.js'
import type { AzureScope, ParseError, RelatedLocation, Resource } from '../../../model/resources.js'
import { known, type SourceLocation, type Sourced, unresolved } from '../../../model/source.js'
import { keptText } from '../../../model/intern.js'
import type { Workspace, WorkspaceFile } from '../../../workspace/workspace.js'
import type { ManifestReader, ReaderOutput } from '../../reader.js'
import { hclFilesOf, type HclFiles } from '../config/hcl-files.js'
import { moduleFolderOf, locationOf } from '../config/module-config.js'
import { buildResource, modelledArmType } from '../model/build.js'
import type { ResourceFrame } from '../model/compute.js'
import { text } from '../model/fields.js'
import { resourceGroupOfId, subscriptionSegmentOf } from '../model/references.js'
import { AZAPI_RESOURCE, AZAPI_RESOURCE_ACTION, AZAPI_UPDATE_RESOURCE } from '../model/resource-types.js'
import { applyUpdates } from '../model/apply-updates.js'
import { readUpdate, type ResourceUpdate } from '../model/update-resource.js'
import { azureScope, deploymentUnit } from '../../shared/units.js'
import { type Declaration, findDeclaration, locateInBlock } from './declarations.js'
import type { Node as JsonNode } from 'jsonc-parser'
import { childOf, type JsonDocument, parseJsonDocument } from '../../shared/json/json-tree.js'
import { addressKeys, inputReferences, outputReferences, type PlanEntry, planEntries } from './plan-document.js'
import { planProviders, subscriptionsShown, type PlanPlacement, type PlanProviders } from './plan-providers.js'
import { PlanReferences } from './plan-references.js'
import { PlanView } from './plan-view.js'
import { terraformPlanClaim } from './terraform-plan-claim.js'

/**
 * `terraform show -json` plans. A planned resource is reported at its `.tf` declaration when the
 * configuration is in the scanned tree (the HCL reader then skips that folder), else in the plan.
 */
export const terraformPlanReader: ManifestReader = {
  ...terraformPlanClaim,
  read: (files, workspace) => readPlans(files, workspace)
}

async function readPlans(claimed: readonly WorkspaceFile[], workspace: Workspace): Promise<ReaderOutput> {
  const hcl = hclFilesOf(workspace)
  const resources: Resource[] = []
  const parseErrors: ParseError[] = []
  const manifests: string[] = []
  for (const file of claimed) {
    const text = workspace.readText(file.path)
    if (!text.ok) {
      parseErrors.push({ file: file.path, line: text.line, column: text.column, message: text.message, severity: 'error' })
      continue
    }
    const document = parseJsonDocument(text.text)
    if (document.error || document.root?.type !== 'object') {
      const error = document.error ?? { line: 1, column: 1, message: 'a plan must be a JSON object' }
      parseErrors.push({ file: file.path, ...error, severity: 'error' })
      continue
    }
    if (!childOf(document.root, 'format_version')) continue
    manifests.push(file.path)
    if (isState(document.root) && hcl.tfFiles(moduleFolderOf(file.path)).length > 0) {
      parseErrors.push({ file: file.path, line: 1, column: 1, message: STATE_BESIDE_CONFIGURATION, severity: 'notice' })
      continue
    }
    const planned = await planResources(file.path, document, hcl)
    resources.push(...planned.resources)
    parseErrors.push(...planned.notices)
  }
  return { resources, parseErrors, manifests }
}

/**
 * A state (`values`, no `planned_values` nor `resource_changes`) beside `.tf` files: they are read (plan-folder.ts
 * lets only a plan stand for them), and the state, what exists before this change, is not judged in their place.
 */
const STATE_BESIDE_CONFIGURATION =
  'a Terraform state (`terraform show -json` without a plan file) beside the configuration it records: the .tf files ' +
  'are read, since they are what this change deploys; the state shows what exists'

const isState = (root: JsonNode): boolean =>
  childOf(root, 'values') !== undefined && childOf(root, 'planned_values') === undefined && childOf(root, 'resource_changes') === undefined

async function planResources(file: string, document: JsonDocument, hcl: HclFiles): Promise<{ resources: Resource[]; notices: ParseError[] }> {
  const folder = moduleFolderOf(file)
  const root = document.root as NonNullable<JsonDocument['root']>
  const entries = planEntries(root)
  const references = new PlanReferences(folder, entries, { outputs: outputReferences(root), inputs: inputReferences(root) })
  const providers = withShownSubscriptions(planProviders(root, file, { file, ...document.position(root.offset) }), subscriptionsShown(entries), file)
  const resources: Resource[] = []
  const updates: ResourceUpdate[] = []
  for (const entry of entries) {
    if (entry.mode !== 'managed') continue
    const declaration = await findDeclaration(hcl, folder, entry.modulePath, entry.type, entry.name)
    const entryAt: SourceLocation = { file, ...document.position(entry.node.offset) }
    const view = new PlanView(
      entry,
      declaration ? locationOf(declaration.file, declaration.block.pos) : entryAt,
      document.position,
      file,
      path => (declaration ? locateInBlock(declaration, path) : undefined),
      attribute => references.resolve(entry, attribute)
    )
    const symbolOf = (id: string) => references.symbolOfId(id)
    if (entry.type === AZAPI_UPDATE_RESOURCE || entry.type === AZAPI_RESOURCE_ACTION) {
      const frame = frameOf(entry, view, entry.type, declaration, entryAt, references.symbol(entry.address), document, providers)
      const update = readUpdate(entry.type, view, frame, entry.address, symbolOf)
      // An update that changes no resource the model holds may be a resource of its own (a license profile's).
      if (update) {
        updates.push(update)
        continue
      }
    }
    const modelled = modelledArmType(entry.type, view)
    if (!modelled) continue
    const frame = frameOf(entry, view, modelled.armType, declaration, entryAt, references.symbol(entry.address), document, providers)
    const resource = buildResource(entry.type, modelled, view, frame, symbolOf)
    if (resource) resources.push(resource)
  }
  if (updates.length === 0) return { resources, notices: [] }
  // What the plan's updates set is what its resources keep (model/apply-updates.ts), as in the configuration.
  return applyUpdates(resources, updates)
}

function frameOf(
  entry: PlanEntry,
  view: PlanView,
  armType: string,
  declaration: Declaration | undefined,
  entryAt: SourceLocation,
  symbol: string,
  document: JsonDocument,
  providers: PlanProviders
): ResourceFrame {
  const name = text(view.get(['name'])).value
  const parentValue = entry.type === AZAPI_RESOURCE || armType === ARC_LICENSE_PROFILE_TYPE ? text(view.get(['parent_id'])) : undefined
  const parent = parentValue?.value
  const group = parentValue !== undefined ? parent && resourceGroupOfId(parent) : text(view.get(['resource_group_name'])).value
  const declaredAt = view.location
  const outermost = declaration?.callSites[0]
  const related: RelatedLocation[] = [{ file: entryAt.file, startLine: entryAt.line, role: 'plan' }]
  for (const site of declaration?.callSites ?? []) related.push({ file: site.file, startLine: site.block.pos.line, role: 'module' })
  if (outermost) related.push({ file: declaredAt.file, startLine: declaredAt.line, role: 'declaration' })
  const deleted = entry.actions.length === 1 && entry.actions[0] === 'delete'
  const actionsAt = entry.actionsNode ? { file: entryAt.file, ...document.position(entry.actionsNode.offset) } : entryAt
  const modulePath = entry.modulePath.map(call => `module.${call}`).join('.')
  return {
    format: 'terraform-plan',
    unit: deploymentUnit('terraform-plan', `terraform-plan:${entryAt.file}`, entryAt, modulePath),
    scope: planScope(group === '' ? undefined : group, entryAt, planSubscription(view, parentValue), entry.providerKey && providers.get(entry.providerKey)),
    identity: { type: armType, name, ...(group ? { resourceGroup: group } : {}), symbol },
    displayName: name ?? entry.address,
    reportAt: outermost ? locationOf(outermost.file, outermost.block.pos) : declaredAt,
    declaredAt,
    related,
    variant: addressKeys(entry.address),
    deployed: { value: !deleted, origin: deleted ? 'literal' : 'provider-default', location: actionsAt }
  }
}

/**
 * Where a configuration's resources deploy when one it already manages shows it (`subscriptionsShown`): a known
 * subscription, over what its `subscription_id` (not written, or not known in the plan) left unsaid.
 */
function withShownSubscriptions(providers: PlanProviders, shown: ReadonlyMap<string, string>, file: string): PlanProviders {
  if (shown.size === 0) return providers
  const placements = new Map(providers)
  const at = { file, line: 1, column: 1 }
  for (const [key, subscription] of shown) {
    const written = providers.get(key)
    if (written?.subscription?.value === undefined && written?.runsAgainst === undefined) placements.set(key, { subscription: known(keptText(subscription), at) })
  }
  return placements
}

/**
 * A planned resource's scope: the subscription its ID or `parent_id` names, else where its provider configuration
 * deploys (plan-providers.ts), else the one Terraform runs against.
 */
function planScope(group: string | undefined, at: SourceLocation, named: Sourced<string> | undefined, placed: PlanPlacement | '' | undefined): AzureScope {
  if (named !== undefined || !placed) return azureScope(group, at, undefined, named)
  return azureScope(group, at, undefined, placed.subscription, placed.handle, placed.runsAgainst)
}

/**
 * The subscription a planned resource is deployed to: the one its ID starts with once Azure gave it one (a
 * resource the plan updates or keeps), else an azapi resource's `parent_id`'s; else undefined: the one its
 * provider configuration names (`planScope`), or that Terraform runs against.
 * A `parent_id` known only after apply names a subscription that is not known either.
 */
function planSubscription(view: PlanView, parent: Sourced<string> | undefined): Sourced<string> | undefined {
  const id = text(view.get(['id']))
  const fromId = id.value === undefined ? undefined : subscriptionSegmentOf(id.value)
  if (fromId !== undefined && !fromId.startsWith('{')) return { ...id, value: keptText(fromId) }
  if (parent === undefined || parent.origin === 'absent') return undefined
  if (parent.value === undefined) return parent
  const fromParent = subscriptionSegmentOf(parent.value)
  // `{subscription}`: an ID plan-references.ts rebuilt for a resource of the subscription Terraform runs against.
  if (fromParent === undefined || fromParent === '{subscription}') return undefined
  return fromParent.startsWith('{') ? unresolved(parent.location, `its parent_id names a subscription that is not known (${fromParent})`) : { ...parent, value: keptText(fromParent) }
}
