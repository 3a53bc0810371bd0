import type { InlineExemption, ParseError, Resource, VirtualMachine } from '../../model/resources.js'
import { MAX_FILE_BYTES, type Workspace, type WorkspaceFile } from '../../workspace/workspace.js'
import { EXEMPTION_MARKER, inlineExemptions } from '../../yaml/exemptions.js'
import { parseYaml } from '../../yaml/parse.js'
import { SourcedValues } from '../../yaml/sourced.js'
import { POLICY_WORDS } from '../policy-content.js'
import type { ManifestReader, ReaderOutput, ResourceOrigin } from '../reader.js'
import { readAsoCompute } from './aso.js'
import { mayHoldAzureObject, mentionsAzureGroup, TOP_LEVEL_API_VERSION, transformsObjects } from './claims.js'
import { readCrossplaneCompute } from './crossplane-compute.js'
import { compositionTemplates, mayTemplateAzureObject } from './compositions.js'
import { unreadGoTemplateSources } from './go-template-sources.js'
import { unreadFunctionSteps } from './function-steps.js'
import { mayBePlatformClaim, platformClaims, workspaceCompositions } from './platform-claims.js'
import { isComputeKind } from './compute-kinds.js'
import { readCrossplaneAssignment, readCrossplaneConfiguration } from './crossplane-maintenance.js'
import { isLookedUp, ManifestIndex } from './manifest-index.js'
import { KustomizePatches, patchedObject, unversionedPatchObjects } from './kustomize.js'
import { kustomizationTransforms } from './kustomize-transforms.js'
import { builtManifest, collectManifests, type Manifest } from './manifests.js'
import type { FileBuilds } from './built-file.js'
import { KustomizeBuilds } from './kustomize-builds.js'
import { kubernetesClaim } from './kubernetes-claim.js'
import { holdsTemplateAction, parseTemplated } from './templating.js'

/**
 * Kubernetes manifests of Azure Service Operator v2 (`compute.azure.com`) and Crossplane
 * provider-upjet-azure (`*.azure.upbound.io`, namespaced `*.azure.m.upbound.io`). Objects are matched
 * on API group and kind, so a DevTest Labs `WindowsVirtualMachine` is not a compute VM; objects of
 * other groups are skipped without a word. All files of a unit are indexed before any resource is
 * built because Crossplane references and selectors cross files: the units (units.ts) are the files
 * linked by names and labels.
 */
export const kubernetesReader: ManifestReader = {
  ...kubernetesClaim,
  read: (files, workspace) => Promise.resolve(readKubernetes(files, workspace))
}

function readKubernetes(files: readonly WorkspaceFile[], workspace: Workspace): ReaderOutput {
  const parseErrors: ParseError[] = []
  const manifests: Manifest[] = []
  /** The files that hold an Azure object, whether or not it is kept. */
  const manifestFiles: string[] = []
  const exemptions: InlineExemption[] = []
  const patches = new KustomizePatches(workspace)
  /** Objects seen but not modelled that may be hotpatch VMs: Kustomize patches, Composition templates. */
  const unreadVms: VirtualMachine[] = []
  const say = (said: VirtualMachine | ParseError): void => {
    if ('message' in said) parseErrors.push(said)
    else unreadVms.push(said)
  }
  const builds = new KustomizeBuilds(files, workspace)
  const compositionsOfScan = () => workspaceCompositions(workspace)
  for (const file of files) {
    const text = workspace.readText(file.path)
    if (!text.ok) {
      const severity = file.size > MAX_FILE_BYTES ? 'notice' : 'error'
      parseErrors.push({ file: file.path, line: text.line, column: text.column, message: text.message, severity })
      continue
    }
    if (transformsObjects(file.path, text.text)) {
      const said = kustomizationTransforms(file.path, text.text, workspace)
      said.forEach(say)
      // Counted as a manifest when it stands in for a VM; a notice alone is about objects read elsewhere.
      if (said.some(item => !('message' in item))) manifestFiles.push(file.path)
    }
    // Documents of other groups (a provider's CustomResourceDefinitions: megabytes each) are not parsed.
    const templated = holdsTemplateAction(text.text) ? parseTemplated(file.path, text.text, wantedDocument) : undefined
    parseErrors.push(...(templated?.notices ?? []))
    const parsed = templated === undefined ? parseYaml(text.text, {}, wantedDocument) : templated.parsed
    if (parsed === undefined) continue
    const collected = collectManifests(file.path, parsed)
    // Broken YAML only matters here when it holds (or may hold) Azure objects.
    if (collected.manifests.length > 0 || mentionsAzureGroup(text.text)) {
      const brokenPart = brokenYamlOf(text.text)
      for (const { line, column, message } of parsed.errors) parseErrors.push({ file: file.path, line, column, message, ...brokenPart })
    }
    parseErrors.push(...collected.errors)
    const kustomization = collected.manifests.length > 0 ? patches.patchedBy(file.path) : undefined
    // A patch without apiVersion holds no object the collector keeps: said as a patch when a kustomization names it.
    const unversioned = collected.manifests.length === 0 && !TOP_LEVEL_API_VERSION.test(text.text) ? patches.patchedBy(file.path) : undefined
    if (unversioned !== undefined) {
      const said = unversionedPatchObjects(file.path, parsed, unversioned)
      said.forEach(say)
      if (said.length > 0) manifestFiles.push(file.path)
    }
    const built = builds.of(file.path)
    for (const manifest of collected.manifests) {
      if (kustomization === undefined) {
        if (isLookedUp(manifest)) manifests.push(...deployedForms(manifest, built))
      } else if (READ_SERVICES.has(serviceOf(manifest))) {
        say(patchedObject(manifest, kustomization))
      }
    }
    const templates = compositionTemplates(file.path, parsed)
    for (const template of templates) say(template)
    // What a function the gate does not run composes (KCL, Python): said at its step; a manifest when it stands in for a VM.
    const steps = unreadFunctionSteps(file.path, parsed)
    steps.forEach(say)
    // A claim of a platform API with hotpatch inputs whose Composition may template a VM: a module call not read.
    const claims = platformClaims(file.path, parsed, compositionsOfScan)
    claims.forEach(say)
    // Templates kept outside the file: a notice, and no manifest the gate reads (as a templated file it skips).
    parseErrors.push(...unreadGoTemplateSources(file.path, parsed))
    if (collected.manifests.length > 0 || templates.length > 0 || claims.length > 0 || steps.some(step => !('message' in step))) {
      manifestFiles.push(file.path)
      exemptions.push(...inlineExemptions(file.path, parsed))
    }
  }

  const index = new ManifestIndex(manifests)
  const resources: Resource[] = []
  // Where each resource came from: the scan puts the resources of several units back in file order.
  const resourceOrigins: ResourceOrigin[] = []
  for (const manifest of manifests) {
    const resource = toResource(manifest, index, parseErrors)
    if (resource === undefined) continue
    resources.push(resource)
    resourceOrigins.push({ file: manifest.file })
  }
  for (const vm of unreadVms) {
    resources.push(vm)
    resourceOrigins.push({ file: vm.reportAt.file })
  }
  return {
    resources,
    resourceOrigins,
    parseErrors,
    manifests: manifestFiles,
    inlineExemptions: exemptions
  }
}

