import type { ParseError, VirtualMachine } from '../../model/resources.js'
import { known, type SourceLocation } from '../../model/source.js'
import type { YamlNode } from '../../yaml/nodes.js'
import { azureScope, deploymentUnit } from '../shared/units.js'
import { collectInputs, hotpatchSignals, unreadCallAsVm, type UnreadInput } from '../shared/unread-module.js'
import { yamlInputs } from '../shared/yaml-inputs.js'

/** How deep into an object's fields it is looked at for a hotpatch signal (a whole manifest: deeper than a call's inputs). */
const MAX_DEPTH = 12

/**
 * An Azure object the reader sees but does not model as written: a Kustomize patch (kustomize.ts), a
 * Crossplane Composition's template (compositions.ts, go-templating.ts). What it becomes is what a registry module call
 * becomes: a compute object whose fields carry a hotpatch signal is an indeterminate VM (it may be a
 * hotpatch VM that no reader sees), anything else a located notice.
 */
export interface UnreadObject {
  readonly file: string
  readonly at: SourceLocation
  /** The object's fields: their node, or their scalars read line by line (a Go template that is not YAML). */
  readonly node: YamlNode | readonly UnreadInput[]
  /** `VirtualMachine web-01`. */
  readonly what: string
  /** A stable handle, unique in the file. */
  readonly symbol: string
  /** The Kubernetes namespace ('' for the cluster). */
  readonly namespace: string
  readonly compute: boolean
  /** Why it is not read as written (a sentence without its end). */
  readonly why: string
  /** What the notice adds (`the gate reads ... from its base as written`). */
  readonly instead: string
  /** How to judge it (`run kustomize build ... and scan the output`). */
  readonly judge: string
}

export function unreadObject(object: UnreadObject): VirtualMachine | ParseError {
  const inputs: UnreadInput[] = []
  const fields = object.node
  if (object.compute) {
    // A node has a kind; fields read line by line are inputs already.
    if ('kind' in fields) collectInputs(yamlInputs(object.file), '', fields, object.at, inputs, MAX_DEPTH)
    else inputs.push(...fields)
  }
  const signals = object.compute ? hotpatchSignals(inputs) : undefined
  if (signals === undefined) {
    const message = `${object.why}: ${object.instead}; ${object.judge}`
    return { file: object.file, line: object.at.line, column: object.at.column, message, severity: 'notice' }
  }
  const { at, namespace } = object
  return unreadCallAsVm(
    {
      format: 'kubernetes',
      displayName: object.what,
      symbol: object.symbol,
      at,
      why: object.why,
      judge: `${object.judge} instead, or exempt it`,
      unit:
        namespace === ''
          ? deploymentUnit('kubernetes-cluster', 'kubernetes:cluster', at)
          : deploymentUnit('kubernetes-namespace', `kubernetes:${namespace}`, at),
      scope: azureScope(undefined, at),
      deployed: known(true, at)
    },
    signals
  )
}
