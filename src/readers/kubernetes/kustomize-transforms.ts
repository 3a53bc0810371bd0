import type { ParseError, VirtualMachine } from '../../model/resources.js'
import type { SourceLocation } from '../../model/source.js'
import type { Workspace } from '../../workspace/workspace.js'
import { child, isMap, isSeq, scalarText, type YamlNode } from '../../yaml/nodes.js'
import { parseYaml } from '../../yaml/parse.js'
import { locate } from '../../yaml/sourced.js'
import { collectInputs, hotpatchSignals, type UnreadInput } from '../shared/unread-module.js'
import { yamlInputs } from '../shared/yaml-inputs.js'
import { AZURE_GROUP } from './claims.js'
import { isMachineKind, MAINTENANCE_KINDS } from './kustomize.js'
import { placedTemplate } from './placed-template.js'
import { unreadObject } from './unread-object.js'

/** How deep a patch's fields are looked at for a hotpatch signal. */
const MAX_DEPTH = 12

type Said = VirtualMachine | ParseError

/**
 * What a kustomization does to objects that the gate does not apply, each said where it is written: inline patches
 * (`patches[].patch`, `patchesJson6902`, an inline `patchesStrategicMerge` text) and JSON 6902 patch files (a list of
 * operations, which no reader claims). They passed without a word: an overlay whose patch turned hotpatching on left
 * its VM `not-affected`. A patch of a machine kind (or of no kind) whose text carries a hotpatch signal is an
 * `indeterminate` stand-in VM, one of a machine or maintenance kind a notice; a patch of another kind is not the gate's
 * business. (Patch files that hold objects are said where they are read: kustomize.ts. `namePrefix` and `nameSuffix`
 * are applied: kustomize-builds.ts.)
 */
export function kustomizationTransforms(file: string, text: string, workspace: Pick<Workspace, 'get' | 'readText' | 'resolveFrom'>): Said[] {
  const parsed = parseYaml(text)
  const root = parsed.documents[0]?.root
  if (!isMap(root)) return []
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.'
  const judge = `run \`kustomize build ${folder}\` and scan the output`
  const said: Said[] = []
  const patch = (item: YamlNode, inline: boolean, body: YamlNode | undefined, source: string): void => {
    const target = child(item, 'target')
    const ops = patchBody(file, inline, body, parsed.lines, workspace)
    if (ops === undefined) return
    const kind = scalarText(child(target, 'kind')) ?? (isMap(ops.root) ? scalarText(child(ops.root, 'kind')) : undefined)
    const group = scalarText(child(target, 'group'))
    if (group !== undefined && group !== '' && !AZURE_GROUP.test(group)) return
    const named = scalarText(child(target, 'name')) ?? (isMap(ops.root) ? scalarText(child(child(ops.root, 'metadata'), 'name')) : undefined)
    const what = `${kind ?? 'object'} ${named ?? '(any name)'}`
    const machine = kind === undefined || isMachineKind(kind)
    if (!machine && !MAINTENANCE_KINDS.has(kind)) return
    const at = locate(file, body ?? item)
    const inputs = machine ? patchInputs(ops, at) : []
    // A patch of no kind is said only with a signal: it may patch anything, in a repository of no Azure object.
    if (kind === undefined && hotpatchSignals(inputs) === undefined) return
    said.push(
      unreadObject({
        file,
        at,
        node: inputs,
        what: `patch of ${what}`,
        symbol: `${file}#patch@${at.line}`,
        namespace: 'default',
        compute: machine,
        why: `Kustomize ${source} of ${what} in ${file} is not applied`,
        instead: `the gate reads ${what} from its base as written`,
        judge
      })
    )
  }
  for (const [key, source] of [['patches', 'patch'], ['patchesJson6902', 'JSON 6902 patch']] as const) {
    for (const item of entries(root, key)) {
      const inline = child(item, 'patch')
      patch(item, inline !== undefined, inline ?? child(item, 'path'), source)
    }
  }
  // An entry of patchesStrategicMerge is a file name, or a patch written inline (kustomize tells them by a line break).
  for (const item of entries(root, 'patchesStrategicMerge')) if (scalarText(item)?.includes('\n') === true) patch(item, true, item, 'inline patch')
  return said
}

const entries = (root: YamlNode, key: string): readonly YamlNode[] => {
  const list = child(root, key)
  return isSeq(list) ? list.items : []
}

/** A patch's parsed text: inline (placed at its lines of the file when it can be) or the file `path` names. */
function patchBody(
  file: string,
  inline: boolean,
  body: YamlNode | undefined,
  lines: ReturnType<typeof parseYaml>['lines'],
  workspace: Pick<Workspace, 'readText' | 'resolveFrom'>
): { readonly root: YamlNode | undefined; readonly file: string } | undefined {
  const written = scalarText(body)
  if (body === undefined || written === undefined || written === '') return undefined
  if (inline) {
    const placed = body.kind === 'scalar' ? placedTemplate(body, lines) : undefined
    return { root: parseYaml(placed ?? written).documents[0]?.root, file }
  }
  // A patch file of objects is a manifest of its own (kustomize.ts); one of operations (a list) is read here.
  const path = workspace.resolveFrom(file, written)
  const text = path === undefined ? undefined : workspace.readText(path)
  if (path === undefined || text?.ok !== true) return undefined
  const root = parseYaml(text.text).documents[0]?.root
  return isSeq(root) ? { root, file: path } : undefined
}

/** The fields a patch writes: an object's, or each JSON 6902 operation's `value` under its `path` (`spec.forProvider.x`). */
function patchInputs(patch: { readonly root: YamlNode | undefined; readonly file: string }, at: SourceLocation): UnreadInput[] {
  const inputs: UnreadInput[] = []
  const { root } = patch
  if (root === undefined) return inputs
  const shape = yamlInputs(patch.file)
  if (!isSeq(root)) {
    collectInputs(shape, '', root, at, inputs, MAX_DEPTH)
    return inputs
  }
  for (const operation of root.items) {
    const value = child(operation, 'value')
    const path = (scalarText(child(operation, 'path')) ?? '').split('/').filter(part => part !== '').join('.')
    if (value !== undefined) collectInputs(shape, path, value, locate(patch.file, value), inputs, MAX_DEPTH)
  }
  return inputs
}