/**
 * A document to parse: it may hold an Azure object, it is a Composition that may template one, or it holds
 * an exemption comment (found only in parsed text).
 */
const wantedDocument = (document: string): boolean =>
  mayHoldAzureObject(document) || mayTemplateAzureObject(document) || mayBePlatformClaim(document) || document.includes(EXEMPTION_MARKER)

/** The services whose objects the reader models: a patch of one of them is said, the others pass silently. */
const READ_SERVICES: ReadonlySet<string> = new Set(['compute', 'maintenance'])

const serviceOf = (manifest: Manifest): string => manifest.group.slice(0, manifest.group.indexOf('.'))

/**
 * The objects a file deploys: as written, and as each kustomize build that renames them deploys them (one copy per
 * build, judged apart). A file that only kustomizations which rename list is never deployed as written.
 */
function deployedForms(manifest: Manifest, built: FileBuilds | undefined): Manifest[] {
  if (built === undefined) return [manifest]
  const forms = built.builds.map(form => builtManifest(manifest, form))
  return built.asWritten ? [{ ...manifest, besideBuilds: true }, ...forms] : forms
}

/** Words of an input a platform claim or a stand-in may carry (scan/classify-parse-errors.ts HOTPATCH_SIGNAL_WORDS). */
const HOTPATCH_WORDS = /hotpatch|datacenter-azure-edition/i

/**
 * How a YAML syntax error of a file of Azure objects is listed. One whose text names nothing the policy reads
 * (POLICY_WORDS: no VM, maintenance resource or module) nor a hotpatch input cannot hide a VM: a notice that its
 * broken part is not read, as unreadable-manifest's documentation says such files stay (provider-upjet-azure's
 * examples of a Cosmos DB role assignment or an action group with a duplicated `labels:` key were each a ✖ parse
 * error). Any other stays an error, which the scan makes unreadable-manifest when the file may declare a VM: a
 * reported notice is never raised again, so the test here is the scan's, and as generous.
 */
function brokenYamlOf(text: string): Pick<ParseError, 'severity' | 'kind'> {
  return POLICY_WORDS.test(text) || HOTPATCH_WORDS.test(text) ? { severity: 'error' } : { severity: 'notice', kind: 'file-skipped' }
}

function toResource(manifest: Manifest, index: ManifestIndex, notices: ParseError[]): Resource | undefined {
  const values = new SourcedValues(manifest.file)
  const service = serviceOf(manifest)
  if (manifest.flavour === 'aso') return isComputeKind(manifest.group, manifest.kind) ? readAsoCompute(manifest, index, values) : undefined
  if (service === 'compute') return readCrossplaneCompute(manifest, index, values)
  if (service !== 'maintenance') return undefined
  if (manifest.kind === 'MaintenanceConfiguration') return readCrossplaneConfiguration(manifest, index, values)
  if (manifest.kind === 'MaintenanceAssignmentVirtualMachine') return readCrossplaneAssignment(manifest, index, values, notices)
  return undefined
}
