import type { Node } from 'jsonc-parser'
import { childOf } from '../shared/json/json-tree.js'

/** `WhatIfChange.changeType` (Microsoft.Resources `ChangeType`). */
export type ChangeType = 'Create' | 'Delete' | 'Ignore' | 'Deploy' | 'NoChange' | 'Modify' | 'Unsupported'

const CHANGE_TYPES: readonly ChangeType[] = ['Create', 'Delete', 'Ignore', 'Deploy', 'NoChange', 'Modify', 'Unsupported']

/** One predicted resource change of a what-if result. */
export interface WhatIfEntry {
  /** The change object (where the resource is reported when no file beside the result declares it). */
  readonly node: Node
  readonly resourceId: string
  readonly changeType: ChangeType
  readonly changeTypeNode: Node
  /**
   * The resource as it will be: `after`; for a deletion (and a resource the deployment ignores, which
   * has no `after`), its current state `before`. Undefined when neither is given (`Unsupported`, or a
   * result in the `ResourceIdOnly` format).
   */
  readonly payload: Node | undefined
  readonly unsupportedReason: string | undefined
  /**
   * Listed in `potentialChanges`, not `changes`: a change that may or may not be deployed (what-if could not tell,
   * as for the resources of a nested deployment it short-circuited). The Azure CLI prints them apart: "The following
   * change MAY OR MAY NOT be deployed".
   */
  readonly potential: boolean
}

/**
 * The changes of a what-if result: `az deployment group|sub|mg|tenant what-if --no-pretty-print`
 * writes `WhatIfOperationResult` (`status`, `changes`, `potentialChanges`, `diagnostics`, `error`); the REST
 * `whatIf` operation wraps the lists in `properties` (`WhatIfOperationProperties`). Both lists hold `WhatIfChange`s
 * and are read alike, `changes` first. Undefined when the document has neither.
 */
export function whatIfChanges(root: Node): { entries: WhatIfEntry[]; skipped: Node[] } | undefined {
  const listed = (key: string): Node | undefined => {
    const found = childOf(root, key) ?? childOf(childOf(root, 'properties'), key)
    return found?.type === 'array' ? found : undefined
  }
  const changes = listed('changes')
  const potentialChanges = listed('potentialChanges')
  if (changes === undefined && potentialChanges === undefined) return undefined
  const entries: WhatIfEntry[] = []
  const skipped: Node[] = []
  for (const [list, potential] of [[changes, false], [potentialChanges, true]] as const) {
    for (const node of list?.children ?? []) {
      const entry = entryOf(node, potential)
      if (entry) entries.push(entry)
      else skipped.push(node)
    }
  }
  return { entries, skipped }
}

function entryOf(node: Node, potential: boolean): WhatIfEntry | undefined {
  const resourceId = childOf(node, 'resourceId')?.value as unknown
  const changeTypeNode = childOf(node, 'changeType')
  const changeType = CHANGE_TYPES.find(type => type.toLowerCase() === String(changeTypeNode?.value).toLowerCase())
  if (typeof resourceId !== 'string' || changeTypeNode === undefined || changeType === undefined) return undefined
  const object = (key: string) => {
    const found = childOf(node, key)
    return found?.type === 'object' ? found : undefined
  }
  const reason = childOf(node, 'unsupportedReason')?.value as unknown
  return {
    node,
    resourceId,
    changeType,
    changeTypeNode,
    payload: changeType === 'Delete' ? object('before') ?? object('after') : object('after') ?? object('before'),
    unsupportedReason: typeof reason === 'string' ? reason : undefined,
    potential
  }
}

/** `…/providers/Microsoft.Maintenance/configurationAssignments/<name>`: an extension resource and what it extends. */
const EXTENSION = /^(.*)\/providers\/([^/]+\/[^/]+)\/([^/]+)$/i

/**
 * The resource an extension resource ID extends (`<vm ID>/providers/Microsoft.Maintenance/configurationAssignments/a`
 * extends the VM), or undefined when it extends a subscription or resource group (a dynamic scope).
 */
export function extendedResourceId(resourceId: string): string | undefined {
  const match = EXTENSION.exec(resourceId)
  const scope = match?.[1]
  return scope !== undefined && /\/providers\//i.test(scope) ? scope : undefined
}

/** The subscription of a resource ID, when it names one. */
export function subscriptionOf(resourceId: string): string | undefined {
  return /^\/subscriptions\/([^/]+)/i.exec(resourceId)?.[1]
}
