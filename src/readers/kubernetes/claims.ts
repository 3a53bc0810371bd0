import type { WorkspaceFile } from '../../workspace/workspace.js'
import type { HeadText } from '../reader.js'

const YAML_FILE = /\.ya?ml$/i
const PULUMI_FILE = /(^|\/)Pulumi(\.[^/]+)?\.ya?ml$/
/** A top-level key, plain or quoted (`"apiVersion":`, as a writer that quotes every key writes it). */
const topLevelKey = (key: string): RegExp => new RegExp(`^(?:${key}|"${key}"|'${key}')[ \\t]*:`, 'm')
export const TOP_LEVEL_API_VERSION = topLevelKey('apiVersion')
const TOP_LEVEL_KIND = topLevelKey('kind')
const TOP_LEVEL_METADATA = topLevelKey('metadata')
const WORKFLOW_KEYS = [/^on[ \t]*:/m, /^jobs[ \t]*:/m] as const
/**
 * A top-level `items:` whose first item is an object that starts with `apiVersion:` or `kind:` (in a list of its
 * own indentation or indented), as `kubectl get -o yaml` writes a List: its `kind: List` comes after the items.
 */
export const TOP_LEVEL_OBJECT_ITEMS = /^items[ \t]*:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*-[ \t]+(?:apiVersion|kind)[ \t]*:/m
/**
 * A document that is a flow mapping: a line that opens with `{` (JSON, as `jsonnet -y` and `kubectl -o json` write
 * it, after a `---` or not), not with a template action's `{{`.
 */
const FLOW_DOCUMENT = /^(?:---[ \t]*)?\{(?!\{)/m
/** A key of a flow mapping, quoted or not, at any indentation (in JSON, indentation says nothing of depth). */
const flowKey = (key: string): RegExp => new RegExp(`(?:^|[{,\\s])(?:${key}|"${key}"|'${key}')[ \\t]*:`)
const FLOW_KEYS = [flowKey('apiVersion'), flowKey('kind')] as const
/** The first line that is not blank nor a comment. */
const CONTENT_LINE = /^[ \t]*[^#\s]/m
const HEAD_CHARACTERS = 4096

/**
 * A Kubernetes manifest: a `.yaml`/`.yml` file whose head has top-level `apiVersion:` and `kind:` (plain or
 * quoted keys), or `kind:` and `metadata:` without `apiVersion:` (a Kustomize patch, which takes its group from its
 * `target:`), or `apiVersion:` and `items:` of objects (a List from kubectl longer than the head, whose `kind:` is at
 * its end), or a flow mapping (JSON) with `apiVersion` and `kind` keys. GitHub files (`.github/**`: workflows, the
 * gate's own configuration) and Pulumi project/stack files are never Kubernetes manifests, whatever they contain.
 */
export function claimsKubernetesFile(file: WorkspaceFile, head: HeadText): boolean {
  if (!YAML_FILE.test(file.path) || PULUMI_FILE.test(file.path)) return false
  if (file.path.startsWith('.github/') || file.path.includes('/.github/')) return false
  const text = objectHead(head)
  if (transformsObjects(file.path, text)) return true
  if (FLOW_DOCUMENT.test(text) && FLOW_KEYS.every(key => key.test(text))) return true
  const list = TOP_LEVEL_API_VERSION.test(text) && TOP_LEVEL_OBJECT_ITEMS.test(text)
  if (!list && (!TOP_LEVEL_KIND.test(text) || !(TOP_LEVEL_API_VERSION.test(text) || TOP_LEVEL_METADATA.test(text)))) return false
  return !WORKFLOW_KEYS.every(pattern => pattern.test(text))
}

/**
 * The head, or, when it holds only comments and blank lines (a licence or a runbook longer than 4 KiB before the
 * first object, which kubectl reads all the same), the 4 KiB after them within the scan's one read of the file:
 * an object was never judged when its file's comments filled the head. A header longer than the read (64 KiB)
 * still hides the file.
 */
function objectHead(head: HeadText): string {
  const text = head()
  if (CONTENT_LINE.test(text)) return text
  const read = head('read')
  const content = CONTENT_LINE.exec(read)
  return content === null ? text : read.slice(content.index, content.index + HEAD_CHARACTERS)
}

/** A kustomization file by its name (`Kustomization`, without extension, is no YAML file the scan claims). */
export const KUSTOMIZATION_FILE = /(?:^|\/)kustomization\.ya?ml$/i

/**
 * What a kustomization may write that changes objects: patches, which the gate does not apply (kustomize-transforms.ts),
 * and renamings, which it does (kustomize-builds.ts, with the files it builds: units.ts), its own or its components'
 * (a component's namePrefix renames what the kustomization that lists it builds). Such a kustomization is claimed and
 * read whatever its words, as a kustomization need not write `apiVersion`.
 */
export const KUSTOMIZE_TRANSFORMS = /^(?:namePrefix|nameSuffix|patches|patchesJson6902|patchesStrategicMerge|components)[ \t]*:/m

/** Whether a file is a kustomization that may transform objects the gate reads. */
export const transformsObjects = (path: string, text: string): boolean => KUSTOMIZATION_FILE.test(path) && KUSTOMIZE_TRANSFORMS.test(text)

/** API groups this reader models; documents of other groups are skipped without a word. */
export const AZURE_GROUP = /^(?:[a-z0-9-]+\.)?(?:azure\.com|azure\.upbound\.io|azure\.m\.upbound\.io)$/

/** A top-level `apiVersion:` line, with the value when it is a plain API version (`group/version`, `v1`). */
const API_VERSION_LINE = /^apiVersion[ \t]*:(?:[ \t]*(["']?)([A-Za-z0-9.-]+(?:\/[A-Za-z0-9.-]+)?)\1[ \t]*(?:#.*)?\r?$)?/gm
/** A top-level `kind:` of a list, whose items may be of any group. */
const LIST_KIND_LINE = /^kind[ \t]*:[ \t]*["']?[A-Za-z0-9]*List\b/m

/**
 * Whether one document of a YAML text (kubernetes-reader.ts asks before parsing it) may hold an object of
 * an Azure group. No only when it has exactly one top-level `apiVersion:`, written plainly, naming another
 * group (a CustomResourceDefinition, a Deployment), and is not a list: a document written any other way
 * (flow style, indented, anchored, two `apiVersion:` keys) is parsed, and so is a document of `items:` objects.
 */
export function mayHoldAzureObject(document: string): boolean {
  let group: string | undefined
  let count = 0
  for (const match of document.matchAll(API_VERSION_LINE)) {
    if (++count > 1 || match[2] === undefined) return true
    const apiVersion = match[2]
    const slash = apiVersion.indexOf('/')
    group = slash < 0 ? '' : apiVersion.slice(0, slash).toLowerCase()
  }
  return group === undefined || AZURE_GROUP.test(group) || LIST_KIND_LINE.test(document) || TOP_LEVEL_OBJECT_ITEMS.test(document)
}

/**
 * Words of a hotpatch signal in a text: a document of another group that holds one is parsed (it may be a claim of a
 * platform API that passes hotpatch inputs, platform-claims.ts), and a file that holds one is read whatever its words.
 */
export const MAY_CARRY_HOTPATCH_SIGNAL = /hotpatch|azure-edition/i

/** A top-level `kind: Composition` line (Crossplane's). */
export const COMPOSITION_KIND = /^kind[ \t]*:[ \t]*["']?Composition["']?[ \t]*(?:#.*)?\r?$/m

/** function-go-templating's input (`input.apiVersion: gotemplating.fn.crossplane.io/v1beta1`), at any indentation. */
const GO_TEMPLATE_INPUT = /apiVersion[ \t]*:[ \t]*["']?gotemplating\.fn\.crossplane\.io\//

/**
 * Whether a text may be a Composition with a function-go-templating step. Its templates may be kept outside the
 * file (`source: FileSystem`, `Environment`), where no Azure group is named and no word of the policy is written:
 * such a Composition is read all the same, for the notice that they are not (compositions.ts).
 */
export const mayUseGoTemplates = (text: string): boolean => COMPOSITION_KIND.test(text) && GO_TEMPLATE_INPUT.test(text)

/**
 * The input of a function that composes resources from a program (function-kcl, function-python, function-cue,
 * function-pkl: function-steps.ts), at any indentation.
 */
const PROGRAM_INPUT = /apiVersion[ \t]*:[ \t]*["']?(?:krm\.kcl\.dev|(?:python|cue|pkl)\.fn\.crossplane\.io)\//

/**
 * Whether a text may be a Composition with a step whose function runs a program (KCL, Python, CUE, Pkl): the program
 * may be kept outside the file (an OCI module) and name no word of the policy, and the reader's notice that it is not
 * run is all a scan can say of it, so such a Composition is read all the same.
 */
export const mayRunCompositionProgram = (text: string): boolean => COMPOSITION_KIND.test(text) && PROGRAM_INPUT.test(text)

/**
 * Whether a text names an Azure API group anywhere, however written (`"apiVersion": "compute.azure.upbound.io/v1"` in
 * a Python program, a KCL string): for a composition function's input, whose program is not YAML.
 */
export const namesAzureGroup = (text: string): boolean => /(?:^|[^\w.-])(?:[a-z0-9-]+\.)?(?:azure\.com|azure\.upbound\.io|azure\.m\.upbound\.io)\//.test(text)

/**
 * Whether a text names an Azure API group in an `apiVersion`, at any indentation (a Composition's templates, a
 * List's items, a block scalar's text): for what has no nodes to ask (a template that does not parse, a broken
 * file), where it must fail closed. Whether a parsed document holds an Azure object is asked of its nodes.
 */
export const mentionsAzureGroup = (text: string): boolean =>
  /apiVersion[ \t]*:[ \t]*["']?(?:[a-z0-9-]+\.)?(?:azure\.com|azure\.upbound\.io|azure\.m\.upbound\.io)\//.test(text)
